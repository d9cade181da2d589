/**
 * The embedded quiz's script (`/embed/<edition>/`, an island like the quiz page; one entry per
 * language, `embed-<locale>.ts`, calls `startEmbed`): hydrates the prerendered quiz as it links
 * inside another site's article (`embeddingFor`: other pages in a new tab, other editions in the
 * embed with its options), keeps no history entries (the host page's back button leaves the
 * article) and registers no service worker. Once hydrated, it does what the embed layout does on
 * the pages Kit's client runs: reads the options from the address, applies the look, and posts
 * the height to the host page (`openFrame`).
 */
import type { Locale } from '#lib/messages/index.ts';
import { embeddingContext } from '../embed/context.ts';
import { embeddingFor, openFrame, type EmbedLook } from '../embed/frame.ts';
import { openIsland } from './open.ts';
import { runQuiz } from './quiz-island.ts';
import type { QuizIslandProps } from './quiz-props.ts';

/** Hydrates the embedded quiz in `locale`, whose first words (`first.ts`) are `words`. */
export function startEmbed(locale: Locale, words: object): void {
	const props = openIsland<QuizIslandProps>(locale, words);
	// As prerendered (no query, not plain) while it hydrates; then the address's options.
	const look: EmbedLook = $state({ query: '', plain: false });
	runQuiz(locale, props, {
		context: embeddingContext(embeddingFor(look)),
		then: () => void openFrame(look)
	});
}
