/**
 * Each language's name in that language, the same on every page: the language switch offers
 * «Nynorsk» to a reader who may not read the page's language.
 */
import type { Locale } from './format.ts';

export const LANGUAGE_NAMES = {
	nb: 'Bokmål',
	nn: 'Nynorsk',
	en: 'English'
} satisfies Record<Locale, string>;

/**
 * The language the party documents, and so every quote, are written in. Quotes stay as the
 * parties wrote them (they are the evidence): pages in another language mark them up with
 * this `lang` and say so (`m.results.quotesLanguageNote`).
 */
export const DOCUMENTS_LANG: Locale = 'nb';
