import AxeBuilder from '@axe-core/playwright';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
	chromium,
	type Browser,
	type BrowserContext,
	type Frame,
	type FrameLocator,
	type Page,
	type Request
} from 'playwright-core';
import { inject } from 'vitest';
import { m } from '../../src/lib/messages/index.ts';
import { INTACT_KEY, STORAGE_KEY, parseRecord, type QuizRecord } from '../../src/lib/quiz/index.ts';
import type { Stance } from '../../src/lib/scoring/index.ts';
import { CHROMIUM_ARGS } from '../support/chromium.ts';
import { serveStatic } from '../support/static-server.ts';

export const baseURL = () => inject('baseURL');

/** The site's languages, bokmål (at the root) first. */
export const LANGUAGES = ['nb', 'nn', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** `path` (from "/") in `language`: bokmål at the root, the others under `/nn/` and `/en/`. */
export const localePath = (language: Language, path: string) =>
	language === 'nb' ? path : `/${language}${path}`;

/**
 * Chromium for the e2e tests. Its contexts block the service worker unless a test asks for it
 * (`serviceWorkers: 'allow'`, as the offline test does): otherwise every fresh context would
 * precache the whole deployment, and a test would depend on what a worker had cached.
 */
export async function launch(): Promise<Browser> {
	const browser = await chromium.launch({
		executablePath: inject('chromium'),
		args: CHROMIUM_ARGS
	});
	const newContext = browser.newContext.bind(browser);
	browser.newContext = (options) => newContext({ serviceWorkers: 'block', ...options });
	return browser;
}

export type Viewport = 'phone' | 'narrow';
export type Scheme = 'light' | 'dark';

/** The contexts every page is checked in: a phone and a 320 px wide screen. */
export const VIEWPORTS: Record<Viewport, Parameters<Browser['newContext']>[0]> = {
	phone: {
		viewport: { width: 390, height: 844 },
		isMobile: true,
		hasTouch: true,
		reducedMotion: 'reduce'
	},
	narrow: { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true }
};

/**
 * A browser context that records every request, so tests can assert that
 * nothing leaves the site's own origin.
 */
export async function newContext(
	browser: Browser,
	viewport: Viewport,
	colorScheme: Scheme = 'light'
): Promise<{ context: BrowserContext; foreignRequests: string[] }> {
	const context = await browser.newContext({
		...VIEWPORTS[viewport],
		colorScheme,
		locale: 'nb-NO'
	});
	const foreignRequests: string[] = [];
	const origin = new URL(baseURL()).origin;
	context.on('request', (req) => {
		const url = req.url();
		if (!url.startsWith(origin) && !url.startsWith('data:')) foreignRequests.push(url);
	});
	return { context, foreignRequests };
}

/** axe-core with the WCAG 2.2 AA tag set; returns the violations, formatted. */
export async function axeViolations(page: Page): Promise<string[]> {
	const result = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	return result.violations.map(
		(v) => `${v.id} (${v.impact}): ${v.help} – ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
}

/** Width of content beyond the viewport: 0 means no horizontal scrolling. */
export function horizontalOverflow(page: Page): Promise<number> {
	return page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
}

/** Saves a full-page screenshot under test-results/screenshots for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
	await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

/** Every viewport in both colour schemes: the combinations each page is checked in. */
export const COMBOS: [Viewport, Scheme][] = [
	['phone', 'light'],
	['phone', 'dark'],
	['narrow', 'light'],
	['narrow', 'dark']
];

/**
 * Opens `path` in a fresh context, collecting page errors, console errors and
 * requests that leave the site's origin.
 */
export async function openPage(
	browser: Browser,
	path: string,
	viewport: Viewport = 'phone',
	scheme: Scheme = 'light'
) {
	const { context, foreignRequests } = await newContext(browser, viewport, scheme);
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (msg) => {
		if (msg.type() === 'error') errors.push(msg.text());
	});
	// `networkidle` alone can return before the document has been parsed (it is decided from
	// requests only), so on a busy machine axe could see a page without its <title>: wait for
	// `load` first, then for the network to settle.
	await page.goto(`${baseURL()}${path}`, { waitUntil: 'load' });
	await page.waitForLoadState('networkidle');
	return { context, page, errors, foreignRequests };
}

/** Resolves once the quiz has hydrated and restored any saved answers. */
export async function hydrated(page: Page): Promise<void> {
	await page.locator('.quiz[data-hydrated="true"]').waitFor();
}

/**
 * Waits until every section of the results is drawn: a quiz's results draw their closed
 * sections once the browser is idle (`Section.svelte`), so a test reading what a closed
 * section holds waits for this first.
 */
export async function resultsDrawn(page: Page | Frame): Promise<void> {
	await page.locator('section[data-section]').first().waitFor({ state: 'attached' });
	await page.waitForFunction(() => !document.querySelector('section[data-drawn="false"]'));
}

/**
 * Records every layout shift of the context's pages from the start of each page, with the
 * elements that moved; {@link layoutShifts} reads them. (None comes from input in the tests that
 * use it: they give none while the page loads.)
 */
export async function recordLayoutShifts(context: BrowserContext): Promise<void> {
	await context.addInitScript(() => {
		const shifts: string[] = [];
		const describe = (entry: PerformanceEntry) => {
			const shift = entry as PerformanceEntry & {
				value: number;
				sources?: { node?: Node | null }[];
			};
			const nodes = (shift.sources ?? []).map((s) => {
				const el = s.node instanceof Element ? s.node : s.node?.parentElement;
				return el ? `${el.tagName.toLowerCase()}#${el.id}.${[...el.classList].join('.')}` : '?';
			});
			shifts.push(`${shift.value.toFixed(5)} ${nodes.join(' ')}`);
		};
		const observer = new PerformanceObserver((list) => list.getEntries().forEach(describe));
		observer.observe({ type: 'layout-shift', buffered: true });
		Object.assign(window, {
			layoutShifts: () => (observer.takeRecords().forEach(describe), shifts)
		});
	});
}

