/**
 * The service worker: the whole deployment cached for offline use, one cache per deployment.
 *
 * - install: precache the deployment's files (`src/lib/offline.ts` says which). A new deployment's
 *   worker then waits: the pages open now keep running on the files they started with.
 * - activate: delete the caches of other deployments and take control of open pages.
 * - fetch: same-origin GETs of a precached file are answered from this deployment's cache
 *   (cache-first, so a page never mixes two deployments); anything else goes to the network.
 * - message `SKIP_WAITING`: the page asks a waiting worker to take over, which it does only
 *   between quizzes, when the voter accepts the "new version" prompt; the page then reloads.
 *
 * The worker sends nothing anywhere: it only answers the pages' own requests.
 */
import { self } from '$app/service-worker';
import { version } from '$app/env';
import { assets, immutable, prerendered } from '$app/manifest';
import { cacheName, isStaleCache, precacheList, SKIP_WAITING } from '#lib/offline.ts';

const CACHE = cacheName(version);
const base = new URL('./', self.location.href);
const FILES = precacheList(immutable, assets, prerendered).map((path) => new URL(path, base).href);
const PRECACHED = new Set(FILES.map(keyOf));

self.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
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

/**
 * The cache key of a request: its URL without query and fragment. The site is static, so a
 * query changes nothing the server sends (Kit's client asks for `__data.json?x-sveltekit-…`).
 */
function keyOf(url: string): string {
	const { origin, pathname } = new URL(url);
	return origin + pathname;
}

async function respond(request: Request): Promise<Response> {
	const key = keyOf(request.url);
	const cache = await caches.open(CACHE);
	if (PRECACHED.has(key)) {
		const hit = await cache.match(key);
		if (hit) return hit;
	}
	return fetch(request);
}

self.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
	event.respondWith(respond(request));
});
