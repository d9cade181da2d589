import { asset, resolve } from '$app/paths';
import type { OpenDataFile } from '#lib/content/opendata.ts';
import { LOCALE_PREFIXES as PREFIXES, LOCALES, type Locale } from '#lib/content/locales.ts';
import type { RegionId } from '#lib/pledges/types.ts';

/*
 * Every route exists in each language with the same path after the language's prefix
 * (`LOCALE_PREFIXES`; the `reroute` hook in src/hooks.ts strips it, so the route files are
 * shared).
 */

/** The site's languages, bokmål (the default) first (owned by `content/locales.ts`). */
export { LOCALES };

/** The language prefix of `pathname`, if it has one: "/nn/akershus/" → "nn". */
function prefixed(pathname: string): Exclude<Locale, 'nb'> | undefined {
	return LOCALES.find(
		(locale): locale is Exclude<Locale, 'nb'> =>
			locale !== 'nb' &&
			(pathname === PREFIXES[locale] || pathname.startsWith(`${PREFIXES[locale]}/`))
	);
}

/** The language of a page from its path: "/nn/akershus/" is nynorsk, "/akershus/" bokmål. */
export function localeOf(pathname: string): Locale {
	return prefixed(pathname) ?? 'nb';
}

/** `pathname` without its language prefix: "/en/metode/" → "/metode/", "/nn" → "/". */
export function unlocalized(pathname: string): string {
	const locale = prefixed(pathname);
	return locale === undefined ? pathname : pathname.slice(PREFIXES[locale].length) || '/';
}

/**
 * The link to `path` (unprefixed, from "/") in `locale`, from the page being rendered: Kit's
 * `resolve` writes links relative to the page during prerendering ("../kilder/…"), so the
 * prefix goes after the site's root, never in front of a resolved link.
 */
export function localized(path: string, locale: Locale): string {
	return `${resolve('/').slice(0, -1)}${PREFIXES[locale]}${path}`;
}

/** A link `resolve` built, as a path from the site's root: "../kilder/x/" → "/kilder/x/". */
const fromRoot = (resolved: string) => resolved.slice(resolve('/').length - 1);

/** The site's links in `locale`. */
function pathsIn(locale: Locale) {
	const at = (resolved: string) => localized(fromRoot(resolved), locale);
	return {
		locale,
		home: () => at(resolve('/')),
		edition: (edition: RegionId) => at(`${resolve('/[edition=edition]', { edition })}/`),
		source: (id: string, line?: number) =>
			at(`${resolve('/kilder/[id]', { id })}/${line === undefined ? '' : `#L${line}`}`),
		methodology: (section?: string) =>
			at(`${resolve('/metode')}/${section === undefined ? '' : `#${section}`}`),
		/** Open data carries every language: one file set, the same link from every page. */
		openData: (file: OpenDataFile) =>
			file === 'json'
				? resolve('/data/valgomat.json')
				: file === 'csv'
					? resolve('/data/valgomat.csv')
					: resolve('/data/valgomat-prioriteringer.csv'),
		/**
		 * The embedded quiz (`/embed/`, or `/embed/<edition>/` with the area chosen), with `query`
		 * (`''` or `?…`, from `embedQuery`), in `lang` (by default the page's language).
		 */
		embed: (edition?: RegionId, query = '', lang: Locale = locale) =>
			`${localized(
				fromRoot(
					edition === undefined
						? `${resolve('/embed')}/`
						: `${resolve('/embed/[edition=edition]', { edition })}/`
				),
				lang
			)}${query}`,
		/** The embed loader, a static file (one for every language). */
		embedLoader: () => asset('embed.js'),
		/** «For redaksjoner»: the embed code builder and the privacy contract. */
		forNewsrooms: () => at(`${resolve('/for-redaksjoner')}/`),
		/** The service worker (`src/service-worker/`), registered by the page itself. */
		serviceWorker: () => `${resolve('/')}service-worker.js`,
		/**
		 * A shared result: the edition's result page, for the top party the voter makes public
		 * (none for a result without one), with the share code in the fragment (never sent to a
		 * server).
		 */
		result: (edition: RegionId, party: string | null, code?: string) =>
			`${at(
				`${
					party === null
						? resolve('/[edition=edition]/resultat', { edition })
						: resolve('/[edition=edition]/resultat/[party]', { edition, party })
				}/`
			)}${code === undefined ? '' : `#${code}`}`,
		/** The link preview image (1200 × 630) of a result page: one for every language. */
		resultPreview: (edition: RegionId, party: string | null) =>
			party === null
				? resolve('/[edition=edition]/resultat/bilde.png', { edition })
				: resolve('/[edition=edition]/resultat/[party]/bilde.png', { edition, party }),
		/**
		 * A path built here as an absolute address, read from the page at `page` (during
		 * prerendering the paths are relative to the page being rendered).
		 */
		absolute: (path: string, page: string | URL) => new URL(path, page).href,
		/** A link that writes an e-mail to `address` (validated where it is read: nothing to escape). */
		mailto: (address: string) => `mailto:${address}`
	};
}

export type Paths = ReturnType<typeof pathsIn>;

const byLocale = Object.fromEntries(LOCALES.map((l) => [l, pathsIn(l)])) as Record<Locale, Paths>;

/** The links of the pages in `locale` (for hooks and loads, which know their locale). */
export const pathsFor = (locale: Locale): Paths => byLocale[locale];

/**
 * Site paths, in one place, in the page's language. Every prerendered page is a folder with
 * an index.html (`trailingSlash: 'always'`), so links end in a slash and any static host
 * serves them without a redirect. The root layout sets the language as it renders
 * (`usePaths`), the same way and for the same reason as the messages (`messages/index.ts`).
 */
export let paths: Paths = byLocale.nb;

/** Makes the links those of `locale`: called by the root layout as it renders. */
export function usePaths(locale: Locale): void {
	paths = byLocale[locale];
}
