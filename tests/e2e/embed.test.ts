/**
 * The embed in a host article served from another origin (a tiny HTTP server on another port):
 * with the loader `/embed.js`, with a plain iframe, and with a minimal Datawrapper-style height
 * listener. The frame's height follows the content, the voter completes the quiz inside it, the
 * host receives nothing but heights, no cookies are set, no request leaves the two origins, and
 * an invalid parameter changes nothing but the console.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askedStatements } from '../../src/lib/content/editions.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { iframeSnippet } from '../../src/lib/embed/snippets.ts';
import { m } from '../../src/lib/messages/index.ts';
import {
	COMBOS,
	VIEWPORTS,
	axeViolations,
	baseURL,
	launch,
	resultsDrawn,
	type Scheme,
	type Viewport
} from './browser.ts';

const dataset = loadContent();
const oslo = askedStatements(
	dataset,
	dataset.editions.find((e) => e.id === 'oslo')!
);

let browser: Browser;
let host: Server;
let hostURL: string;

/** The embed markup of each host page, by path (`{base}`: the valgomat's origin). */
const EMBEDS: Record<string, (base: string, query: string) => string> = {
	'/loader.html': (base, query) =>
		`<div data-valgomat="${base}/embed/" data-edition="oslo" ${query}></div>\n<script src="${base}/embed.js" async></script>`,
	'/iframe.html': (base, query) => iframeSnippet(`${base}/embed/oslo/${query}`, 'Valgomat'),
	// Datawrapper's own listener, reduced: every iframe whose window sent the message.
	'/datawrapper.html': (base, query) =>
		`<iframe src="${base}/embed/oslo/${query}" title="Valgomat" style="width:100%;border:0" height="400"></iframe>
<script>addEventListener('message', function (a) {
	if (a.data && a.data['datawrapper-height'] !== undefined) {
		var e = document.querySelectorAll('iframe');
		for (var t in a.data['datawrapper-height'])
			for (var r = 0; r < e.length; r++)
				if (e[r].contentWindow === a.source) e[r].style.height = a.data['datawrapper-height'][t] + 'px';
	}
});</script>`,
	// A strict host: scripts only, no same origin (`query`: the valgomat's origin to use).
	'/sandbox.html': (_base, site) =>
		`<iframe sandbox="allow-scripts" src="${site}/embed/oslo/" title="Valgomat" style="width:100%;border:0" height="700"></iframe>`
};

function article(embed: string): string {
	return `<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark"><link rel="icon" href="data:,"><title>Artikkel</title>
<script>window.received = []; addEventListener('message', function (e) { window.received.push({ origin: e.origin, data: e.data }); });</script>
<style>body { margin: 0; font: 17px/1.5 Georgia, serif; } main { padding: 0 12px; }
@media (prefers-color-scheme: dark) { body { background: #000; color: #ddd; } }</style></head>
<body><main><h1>Hva mener partiene om helse?</h1>
<p>Svar på påstandene og se hvem du er mest enig med. Svarene dine blir på din egen enhet.</p>
${embed}
<p>Resten av artikkelen fortsetter under valgomaten.</p></main></body></html>`;
}

beforeAll(async () => {
	browser = await launch();
	host = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://host');
		const embed = EMBEDS[url.pathname];
		if (!embed) {
			res.writeHead(404).end();
			return;
		}
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end(article(embed(baseURL(), url.searchParams.get('q') ?? '')));
	});
	await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
	hostURL = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
afterAll(async () => {
	await browser?.close();
	await new Promise((resolve) => host?.close(resolve));
});

interface Host {
	context: BrowserContext;
	page: Page;
	frame: Frame;
	warnings: string[];
	errors: string[];
	/** Requests to anywhere but the two origins, and requests the embed made to the host. */
	strayRequests: string[];
}

