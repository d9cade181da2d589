import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { iframeSnippet, loaderSnippet } from './snippets.ts';

const BASE = 'https://valgomat.example/embed/';
const LOADER = 'https://valgomat.example/embed.js';

describe('loaderSnippet', () => {
	it('writes the chosen options as data attributes and leaves the defaults out', () => {
		expect(
			loaderSnippet(BASE, LOADER, {
				theme: 'auto',
				accent: '',
				plain: false,
				edition: '',
				lang: 'nb'
			})
		).toBe(`<div data-valgomat="${BASE}"></div>\n<script src="${LOADER}" async></script>`);
		expect(
			loaderSnippet(BASE, LOADER, {
				theme: 'dark',
				accent: '#ABC',
				plain: true,
				edition: 'oslo',
				lang: 'nn'
			})
		).toBe(
			`<div data-valgomat="${BASE}" data-edition="oslo" data-lang="nn" data-theme="dark" data-accent="aabbcc" data-plain="1"></div>\n<script src="${LOADER}" async></script>`
		);
	});

	it('escapes what it writes into attributes and drops an accent that is no colour', () => {
		const code = loaderSnippet('https://x/"><script>', LOADER, {
			theme: 'auto',
			accent: '"><b>',
			plain: false
		});
		expect(code).toContain('data-valgomat="https://x/&quot;&gt;&lt;script&gt;"');
		expect(code).not.toContain('data-accent');
	});
});

describe('iframeSnippet', () => {
	it('gives the iframe a title, a fixed height, lazy loading and the share permissions', () => {
		const code = iframeSnippet(
			'https://valgomat.example/embed/oslo/?theme=dark&plain=1',
			'Valgomat'
		);
		expect(code).toMatch(
			/^<iframe src="https:\/\/valgomat\.example\/embed\/oslo\/\?theme=dark&amp;plain=1"/
		);
		expect(code).toContain('title="Valgomat"');
		expect(code).toMatch(/height="\d+"/);
		expect(code).toContain('loading="lazy"');
		expect(code).toContain('allow="web-share; clipboard-write"');
	});
});

describe('the loader, static/embed.js', () => {
	it('is at most 2 KB gzip', () => {
		const size = gzipSync(readFileSync('static/embed.js'), { level: 9 }).length;
		expect(size).toBeLessThanOrEqual(2048);
	});
});
