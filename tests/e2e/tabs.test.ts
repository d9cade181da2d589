/**
 * The quiz open in two tabs of one browser (two pages in one context, so they share
 * localStorage and the browser sends each the other's `storage` events), and a storage that
 * fills up during the visit.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askedStatements } from '../../src/lib/content/editions.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import type { Stance } from '../../src/lib/scoring/index.ts';
import { m } from '../../src/lib/messages/index.ts';
import { STORAGE_KEY, parseRecord } from '../../src/lib/quiz/index.ts';
import {
	COMBOS,
	axeViolations,
	baseURL,
	heading,
	horizontalOverflow,
	hydrated,
	launch,
	newContext
} from './browser.ts';

const dataset = loadContent();
const oslo = askedStatements(
	dataset,
	dataset.editions.find((e) => e.id === 'oslo')!
);
const [s1, s2, s3] = oslo as [(typeof oslo)[0], (typeof oslo)[0], (typeof oslo)[0]];
/** Screenshots for a person to look at (beside the others, under test-results/). */
const SHOTS = 'test-results/screenshots/tabs';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
	mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
	await browser?.close();
});

/** A page of the Oslo quiz in `context`, hydrated, collecting page errors into `errors`. */
async function openQuiz(context: BrowserContext, errors: string[]): Promise<Page> {
	const page = await context.newPage();
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(`${baseURL()}/oslo/`);
	await hydrated(page);
	// A first visit starts on the intro; a tab opened after answers were stored goes straight on.
	if ((await page.locator('.quiz[data-state="intro"]').count()) > 0) {
		await page.getByRole('button', { name: m.quiz.start, exact: true }).click();
	}
	return page;
}

/**
 * Answers the statement on screen and waits for the next one. The answer buttons are disabled
 * for a moment after a statement appears, and a click waits until they are enabled, so one
 * click always counts: no retry, nothing timed.
 */
async function answer(page: Page, stance: Stance): Promise<void> {
	const before = await heading(page);
	await page.getByRole('button', { name: m.stance[String(stance) as `${Stance}`] }).click();
	await page.waitForFunction(
		(text) => document.querySelector('h1')?.textContent?.trim() !== text,
		before
	);
	expect(await heading(page)).not.toBe(before);
}

/** The stored stances by statement id (`null` when nothing is stored). */
async function stored(page: Page): Promise<Record<string, Stance | null> | null> {
	const raw = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
	if (raw === null) return null;
	const parsed = parseRecord(raw);
	if (!parsed.ok) throw new Error(`unreadable stored record: ${raw}`);
	return Object.fromEntries(Object.entries(parsed.record.answers).map(([id, a]) => [id, a.stance]));
}

/**
 * The stored stances as `page` reads them once its copy of the storage has caught up: another
 * tab's write reaches a tab's localStorage a moment later (Chromium keeps a copy per renderer,
 * updated as the browser passes the write on), so a read in the other tab just after a write
 * may still give the value before it. Polled until it equals `expected` (or times out).
 */
function storedAsSeenBy(page: Page, expected: Record<string, Stance | null>): Promise<void> {
	return expect.poll(() => stored(page)).toEqual(expected);
}

const notice = (page: Page, code: string) => page.locator(`[data-notice="${code}"]`);

/** The answer button pressed on screen (its stance), after stepping back `steps` statements. */
async function pressedAfterBack(page: Page, steps: number): Promise<string | null> {
	for (let i = 0; i < steps; i++) {
		const before = await heading(page);
		await page.getByRole('button', { name: m.quiz.back }).click();
		await page.waitForFunction(
			(text) => document.querySelector('h1')?.textContent?.trim() !== text,
			before
		);
	}
	return page.locator('[data-stance][aria-pressed="true"]').getAttribute('data-stance');
}

/** Keeps `page` from hearing other tabs, as a tab that is asleep. */
function sleep(page: Page): Promise<void> {
	return page.evaluate(() =>
		window.addEventListener('storage', (event) => event.stopImmediatePropagation(), true)
	);
}

