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
 * The site's root as seen from the page being rendered: Kit's `resolve('/')`, which during
 * prerendering is relative to the page ("../" on `/akershus/`), so the built site works from
 * any folder of any host. Set by `src/hooks.ts` for Kit's pages and by an island (which runs
 * without Kit's client) from what its page was rendered with; links are built on it here, not
 * with Kit's `resolve`, so a page hydrated as an island does not load Kit's router to build one
 * (`paths.test.ts` checks that every link names a route).
 */
let root: () => string = () => '/';

/** Builds every link on `site` (a function, as Kit's relative root depends on the page). */
export function useRoot(site: () => string): void {
	root = site;
}

/** The site's root from the page being rendered ("/" or "../"): see {@link useRoot}. */
export const siteRoot = (): string => root();

/**
 * The link to `path` (unprefixed, from "/") in `locale`, from the page being rendered: the
 * prefix goes after the site's root ("../" + "nn" + "/kilder/x/").
 */
export function localized(path: string, locale: Locale): string {
	return `${root().slice(0, -1)}${PREFIXES[locale]}${path}`;
}

/** The fragment of a link from one edition's quiz to another's (`switchEdition`). */
export const SWITCHED_FROM = '#from=';

/** The edition a quiz page's fragment says the voter switched from (any text: checked by the caller). */
export function switchedFrom(hash: string): string | undefined {
	return hash.startsWith(SWITCHED_FROM) ? hash.slice(SWITCHED_FROM.length) : undefined;
}

/** A file at the site's root, the same in every language ("../embed.js"). */
const atRoot = (file: string) => `${root()}${file}`;

/** The site's links in `locale`. */
function pathsIn(locale: Locale) {
	const at = (path: string) => localized(path, locale);
	return {
		locale,
		home: () => at('/'),
		edition: (edition: RegionId) => at(`/${edition}/`),
		/**
		 * Another edition's quiz, from the quiz of `from`: the fragment tells that page to say the
		 * answers came along (read and removed by the page, `switchedFrom`; never sent anywhere).
		 */
		switchEdition: (edition: RegionId, from: RegionId) =>
			`${at(`/${edition}/`)}${SWITCHED_FROM}${from}`,
		source: (id: string, line?: number) =>
			at(`/kilder/${id}/${line === undefined ? '' : `#L${line}`}`),
		methodology: (section?: string) => at(`/metode/${section === undefined ? '' : `#${section}`}`),
		/** Open data carries every language: one file set, the same link from every page. */
		openData: (file: OpenDataFile) =>
			atRoot(
				file === 'json'
					? 'data/valgomat.json'
					: file === 'csv'
						? 'data/valgomat.csv'
						: 'data/valgomat-prioriteringer.csv'
			),
		/**
		 * The embedded quiz (`/embed/`, or `/embed/<edition>/` with the area chosen), with `query`
		 * (`''` or `?…`, from `embedQuery`), in `lang` (by default the page's language).
		 */
		embed: (edition?: RegionId, query = '', lang: Locale = locale) =>
			`${localized(edition === undefined ? '/embed/' : `/embed/${edition}/`, lang)}${query}`,
		/** The embed loader, a static file (one for every language). */
		embedLoader: () => atRoot('embed.js'),
		/** «For redaksjoner»: the embed code builder and the privacy contract. */
		forNewsrooms: () => at('/for-redaksjoner/'),
		/** The service worker (`src/service-worker/`), registered by the page itself. */
		serviceWorker: () => atRoot('service-worker.js'),
		/**
		 * A shared result: the edition's result page, for the top party the voter makes public
		 * (none for a result without one), with the share code in the fragment (never sent to a
		 * server).
		 */
		result: (edition: RegionId, party: string | null, code?: string) =>
			`${at(party === null ? `/${edition}/resultat/` : `/${edition}/resultat/${party}/`)}${
				code === undefined ? '' : `#${code}`
			}`,
		/** The link preview image (1200 × 630) of a result page: one for every language. */
		resultPreview: (edition: RegionId, party: string | null) =>
			atRoot(
				party === null ? `${edition}/resultat/bilde.png` : `${edition}/resultat/${party}/bilde.png`
			),
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
