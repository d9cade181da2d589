import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '#lib/content/locales.ts';
import { localeOf } from '#lib/paths.ts';
import {
	appFileLanguage,
	cacheName,
	isStaleCache,
	languagesOf,
	languagesToPrecache,
	namesDeployment,
	ownerOf,
	pathIn,
	precached,
	precacheList,
	precachePlan,
	type PrecachePlan
} from './offline.ts';

/** What `$app/manifest` lists for one deployment. */
interface Deployment {
	immutable: { path: string }[];
	assets: { path: string }[];
	prerendered: { path: string }[];
}

/** Paths as a deployment has them: app files, static files, pages and data in any language. */
const segment = fc.constantFrom(
	'nn',
	'en',
	'nb',
	'akershus',
	'oslo',
	'kilder',
	'resultat',
	'data',
	'embed',
	'x'
);
const pagePath = fc
	.tuple(fc.array(segment, { maxLength: 4 }), fc.constantFrom('', '__data.json', 'bilde.png'))
	.map(([segments, file]) => [...segments.map((s) => `${s}/`), file].join(''));
/** A hash as the bundler writes it: it may hold a hyphen, and end like a language. */
const hash = fc.oneof(
	fc.stringMatching(/^[\w-]{8}$/),
	fc
		.tuple(fc.stringMatching(/^[\w-]{0,6}$/), fc.constantFrom(...LOCALES))
		.map(([start, l]) => `${start}-${l}`)
);
/** What may come before a language in a file's name: nothing, or a name and a hyphen. */
const beforeLanguage = fc.oneof(fc.constant(''), fc.stringMatching(/^[\w-]{0,8}-$/));
/** An app file: Kit's hash-only chunk names, named ones, and those one language's pages load. */
const appPath = fc
	.tuple(
		fc.constantFrom('entry', 'chunks', 'nodes', 'island', 'assets'),
		fc.oneof(
			hash,
			fc.tuple(fc.stringMatching(/^[a-z]{1,4}$/), hash).map(([name, h]) => `${name}.${h}`),
			fc
				.tuple(beforeLanguage, fc.constantFrom(...LOCALES), hash)
				.map(([before, l, h]) => `${before}${l}.${h}`)
		),
		fc.constantFrom('js', 'css')
	)
	.map(([folder, name, ext]) => `_app/immutable/${folder}/${name}.${ext}`);
const deployment: fc.Arbitrary<Deployment> = fc.record({
	immutable: fc.array(appPath.map((path) => ({ path }))),
	assets: fc.array(fc.constantFrom('favicon.svg', 'embed.js', 'nn.txt').map((path) => ({ path }))),
	prerendered: fc.array(fc.oneof(pagePath, appPath).map((path) => ({ path })))
});
/** The site's languages as the worker passes them: a page's language is the page side's (paths.ts). */
const SITE = { list: LOCALES, of: (path: string) => localeOf(`/${path}`) };
const languageOf = SITE.of;
const planOf = ({ immutable, assets, prerendered }: Deployment) =>
	precachePlan(immutable, assets, prerendered, SITE);

/** What the worker precached before languages: every file of the deployment it keeps, once. */
const wholeDeployment = ({ immutable, assets, prerendered }: Deployment) => [
	...new Set([...immutable, ...assets, ...prerendered].map(({ path }) => path).filter(precached))
];

const files = (...paths: string[]) => paths.map((path) => ({ path }));

/** A small deployment: app files (shared, nb's, nn's), two static files, pages in every language. */
const plan = precachePlan(
	files(
		'_app/immutable/entry/start.abc.js',
		'_app/immutable/chunks/nn.B8DV-nb.js',
		'_app/immutable/assets/0.css',
		'_app/immutable/island/quiz-nb.DfAw.js',
		'_app/immutable/chunks/Bjy-nn.js'
	),
	files('favicon.svg', 'embed.js'),
	files(
		'',
		'__data.json',
		'akershus/',
		'akershus/__data.json',
		'akershus/resultat/sp/',
		'metode/',
		'embed/oslo/',
		'nn/',
		'nn/__data.json',
		'nn/kilder/ap-oslo/',
		'en/',
		'en/metode/',
		'en/metode/__data.json',
		'data/valgomat.json'
	),
	SITE
);

