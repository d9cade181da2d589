/**
 * The content a page shows, in the page's language: every route load reads the statements
 * and the site texts through here.
 */
import { loadResolvedContent } from '#lib/content/load.ts';
import { loadSite } from '#lib/content/site/load.ts';
import type { Locale } from '#lib/content/locales.ts';
import { error } from '@sveltejs/kit';
import { localeOf } from '#lib/paths.ts';
import { quizContent } from '#lib/quiz/content.ts';

/** The resolved content (dataset and seeds) of a page in `_locale`. */
export const contentIn = (locale: Locale) => loadResolvedContent(locale);

/** The site texts (publisher, occasion, …) of a page in `_locale`. */
export const siteIn = (locale: Locale) => loadSite(locale);

/**
 * What a quiz page shows before the results, for the edition in `edition` (a 404 for none):
 * the quiz page's island and the embedded quiz load the same.
 */
export function quizPageContent(editionId: string, url: URL) {
	const locale = localeOf(url.pathname);
	const { dataset } = contentIn(locale);
	const edition = dataset.editions.find((e) => e.id === editionId);
	if (!edition) error(404, editionId);
	// Only what the quiz shows before the results: the dataset loads after the first answer.
	return { locale, content: quizContent(dataset, edition), site: siteIn(locale) };
}
