/** What the start page (`src/routes/+page.svelte`) hands its island (`home-island.ts`). */
import type { Locale } from '#lib/messages/index.ts';
import type { ResumeEdition } from '#lib/quiz/resume.ts';

export interface HomeIslandProps {
	locale: Locale;
	/** The site's root from the page ("./"), for its links (`islandRoot`). */
	root: string;
	/** The editions, with what "Fortsett der du slapp" counts a stored record against. */
	resume: (ResumeEdition & { name: string })[];
}

/** The start page's elements the island fills in (prerendered, hidden until it does). */
export const HOME_ELEMENTS = {
	resume: 'resume',
	progress: 'resume-progress',
	resumeLink: 'resume-link',
	unknownArea: 'unknown-area',
	editions: 'editions'
} as const;
