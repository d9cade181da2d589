/**
 * The site's languages: the one list of them. Bokmål is the default and the source of
 * truth; nynorsk and English are translations kept beside it in the content files
 * (`nn:` and `en:` blocks, see content/README.md). The messages layer type-imports this. Pure.
 */

/** Every published language, the default first. */
export const LOCALES = ['nb', 'nn', 'en'] as const;

/** A published language: `nb` (bokmål), `nn` (nynorsk) or `en` (English). */
export type Locale = (typeof LOCALES)[number];

/** The language at `/`, in which the content is written first. */
export const DEFAULT_LOCALE = 'nb' satisfies Locale;

/** A language the content is translated into: every locale but the default. */
export type TranslatedLocale = Exclude<Locale, typeof DEFAULT_LOCALE>;

/** The translated languages, in `LOCALES` order (the keys of the content's translation blocks). */
export const TRANSLATED_LOCALES = LOCALES.filter(
	(locale): locale is TranslatedLocale => locale !== DEFAULT_LOCALE
);

/**
 * Where each language's pages live: bokmål at the root, nynorsk under `/nn/`, English under
 * `/en/` (links are built from it in `paths.ts`, which also reads a path's language for the
 * service worker's groups of pages per language, and the header file in `scripts/headers.ts`).
 */
export const LOCALE_PREFIXES = { nb: '', nn: '/nn', en: '/en' } as const satisfies Record<
	Locale,
	string
>;

/** True when `value` names a published language. */
export function isLocale(value: unknown): value is Locale {
	return (LOCALES as readonly unknown[]).includes(value);
}

/**
 * Each language's name in the editors' messages (`content:check`, schema errors), which are
 * English. Never shown to voters: their words live in the messages layer.
 */
export const EDITOR_LANGUAGE_NAMES = {
	nb: 'bokmål',
	nn: 'nynorsk',
	en: 'English'
} as const satisfies Record<Locale, string>;
