/**
 * The Content-Security-Policy and the header set (issue 15), with the build served as a static
 * host serves it: the generated `_headers` applied, rules joined as Cloudflare Pages joins them.
 * A whole quiz to the results, the share link, the shared page, the methodology and a source
 * page run without one policy violation, and the party colours and bar widths (style
 * attributes) render under the policy; only the embed may be framed by another site.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askedStatements } from '../../src/lib/content/editions.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { m } from '../../src/lib/messages/index.ts';
import type { Stance } from '../../src/lib/scoring/index.ts';
import { EMBED_PATHS, servedFiles } from '../../scripts/headers.ts';
import { headersFor, parseHeaders } from '../support/static-server.ts';
import {
	VIEWPORTS,
	answerAll,
	heading,
	hydrated,
	launch,
	serveBuild,
	serveHostPage,
	type Served
} from './browser.ts';

const dataset = loadContent();
const editionOf = (id: string) => dataset.editions.find((e) => e.id === id)!;
const akershus = editionOf('akershus');
const statements = askedStatements(dataset, akershus);
const stances: Stance[] = [2, 1, -2, -1, 0, 2, -1];

let browser: Browser;
let site: Served;

beforeAll(async () => {
	browser = await launch();
	site = await serveBuild();
});
afterAll(async () => {
	await browser?.close();
	await site?.close();
});

/**
 * A phone context that reports every policy violation of every page and frame (the
 * `securitypolicyviolation` event, listened for before any script of the page runs), every
 * console error (a refused resource is logged there too) and every page error.
 */
async function watchedContext(): Promise<{ context: BrowserContext; problems: string[] }> {
	const context = await browser.newContext({ ...VIEWPORTS.phone, locale: 'nb-NO' });
	const problems: string[] = [];
	await context.exposeBinding('reportViolation', ({ frame }, text: string) =>
		problems.push(`violation in ${frame.url()}: ${text}`)
	);
	await context.addInitScript(() => {
		const report = (window as unknown as { reportViolation: (text: string) => void })
			.reportViolation;
		window.addEventListener('securitypolicyviolation', (e) =>
			report(`${e.violatedDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`)
		);
	});
	context.on('page', (page) => {
		page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
		page.on('console', (msg) => {
			if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
		});
	});
	return { context, problems };
}

/** `#rrggbb` as the browser computes a colour. */
function rgb(hex: string): string {
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
	return `rgb(${r}, ${g}, ${b})`;
}

/** Each party's bar on the results chart: its computed fill and its drawn width. */
async function bars(page: Page): Promise<{ party: string; fill: string; width: number }[]> {
	await page.locator('.plot.grown').first().waitFor();
	return page.locator('.plot.grown .row[data-party]').evaluateAll((rows) =>
		rows.flatMap((row) => {
			const bar = row.querySelector('rect.bar');
			if (!bar) return [];
			return [
				{
					party: (row as HTMLElement).dataset.party!,
					fill: getComputedStyle(bar).fill,
					width: bar.getBoundingClientRect().width
				}
			];
		})
	);
}

describe('the Content-Security-Policy, served with the generated headers', () => {
	it('a whole quiz, the share link, the shared page, the methodology and a source: no violation, colours and bars drawn', async () => {
		const { context, problems } = await watchedContext();
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
			origin: site.url
		});
		const page = await context.newPage();
		await page.goto(`${site.url}/`);
		await page.getByRole('link', { name: m.quiz.editionLink(akershus.name), exact: true }).click();
		await hydrated(page);
		await page.getByRole('button', { name: m.quiz.start }).click();
		// The progress bar's width is a style attribute: drawn, and wider after each answer.
		const progress = () =>
			page.locator('.progress .bar').evaluate((el) => el.getBoundingClientRect().width);
		// (It eases to its new width, so each is awaited rather than read at once.)
		let width = 0;
		for (const [i, statement] of statements.entries()) {
			if (i < 3) {
				const before = width;
				await expect.poll(progress).toBeGreaterThan(before);
				width = await progress();
			}
			await answerAll(page, [statement], () => stances[i % stances.length]!);
		}
		await expect(heading(page)).resolves.toBe(m.results.heading);

		// The party colours (`--party`) and the bars' lengths, under the policy.
		const colours = new Map(akershus.parties.map(({ party }) => [party.id, rgb(party.colour)]));
		const drawn = await bars(page);
		expect(drawn.length).toBeGreaterThan(1);
		for (const bar of drawn) {
			expect(bar.fill).toBe(colours.get(bar.party));
			expect(bar.width).toBeGreaterThan(0);
		}
		expect(new Set(drawn.map((b) => b.fill)).size).toBeGreaterThan(1);
		expect(new Set(drawn.map((b) => Math.round(b.width))).size).toBeGreaterThan(1);
		const labels = await page
			.locator('.plot.grown .row[data-party] .pct')
			.evaluateAll((els) => els.map((el) => getComputedStyle(el).left));
		expect(new Set(labels).size).toBeGreaterThan(1);

		// Share, then open the link in a page of its own.
		const share = page.locator('[data-share]');
		await share.getByRole('button', { name: m.share.shareButton }).click();
		await expect.poll(() => share.getByRole('status').textContent()).toBe(m.share.copied);
		const link = await page.evaluate(() => navigator.clipboard.readText());
		expect(new URL(link).origin).toBe(site.url);
		const shared = await context.newPage();
		await shared.goto(link);
		await shared.locator('.results-table').waitFor({ state: 'attached' });
		await expect(heading(shared)).resolves.toBe(m.share.sharedHeading);
		const sharedBars = await bars(shared);
		expect(sharedBars.map((b) => b.party)).toEqual(drawn.map((b) => b.party));
		for (const bar of sharedBars) expect(bar.fill).toBe(colours.get(bar.party));

		// The methodology, then a source document from the start page's list, each loaded whole.
		await page.goto(`${site.url}/metode/`);
		await page.locator('nav.toc').waitFor();
		await page.goto(`${site.url}/`);
		const source = page.locator('a[href*="/kilder/"]').first();
		await source.click();
		await page.waitForURL(/\/kilder\/[^/]+\/$/);
		await page.goto(page.url());
		await page.locator('h1').waitFor();
		expect(new URL(page.url()).pathname).toMatch(/^\/kilder\/[^/]+\/$/);

		expect(problems).toEqual([]);

		// The watch sees a violation when there is one: an inline script the policy refuses.
		await page.evaluate(() => {
			const script = document.createElement('script');
			script.textContent = 'window.ran = true';
			document.body.append(script);
		});
		await expect
			.poll(() => problems.filter((p) => p.startsWith('violation')).length)
			.toBeGreaterThan(0);
		await expect(page.evaluate(() => 'ran' in window)).resolves.toBe(false);
		await context.close();
	});
});

