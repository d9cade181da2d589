/** What a quiz page (`src/routes/[edition=edition]/`) hands its island (`quiz-island.ts`). */
import type { SiteConfig } from '#lib/content/site/schema.ts';
import type { Locale } from '#lib/messages/index.ts';
import type { QuizContent } from '#lib/quiz/index.ts';

export interface QuizIslandProps {
	locale: Locale;
	/** The site's root from the page ("../"), for its links (`useRoot`). */
	root: string;
	content: QuizContent;
	site: SiteConfig;
}