/** The layout shifts of `page` so far (see {@link recordLayoutShifts}): value and elements. */
export function layoutShifts(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		(window as unknown as { layoutShifts: () => string[] }).layoutShifts()
	);
}

/** The page's h1, trimmed. */
export async function heading(page: Page): Promise<string | undefined> {
	return (await page.locator('h1').textContent())?.trim();
}

/**
 * Puts `value` under `key` in the context's localStorage before its first page loads (once
 * per tab: a reload sees what the page itself stored since). A quiz record is seeded as a page
 * that saved it leaves it: marked intact (`INTACT_KEY`), so it is restored as complete.
 */
export async function seedStorage(context: BrowserContext, key: string, value: string) {
	await context.addInitScript(
		([k, v, intact]) => {
			// A new tab's first document (about:blank) has no storage: nothing to seed there.
			if (location.origin === 'null') return;
			if (!sessionStorage.getItem('seeded')) {
				localStorage.setItem(k!, v!);
				if (intact) localStorage.setItem(intact, '1');
				sessionStorage.setItem('seeded', '1');
			}
		},
		[key, value, key === STORAGE_KEY ? INTACT_KEY : '']
	);
}

/** The stored quiz record of `page`; throws when there is none or it is unreadable. */
export async function storedRecord(page: Page): Promise<QuizRecord> {
	const raw = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
	if (raw === null) throw new Error('no stored quiz record');
	const parsed = parseRecord(raw);
	if (!parsed.ok) throw new Error(`unreadable stored record: ${raw}`);
	return parsed.record;
}

/** A server this test started: its base URL (`http://127.0.0.1:<port>`, or `…/` for a page). */
export interface Served {
	url: string;
	close: () => Promise<void>;
}

/**
 * The built site served as a static host serves it, with the build's `_headers` applied
 * (`tests/support/static-server.ts`), on a free port: for the tests of those headers. The
 * other tests use `vite preview` (`baseURL`), which sends none of them.
 */
export async function serveBuild(): Promise<Served> {
	const { server, baseURL: url } = await serveStatic('build');
	return { url, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/**
 * An article of a news site on another origin (another port) with `embed` in its body, served
 * at `/` on a free port.
 */
export async function serveHostPage(embed: string): Promise<Served> {
	const server = createServer((req, res) => {
		if (new URL(req.url ?? '/', 'http://host').pathname !== '/') {
			res.writeHead(404).end();
			return;
		}
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end(`<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><title>Artikkel</title><link rel="icon" href="data:,"></head>
<body><h1>Hva mener partiene?</h1>${embed}</body></html>`);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}/`,
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}

/**
 * Answers `statements` in order with `stanceOf(i)` (`null`: "Hopp over"), from the first
 * statement on screen, waiting for each one's heading: on a page or inside an embed's frame.
 */
export async function answerAll(
	target: Page | FrameLocator,
	statements: readonly { text: string }[],
	stanceOf: (index: number) => Stance | null
): Promise<void> {
	for (const [i, statement] of statements.entries()) {
		await target.getByRole('heading', { level: 1, name: statement.text, exact: true }).waitFor();
		const stance = stanceOf(i);
		if (stance === null) await target.getByRole('button', { name: m.quiz.skip }).click();
		else await target.getByRole('button', { name: m.stance[stance], exact: true }).click();
	}
}

/** A request as the privacy checks see it: its address and its body. */
export interface SentRequest {
	url: string;
	body: string;
}

/** Records `request` (for `context.on('request', …)`) into `into`. */
export const recordRequest = (into: SentRequest[]) => (request: Request) =>
	into.push({ url: request.url(), body: request.postData() ?? '' });

/**
 * The requests whose address or body holds a piece of `length` characters of any of `codes`
 * (share codes: the voter's answers, which must stay in the fragment and on the device).
 */
export function codeLeaks(
	requests: readonly SentRequest[],
	codes: readonly string[],
	length: number
): SentRequest[] {
	const pieces = codes.flatMap((c) =>
		Array.from({ length: c.length - length + 1 }, (_, i) => c.slice(i, i + length))
	);
	return requests.filter(({ url, body }) =>
		pieces.some((p) => url.includes(p) || body.includes(p))
	);
}