describe('preloading', () => {
	it('a quiz page names the scripts it loads first in a Link header, and the browser fetches each once', async () => {
		const response = await fetch(`${site.url}/akershus/`);
		const html = await response.text();
		const hrefs = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[1]!);
		const scripts = [
			...hrefs(/<link rel="modulepreload" href="([^"]+)"/g),
			...hrefs(/<script type="module" async src="([^"]+)"/g)
		];
		expect(scripts.length).toBeGreaterThanOrEqual(3);
		expect(response.headers.get('link')).toBe(
			scripts.map((href) => `<${href}>; rel=modulepreload`).join(', ')
		);

		const { context, problems } = await watchedContext();
		const page = await context.newPage();
		const requested: string[] = [];
		page.on('request', (request) => requested.push(new URL(request.url()).pathname));
		await page.goto(`${site.url}/akershus/`);
		await hydrated(page);
		for (const href of scripts) {
			const path = new URL(href, `${site.url}/akershus/`).pathname;
			expect(
				requested.filter((p) => p === path),
				path
			).toHaveLength(1);
		}
		expect(problems).toEqual([]);
		await context.close();
	});
});

describe('framing', () => {
	it('every file of the build gets exactly one frame-ancestors, and none under the embeds', () => {
		const rules = parseHeaders(readFileSync('build/_headers', 'utf8'));
		const files = servedFiles('build');
		expect(files.length).toBeGreaterThan(50);
		for (const file of files) {
			for (const path of [file, file.replace(/index\.html$/, '')]) {
				const csp = headersFor(rules, path)['content-security-policy'];
				if (EMBED_PATHS.some((embed) => path.startsWith(embed))) expect(csp).toBeUndefined();
				else expect(csp).toBe("frame-ancestors 'none'");
			}
		}
	});

	it('a page says frame-ancestors none; the embed has no such rule and runs framed by another origin, a page does not', async () => {
		const quiz = await fetch(`${site.url}/akershus/`);
		expect(quiz.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
		expect(quiz.headers.get('x-content-type-options')).toBe('nosniff');
		expect(quiz.headers.get('referrer-policy')).toBe('no-referrer');
		for (const path of EMBED_PATHS.map((p) => `${p}oslo/`)) {
			const embed = await fetch(`${site.url}${path}`);
			expect(embed.status).toBe(200);
			expect(embed.headers.get('content-security-policy')).toBeNull();
			expect(embed.headers.get('access-control-allow-origin')).toBe('*');
		}

		const host = await serveHostPage(
			`<iframe id="embed" title="Valgomat" src="${site.url}/embed/oslo/" width="390" height="700"></iframe>
<iframe id="page" title="Valgomat" src="${site.url}/oslo/" width="390" height="700"></iframe>`
		);
		expect(new URL(host.url).origin).not.toBe(site.url);
		const { context, problems } = await watchedContext();
		const page = await context.newPage();
		await page.goto(host.url);
		const embed = page.frameLocator('#embed');
		await embed.locator('.quiz[data-hydrated="true"]').waitFor();
		await embed.getByRole('button', { name: m.quiz.start }).click();
		const oslo = askedStatements(dataset, editionOf('oslo'));
		await embed.getByRole('heading', { level: 1, name: oslo[0]!.text }).waitFor();
		// The quiz page refuses the frame: once both frames have loaded, no quiz in the second.
		await page.waitForLoadState('load');
		await expect(page.frameLocator('#page').locator('.quiz').count()).resolves.toBe(0);
		await expect(page.frameLocator('#embed').locator('.quiz').count()).resolves.toBe(1);
		expect(problems).toEqual([expect.stringMatching(/frame-ancestors/)]);
		await context.close();
		await host.close();
	});
});
