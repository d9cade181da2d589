/**
 * The content a page shows, in the page's language: every route load reads the statements
 * and the site texts through here. Until the translated content lands, every language reads
 * the bokmål; wiring it is the two calls below (`loadResolvedContent(locale)`,
 * `loadSite(locale)`), and no route changes.
 */
import { loadResolvedContent } from '#lib/content/load.ts';
import { loadSite } from '#lib/content/site/load.ts';
import type { Locale } from '#lib/messages/format.ts';

/** The resolved content (dataset and seeds) of a page in `_locale`. */
export const contentIn = (_locale: Locale) => loadResolvedContent();

/** The site texts (publisher, occasion, …) of a page in `_locale`. */
export const siteIn = (_locale: Locale) => loadSite();
