/**
 * Offline use, the rules shared by the service worker (`src/service-worker/`) and the page:
 * what the worker keeps, its cache names and the message a page sends it. Pure, so the rules
 * are unit-tested in Node.
 *
 * A deployment is one consistent set of files: the app's immutable chunks, the static files and
 * the prerendered pages with their `__data.json`. The worker caches that set under one cache
 * name per deployment (`version`), serves it cache-first, and never mixes two sets: a page of
 * one deployment never runs with code or data of another.
 *
 * The worker keeps only the languages in use (a voter reads one): the shared files, then the own
 * files of the languages of the pages open when it installs and of those the previous
 * deployment's cache held; bokmål when neither names one. A page of another language, opened
 * later, adds that language. A language's own files are its prerendered pages with their data
 * and the app files only its pages load (its words, its dataset, its islands' entries: about
 * 29 KB gzip a language), which the build names after it (`appFileLanguage`); every other app
 * file and every static file is shared.
 *
 * Left out: the open-data downloads (large, and fetched on purpose by people online), the
 * preview images and result pages made for link previews in messaging apps (a shared link is
 * opened online), and the static hosts' `404.html`.
 */

/** The prefix of every cache this worker owns; the suffix is the deployment's version. */
export const CACHE_PREFIX = 'valgomat-';

/** The name of the cache for one deployment. */
export function cacheName(version: string): string {
	return `${CACHE_PREFIX}${version}`;
}

/** Whether `name` is a cache of ours from another deployment (to be deleted on activation). */
export function isStaleCache(name: string, version: string): boolean {
	return name.startsWith(CACHE_PREFIX) && name !== cacheName(version);
}

/** Paths (relative to the site's base, as `$app/manifest` gives them) the worker leaves out. */
const LEFT_OUT: readonly RegExp[] = [
	/^data\//, // open data downloads
	/(^|\/)resultat\//, // per-party result pages and their preview images, for link previews
	/\.png$/,
	/^404\.html$/
];

/** Whether the worker precaches the file at `path` (relative to the base). */
export function precached(path: string): boolean {
	return !LEFT_OUT.some((pattern) => pattern.test(path));
}

/**
 * The site's languages and how a page's path (relative to the base) tells its language. The
 * worker passes `LOCALES` and `paths.localeOf` (the page side's one rule: a page under `nn/` is
 * nynorsk, …); this layer imports nothing, so it takes them as parameters.
 */
export interface Languages<L extends string> {
	/** In the site's order, the language at the root first. */
	readonly list: readonly L[];
	/**
	 * The language of the page or data file at `path` (relative to the base: "nn/akershus/").
	 * For pages only: an app file's language is in its name (`appFileLanguage`).
	 */
	readonly of: (path: string) => L;
}

/**
 * The language of an app file (one of `$app/manifest`'s `immutable` files) whose name says it,
 * `<stem>.<hash>.<ext>` with the language as the stem or its end after a hyphen: a chunk of one
 * language's modules ("chunks/nn.B8DVtiX3.js", named so by scripts/vite-languages.ts) or an
 * island's entry ("island/quiz-nn.9sxOk1Ne.js"). `undefined` (shared) for any other name, Kit's
 * hash-only chunk names among them ("chunks/Bjy-W4x2.js": a hash may hold a hyphen, not a dot).
 */
export function appFileLanguage<L extends string>(
	path: string,
	languages: readonly L[]
): L | undefined {
	const parts = path.slice(path.lastIndexOf('/') + 1).split('.');
	if (parts.length !== 3) return undefined;
	const stem = parts[0]!;
	return languages.find((language) => stem === language || stem.endsWith(`-${language}`));
}

/**
 * What one deployment's worker may precache, in groups: every precached file is in exactly one
 * of them. The union of all groups is the whole deployment (less what `precached` leaves out).
 */
export interface PrecachePlan<L extends string> {
	/** The languages, as given. */
	readonly languages: Languages<L>;
	/** The app files and static files every language's pages may load. */
	readonly shared: readonly string[];
	/**
	 * Each language's own files: the app files named after it (`appFileLanguage`), then its
	 * prerendered pages and their `__data.json` (`languages.of`).
	 */
	readonly byLanguage: Readonly<Record<L, readonly string[]>>;
}