/** Opens a host page (`path`, the embed's query or data attributes in `q`) and waits for the embed. */
async function openHost(
	path: string,
	q = '',
	viewport: Viewport = 'phone',
	scheme: Scheme = 'light'
): Promise<Host> {
	const context = await browser.newContext({
		...VIEWPORTS[viewport],
		colorScheme: scheme,
		locale: 'nb-NO'
	});
	const page = await context.newPage();
	const base = new URL(baseURL()).origin;
	const warnings: string[] = [];
	const errors: string[] = [];
	const strayRequests: string[] = [];
	page.on('console', (msg) => {
		// Chromium on Linux has no Web Share and says so about the iframe's `allow`.
		if (msg.type() === 'warning' && !msg.text().startsWith('Unrecognized feature'))
			warnings.push(msg.text());
		if (msg.type() === 'error') errors.push(msg.text());
	});
	page.on('pageerror', (e) => errors.push(e.message));
	context.on('request', (req) => {
		const origin = new URL(req.url()).origin;
		const fromHost = req.frame() === page.mainFrame();
		if (origin !== base && origin !== hostURL) strayRequests.push(req.url());
		else if (origin === hostURL && !fromHost) strayRequests.push(req.url());
	});
	await page.goto(`${hostURL}${path}?q=${encodeURIComponent(q)}`);
	const iframe = page.locator('iframe');
	await iframe.scrollIntoViewIfNeeded();
	const frame = await (await iframe.elementHandle())!.contentFrame();
	if (!frame) throw new Error('no embed frame');
	await frame.locator('.quiz[data-hydrated="true"]').waitFor();
	return { context, page, frame, warnings, errors, strayRequests };
}

/** The frame's height on the host page and the embed's content height. */
async function heights({
	page,
	frame
}: Host): Promise<{ outer: number; inner: number; scrolls: boolean }> {
	const outer = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
	const [inner, scrolls] = await frame.evaluate(() => {
		const root = document.documentElement;
		return [Math.ceil(root.getBoundingClientRect().height), root.scrollHeight > root.clientHeight];
	});
	return { outer, inner, scrolls };
}

/** Waits until the frame is exactly as tall as its content (no inner scrollbar) and returns it. */
async function fitted(h: Host): Promise<number> {
	await expect
		.poll(
			async () => {
				const { outer, inner, scrolls } = await heights(h);
				return Math.abs(outer - inner) <= 1 && !scrolls;
			},
			{ timeout: 15_000 }
		)
		.toBe(true);
	return (await heights(h)).outer;
}

/** Every message the host page received. */
function received(page: Page): Promise<{ origin: string; data: unknown }[]> {
	return page.evaluate(
		() => (window as unknown as { received: { origin: string; data: unknown }[] }).received
	);
}

/** True when `data` is a height message and nothing else. */
function onlyHeight(data: unknown): boolean {
	if (typeof data === 'string') return /^pymxPYMx[A-Za-z0-9_-]+xPYMxheightxPYMx\d+$/.test(data);
	if (typeof data !== 'object' || data === null) return false;
	const keys = Object.keys(data);
	if (keys.length !== 1 || keys[0] !== 'datawrapper-height') return false;
	const inner = (data as Record<string, unknown>)['datawrapper-height'];
	if (typeof inner !== 'object' || inner === null) return false;
	const values = Object.values(inner);
	return values.length === 1 && Number.isInteger(values[0]) && (values[0] as number) > 0;
}