/** Checks the page with a notice: no horizontal scrolling, axe clean, and a screenshot of its top. */
async function checkNotice(page: Page, name: string): Promise<void> {
	expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
	expect(await axeViolations(page)).toEqual([]);
	await page.evaluate(() => window.scrollTo(0, 0));
	await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

describe.each(COMBOS)('two tabs at %s size in %s mode', (viewport, scheme) => {
	it('deleting the answers in one tab clears the other, which never writes them back', async () => {
		const { context, foreignRequests } = await newContext(browser, viewport, scheme);
		const errors: string[] = [];
		const a = await openQuiz(context, errors);
		await answer(a, 2);
		await answer(a, -1);
		await answer(a, 1);
		const b = await openQuiz(context, errors);
		await expect(notice(b, 'restored').count()).resolves.toBe(1);
		expect(await heading(b)).toBe(oslo[3]!.text);

		await a.getByRole('button', { name: m.quiz.clear }).click();
		await a.getByRole('button', { name: m.quiz.clearYes }).click();
		await notice(b, 'cleared-elsewhere').waitFor();
		expect(await heading(b)).toBe(m.quiz.editionHeading('Oslo'));
		await expect(notice(b, 'restored').count()).resolves.toBe(0);
		expect(await notice(b, 'cleared-elsewhere').innerText()).toContain(
			m.quiz.notice({ code: 'cleared-elsewhere' })
		);
		await checkNotice(b, `cleared-elsewhere-${viewport}-${scheme}`);
		expect(await stored(b)).toBeNull();

		// B goes on: only what it answers now is stored, nothing from before.
		await b.getByRole('button', { name: m.quiz.start }).click();
		await answer(b, -2);
		expect(await stored(b)).toEqual({ [s1.id]: -2 });
		// A never writes the deleted answers back: once B's write reaches it, A reads it alone.
		await storedAsSeenBy(a, { [s1.id]: -2 });
		expect(foreignRequests).toEqual([]);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('answers given in both tabs are merged, the newer one per statement', async () => {
		const { context } = await newContext(browser, viewport, scheme);
		const errors: string[] = [];
		const a = await openQuiz(context, errors);
		const b = await openQuiz(context, errors);
		await answer(a, 2);
		await answer(a, 1);
		// B is still at the first statement; its answer there is newer than A's.
		await answer(b, -2);
		await answer(b, 0);
		await answer(b, -1);
		await storedAsSeenBy(a, { [s1.id]: -2, [s2.id]: 0, [s3.id]: -1 });
		// A shows B's answers as they come, at its own place in the quiz.
		expect(await heading(a)).toBe(s3.text);
		await expect(
			a.locator('[data-stance][aria-pressed="true"]').getAttribute('data-stance')
		).resolves.toBe('-1');
		expect(await pressedAfterBack(a, 2)).toBe('-2');
		expect(errors).toEqual([]);
		await context.close();
	});

	it('a tab that slept through changes never overwrites newer answers', async () => {
		const { context } = await newContext(browser, viewport, scheme);
		const errors: string[] = [];
		const a = await openQuiz(context, errors);
		await answer(a, 2);
		const b = await openQuiz(context, errors);
		await sleep(b);
		// A changes its first answer and answers two more; B hears nothing of it.
		await a.getByRole('button', { name: m.quiz.back }).click();
		await a.waitForFunction(
			(text) => document.querySelector('h1')?.textContent?.trim() === text,
			s1.text
		);
		await answer(a, -2);
		await answer(a, 1);
		await answer(a, 0);
		// B, still showing the old state at the second statement, answers it.
		expect(await heading(b)).toBe(s2.text);
		await answer(b, 2);
		expect(await stored(b)).toEqual({ [s1.id]: -2, [s2.id]: 2, [s3.id]: 0 });
		expect(await pressedAfterBack(b, 2)).toBe('-2');
		expect(errors).toEqual([]);
		await context.close();
	});

	it('a storage that fills up: the voter is told at once, and a reload never says "restored"', async () => {
		const { context } = await newContext(browser, viewport, scheme);
		const errors: string[] = [];
		const page = await openQuiz(context, errors);
		await answer(page, 2);
		await answer(page, -1);
		await expect(notice(page, 'unsaved').count()).resolves.toBe(0);
		await page.evaluate(() => {
			Storage.prototype.setItem = () => {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			};
		});
		await answer(page, 1);
		await expect(notice(page, 'unsaved').count()).resolves.toBe(1);
		expect(await notice(page, 'unsaved').innerText()).toContain(m.quiz.notice({ code: 'unsaved' }));
		// It stays: there is no button to close it while it is true.
		await expect(
			notice(page, 'unsaved').getByRole('button', { name: m.quiz.dismiss }).count()
		).resolves.toBe(0);
		await checkNotice(page, `unsaved-${viewport}-${scheme}`);
		await answer(page, 0);
		expect(await heading(page)).toBe(oslo[4]!.text);

		// Reloading loses the answers given since (the page's override of setItem goes too).
		await page.reload();
		await hydrated(page);
		await expect(notice(page, 'restored').count()).resolves.toBe(0);
		await expect(notice(page, 'incomplete').count()).resolves.toBe(1);
		expect(await notice(page, 'incomplete').innerText()).toContain(
			m.quiz.notice({ code: 'incomplete', kept: 2 })
		);
		expect(await stored(page)).toEqual({ [s1.id]: 2, [s2.id]: -1 });
		// The voter goes on at the first statement without an answer.
		expect(await heading(page)).toBe(s3.text);
		await checkNotice(page, `incomplete-${viewport}-${scheme}`);

		// Still full on the next visit: the quiz works from memory and says so, restoring nothing.
		await context.addInitScript(() => {
			Storage.prototype.setItem = () => {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			};
		});
		await page.reload();
		await hydrated(page);
		await expect(notice(page, 'memory').count()).resolves.toBe(1);
		await expect(notice(page, 'restored').count()).resolves.toBe(0);
		expect(errors).toEqual([]);
		await context.close();
	});
});