/**
 * Groups one deployment's files (relative to the base, as `$app/manifest` gives them): an
 * immutable app file named after a language belongs to that language, the other app files and
 * the static files are shared, and each prerendered page or data file belongs to its language.
 * Each file once, in the manifest's order; a file listed twice stays where it is listed first
 * (immutable, static, prerendered: a page that is also a static file is shared).
 */
export function precachePlan<L extends string>(
	immutable: readonly { path: string }[],
	assets: readonly { path: string }[],
	prerendered: readonly { path: string }[],
	languages: Languages<L>
): PrecachePlan<L> {
	const { list } = languages;
	const shared = new Set<string>();
	const own = Object.fromEntries(list.map((language) => [language, new Set<string>()]));
	const placed = (path: string) =>
		shared.has(path) || list.some((language) => own[language]!.has(path));
	const place = (path: string, language: L | undefined) => {
		if (!precached(path) || placed(path)) return;
		(language === undefined ? shared : own[language]!).add(path);
	};
	for (const { path } of immutable) place(path, appFileLanguage(path, list));
	for (const { path } of assets) place(path, undefined);
	for (const { path } of prerendered) place(path, languages.of(path));
	return {
		languages,
		shared: [...shared],
		byLanguage: Object.fromEntries(
			list.map((language) => [language, [...own[language]!]])
		) as Record<L, string[]>
	};
}

/** The plan's languages, in the site's order. */
export function languagesOf<L extends string>(plan: PrecachePlan<L>): readonly L[] {
	return plan.languages.list;
}

/**
 * The files to precache for `languages`: the shared files, then the own files of each of those
 * languages (in the plan's order of languages, whatever the order asked), each once.
 */
export function precacheList<L extends string>(
	plan: PrecachePlan<L>,
	languages: Iterable<L>
): string[] {
	const wanted = new Set(languages);
	return [
		...plan.shared,
		...languagesOf(plan).flatMap((language) =>
			wanted.has(language) ? plan.byLanguage[language] : []
		)
	];
}

/**
 * The language whose own files `path` is one of (a page, its `__data.json` or an app file named
 * after the language), or `undefined` for anything else: a shared file, a page left out, a file
 * not in this deployment.
 */
export function ownerOf<L extends string>(plan: PrecachePlan<L>, path: string): L | undefined {
	return languagesOf(plan).find((language) => plan.byLanguage[language].includes(path));
}

/**
 * The languages to precache on install: those of the pages open now (`open`: their paths
 * relative to the base) and those of which the previous deployment's caches held an own file
 * that this deployment still has (`held`: the paths they hold), so an update keeps what the voter
 * had offline; the language at the root when neither names one. In the plan's order, each once.
 */
export function languagesToPrecache<L extends string>(
	plan: PrecachePlan<L>,
	open: Iterable<string>,
	held: Iterable<string>
): L[] {
	const wanted = new Set<L>();
	for (const path of open) wanted.add(plan.languages.of(path));
	for (const path of held) {
		const language = ownerOf(plan, path);
		if (language !== undefined) wanted.add(language);
	}
	if (wanted.size === 0) wanted.add(plan.languages.of(''));
	return languagesOf(plan).filter((language) => wanted.has(language));
}

/**
 * The path of `url` relative to `base` (both absolute), as `$app/manifest` writes paths: without
 * query and fragment, percent escapes decoded. `undefined` when `url` is not under `base`
 * (another origin, or outside the site's folder).
 */
export function pathIn(url: string, base: string): string | undefined {
	const target = new URL(url);
	const root = new URL(base);
	if (target.origin !== root.origin || !target.pathname.startsWith(root.pathname)) return undefined;
	const path = target.pathname.slice(root.pathname.length);
	try {
		return decodeURI(path);
	} catch {
		return path;
	}
}

/**
 * Kit's file (relative to the base) that names the deployment the server has now. Before and
 * after it adds a language from the network, the worker reads it: files of another deployment
 * never go into this one's cache.
 */
export const VERSION_FILE = '_app/version.json';

/** Whether `body` (the parsed `VERSION_FILE`) names the deployment `version`. */
export function namesDeployment(body: unknown, version: string): boolean {
	return (
		typeof body === 'object' && body !== null && (body as { version?: unknown }).version === version
	);
}

/** The message a page sends a waiting worker to take over (when the voter accepts the update). */
export const SKIP_WAITING = 'valgomat:skip-waiting';
