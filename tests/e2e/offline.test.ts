import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askedStatements } from '../../src/lib/content/editions.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { LANGUAGE_NAMES, m } from '../../src/lib/messages/index.ts';
import { MESSAGES } from '../../src/lib/messages/test-support.ts';
import {
	baseURL,
	heading,
	hydrated,
	launch,
	localePath,
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

		// It cached the app and the bokmål pages, and not the nynorsk or English ones.
		const installed = await cached(page);
		expect(installed.names).toHaveLength(1);
		expect(installed.names[0]).toMatch(/^valgomat-/);
		expect(installed.paths).toEqual(expect.arrayContaining(pagesIn('nb')));
		expect(installed.paths.some((path) => path.startsWith('/_app/immutable/'))).toBe(true);
		expect(inFolder(installed.paths, 'nn')).toEqual([]);
		expect(inFolder(installed.paths, 'en')).toEqual([]);

		await context.setOffline(true);
		await page.getByRole('button', { name: m.quiz.start }).click();
		for (const [i, statement] of statements.entries()) {
			expect(await heading(page)).toBe(statement.text);
			await page.getByRole('button', { name: m.stance[i % 2 === 0 ? 2 : -1], exact: true }).click();
		}
		await expect(heading(page)).resolves.toBe(m.results.heading);
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
		expect(inFolder(added.paths, 'en')).toEqual([]);

		// … so offline, the nynorsk quiz page reloads from the cache with the same result.
		await context.setOffline(true);
		await page.reload();
		await hydrated(page);
		await expect(heading(page)).resolves.toBe(MESSAGES.nn.results.heading);
		const digits = (texts: string[]) => texts.map((text) => text.replace(/\D/g, ''));
		expect(digits(await page.locator('.results-table .pct').allTextContents())).toEqual(
			digits(percentages)
		);
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
