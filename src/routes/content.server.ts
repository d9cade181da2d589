/**
 * The content a page shows, in the page's language: every route load reads the statements
 * and the site texts through here.
 */
import { loadResolvedContent } from '#lib/content/load.ts';
import { loadSite } from '#lib/content/site/load.ts';
import type { Locale } from '#lib/content/locales.ts';

/** The resolved content (dataset and seeds) of a page in `_locale`. */
export const contentIn = (locale: Locale) => loadResolvedContent(locale);

/** The site texts (publisher, occasion, …) of a page in `_locale`. */
export const siteIn = (locale: Locale) => loadSite(locale);
