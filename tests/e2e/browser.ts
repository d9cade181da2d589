import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { INTACT_KEY, STORAGE_KEY, parseRecord, type QuizRecord } from '../../src/lib/quiz/index.ts';
import { CHROMIUM_ARGS } from '../support/chromium.ts';

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
