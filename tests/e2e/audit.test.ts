/**
 * The privacy audit of a whole session (issue 15): one browser context goes through the start
 * page, both areas, a quiz answered to its results, sharing, the shared link in a fresh page,
 * the embed in a host article on another origin, a source, the methodology, the editors'
 * page and the nynorsk and English start and quiz pages, with the build served with its
 * headers (as a host serves it) and no service worker. Every request of every page and frame
 * is recorded, and then: only GETs of files of the build on the site's own origin (the host
 * article alone comes from its own), no third-party host, no cookie, no request body, no piece
 * of the share code in any address, and nothing in storage but the quiz record.
 */
import type { Browser, BrowserContext, Page, Request, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askedStatements } from '../../src/lib/content/editions.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { m } from '../../src/lib/messages/index.ts';
import { INTACT_KEY, STORAGE_KEY } from '../../src/lib/quiz/index.ts';
import type { Stance } from '../../src/lib/scoring/index.ts';
import { servedFiles } from '../../scripts/headers.ts';
import {
	VIEWPORTS,
	answerAll,
	codeLeaks,
	heading,
	hydrated,
	launch,
	localePath,
	serveBuild,
	serveHostPage,
	type Served
} from './browser.ts';

const dataset = loadContent();
const editionOf = (id: string) => dataset.editions.find((e) => e.id === id)!;
const akershus = editionOf('akershus');
const oslo = editionOf('oslo');
const stances: Stance[] = [1, -2, 2, 0, -1, 2];

let browser: Browser;
let site: Served;
let host: Served;

beforeAll(async () => {
	browser = await launch();
	site = await serveBuild();
	// The recommended embed code: the loader and its element, on a news site's article.
	host = await serveHostPage(
		`<div data-valgomat="${site.url}/embed/" data-edition="oslo"></div>
<script src="${site.url}/embed.js" async></script>`
	);
});
afterAll(async () => {
	await browser?.close();
	await site?.close();
	await host?.close();
});

/**
 * SvelteKit's router keeps, for the tab only, the scroll position of each history entry
 * (every statement is one) and the snapshots of pages that declare one (none does). True when
 * `session` holds that and nothing else: no answer, no address, no text.
 */
function routerStateOnly(session: Record<string, string>): boolean {
	const { 'sveltekit:history-info': history = '{}', ...rest } = session;
	const entries = Object.values(JSON.parse(history) as Record<string, unknown>);
	const number = (v: unknown) => typeof v === 'number';
	return (
		Object.entries(rest).every(
			([key, value]) =>
				['sveltekit:snapshot', 'sveltekit:navigation-snapshot'].includes(key) && value === '{}'
		) &&
		entries.every((entry) => {
			const { resetIndex, scroll, ...other } = entry as Record<string, unknown>;
			const { x, y, ...more } = (scroll ?? {}) as Record<string, unknown>;
			return (
				number(resetIndex) &&
				number(x) &&
				number(y) &&
				Object.keys(other).length + Object.keys(more).length === 0
			);
		})
	);
}

/** What a page holds on this device: its storage, databases, caches and cookies. */
function heldBy(page: Page) {
	return page.evaluate(async () => ({
		local: Object.keys(localStorage).sort(),
		session: Object.fromEntries(Object.entries(sessionStorage)),
		databases: (await indexedDB.databases()).map((d) => d.name),
		caches: await caches.keys(),
		cookie: document.cookie
	}));
}

