import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servedFiles } from '../../scripts/headers.ts';
import { askedStatements } from '../../src/lib/content/editions.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { LOCALES, type Locale } from '../../src/lib/content/locales.ts';
import { LANGUAGE_NAMES, m } from '../../src/lib/messages/index.ts';
import { MESSAGES } from '../../src/lib/messages/test-support.ts';
import { appFileLanguage, precached } from '../../src/lib/offline.ts';
import {
	baseURL,
	heading,
	hydrated,
	launch,
	localePath,
	resultsDrawn,
	VIEWPORTS,
	type Language
} from './browser.ts';

const dataset = loadContent();
const edition = dataset.editions.find((e) => e.id === 'akershus')!;
const statements = askedStatements(dataset, edition);

/** The paths of every file in the page's origin's caches, and the caches' names. */
async function cached(page: Page): Promise<{ names: string[]; paths: string[] }> {
	return page.evaluate(async () => {
		const names = await caches.keys();
		const paths: string[] = [];
		for (const name of names) {
			for (const request of await (await caches.open(name)).keys()) {
				paths.push(new URL(request.url).pathname);
			}
		}
		return { names, paths };
	});
}

/** Pages and data of `language` the voter's way through the site needs offline. */
const pagesIn = (language: Language) =>
	[
		'/',
		'/__data.json',
		'/akershus/',
		'/akershus/__data.json',
		'/oslo/',
		'/metode/',
		'/metode/__data.json',
		'/for-redaksjoner/',
		...dataset.documents.flatMap((d) => [`/kilder/${d.id}/`, `/kilder/${d.id}/__data.json`])
	].map((path) => localePath(language, path));

/** The cached paths that are pages or data of a language in a folder (`/nn/…`, `/en/…`). */
const inFolder = (paths: string[], language: Exclude<Language, 'nb'>) =>
	paths.filter((path) => path.startsWith(`/${language}/`));

/** The build's app files the worker may precache (paths from the site's root). */
const APP_FILES = servedFiles('build').filter(
	(path) => path.startsWith('/_app/immutable/') && precached(path.slice(1))
);
/** The app files of the shared code and of `languages`, by their names (`appFileLanguage`). */
const appFilesOf = (...languages: Locale[]) =>
	APP_FILES.filter((path) => {
		const language = appFileLanguage(path, LOCALES);
		return language === undefined || languages.includes(language);
	}).toSorted();
/** The cached paths that are app files, sorted. */
const appFilesIn = (paths: string[]) =>
	paths.filter((path) => path.startsWith('/_app/immutable/')).toSorted();
/** The one app file whose content holds `text`. */
function appFileHolding(text: string): string {
	const found = APP_FILES.filter((path) =>
		readFileSync(join('build', path), 'utf8').includes(text)
	);
	expect(found, text).toHaveLength(1);
	return found[0]!;
}

/** A statement's text in nynorsk, as only the nynorsk dataset holds it. */
const nynorsk = loadContent('nn');
const nynorskStatement = askedStatements(
	nynorsk,
	nynorsk.editions.find((e) => e.id === edition.id)!
)[0]!.text;

/**
 * Takes the page's browser offline with an empty HTTP cache, so that what still loads comes from
 * the worker's cache: the browser's own cache would otherwise answer the worker's fetch of a file
 * it lacks (the file loaded online a moment before).
 */
