/**
 * Offline use, the rules shared by the service worker (`src/service-worker/`) and the page:
 * what the worker keeps, its cache names and the message a page sends it. Pure, so the rules
 * are unit-tested in Node.
 *
 * A deployment is one consistent set of files: the app's immutable chunks, the static files and
 * the prerendered pages with their `__data.json`. The worker caches the whole set under one
 * cache name per deployment (`version`), serves it cache-first, and never mixes two sets: a
 * page of one deployment never runs with code or data of another.
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
 * The files to precache for one deployment, relative to the base, each once, in a stable
 * order: the immutable app files, the static files, then the prerendered pages and data.
 */
export function precacheList(
	immutable: readonly { path: string }[],
	assets: readonly { path: string }[],
	prerendered: readonly { path: string }[]
): string[] {
	const list = new Set<string>();
	for (const { path } of [...immutable, ...assets, ...prerendered]) {
		if (precached(path)) list.add(path);
	}
	return [...list];
}

/** The message a page sends a waiting worker to take over (when the voter accepts the update). */
export const SKIP_WAITING = 'valgomat:skip-waiting';
