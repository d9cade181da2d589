/**
 * What a quiz page loads before its first answer (issue 15): its HTML carries the first
 * statement and none of the parties' positions; the dataset and the results' code arrive only
 * after the voter has answered, and then without a further tap.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askedStatements } from '../../src/lib/content/editions.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { m } from '../../src/lib/messages/index.ts';
import {
	axeViolations,
	baseURL,
	hydrated,
	launch,
	newContext,
	resultsDrawn,
	seedStorage
} from './browser.ts';
import { STORAGE_KEY } from '../../src/lib/quiz/keys.ts';
import { hydratedAt, recordHydration } from '../support/hydration.ts';
import { storedRecord } from '../support/records.ts';
import { COMPILE_HINT } from '../../scripts/vite-island.ts';

const dataset = loadContent();
const akershus = dataset.editions.find((e) => e.id === 'akershus')!;
const [first, second] = askedStatements(dataset, akershus);
/** A quote behind some position: only the dataset carries it. */
const quote = akershus.parties.flatMap((p) => Object.values(p.positions))[0]!.sources[0]!.quote;

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** The bodies of the scripts `paths` name, joined. */
async function scripts(paths: string[]): Promise<string> {
	const bodies = await Promise.all(
		paths.filter((p) => p.endsWith('.js')).map(async (p) => (await fetch(baseURL() + p)).text())
	);
	return bodies.join('\n');
}

