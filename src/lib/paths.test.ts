/**
 * The site's links are built by hand on the site's root (so an island need not load Kit's
 * router to build one): each must still name a route, a static file or the service worker,
 * in every language and from any root. This takes the place of the route check Kit's typed
 * `resolve` made.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { REGIONS } from '#lib/pledges/types.ts';
import {
	LOCALES,
	localized,
	pathsFor,
	switchedFrom,
	unlocalized,
	useRoot,
	type Paths
} from './paths.ts';

const ROUTES = 'src/routes';

/** Whether `path` (from the site's root, no query or fragment) is a page or file the site has. */
function exists(path: string): boolean {
	if (existsSync(join('static', path))) return true;
	if (path === '/service-worker.js') return existsSync('src/service-worker');
	const segments = unlocalized(path).split('/').filter(Boolean);
	let dirs = [ROUTES];
	for (const segment of segments) {
		dirs = dirs.flatMap((dir) =>
			readdirSync(dir, { withFileTypes: true })
				.filter((d) => d.isDirectory() && (d.name === segment || /^\[.+\]$/.test(d.name)))
				.map((d) => join(dir, d.name))
		);
	}
	return dirs.some((dir) =>
		['+page.svelte', '+server.ts'].some((file) => existsSync(join(dir, file)))
	);
}

/** Every link the builders make, with a sample of arguments. */
function links(paths: Paths): string[] {
	return [
		paths.home(),
		...REGIONS.flatMap((edition) => [
			paths.edition(edition),
			paths.switchEdition(edition, REGIONS[0]),
			paths.embed(edition),
			paths.result(edition, null, 'code'),
			paths.result(edition, 'sp'),
			paths.resultPreview(edition, null),
			paths.resultPreview(edition, 'sp')
		]),
		paths.source('sp-akershus', 12),
		paths.methodology('scoring'),
		paths.openData('json'),
		paths.openData('csv'),
		paths.openData('priorities'),
		paths.embed(),
		paths.embedLoader(),
		paths.forNewsrooms(),
		paths.serviceWorker()
	];
}

afterEach(() => useRoot(() => '/'));

describe('paths', () => {
	test.each(LOCALES)('every link in %s names a page or file of the site', (locale) => {
		for (const link of links(pathsFor(locale))) {
			const path = link.replace(/[?#].*$/, '');
			expect(path.startsWith('/'), link).toBe(true);
			expect(exists(path), link).toBe(true);
		}
	});

	test('the check finds a link to nothing (it is not blind)', () => {
		expect(exists('/kilder/x/')).toBe(true);
		expect(exists('/kilde/x/')).toBe(false);
		expect(exists('/akershus/resultat/sp/nope/')).toBe(false);
	});

	test('links follow the root: relative on a prerendered page, in every language', () => {
		useRoot(() => '../../');
		expect(pathsFor('nn').source('ap-oslo', 3)).toBe('../../nn/kilder/ap-oslo/#L3');
		expect(pathsFor('nb').edition('oslo')).toBe('../../oslo/');
		expect(pathsFor('en').embedLoader()).toBe('../../embed.js');
		expect(localized('/metode/', 'en')).toBe('../../en/metode/');
	});

	test('a switch between editions says where from, and only that fragment is read so', () => {
		const link = pathsFor('nb').switchEdition('oslo', 'akershus');
		expect(link).toBe('/oslo/#from=akershus');
		expect(switchedFrom(link.slice(link.indexOf('#')))).toBe('akershus');
		expect(switchedFrom('')).toBeUndefined();
		expect(switchedFrom('#L12')).toBeUndefined();
	});
});