describe('the language of an app file', () => {
	it('is the language its name is, or ends with after a hyphen, before the hash', () => {
		expect(appFileLanguage('_app/immutable/chunks/nn.B8DVtiX3.js', LOCALES)).toBe('nn');
		expect(appFileLanguage('_app/immutable/chunks/en.DFH-nb3.js', LOCALES)).toBe('en');
		expect(appFileLanguage('_app/immutable/island/quiz-nb.DfAwIX3l.js', LOCALES)).toBe('nb');
		expect(appFileLanguage('_app/immutable/chunks/a-b-nn.x.js', LOCALES)).toBe('nn');
		expect(appFileLanguage('x/y/messages-en.Ab.css', LOCALES)).toBe('en');
	});

	it('is none for any other name: the file is shared', () => {
		for (const path of [
			'_app/immutable/chunks/Bjy-W4x2.js', // Kit's hash-only name, with a hyphen
			'_app/immutable/chunks/Bjy-nn.js', // … ending like a language
			'_app/immutable/chunks/nn.js',
			'_app/immutable/nodes/12.BEgTkQ-H.js',
			'_app/immutable/entry/start.CVH4lYKi.js',
			'_app/immutable/chunks/nnx.B8DVtiX3.js',
			'_app/immutable/chunks/later-nnx.B8DVtiX3.js',
			'_app/immutable/chunks/laternn.B8DVtiX3.js', // a language not after a hyphen
			'_app/immutable/chunks/nn-x.B8DVtiX3.js',
			'_app/immutable/chunks/de.B8DVtiX3.js', // not one of the languages
			'_app/immutable/chunks/nn.B8DVtiX3.js.map',
			'nn/later.B8DVtiX3.js', // a folder's name says nothing
			'nn.B8DVtiX3/later.js'
		]) {
			expect(appFileLanguage(path, LOCALES), path).toBeUndefined();
		}
	});

	test.prop([
		beforeLanguage,
		fc.constantFrom(...LOCALES),
		hash,
		fc.constantFrom('js', 'css'),
		fc.stringMatching(/^([\w-]+\/){0,3}$/)
	])('is the language written into its name', (before, language, h, ext, folder) => {
		expect(appFileLanguage(`${folder}${before}${language}.${h}.${ext}`, LOCALES)).toBe(language);
	});

	test.prop([hash, fc.stringMatching(/^([\w-]+\/){0,3}$/)])(
		'is none for a hash-only name, however it ends',
		(h, folder) => {
			expect(appFileLanguage(`${folder}${h}.js`, LOCALES)).toBeUndefined();
		}
	);
});

