import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Builder } from '@sveltejs/kit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeaders } from '../tests/support/static-server.ts';
import {
	EMBED_PATHS,
	MAX_RULES,
	formatHeaders,
	headerBlocks,
	preloadHeader,
	readmeHeaderList,
	servedFiles,
	withHeaders,
	writeHeaders
} from './headers.ts';

/** The folders and files of a build like ours, and names that are nearly theirs. */
const segment = fc.constantFrom(
	'embed',
	'embedded',
	'nn',
	'en',
	'de',
	'_app',
	'immutable',
	'akershus',
	'resultat',
	'kilder'
);
const file = fc.constantFrom('index.html', '__data.json', 'x.js', 'embed.js', 'bilde.png');
const files = fc
	.array(
		fc
			.tuple(fc.array(segment, { maxLength: 4 }), file)
			.map(([folders, name]) => `/${[...folders, name].join('/')}`),
		{ maxLength: 40 }
	)
	.map((list) => [...new Set(['/index.html', '/embed/index.html', ...list])]);

/** Every address a host may be asked for in a build of `list`: its files and its folders. */
const addresses = (list: readonly string[]) => [
	...new Set(list.flatMap((f) => [f, f.slice(0, f.lastIndexOf('/') + 1)]))
];

const isEmbed = (path: string) => EMBED_PATHS.some((embed) => path.startsWith(embed));

/** The headers a host that joins every matching rule gives `path` from the generated file. */
const served = (list: readonly string[], path: string) =>
	headersFor(parseHeaders(formatHeaders(headerBlocks(list))), path);

describe('the generated _headers file, as a host that joins matching rules applies it', () => {
	it('gives every page but the embeds exactly one frame-ancestors, and the embeds none', () => {
		fc.assert(
			fc.property(files, (list) => {
				for (const path of addresses(list)) {
					const csp = served(list, path)['content-security-policy'] ?? '';
					const policies = csp.match(/frame-ancestors/g) ?? [];
					if (isEmbed(path)) expect(policies).toEqual([]);
					else expect(csp).toBe("frame-ancestors 'none'");
				}
			})
		);
	});

	it('gives every header once: nosniff and no-referrer everywhere, CORS and caching where they belong', () => {
		fc.assert(
			fc.property(files, (list) => {
				for (const path of addresses(list)) {
					const headers = served(list, path);
					expect(headers['x-content-type-options']).toBe('nosniff');
					expect(headers['referrer-policy']).toBe('no-referrer');
					// A joined "*, *" would be refused by the browser: the header must come once.
					expect(headers['access-control-allow-origin']).toBe(
						path.startsWith('/_app/') || isEmbed(path) ? '*' : undefined
					);
					expect(headers['cache-control']).toBe(
						path.startsWith('/_app/immutable/') ? 'public, max-age=31536000, immutable' : undefined
					);
				}
			})
		);
	});

	it('is the list README.md documents for other hosts', () => {
		const readme = readFileSync('README.md', 'utf8');
		const section = /<!-- headers:start -->\s*([\s\S]*?)\s*<!-- headers:end -->/.exec(readme);
		expect(section?.[1]).toBe(readmeHeaderList());
	});
});

describe('writing _headers into the build', () => {
	/** A build folder holding `list`, removed after `use`. */
	function withBuild<T>(list: readonly string[], use: (root: string) => T): T {
		const root = mkdtempSync(join(tmpdir(), 'headers-'));
		try {
			for (const f of list) {
				mkdirSync(join(root, dirname(f)), { recursive: true });
				writeFileSync(join(root, f), '');
			}
			return use(root);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	}

	const build = [
		'/index.html',
		'/embed.js',
		'/_app/immutable/entry/start.js',
		'/embed/index.html',
		'/embed/oslo/index.html',
		'/nn/index.html',
		'/nn/embed/index.html',
		'/nn/metode/index.html',
		'/oslo/index.html'
	];

	it('reads every file of the folder and writes the rules for them, the file itself not one of them', () => {
		withBuild(build, (root) => {
			writeHeaders(root);
			expect(servedFiles(root).sort()).toEqual([...build].sort());
			const text = readFileSync(join(root, '_headers'), 'utf8');
			expect(text).toBe(formatHeaders(headerBlocks(build)));
			expect(text).toContain("/nn/metode/*\n  Content-Security-Policy: frame-ancestors 'none'\n");
			// Written again over an existing file, the file itself is not a rule of its own.
			writeHeaders(root);
			expect(readFileSync(join(root, '_headers'), 'utf8')).toBe(text);
		});
	});

	it('gives each island page a Link header with the scripts it preloads and its own, and no other page one', () => {
		const island =
			'<head><link rel="modulepreload" href="../_app/immutable/chunks/a.js"/>' +
			'<link rel="modulepreload" href="../_app/immutable/chunks/b.js"/></head><body><main></main>' +
			'<script type="module" async src="../_app/immutable/island/quiz-nb.c.js"></script></body>';
		// A page Kit hydrates: its preloads, and its start in an inline script (not an island).
		const kitPage =
			'<head><link rel="modulepreload" href="../_app/immutable/entry/start.js"/></head>' +
			'<body><script>import("../_app/immutable/entry/app.js")</script></body>';
		withBuild(build, (root) => {
			writeFileSync(join(root, 'oslo/index.html'), island);
			writeFileSync(join(root, 'nn/metode/index.html'), kitPage);
			writeHeaders(root);
			const rules = parseHeaders(readFileSync(join(root, '_headers'), 'utf8'));
			expect(headersFor(rules, '/oslo/')['link']).toBe(
				'<../_app/immutable/chunks/a.js>; rel=modulepreload, ' +
					'<../_app/immutable/chunks/b.js>; rel=modulepreload, ' +
					'<../_app/immutable/island/quiz-nb.c.js>; rel=modulepreload'
			);
			// Only the page's own address: not its subpages, nor the pages without an island.
			expect(headersFor(rules, '/oslo/resultat/')['link']).toBeUndefined();
			expect(headersFor(rules, '/nn/metode/')['link']).toBeUndefined();
			expect(headersFor(rules, '/')['link']).toBeUndefined();
		});
	});

	it('reads an island page with only its script, and no page without one', () => {
		expect(preloadHeader('<script type="module" async src="./_app/x.js"></script>')).toBe(
			'<./_app/x.js>; rel=modulepreload'
		);
		expect(preloadHeader('<link rel="modulepreload" href="./_app/y.js"/>')).toBeUndefined();
		expect(preloadHeader('')).toBeUndefined();
	});

	it('refuses to write more rules than a host reads', () => {
		const many = Array.from({ length: MAX_RULES }, (_, i) => `/nn/page-${i}.html`);
		withBuild(many, (root) => {
			expect(() => writeHeaders(root)).toThrow(/more than a host reads/);
		});
	});

	it('runs after the adapter it wraps, in the folder the adapter wrote', async () => {
		const root = mkdtempSync(join(tmpdir(), 'headers-'));
		try {
			const logged: string[] = [];
			const adapter = withHeaders(
				{
					name: 'test',
					adapt: () => {
						mkdirSync(join(root, 'oslo'));
						writeFileSync(join(root, 'oslo', 'index.html'), '');
					}
				},
				root
			);
			const log = Object.assign(() => {}, { minor: (msg: string) => logged.push(msg) });
			await adapter.adapt({ log } as unknown as Builder);
			expect(readFileSync(join(root, '_headers'), 'utf8')).toContain('\n/oslo/*\n');
			expect(adapter.name).toBe('test');
			expect(logged).toEqual([expect.stringMatching(/_headers \(\d+ rules\)$/)]);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});
});