describe('a whole session', () => {
	// One context for the whole session, its steps in order (each a test of its own).
	let context: BrowserContext;
	let page: Page;
	let article: Page;
	let link = '';
	const requests: Request[] = [];
	const responses: Response[] = [];
	/** The cookie headers of every request and response, read as each one finishes. */
	const cookieHeaders: Promise<string | undefined>[] = [];

	beforeAll(async () => {
		context = await browser.newContext({ ...VIEWPORTS.phone, locale: 'nb-NO' });
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
		context.on('request', (request) => requests.push(request));
		context.on('requestfinished', (request) =>
			cookieHeaders.push(request.allHeaders().then((h) => h['cookie']))
		);
		context.on('response', (response) => {
			responses.push(response);
			cookieHeaders.push(response.allHeaders().then((h) => h['set-cookie']));
		});
		page = await context.newPage();
	});
	afterAll(async () => {
		await context?.close();
	});

	it('goes from the start page to both areas, answers a quiz to its results and shares them', async () => {
		await page.goto(`${site.url}/`);
		for (const edition of [oslo, akershus]) {
			await page.getByRole('link', { name: m.quiz.editionLink(edition.name), exact: true }).click();
			await hydrated(page);
			if (edition !== akershus) await page.goBack();
		}
		await page.getByRole('button', { name: m.quiz.start }).click();
		await answerAll(page, askedStatements(dataset, akershus), (i) =>
			i % 5 === 3 ? null : stances[i % stances.length]!
		);
		await expect(heading(page)).resolves.toBe(m.results.heading);
		const share = page.locator('[data-share]');
		await share.getByRole('button', { name: m.share.shareButton }).click();
		await expect.poll(() => share.getByRole('status').textContent()).toBe(m.share.copied);
		link = await page.evaluate(() => navigator.clipboard.readText());
		expect(new URL(link).hash.length).toBeGreaterThan(20);
	});

	it('opens the shared link, the embed in an article, a source, the methodology, the editors’ page and the other languages', async () => {
		const shared = await context.newPage();
		await shared.goto(link);
		await expect(heading(shared)).resolves.toBe(m.share.sharedHeading);
		// Every page is left only once its requests have finished: a response still arriving as
		// its page goes cannot have its headers read.
		await shared.waitForLoadState('networkidle');
		await shared.close();

		// The embed in an article on another origin (the same site here, so it shares the
		// site's storage and opens where the voter is: the results, in Oslo).
		article = await context.newPage();
		await article.goto(host.url);
		const embed = article.frameLocator('iframe');
		await embed.locator('.quiz[data-hydrated="true"]').waitFor();
		await expect(embed.locator('h1').textContent()).resolves.toBe(m.results.heading);

		await page.waitForLoadState('networkidle');
		await page.goto(`${site.url}/`);
		await page.locator('a[href*="/kilder/"]').first().click();
		await page.waitForURL(/\/kilder\/[^/]+\/$/);
		await page.goto(`${site.url}/metode/`);
		await page.locator('nav.toc').waitFor();
		await page.goto(`${site.url}/for-redaksjoner/`);
		await page.locator('h1').waitFor();
		for (const language of ['nn', 'en'] as const) {
			await page.goto(`${site.url}${localePath(language, '/')}`);
			await expect(page.locator('html').getAttribute('lang')).resolves.toBe(language);
			await page.goto(`${site.url}${localePath(language, '/oslo/')}`);
			await hydrated(page);
			// A returning voter's quiz opens on the results, which load their files now.
			await page.waitForLoadState('networkidle');
		}
		await page.waitForLoadState('networkidle');
	});

	/** Every request but those of `data:` addresses, which reach no server. */
	const sent = () => requests.filter((r) => !r.url().startsWith('data:'));

	it('sent only GETs of files of the build to the site, the article alone from its own origin', () => {
		const files = new Set(servedFiles('build'));
		const exists = (pathname: string) =>
			files.has(pathname) || (pathname.endsWith('/') && files.has(`${pathname}index.html`));
		const visited = new Set(sent().map((r) => new URL(r.url()).pathname));
		for (const path of ['/', new URL(link).pathname, '/embed/oslo/', '/metode/', '/en/oslo/']) {
			expect(visited).toContain(path);
		}
		const strays = sent().filter((r) => {
			const url = new URL(r.url());
			if (url.href === host.url) return r.frame() !== article.mainFrame();
			return r.method() !== 'GET' || url.origin !== site.url || !exists(url.pathname);
		});
		expect(strays.map((r) => `${r.method()} ${r.url()}`)).toEqual([]);
		expect(responses.filter((r) => r.status() !== 200).map((r) => r.url())).toEqual([]);
	});

	it('sent no body, no piece of the share code and no cookie, and set none', async () => {
		expect(
			sent()
				.filter((r) => r.postData() !== null)
				.map((r) => r.url())
		).toEqual([]);
		const addresses = sent().map((r) => ({ url: r.url(), body: '' }));
		expect(codeLeaks(addresses, [new URL(link).hash.slice(1)], 6)).toEqual([]);
		expect(cookieHeaders.length).toBeGreaterThan(sent().length);
		expect((await Promise.all(cookieHeaders)).filter((h) => h !== undefined)).toEqual([]);
		await expect(context.cookies()).resolves.toEqual([]);
	});

	it('left nothing on the device but the quiz record, on the site and inside the embed', async () => {
		const { session, ...held } = await heldBy(page);
		expect(held).toEqual({
			local: [STORAGE_KEY, INTACT_KEY].sort(),
			databases: [],
			caches: [],
			cookie: ''
		});
		// Kit's router keeps scroll positions on its pages; the quiz and start pages (islands)
		// keep none, and the last page here is a quiz page: nothing or the router's state.
		expect(routerStateOnly(session)).toBe(true);
		expect(routerStateOnly({ ...session, 'valgomat:x': '{}' })).toBe(false);
		const frame = article.frames().find((f) => f !== article.mainFrame())!;
		const inFrame = await frame.evaluate(() => {
			try {
				return Object.keys(localStorage);
			} catch {
				return [];
			}
		});
		expect(inFrame.every((key) => key === STORAGE_KEY || key === INTACT_KEY)).toBe(true);
		expect(await heldBy(article)).toEqual({
			local: [],
			session: {},
			databases: [],
			caches: [],
			cookie: ''
		});
	});
});
