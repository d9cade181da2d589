import { describe, expect, it } from 'vitest';
import { cacheName, isStaleCache, precached, precacheList } from './offline.ts';

describe('the deployment the service worker precaches', () => {
	it('keeps the app, the static files, the pages and their data', () => {
		const list = precacheList(
			[{ path: '_app/immutable/entry/start.abc.js' }, { path: '_app/immutable/assets/0.css' }],
			[{ path: 'favicon.svg' }, { path: 'embed.js' }],
			[
				{ path: '' },
				{ path: 'akershus/' },
				{ path: 'akershus/__data.json' },
				{ path: 'nn/kilder/ap-oslo/' },
				{ path: 'metode/' }
			]
		);
		expect(list).toEqual([
			'_app/immutable/entry/start.abc.js',
			'_app/immutable/assets/0.css',
			'favicon.svg',
			'embed.js',
			'',
			'akershus/',
			'akershus/__data.json',
			'nn/kilder/ap-oslo/',
			'metode/'
		]);
	});

	it('leaves out open data, link-preview pages and images, and the 404 fallback', () => {
		for (const path of [
			'data/valgomat.json',
			'data/valgomat.csv',
			'akershus/resultat/sp/',
			'nn/oslo/resultat/ap/preview.png',
			'404.html'
		]) {
			expect(precached(path), path).toBe(false);
		}
		// Names that only look alike are kept.
		expect(precached('kilder/data-og-metode/')).toBe(true);
		expect(precached('resultatene/')).toBe(true);
	});

	it('lists each file once', () => {
		const list = precacheList([{ path: 'a.js' }], [{ path: 'a.js' }], [{ path: 'a.js' }]);
		expect(list).toEqual(['a.js']);
	});

	it('names one cache per deployment and drops only our other deployments', () => {
		expect(cacheName('123')).toBe('valgomat-123');
		expect(isStaleCache('valgomat-122', '123')).toBe(true);
		expect(isStaleCache('valgomat-123', '123')).toBe(false);
		expect(isStaleCache('some-other-app', '123')).toBe(false);
	});
});
