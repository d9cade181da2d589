import type { QuizIslandProps } from '#lib/components/islands/quiz-props.ts';
import { siteRoot } from '#lib/paths.ts';
import { REGIONS } from '#lib/pledges/types.ts';
import { quizPageContent } from '../content.server.ts';
import { islandFiles, laterFiles } from '../island.server.ts';

export function entries() {
	return REGIONS.map((edition) => ({ edition }));
}

/**
 * A quiz page is an island (scripts/vite-island.ts): Kit prerenders it without its client, and
 * its module hydrates the quiz with the props written beside it. The page loads Svelte's
 * runtime, the statechart, the quiz and its first words; no router.
 */
export const csr = false;

export function load({ params, url }) {
	const { locale, content, site } = quizPageContent(params.edition, url);
	const props: QuizIslandProps = { locale, root: siteRoot(), content, site };
	return {
		island: {
			props,
			files: islandFiles(`island/quiz-${locale}`),
			/** For a returning voter, loaded at once (boot-script.ts). */
			later: laterFiles(`island/quiz-${locale}`, locale)
		}
	};
}