describe('the embed in a host article on another origin', () => {
	it('with /embed.js: the height follows intro, statements and results; the voter completes the quiz; only heights reach the host', async () => {
		const h = await openHost('/loader.html');
		const iframe = h.page.locator('iframe');
		await expect(iframe.getAttribute('title')).resolves.toBeTruthy();
		await expect(iframe.getAttribute('allow')).resolves.toBe('web-share; clipboard-write');
		await expect(iframe.getAttribute('loading')).resolves.toBe('lazy');
		// No site header or footer inside the embed, and it asks not to be indexed.
		await expect(h.frame.locator('.site-header, .site-footer, a.skip').count()).resolves.toBe(0);
		await expect(h.frame.locator('meta[name="robots"]').getAttribute('content')).resolves.toBe(
			'noindex'
		);

		const intro = await fitted(h);
		await h.frame.getByRole('button', { name: m.quiz.start }).click();
		await expect(h.frame.locator('h1').textContent()).resolves.toBe(oslo[0]!.text);
		const statement = await fitted(h);
		expect(statement).not.toBe(intro);
		for (let i = 0; i < oslo.length; i++) {
			await expect(h.frame.locator('h1').textContent()).resolves.toBe(oslo[i]!.text);
			await h.frame
				.getByRole('button', { name: m.stance[i % 2 === 0 ? 2 : -1], exact: true })
				.click();
		}
		await expect(h.frame.locator('h1').textContent()).resolves.toBe(m.results.heading);
		// The results come in parts after their heading: measure them, and read their links, drawn.
		await resultsDrawn(h.frame);
		const results = await fitted(h);
		expect(results).toBeGreaterThan(statement);

		// Links to the site's other pages open in a new tab; the article stays.
		const links = await h.frame
			.locator('.embed a[href^="/kilder/"], .embed a[href^="/metode/"]')
			.evaluateAll((as) => as.map((a) => [a.getAttribute('target'), a.getAttribute('rel')]));
		expect(links.length).toBeGreaterThan(0);
		for (const [target, rel] of links) {
			expect(target).toBe('_blank');
			expect(rel).toContain('noopener');
		}

		const messages = await received(h.page);
		expect(messages.length).toBeGreaterThan(0);
		expect(messages.filter((msg) => !onlyHeight(msg.data))).toEqual([]);
		expect(new Set(messages.map((msg) => msg.origin))).toEqual(
			new Set([new URL(baseURL()).origin])
		);
		expect(await h.context.cookies()).toEqual([]);
		expect(h.strayRequests).toEqual([]);
		expect(h.warnings).toEqual([]);
		expect(h.errors).toEqual([]);
		expect(await axeViolations(h.page)).toEqual([]);
		await h.page.screenshot({
			path: 'test-results/screenshots/embed-loader-results.png',
			fullPage: true
		});
		await h.context.close();
	});

	it('with a plain iframe: a fixed height, the quiz inside, nothing posted but heights', async () => {
		const h = await openHost('/iframe.html');
		await expect(h.page.locator('iframe').getAttribute('height')).resolves.toMatch(/^\d+$/);
		await h.frame.getByRole('button', { name: m.quiz.start }).click();
		await expect(h.frame.locator('h1').textContent()).resolves.toBe(oslo[0]!.text);
		const messages = await received(h.page);
		expect(messages.filter((msg) => !onlyHeight(msg.data))).toEqual([]);
		expect(h.strayRequests).toEqual([]);
		expect(h.errors).toEqual([]);
		await h.context.close();
	});

	it('with a Datawrapper-style listener: invalid parameters change nothing but the warnings', async () => {
		const valid = '?id=dw-1&theme=dark&accent=8ab4f8';
		const invalid = '&theme=purple&plain=maybe&accent=nope&utm_source=x';
		const a = await openHost('/datawrapper.html', valid);
		const b = await openHost('/datawrapper.html', valid + invalid);
		const look = (h: Host) =>
			h.frame.evaluate(() => ({
				html: document.querySelector('main')!.innerHTML,
				bg: getComputedStyle(document.body).backgroundColor,
				accent: getComputedStyle(document.querySelector('.start')!).backgroundColor
			}));
		const [lookA, lookB] = [await look(a), await look(b)];
		expect(lookB).toEqual(lookA);
		// The valid options took effect: dark on a light page, the newsroom's accent.
		expect(lookA.bg).toBe('rgb(17, 22, 29)');
		expect(lookA.accent).toBe('rgb(138, 180, 248)');
		expect(await fitted(b)).toBe(await fitted(a));
		expect(a.warnings).toEqual([]);
		// One warning per bad parameter (theme, plain, accent given twice or wrong, utm_source).
		expect(b.warnings).toHaveLength(4);
		for (const w of b.warnings) expect(w).toMatch(/^valgomat embed: ignored /);
		const messages = await received(b.page);
		expect(messages.some((msg) => JSON.stringify(msg.data).includes('"dw-1"'))).toBe(true);
		expect(messages.filter((msg) => !onlyHeight(msg.data))).toEqual([]);
		await a.context.close();
		await b.context.close();
	});

	it('in a sandbox="allow-scripts" iframe: runs from memory once /_app/ sends the CORS header, shows only its first screen without', async () => {
		// The documented header, added by a proxy in front of the built site.
		const proxy = createServer(async (req, res) => {
			const upstream = await fetch(`${baseURL()}${req.url}`);
			const headers: Record<string, string> = {
				'content-type': upstream.headers.get('content-type') ?? 'application/octet-stream'
			};
			if (req.url?.startsWith('/_app/')) headers['access-control-allow-origin'] = '*';
			res.writeHead(upstream.status, headers).end(Buffer.from(await upstream.arrayBuffer()));
		});
		await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
		const proxied = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
		const context = await browser.newContext({ ...VIEWPORTS.phone, locale: 'nb-NO' });
		const page = await context.newPage();
		const sandboxed = (site: string) => `${hostURL}/sandbox.html?q=${encodeURIComponent(site)}`;
		const frameOf = async () =>
			(await (await page.locator('iframe').elementHandle())!.contentFrame())!;

		await page.goto(sandboxed(baseURL()));
		let frame = await frameOf();
		await frame.locator('h1').waitFor();
		// Without the header the scripts are refused: the prerendered intro stays, and a tap on
		// Start is kept (the button says the quiz is loading) for scripts that never come.
		await frame.waitForLoadState('load');
		await expect(frame.locator('.quiz').getAttribute('data-hydrated')).resolves.toBe('false');
		await frame.getByRole('button', { name: m.quiz.start }).click();
		await expect(
			frame.getByRole('button', { name: m.quiz.loading }).getAttribute('aria-busy')
		).resolves.toBe('true');

		await page.goto(sandboxed(proxied));
		frame = await frameOf();
		await frame.locator('.quiz[data-hydrated="true"]').waitFor();
		await frame.getByRole('button', { name: m.quiz.start }).click();
		await expect(frame.locator('h1').textContent()).resolves.toBe(oslo[0]!.text);
		await expect(frame.locator('[data-notice="memory"]').count()).resolves.toBe(1);
		await context.close();
		await new Promise((resolve) => proxy.close(resolve));
	});

	it.each(COMBOS)('passes axe inside the embed at %s size, %s', async (viewport, scheme) => {
		const h = await openHost('/loader.html', '', viewport, scheme);
		await fitted(h);
		expect(await axeViolations(h.page)).toEqual([]);
		await h.page.screenshot({
			path: `test-results/screenshots/embed-${viewport}-${scheme}-intro.png`,
			fullPage: true
		});
		await h.frame.getByRole('button', { name: m.quiz.start }).click();
		await fitted(h);
		expect(await axeViolations(h.page)).toEqual([]);
		await h.page.screenshot({
			path: `test-results/screenshots/embed-${viewport}-${scheme}-statement.png`,
			fullPage: true
		});
		await h.context.close();
	});
});