describe('a quiz page before the first answer', () => {
	it('has the first statement in its HTML and no position or quote', async () => {
		const html = await (await fetch(`${baseURL()}/akershus/`)).text();
		expect(html).toContain(first!.text);
		expect(quote.length).toBeGreaterThan(20);
		expect(html).not.toContain(quote.slice(0, 40));
		expect(html).not.toMatch(/\bpledgesPerTopic\b|\bpositions\b/);
		// Nor any statement's background: "Les mer" loads them once the quiz is answerable.
		const backgrounds = askedStatements(dataset, akershus).flatMap((s) => s.background ?? []);
		expect(backgrounds.length).toBeGreaterThan(0);
		for (const background of backgrounds) expect(html).not.toContain(background.slice(0, 40));
	});

	it.each(['/akershus/', '/embed/oslo/', '/nn/embed/oslo/'])(
		'%s: its module hydrates the prerendered quiz in place, making none of it anew',
		async (path) => {
			const { context } = await newContext(browser, 'phone');
			const page = await context.newPage();
			// The scripts are held until the prerendered quiz is marked.
			let release!: () => void;
			const released = new Promise<void>((resolve) => (release = resolve));
			await page.route('**/_app/immutable/**/*.js', async (route) => {
				await released;
				await route.continue();
			});
			await page.goto(baseURL() + path, { waitUntil: 'domcontentloaded' });
			const marked = () =>
				page.evaluate(() =>
					[document.querySelector('.quiz'), document.querySelector('.quiz button')].map(
						(element) => (element as (Element & { prerendered?: boolean }) | null)?.prerendered
					)
				);
			await page.evaluate(() => {
				for (const element of [
					document.querySelector('.quiz'),
					document.querySelector('.quiz button')
				])
					Object.assign(element!, { prerendered: true });
			});
			await expect(marked()).resolves.toEqual([true, true]);
			release();
			await hydrated(page);
			await expect(marked()).resolves.toEqual([true, true]);
			await context.close();
		}
	);

	it('marks the scripts it loads first and those of its results for compiling as they arrive, and none of Kit’s own', async () => {
		const html = await (await fetch(`${baseURL()}/akershus/`)).text();
		const address = new URL(`${baseURL()}/akershus/`);
		const paths = (text: string, pattern: RegExp, base = address) =>
			[...text.matchAll(pattern)].flatMap((match) =>
				match[1]!.split(' ').map((href) => new URL(href, base).pathname)
			);
		const loadedFirst = [
			...paths(html, /<link rel="modulepreload" href="([^"]+)"/g),
			...paths(html, /<script type="module" async src="([^"]+)"/g)
		];
		const loadedLater = paths(
			html,
			/<meta name="valgomat:results-files" content="([^"]+)"/g
		).filter((p) => p.endsWith('.js'));
		// A page of Kit's (a source document) starts its own client, which no island loads.
		const kitAddress = new URL(`${baseURL()}/kilder/ap-akershus/`);
		const kitHtml = await (await fetch(kitAddress)).text();
		const kitEntries = paths(kitHtml, /import\("([^"]+)"\)/g, kitAddress);
		expect(loadedFirst.length).toBeGreaterThanOrEqual(3);
		expect(loadedLater.length).toBeGreaterThanOrEqual(3);
		expect(kitEntries.length).toBeGreaterThanOrEqual(2);
		const starts = async (path: string) =>
			(await (await fetch(baseURL() + path)).text()).startsWith(`${COMPILE_HINT}\n`);
		for (const path of [...loadedFirst, ...loadedLater]) {
			expect(await starts(path), path).toBe(true);
		}
		for (const path of kitEntries) expect(await starts(path), path).toBe(false);
	});

	it('loads the backgrounds after it is answerable, and "Les mer" shows them', async () => {
		const { context } = await newContext(browser, 'phone');
		const page = await context.newPage();
		// When the quiz marks itself hydrated, on the page's clock (as `npm run perf` reads it).
		await recordHydration(page);
		const requested: string[] = [];
		page.on('request', (r) => requested.push(new URL(r.url()).pathname));
		await page.goto(`${baseURL()}/akershus/`);
		await hydrated(page);
		const background = first!.background!;
		const carrying = async () => {
			const found: string[] = [];
			for (const path of requested.filter((p) => p.endsWith('.js'))) {
				if ((await scripts([path])).includes(background.slice(0, 40))) found.push(path);
			}
			return found;
		};
		await expect.poll(async () => (await carrying()).length, { timeout: 30_000 }).toBe(1);
		const [path] = await carrying();
		// Requested only once the quiz was answerable, never as part of its first load.
		const requestedAt = await page.evaluate(
			(path) =>
				performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname === path)!
					.startTime,
			path!
		);
		const answerable = await hydratedAt(page);
		expect(answerable).toBeGreaterThan(0);
		expect(requestedAt).toBeGreaterThanOrEqual(answerable!);
		await page.getByRole('button', { name: m.quiz.start }).click();
		await page.getByText(m.quiz.readMore, { exact: true }).click();
		await expect.poll(() => page.locator('details.background p').textContent()).toBe(background);
		await context.close();
	});

	it('loads the dataset and the results only after the first answer, then by itself', async () => {
		const { context } = await newContext(browser, 'phone');
		const page = await context.newPage();
		const requested: string[] = [];
		page.on('request', (r) => requested.push(new URL(r.url()).pathname));
		await page.goto(`${baseURL()}/akershus/`);
		await hydrated(page);
		await page.getByRole('button', { name: m.quiz.start }).click();
		await page.getByRole('heading', { level: 1, name: first!.text }).waitFor();
		const before = [...requested];
		expect(await scripts(before)).not.toContain(quote.slice(0, 40));
		expect(before.some((p) => /ResultsScreen|StatementList/.test(p))).toBe(false);

		await page.getByRole('button', { name: m.stance[1], exact: true }).click();
		await page.getByRole('heading', { level: 1, name: second!.text }).waitFor();
		// Idle after the first answer the page fetches the results' files: wait for them.
		await expect
			.poll(
				async () => (await scripts(requested.slice(before.length))).includes(quote.slice(0, 40)),
				{ timeout: 30_000 }
			)
			.toBe(true);
		expect(requested.slice(before.length).some((p) => p.endsWith('.css'))).toBe(true);
		await context.close();
	});

	it('starts loading the results at once for a returning voter, and not for a first visit', async () => {
		const preloads = (page: Page) =>
			page.evaluate(() =>
				[...document.querySelectorAll('link[rel="modulepreload"], link[rel="preload"]')].map(
					(l) => new URL((l as HTMLLinkElement).href).pathname
				)
			);
		const listed = async (page: Page) =>
			(await page.locator('meta[name="valgomat:results-files"]').getAttribute('content'))!
				.split(' ')
				.map((href) => new URL(href, page.url()).pathname);

		const first = await newContext(browser, 'phone');
		const fresh = await first.context.newPage();
		await fresh.goto(`${baseURL()}/akershus/`);
		await hydrated(fresh);
		const files = await listed(fresh);
		// Scripts and stylesheets: the results' code, the dataset, the later words.
		expect(files.filter((f) => f.endsWith('.js')).length).toBeGreaterThan(2);
		expect(files.some((f) => f.endsWith('.css'))).toBe(true);
		const loaded = new Set(await preloads(fresh));
		expect(files.filter((f) => loaded.has(f))).toEqual([]);
		await first.context.close();

		const back = await newContext(browser, 'phone');
		await seedStorage(back.context, STORAGE_KEY, storedRecord(dataset, 'akershus', 'results'));
		const page = await back.context.newPage();
		// The page's own script never arrives: what loads is asked for by the page's first script.
		await page.route('**/_app/immutable/island/**', () => {});
		await page.goto(`${baseURL()}/akershus/`, { waitUntil: 'domcontentloaded' });
		const preloaded = new Set(await preloads(page));
		expect(files.every((f) => preloaded.has(f))).toBe(true);
		await back.context.close();

		// With its script, the page uses what it preloaded: every file is fetched once (a
		// stylesheet preloaded in another credentials mode than the results' own link is not
		// used, and fetched twice).
		const again = await newContext(browser, 'phone');
		await seedStorage(again.context, STORAGE_KEY, storedRecord(dataset, 'akershus', 'results'));
		const returning = await again.context.newPage();
		const fetched: string[] = [];
		returning.on('request', (r) => fetched.push(new URL(r.url()).pathname));
		await returning.goto(`${baseURL()}/akershus/`);
		await resultsDrawn(returning);
		const twice = fetched.filter((p, i) => fetched.indexOf(p) !== i);
		expect(files.filter((f) => fetched.includes(f))).toEqual(files);
		expect(twice).toEqual([]);
		await again.context.close();
	});

	/** A word only the code that reads a stored record back holds (schema 1's migration). */
	const READS_RECORDS = 'returnToResults';

	it.each(['/akershus/', '/embed/oslo/'])(
		'%s: a first visit never loads the code that reads a stored record back',
		async (path) => {
			const { context } = await newContext(browser, 'phone');
			const page = await context.newPage();
			const requested: string[] = [];
			page.on('request', (r) => requested.push(new URL(r.url()).pathname));
			await page.goto(baseURL() + path);
			await hydrated(page);
			await page.getByRole('button', { name: m.quiz.start }).click();
			await page.getByRole('button', { name: m.stance[1], exact: true }).click();
			await page.getByRole('heading', { level: 1, name: second!.text }).waitFor();
			expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toContain(
				first!.id
			);
			expect(requested.filter((p) => p.endsWith('.js')).length).toBeGreaterThan(3);
			expect(await scripts(requested)).not.toContain(READS_RECORDS);
			await context.close();
		}
	);

	it('a returning voter whose answers cannot be read back (the file does not load) is told so, keeps them, and «Prøv igjen» brings them back', async () => {
		const { context } = await newContext(browser, 'phone');
		const record = storedRecord(dataset, 'akershus', 'results');
		await seedStorage(context, STORAGE_KEY, record);
		const page = await context.newPage();
		let offline = true;
		const refused: string[] = [];
		await page.route('**/_app/immutable/**/*.js', async (route) => {
			const response = await route.fetch();
			const body = await response.text();
			if (offline && body.includes(READS_RECORDS)) {
				refused.push(new URL(route.request().url()).pathname);
				await route.abort('internetdisconnected');
			} else await route.fulfill({ response, body });
		});
		await page.goto(`${baseURL()}/akershus/`);
		const alert = page.getByRole('alert').filter({ hasText: m.quiz.restoreFailed });
		await alert.waitFor();
		expect(refused.length).toBeGreaterThan(0);
		// Nothing of the quiz shows, nothing says it is still loading, and nothing was written.
		await expect(page.locator('.quiz[data-hydrated="false"] .screen').isVisible()).resolves.toBe(
			false
		);
		await expect(page.getByText(m.quiz.loading).first().isVisible()).resolves.toBe(false);
		expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(record);
		expect(await axeViolations(page)).toEqual([]);

		offline = false;
		await page.getByRole('button', { name: m.quiz.retry }).click();
		await hydrated(page);
		await resultsDrawn(page);
		await expect(
			page.getByRole('heading', { level: 1, name: m.results.heading }).isVisible()
		).resolves.toBe(true);
		await expect(alert.count()).resolves.toBe(0);
		// Focus went to the quiz's status line, not to the button that went away.
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('quiz-status');
		const stored = JSON.parse(
			(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY))!
		) as { answers: object };
		expect(Object.keys(stored.answers)).toEqual(
			Object.keys((JSON.parse(record) as { answers: object }).answers)
		);
		await context.close();
	});
});