async function goOffline(context: BrowserContext, page: Page): Promise<void> {
	await context.setOffline(true);
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.clearBrowserCache');
	await cdp.detach();
}

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('offline, once the service worker has cached the deployment in the voter’s language', () => {
	it('finishes the quiz, shows the result, opens a source and the methodology, reloads, and adds a language opened online', async () => {
		const context = await browser.newContext({
			...VIEWPORTS.phone,
			locale: 'nb-NO',
			serviceWorkers: 'allow'
		});
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto(`${baseURL()}/akershus/`);
		await hydrated(page);
		// The worker takes control of the open page once it has cached the page's language.
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

		// It cached the shared app files, bokmål's own and the bokmål pages, and none of nynorsk's
		// or English's: not their pages, nor their words or datasets (the nynorsk one found by its
		// content, in a file named after nynorsk).
		const installed = await cached(page);
		expect(installed.names).toHaveLength(1);
		expect(installed.names[0]).toMatch(/^valgomat-/);
		expect(installed.paths).toEqual(expect.arrayContaining(pagesIn('nb')));
		expect(appFilesIn(installed.paths)).toEqual(appFilesOf('nb'));
		expect(appFilesOf('nb').length).toBeLessThan(APP_FILES.length);
		const nynorskDataset = appFileHolding(nynorskStatement);
		expect(appFileLanguage(nynorskDataset, LOCALES)).toBe('nn');
		expect(installed.paths).not.toContain(nynorskDataset);
		expect(inFolder(installed.paths, 'nn')).toEqual([]);
		expect(inFolder(installed.paths, 'en')).toEqual([]);

		await goOffline(context, page);
		await page.getByRole('button', { name: m.quiz.start }).click();
		for (const [i, statement] of statements.entries()) {
			expect(await heading(page)).toBe(statement.text);
			await page.getByRole('button', { name: m.stance[i % 2 === 0 ? 2 : -1], exact: true }).click();
		}
		await expect(heading(page)).resolves.toBe(m.results.heading);
		// The results come in parts after their heading (the table with the chart is one).
		await resultsDrawn(page);
		const percentages = await page.locator('.results-table .pct').allTextContents();
		expect(percentages.length).toBe(edition.parties.length);

		// A source, reached from the results within the app (its data comes from the cache) …
		const source = page.locator('a[href*="/kilder/"]').first();
		const documentId = (await source.getAttribute('href'))!.split('/kilder/')[1]!.split('/')[0]!;
		const title = dataset.documents.find((d) => d.id === documentId)!.title;
		await source.evaluate((a: HTMLAnchorElement) => a.click());
		await expect.poll(() => heading(page)).toBe(title);

		// … the methodology, opened as a new page load …
		await page.goto(`${baseURL()}/metode/`);
		await expect(page.locator('h1').count()).resolves.toBe(1);

		// … and the quiz page reloaded offline shows the same result.
		await page.goto(`${baseURL()}/akershus/`);
		await page.reload();
		await hydrated(page);
		await expect(heading(page)).resolves.toBe(m.results.heading);
		await resultsDrawn(page);
		await expect(page.locator('.results-table .pct').allTextContents()).resolves.toEqual(
			percentages
		);

		// A language not cached is not opened offline: the page stays and says so.
		await page
			.getByRole('navigation', { name: m.site.languagesLabel })
			.getByRole('link', { name: LANGUAGE_NAMES.en })
			.click();
		await page.locator('#offline-notice[data-error="offline"]').waitFor();
		expect(page.url()).toBe(`${baseURL()}/akershus/`);

		// Online, a nynorsk page comes from the network and the worker adds nynorsk …
		await context.setOffline(false);
		await page.goto(`${baseURL()}/nn/akershus/`);
		await hydrated(page);
		await expect(heading(page)).resolves.toBe(MESSAGES.nn.results.heading);
		await expect
			.poll(async () => inFolder((await cached(page)).paths, 'nn'), { timeout: 30_000 })
			.toEqual(expect.arrayContaining(pagesIn('nn')));
		const added = await cached(page);
		expect(added.names).toEqual(installed.names);
		expect(appFilesIn(added.paths)).toEqual(appFilesOf('nb', 'nn'));
		expect(added.paths).toContain(nynorskDataset);
		expect(inFolder(added.paths, 'en')).toEqual([]);

		// … so offline, the nynorsk quiz page reloads from the cache with the same result: its
		// results' files (the nynorsk dataset, the results' words) come from the worker's cache.
		await goOffline(context, page);
		const responses: Response[] = [];
		page.on('response', (response) => responses.push(response));
		await page.reload();
		await hydrated(page);
		await expect(heading(page)).resolves.toBe(MESSAGES.nn.results.heading);
		await resultsDrawn(page);
		const digits = (texts: string[]) => texts.map((text) => text.replace(/\D/g, ''));
		expect(digits(await page.locator('.results-table .pct').allTextContents())).toEqual(
			digits(percentages)
		);
		const nynorskResultsWords = appFileHolding(MESSAGES.nn.results.howComputed);
		expect(appFileLanguage(nynorskResultsWords, LOCALES)).toBe('nn');
		const fromWorker = responses
			.filter((response) => response.fromServiceWorker() && response.ok())
			.map((response) => new URL(response.url()).pathname);
		expect(fromWorker).toEqual(expect.arrayContaining([nynorskDataset, nynorskResultsWords]));
		await page.goto(`${baseURL()}/nn/metode/`);
		await expect(page.locator('html').getAttribute('lang')).resolves.toBe('nn');
		await expect(page.locator('h1').count()).resolves.toBe(1);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('keeps the languages the previous deployment had cached, and drops that cache', async () => {
		const context = await browser.newContext({
			...VIEWPORTS.phone,
			locale: 'nb-NO',
			serviceWorkers: 'allow'
		});
		const page = await context.newPage();
		// A previous deployment's cache that held English: made on the methodology page, which
		// runs no script and so registers no worker.
		await page.goto(`${baseURL()}/metode/`);
		await page.evaluate(async () => {
			const previous = await caches.open('valgomat-0');
			for (const path of ['/_app/immutable/entry/old.js', '/en/', '/en/akershus/']) {
				await previous.put(path, new Response('from the previous deployment'));
			}
		});
		await page.goto(`${baseURL()}/akershus/`);
		await hydrated(page);
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

		const { names, paths } = await cached(page);
		expect(names).toHaveLength(1);
		expect(names[0]).not.toBe('valgomat-0');
		expect(paths).toEqual(expect.arrayContaining([...pagesIn('nb'), ...pagesIn('en')]));
		expect(appFilesIn(paths)).toEqual(appFilesOf('nb', 'en'));
		expect(inFolder(paths, 'nn')).toEqual([]);
		// This deployment's English page, not what the previous cache held.
		const english = await page.evaluate(
			async (url) => (await caches.match(url))?.text(),
			`${baseURL()}/en/`
		);
		expect(english).toContain('<html lang="en"');
		await context.close();
	});
});