describe('the files the service worker precaches', () => {
	it('groups the shared files and each language’s own files', () => {
		expect(plan.shared).toEqual([
			'_app/immutable/entry/start.abc.js',
			'_app/immutable/assets/0.css',
			'_app/immutable/chunks/Bjy-nn.js',
			'favicon.svg',
			'embed.js'
		]);
		expect(plan.byLanguage).toEqual({
			nb: [
				'_app/immutable/island/quiz-nb.DfAw.js',
				'',
				'__data.json',
				'akershus/',
				'akershus/__data.json',
				'metode/',
				'embed/oslo/'
			],
			nn: ['_app/immutable/chunks/nn.B8DV-nb.js', 'nn/', 'nn/__data.json', 'nn/kilder/ap-oslo/'],
			en: ['en/', 'en/metode/', 'en/metode/__data.json']
		});
	});

	it('lists the shared files and the own files of the languages asked for', () => {
		// The plan's groups are pinned by the test above.
		expect(precacheList(plan, ['nb'])).toEqual([...plan.shared, ...plan.byLanguage.nb!]);
		expect(precacheList(plan, ['en', 'nn'])).toEqual([
			...plan.shared,
			'_app/immutable/chunks/nn.B8DV-nb.js',
			'nn/',
			'nn/__data.json',
			'nn/kilder/ap-oslo/',
			'en/',
			'en/metode/',
			'en/metode/__data.json'
		]);
		expect(precacheList(plan, [])).toEqual(plan.shared);
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

	it('lists each file once, where it is listed first', () => {
		const twice = precachePlan(
			files('a.js', 'b-nn.x.js', 'b-nn.x.js'),
			files('a.js', 'b-nn.x.js', 'c-nn.x.js'),
			files('a.js', 'nn/', 'nn/', 'c-nn.x.js'),
			{ list: ['nb', 'nn'], of: (path) => (path.startsWith('nn/') ? 'nn' : 'nb') }
		);
		expect(twice).toMatchObject({
			shared: ['a.js', 'c-nn.x.js'],
			byLanguage: { nb: [], nn: ['b-nn.x.js', 'nn/'] }
		});
		expect(precacheList(twice, ['nb', 'nn'])).toEqual(['a.js', 'c-nn.x.js', 'b-nn.x.js', 'nn/']);
	});

	it('knows the language of a page, its data or an app file of one language, and of nothing else', () => {
		expect(ownerOf(plan, 'nn/kilder/ap-oslo/')).toBe('nn');
		expect(ownerOf(plan, 'en/metode/__data.json')).toBe('en');
		expect(ownerOf(plan, '')).toBe('nb');
		expect(ownerOf(plan, '_app/immutable/chunks/nn.B8DV-nb.js')).toBe('nn');
		expect(ownerOf(plan, '_app/immutable/island/quiz-nb.DfAw.js')).toBe('nb');
		expect(ownerOf(plan, '_app/immutable/entry/start.abc.js')).toBeUndefined();
		expect(ownerOf(plan, '_app/immutable/chunks/Bjy-nn.js')).toBeUndefined();
		expect(ownerOf(plan, '_app/immutable/chunks/en.B8DV.js')).toBeUndefined(); // not here
		expect(ownerOf(plan, 'nn/oslo/')).toBeUndefined(); // not in this deployment
		expect(ownerOf(plan, 'akershus/resultat/sp/')).toBeUndefined(); // left out
	});
});

describe('the languages a new worker precaches', () => {
	it('are those of the pages open now', () => {
		expect(languagesToPrecache(plan, ['akershus/'], [])).toEqual(['nb']);
		expect(languagesToPrecache(plan, ['en/oslo/', 'nn/'], [])).toEqual(['nn', 'en']);
		// Any page in a language's folder, even one this deployment lacks.
		expect(languagesToPrecache(plan, ['nn/finnes-ikke/'], [])).toEqual(['nn']);
	});

	it('and those whose own files the previous deployment held, not its shared files', () => {
		const held = [...plan.shared, '_app/immutable/old.js', 'nn/', 'nn/__data.json'];
		expect(languagesToPrecache(plan, ['akershus/'], held)).toEqual(['nb', 'nn']);
		expect(languagesToPrecache(plan, [], held)).toEqual(['nn']);
		// An app file of one language that this deployment still has (its content unchanged).
		expect(languagesToPrecache(plan, [], ['_app/immutable/chunks/nn.B8DV-nb.js'])).toEqual(['nn']);
		// Files this deployment no longer has name no language.
		expect(languagesToPrecache(plan, [], ['en/gone/'])).toEqual(['nb']);
		expect(languagesToPrecache(plan, [], ['_app/immutable/chunks/en.old.js'])).toEqual(['nb']);
	});

	it('are bokmål when neither names one', () => {
		expect(languagesToPrecache(plan, [], [])).toEqual(['nb']);
		expect(languagesToPrecache(plan, [], plan.shared)).toEqual(['nb']);
	});
});

describe('paths relative to the worker’s base', () => {
	it('drop query and fragment, decode escapes, and are undefined outside the base', () => {
		const base = 'https://example.org/valg/';
		expect(pathIn('https://example.org/valg/', base)).toBe('');
		expect(pathIn('https://example.org/valg/nn/akershus/?x=1#top', base)).toBe('nn/akershus/');
		expect(pathIn('https://example.org/valg/nn/__data.json?x-sveltekit-invalidated=01', base)).toBe(
			'nn/__data.json'
		);
		expect(pathIn('https://example.org/valg/s%C3%B8k/', base)).toBe('søk/');
		expect(pathIn('https://example.org/andre/', base)).toBeUndefined();
		expect(pathIn('https://example.com/valg/', base)).toBeUndefined();
	});
});

describe('caches and deployments', () => {
	it('names one cache per deployment and drops only our other deployments', () => {
		expect(cacheName('123')).toBe('valgomat-123');
		expect(isStaleCache('valgomat-122', '123')).toBe(true);
		expect(isStaleCache('valgomat-123', '123')).toBe(false);
		expect(isStaleCache('some-other-app', '123')).toBe(false);
	});

	it('reads the deployment the server has from Kit’s version file', () => {
		expect(namesDeployment({ version: '123' }, '123')).toBe(true);
		expect(namesDeployment({ version: '124' }, '123')).toBe(false);
		expect(namesDeployment({ version: 123 }, '123')).toBe(false);
		expect(namesDeployment(null, '123')).toBe(false);
		expect(namesDeployment('123', '123')).toBe(false);
	});
});

const groupsOf = (p: PrecachePlan<Locale>, path: string) =>
	[p.shared, ...LOCALES.map((l) => p.byLanguage[l])].filter((group) => group.includes(path)).length;

describe('laws of the precache plan', () => {
	test.prop([deployment])('puts every precached file in exactly one group', (d) => {
		const p = planOf(d);
		for (const path of wholeDeployment(d)) expect(groupsOf(p, path), path).toBe(1);
		// … and nothing else.
		const grouped = [...p.shared, ...LOCALES.flatMap((l) => p.byLanguage[l])];
		expect(new Set(grouped).size).toBe(grouped.length);
		expect(grouped.every(precached)).toBe(true);
	});

	test.prop([deployment])('over every language, lists the whole deployment', (d) => {
		expect(precacheList(planOf(d), LOCALES).toSorted()).toEqual(wholeDeployment(d).toSorted());
	});

	test.prop([deployment])(
		'puts an app file named after a language in that language, any other in the shared files',
		(d) => {
			const p = planOf(d);
			for (const { path } of d.immutable) {
				const language = appFileLanguage(path, LOCALES);
				if (language === undefined) expect(p.shared).toContain(path);
				else expect(p.byLanguage[language]).toContain(path);
			}
		}
	);

	test.prop([deployment, fc.subarray([...LOCALES])])(
		'lists the shared files for any languages, and an own file only in its own language',
		(d, languages) => {
			const p = planOf(d);
			const list = precacheList(p, languages);
			expect(list.slice(0, p.shared.length)).toEqual(p.shared);
			expect(new Set(list).size).toBe(list.length);
			const immutable = new Set(d.immutable.map(({ path }) => path));
			for (const path of list.slice(p.shared.length)) {
				expect(languages).toContain(
					immutable.has(path) ? appFileLanguage(path, LOCALES) : languageOf(path)
				);
				expect(languages).toContain(ownerOf(p, path));
			}
			// The languages' order does not matter.
			expect(precacheList(p, languages.toReversed())).toEqual(list);
		}
	);

	test.prop([deployment, fc.array(pagePath), fc.array(fc.oneof(pagePath, appPath))])(
		'installs at least one language, every open page’s, every held page’s, and no other',
		(d, open, held) => {
			const p = planOf(d);
			const languages = languagesToPrecache(p, open, held);
			expect(languages.length).toBeGreaterThan(0);
			for (const path of open) expect(languages).toContain(languageOf(path));
			for (const path of held) {
				const language = ownerOf(p, path);
				if (language !== undefined) expect(languages).toContain(language);
			}
			const named = new Set([
				...open.map((path) => languageOf(path)),
				...held.flatMap((path) => ownerOf(p, path) ?? [])
			]);
			expect(languages).toEqual(
				named.size === 0 ? ['nb'] : languagesOf(p).filter((l) => named.has(l))
			);
		}
	);
});
