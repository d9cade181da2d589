/**
 * The service worker: the deployment cached for offline use in the languages in use, one cache
 * per deployment. `src/lib/offline.ts` holds the rules (which files, which languages).
 *
 * - install: precache the shared files (app chunks, static files) and the own files (pages and
 *   data, the app files named after the language) of the languages of the pages open now and of
 *   those the previous deployment's cache held (bokmål when neither names one). A new
 *   deployment's worker then waits: the pages open now keep running on the files they started
 *   with.
 * - activate: delete the caches of other deployments and take control of open pages.
 * - fetch: same-origin GETs of a precached file are answered from this deployment's cache
 *   (cache-first, so a page never mixes two deployments); anything else goes to the network. A
 *   page, its data or an app file of a language not cached yet is answered from the network, and
 *   that language is added to the cache in the background, so it opens offline from then on.
 * - message `SKIP_WAITING`: the page asks a waiting worker to take over, which it does only
 *   between quizzes, when the voter accepts the "new version" prompt; the page then reloads.
 *
 * The worker sends nothing anywhere: it only fetches the site's own files.
 */
import { self } from '$app/service-worker';
import { version } from '$app/env';
import { assets, immutable, prerendered } from '$app/manifest';
import { LOCALES, type Locale } from '#lib/content/locales.ts';
import { localeOf } from '#lib/paths.ts';
import {
	cacheName,
	isStaleCache,
	languagesOf,
	languagesToPrecache,
	namesDeployment,
	ownerOf,
	pathIn,
	precacheList,
	precachePlan,
	SKIP_WAITING,
	VERSION_FILE
} from '#lib/offline.ts';

const CACHE = cacheName(version);
const base = new URL('./', self.location.href).href;
const PLAN = precachePlan(immutable, assets, prerendered, {
	list: LOCALES,
	of: (path) => localeOf(`/${path}`)
});
/** The URL of a file of the plan. */
const urlOf = (path: string) => new URL(path, base).href;
/** Every file this deployment may hold, in any language: the ones answered cache-first. */
const PRECACHED = new Set(precacheList(PLAN, languagesOf(PLAN)).map(urlOf));

/** The paths (relative to the base) of the pages open in this worker's scope now. */
async function openPaths(): Promise<string[]> {
	const clients = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
	return clients.flatMap(({ url }) => pathIn(url, base) ?? []);
}

/** The paths (relative to the base) that our caches of other deployments hold. */
async function heldPaths(): Promise<string[]> {
	const paths: string[] = [];
	for (const name of await caches.keys()) {
		if (!isStaleCache(name, version)) continue;
		for (const { url } of await (await caches.open(name)).keys()) {
			const path = pathIn(url, base);
			if (path !== undefined) paths.push(path);
		}
	}
	return paths;
}

self.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const [open, held] = await Promise.all([openPaths(), heldPaths()]);
			const files = precacheList(PLAN, languagesToPrecache(PLAN, open, held));
			await (await caches.open(CACHE)).addAll(files.map(urlOf));
		})()
	);
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const name of await caches.keys()) {
				if (isStaleCache(name, version)) await caches.delete(name);
			}
			await self.clients.claim();
		})()
	);
});

self.addEventListener('message', (event) => {
	if (event.data === SKIP_WAITING) void self.skipWaiting();
});

/** Whether the server has this worker's deployment now (asked past the HTTP cache). */
async function serverHasThisDeployment(): Promise<boolean> {
	const response = await fetch(urlOf(VERSION_FILE), { cache: 'no-store' });
	return response.ok && namesDeployment(await response.json(), version);
}

/** The languages being added now, so that a page's many requests start one addition each. */
const adding = new Map<Locale, Promise<void>>();

/**
 * Adds the files of `language` that this deployment's cache lacks, from the network (revalidated,
 * so the HTTP cache cannot hand over an older deployment's page), and only while the server has
 * this deployment: what was added is taken out again if the server changed deployment meanwhile.
 * Never rejects: a failure leaves the language to the network until a later page asks again.
 */
function addLanguage(language: Locale): Promise<void> {
	const pending = adding.get(language);
	if (pending) return pending;
	const addition = (async () => {
		const cache = await caches.open(CACHE);
		const held = new Set((await cache.keys()).map(({ url }) => url));
		const missing = precacheList(PLAN, [language])
			.map(urlOf)
			.filter((url) => !held.has(url));
		if (missing.length === 0 || !(await serverHasThisDeployment())) return;
		await cache.addAll(missing.map((url) => new Request(url, { cache: 'no-cache' })));
		if (!(await serverHasThisDeployment())) {
			await Promise.all(missing.map((url) => cache.delete(url)));
		}
	})()
		.catch(() => undefined)
		.finally(() => adding.delete(language));
	adding.set(language, addition);
	return addition;
}

/**
 * The cache key of a request: its URL without query and fragment. The site is static, so a
 * query changes nothing the server sends (Kit's client asks for `__data.json?x-sveltekit-…`).
 */
function keyOf(url: string): string {
	const { origin, pathname } = new URL(url);
	return origin + pathname;
}

async function respond(event: FetchEvent): Promise<Response> {
	const key = keyOf(event.request.url);
	if (PRECACHED.has(key)) {
		const hit = await (await caches.open(CACHE)).match(key);
		if (hit) return hit;
		// A language's own file not cached: that language is not (yet) in this deployment's cache.
		const path = pathIn(key, base);
		const language = path === undefined ? undefined : ownerOf(PLAN, path);
		if (language !== undefined) event.waitUntil(addLanguage(language));
	}
	return fetch(event.request);
}

self.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
	event.respondWith(respond(event));
});
