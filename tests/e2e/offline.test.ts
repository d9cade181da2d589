import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askedStatements } from '../../src/lib/content/editions.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { m } from '../../src/lib/messages/index.ts';
import { baseURL, heading, hydrated, launch, VIEWPORTS } from './browser.ts';

const dataset = loadContent();
const edition = dataset.editions.find((e) => e.id === 'akershus')!;
const statements = askedStatements(dataset, edition);

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('offline, once the service worker has cached the deployment', () => {
	it('finishes the quiz, shows the result, opens a source and the methodology, and reloads', async () => {
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
		// The worker takes control of the open page once it has cached everything.
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

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
		expect(errors).toEqual([]);
		await context.close();
	});
});