describe('the area choice inside the embed', () => {
	it('?edition= opens that edition with the other options; an unknown one stays with one warning', async () => {
		const context = await browser.newContext({ ...VIEWPORTS.phone, locale: 'nb-NO' });
		const page = await context.newPage();
		const warnings: string[] = [];
		page.on('console', (msg) => {
			if (msg.type() === 'warning') warnings.push(msg.text());
		});
		await page.goto(`${baseURL()}/embed/?edition=oslo&theme=dark`);
		await page.waitForURL(/\/embed\/oslo\/\?theme=dark$/);
		await page.locator('.quiz[data-hydrated="true"]').waitFor();
		expect(warnings).toEqual([]);

		await page.goto(`${baseURL()}/embed/?edition=bergen`);
		await page.locator('a[href="/embed/oslo/"]').waitFor();
		expect(new URL(page.url()).pathname).toBe('/embed/');
		expect(warnings).toEqual([expect.stringMatching(/^valgomat embed: ignored edition="bergen"/)]);
		await context.close();
	});
});

describe('«For redaksjoner»', () => {
	it('builds the code from the options, previews it at its own height, and states the privacy contract', async () => {
		const context = await browser.newContext({ ...VIEWPORTS.phone, locale: 'nb-NO' });
		const page = await context.newPage();
		/** Requests made by the preview's frame (none until it loads). */
		const framed: string[] = [];
		page.on('request', (request) => {
			if (request.frame() !== page.mainFrame()) framed.push(request.url());
		});
		await page.goto(`${baseURL()}/for-redaksjoner/`);
		const loader = page.locator('#loader-code');
		await expect(loader.inputValue()).resolves.toBe(
			`<div data-valgomat="${baseURL()}/embed/"></div>\n<script src="${baseURL()}/embed.js" async></script>`
		);
		await page.getByLabel(m.embed.editors.edition).selectOption('oslo');
		await page.getByLabel(m.embed.editors.themes.dark).check();
		await page.getByLabel(m.embed.editors.accent).fill('8ab4f8');
		await page.getByLabel(m.embed.editors.plain).check();
		await expect(loader.inputValue()).resolves.toContain(
			'data-edition="oslo" data-theme="dark" data-accent="8ab4f8" data-plain="1"'
		);
		await expect(page.locator('#iframe-code').inputValue()).resolves.toContain(
			`src="${baseURL()}/embed/oslo/?theme=dark&amp;accent=8ab4f8&amp;plain=1"`
		);
		await expect(page.locator('#embed-accent-verdict').textContent()).resolves.toBe(
			m.embed.editors.accentVerdict.kept
		);
		// The preview is a whole quiz page: it loads only once it comes near the screen.
		const preview = page.locator('iframe.preview');
		const frame = (await (await preview.elementHandle())!.contentFrame())!;
		await expect(preview.getAttribute('src')).resolves.toBeNull();
		expect(framed).toEqual([]);
		await preview.scrollIntoViewIfNeeded();
		// It shows the chosen options and takes the height the embed reports.
		await frame.waitForURL(/\/embed\/oslo\/\?theme=dark&accent=8ab4f8&plain=1&id=preview$/);
		await frame.locator('.quiz[data-hydrated="true"]').waitFor();
		await expect(frame.locator('.lead').count()).resolves.toBe(0);
		await expect
			.poll(
				async () => {
					const outer = await preview.evaluate((f) => f.getBoundingClientRect().height);
					const inner = await frame.evaluate(() =>
						Math.ceil(document.documentElement.getBoundingClientRect().height)
					);
					return Math.abs(outer - inner) <= 3;
				},
				{ timeout: 15_000 }
			)
			.toBe(true);
		const contract = await page.locator('[data-contract] li').allTextContents();
		expect(contract).toEqual(m.embed.editors.contract);
		await context.close();
	});

	it.each(COMBOS)('passes axe at %s size, %s', async (viewport, scheme) => {
		const context = await browser.newContext({
			...VIEWPORTS[viewport],
			colorScheme: scheme,
			locale: 'nb-NO'
		});
		const page = await context.newPage();
		await page.goto(`${baseURL()}/for-redaksjoner/`);
		await page.locator('iframe.preview').scrollIntoViewIfNeeded();
		const frame = (await (await page.locator('iframe.preview').elementHandle())!.contentFrame())!;
		await frame.locator('.quiz, .embed ul').first().waitFor();
		expect(await axeViolations(page)).toEqual([]);
		expect(
			await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			)
		).toBeLessThanOrEqual(0);
		await page.screenshot({
			path: `test-results/screenshots/editors-${viewport}-${scheme}.png`,
			fullPage: true
		});
		await context.close();
	});
});
