import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askedStatements } from '../../src/lib/content/editions.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { m } from '../../src/lib/messages/index.ts';
import {
	KEEP_ANSWERS_DAYS,
	STORAGE_KEY,
	statementHash,
	type QuizRecord
} from '../../src/lib/quiz/index.ts';
import { baseURL, heading, hydrated, launch, newContext, seedStorage } from './browser.ts';

const dataset = loadContent();
const edition = dataset.editions.find((e) => e.id === 'oslo')!;
const statements = askedStatements(dataset, edition);
const DAY = 24 * 60 * 60 * 1000;

/** A record of two answers last changed `days` days ago, as a tab stores it. */
function answeredDaysAgo(days: number): string {
	const rev = Date.now() - days * DAY;
	const record: QuizRecord = {
		schema: 4,
		dataset: dataset.version,
		edition: edition.id,
		step: 'answering',
		index: 2,
		cleared: 0,
		answers: Object.fromEntries(
			statements
				.slice(0, 2)
				.map((s) => [s.id, { stance: 1, important: false, hash: statementHash(s.text), rev }])
		)
	};
	return JSON.stringify(record);
}

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('stored answers expire after the last answer', () => {
	it('keeps answers within the period, and the start page offers them', async () => {
		const { context } = await newContext(browser, 'phone');
		await seedStorage(context, STORAGE_KEY, answeredDaysAgo(KEEP_ANSWERS_DAYS - 1));
		const page = await context.newPage();
		await page.goto(`${baseURL()}/`);
		await page.locator('[data-hydrated="true"]').first().waitFor();
		await expect(page.getByText(m.home.resume.heading).count()).resolves.toBe(1);
		await page.goto(`${baseURL()}/oslo/`);
		await hydrated(page);
		expect(await heading(page)).toBe(statements[2]!.text);
		await expect(page.locator('[data-notice="restored"]').count()).resolves.toBe(1);
		await context.close();
	});

	it('deletes them after it, tells the voter, and the start page no longer offers them', async () => {
		const { context } = await newContext(browser, 'phone');
		await seedStorage(context, STORAGE_KEY, answeredDaysAgo(KEEP_ANSWERS_DAYS + 1));
		const page = await context.newPage();
		await page.goto(`${baseURL()}/`);
		await page.locator('[data-hydrated="true"]').first().waitFor();
		await expect(page.getByText(m.home.resume.heading).isVisible()).resolves.toBe(false);

		await page.goto(`${baseURL()}/oslo/`);
		await hydrated(page);
		await expect(
			page.getByText(m.quiz.notice({ code: 'expired', days: KEEP_ANSWERS_DAYS })).count()
		).resolves.toBe(1);
		expect(await heading(page)).toBe(m.quiz.editionHeading(edition.name));
		const stored = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
		expect(JSON.parse(stored!).answers).toEqual({});
		await context.close();
	});
});
