import { quizPageContent } from '../../content.server.ts';

// The same quiz as the edition's own page (which is an island; the embed runs on Kit's client).
export { entries } from '../../[edition=edition]/+page.server.ts';

export function load({ params, url }) {
	return quizPageContent(params.edition, url);
}
