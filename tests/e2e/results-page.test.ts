/**
 * The results page as a page to move around in (issue 11): the verdict first, sections
 * closed behind an in-page navigation, «Endre svar» back to the same statement, peeking and
 * going on, starting over with a confirmation, the table's toggle, at 390 and 320 px.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askedStatements } from '../../src/lib/content/editions.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import type { EditionId } from '../../src/lib/content/types.ts';
import { m } from '../../src/lib/messages/index.ts';
import {
	parseRecord,
	RECORD_SCHEMA,
	serialiseRecord,
	statementHash,
	STORAGE_KEY,
	type QuizRecord
} from '../../src/lib/quiz/index.ts';
import { resultsView, type ResultsView } from '../../src/lib/results/index.ts';
import type { Answers, Stance } from '../../src/lib/scoring/index.ts';
import {
	axeViolations,
	baseURL,
	heading,
	horizontalOverflow,
	hydrated,
	launch,
	layoutShifts,
	newContext,
	recordLayoutShifts,
	resultsDrawn,
	screenshot,
	seedStorage,
	type Scheme,
	type Viewport
} from './browser.ts';

const dataset = loadContent();
const editionOf = (id: EditionId) => dataset.editions.find((e) => e.id === id)!;
const asked = (id: EditionId) => askedStatements(dataset, editionOf(id));

/** Answers to the first `count` statements `edition` asks: a fixed mix of stances and skips. */
function answersTo(edition: EditionId, count = Infinity): Answers {
	const stances: (Stance | null)[] = [1, -2, 2, 0, null, -1, 2, 1, -1];
	return Object.fromEntries(
		asked(edition)
			.slice(0, count)
			.map((s, i) => [s.id, { stance: stances[i % stances.length]!, important: i % 4 === 2 }])
	);
}

/** The stored record of `answers` in `edition`, on the results. */
function recordOf(edition: EditionId, answers: Answers): string {
	const statements = asked(edition);
	const record: QuizRecord = {
		schema: RECORD_SCHEMA,
		dataset: dataset.version,
		edition,
		step: 'results',
		index: statements.length - 1,
		cleared: 0,
		answers: Object.fromEntries(
			statements
				.filter((s) => Object.hasOwn(answers, s.id))
				.map((s) => [s.id, { ...answers[s.id]!, hash: statementHash(s.text), rev: 1 }])
		)
	};
	return serialiseRecord(record);
}

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** A page on the results of `answers` in `edition`, hydrated. */
async function openResults(
	edition: EditionId,
	answers: Answers,
	viewport: Viewport,
	scheme: Scheme = 'light'
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
	const { context } = await newContext(browser, viewport, scheme);
	await seedStorage(context, STORAGE_KEY, recordOf(edition, answers));
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(`${baseURL()}/${edition}/`);
	await hydrated(page);
	await expect(heading(page)).resolves.toBe(m.results.heading);
	await resultsDrawn(page);
	return { context, page, errors };
}

/** Starts the quiz from its intro, when the page shows one. */
async function startQuiz(page: Page) {
	if ((await page.locator('.quiz[data-state="intro"]').count()) > 0) {
		await page.getByRole('button', { name: m.quiz.start, exact: true }).click();
	}
}

/** The page's height in screens. */
const screens = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollHeight / window.innerHeight);

/** Opens a section by its heading's button (it starts closed). */
async function openSection(page: Page, title: string) {
	const toggle = page.getByRole('button', { name: title, exact: true });
	await toggle.click();
	await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
}

/** What the focused element is: its text, and the statement it belongs to. */
const focused = (page: Page) =>
	page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		return {
			text: el?.textContent?.trim() ?? null,
			statement: el?.closest<HTMLElement>('[data-statement]')?.dataset.statement ?? null
		};
	});

describe.each<[Viewport, EditionId]>([
	['phone', 'akershus'],
	['narrow', 'oslo']
])('the results page at %s width (%s)', (viewport, edition) => {
	const answers = answersTo(edition);
	const view = resultsView(dataset, editionOf(edition), answers);

	it('starts with the verdict in one line, with its basis, and is short with every section closed', async () => {
		const { context, page, errors } = await openResults(edition, answers, viewport);
		// The first thing after the heading is the verdict.
		const first = await page
			.locator('main h1 + *')
			.evaluate((el) => el.querySelector('.line')?.textContent?.trim() ?? null);
		expect(first).toBe(m.results.verdictLine(view.verdict, view.headline));
		const verdict = page.locator('[data-verdict]');
		await expect(verdict.textContent()).resolves.toContain(
			m.results.verdictBasis(view.verdict, view.headline)
		);
		// Both editions' parties share few statements today; the sentence follows the data.
		await expect(verdict.locator('[data-few-shared]').count()).resolves.toBe(
			view.headline.fewShared ? 1 : 0
		);
		// Every section closed, reachable from the page's navigation.
		const nav = page.getByRole('navigation', { name: m.results.sectionsLabel });
		await expect(nav.getByRole('link').allTextContents()).resolves.toEqual(
			Object.values(m.results.sectionLinks)
		);
		await expect(
			page.locator('section[data-section] h2 button[aria-expanded="true"]').count()
		).resolves.toBe(0);
		expect(await screens(page)).toBeLessThanOrEqual(6);
		expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
		expect(errors).toEqual([]);
		await screenshot(page, `results-page-${edition}-${viewport}-closed`);
		await context.close();
	});

	it('has fewer than 60 tab stops before the statement list, and no quote twice in one place', async () => {
		const { context, page } = await openResults(edition, answers, viewport);
		// Opened without moving focus, so that Tab starts at the top of the page.
		await page.evaluate(() =>
			document.querySelector<HTMLButtonElement>('[data-section="statements"] h2 button')!.click()
		);
		let stops = 0;
		for (; stops < 60; stops++) {
			await page.keyboard.press('Tab');
			if (await page.evaluate(() => !!document.activeElement?.closest('ol.statements'))) break;
		}
		expect(stops).toBeLessThan(60);
		// Quotes stand under the statements only (a party's cards link there).
		await expect(page.locator('section.party blockquote').count()).resolves.toBe(0);
		const quotes = await page
			.locator('main figure.quote')
			.evaluateAll((els) =>
				els.map(
					(el) =>
						`${el.closest('[data-statement]')?.getAttribute('data-statement')}|${el.getAttribute('data-document')}|${el.textContent}`
				)
			);
		expect(quotes.length).toBeGreaterThan(0);
		expect(new Set(quotes).size).toBe(quotes.length);
		await context.close();
	});

	it('«Endre svar» returns to the same statement, its button focused', async () => {
		const { context, page, errors } = await openResults(edition, answers, viewport);
		await openSection(page, m.results.sections.statements);
		// A statement in the middle of the list, answered.
		const statements = asked(edition);
		const target = statements[Math.floor(statements.length / 2)]!;
		const row = page.locator(`li[data-statement="${target.id}"]`);
		await row.getByRole('button', { name: `${m.results.changeAnswer}: ${target.text}` }).click();
		await expect(heading(page)).resolves.toBe(target.text);
		const stance: Stance = answers[target.id]!.stance === 2 ? -2 : 2;
		await page.getByRole('button', { name: m.stance[stance], exact: true }).click();
		await expect(heading(page)).resolves.toBe(m.results.heading);
		// Back at the same statement, with the new answer, and focus on its «Endre svar».
		await expect(focused(page)).resolves.toEqual({
			text: m.results.changeAnswer,
			statement: target.id
		});
		await expect(row.locator('.you').textContent()).resolves.toContain(m.stance[stance]);
		const top = await row.evaluate((el) => el.getBoundingClientRect().top);
		const height = await page.evaluate(() => window.innerHeight);
		expect(top).toBeGreaterThanOrEqual(0);
		expect(top).toBeLessThan(height / 3);
		expect(errors).toEqual([]);
		await page.screenshot({
			path: `test-results/screenshots/results-page-${edition}-${viewport}-returned.png`
		});
		await context.close();
	});

	it('shows «Vis som tabell» as «Skjul tabell» when open, the table readable within the width', async () => {
		const { context, page } = await openResults(edition, answers, viewport);
		const toggle = page.getByRole('button', { name: m.results.showTable, exact: true });
		await toggle.click();
		const hide = page.getByRole('button', { name: m.results.hideTable, exact: true });
		await expect(hide.getAttribute('aria-expanded')).resolves.toBe('true');
		const table = page.getByRole('table', { name: m.results.tableCaption });
		const box = (await table.boundingBox())!;
		const width = await page.evaluate(() => document.documentElement.clientWidth);
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(width);
		// No cell breaks a word: every cell is at least as wide as its longest word.
		const cramped = await table
			.locator('th, td')
			.evaluateAll((cells) =>
				cells.filter((cell) => cell.scrollWidth > cell.clientWidth).map((c) => c.textContent)
			);
		expect(cramped).toEqual([]);
		expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
		await table.screenshot({
			path: `test-results/screenshots/results-page-${edition}-${viewport}-table.png`
		});
		await hide.click();
		await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
		await context.close();
	});

	it('starts over after a confirmation, and stays when the voter says no', async () => {
		const { context, page } = await openResults(edition, answers, viewport);
		const restart = page.getByRole('button', { name: m.results.restart, exact: true });
		await restart.click();
		const dialog = page.getByRole('alertdialog', { name: m.results.restartQuestion });
		await expect(focused(page)).resolves.toMatchObject({ text: m.results.restartYes });
		expect(await axeViolations(page)).toEqual([]);
		await dialog.getByRole('button', { name: m.results.restartNo }).click();
		await expect(focused(page)).resolves.toMatchObject({ text: m.results.restart });
		await expect(page.locator('.quiz').getAttribute('data-state')).resolves.toBe('results');

		await restart.click();
		await page.getByRole('button', { name: m.results.restartYes }).click();
		await expect(page.locator('.quiz').getAttribute('data-state')).resolves.toBe('intro');
		const stored = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
		const record = stored === null ? null : parseRecord(stored);
		expect(record === null || (record.ok && Object.keys(record.record.answers).length === 0)).toBe(
			true
		);
		await context.close();
	});
});

/** What «Hva om» says for the view's search. */
function whatIfSays(whatIf: ResultsView['whatIf']): string {
	return whatIf.kind === 'no-top'
		? m.results.whatIfNoTop
		: whatIf.kind === 'robust'
			? m.results.whatIfRobust(whatIf)
			: whatIf.changes.length === 1
				? m.results.whatIfOne(whatIf.changes[0], whatIf.newTop.name)
				: m.results.whatIfMany(whatIf.changes.length, whatIf.newTop.name);
}

describe('a returning voter’s results', () => {
	it.each<Viewport>(['phone', 'narrow'])(
		'come in without moving anything on the page (no layout shift) at %s width',
		async (viewport) => {
			const { context } = await newContext(browser, viewport);
			await seedStorage(context, STORAGE_KEY, recordOf('akershus', answersTo('akershus')));
			await recordLayoutShifts(context);
			const page = await context.newPage();
			await page.goto(`${baseURL()}/akershus/`);
			await resultsDrawn(page);
			await expect(layoutShifts(page)).resolves.toEqual([]);
			await context.close();
		}
	);
});

describe('«Hvor sikkert er resultatet?»', () => {
	it('is searched in a worker, off the page, and shows what the results view finds', async () => {
		const answers = answersTo('akershus');
		const view = resultsView(dataset, editionOf('akershus'), answers);
		const { context } = await newContext(browser, 'phone');
		await seedStorage(context, STORAGE_KEY, recordOf('akershus', answers));
		const page = await context.newPage();
		const workers: string[] = [];
		page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
		await page.goto(`${baseURL()}/akershus/`);
		await resultsDrawn(page);
		expect(workers).toHaveLength(1);
		expect(workers[0]).toMatch(/^\/_app\/immutable\/workers\/what-if-worker-[\w-]+\.js$/);
		await openSection(page, m.results.sections.robustness);
		const section = page.locator('section[data-section="robustness"]');
		const text = await section.textContent();
		const expected = whatIfSays(view.whatIf);
		expect(text).toContain(expected);
		expect(text).not.toContain(m.results.whatIfSearching);
		await context.close();
	});

	it('a worker file that never arrives (a stalled request) is given up on, and the page searches itself', async () => {
		const answers = answersTo('akershus');
		const view = resultsView(dataset, editionOf('akershus'), answers);
		const { context } = await newContext(browser, 'phone');
		await seedStorage(context, STORAGE_KEY, recordOf('akershus', answers));
		const held: string[] = [];
		// The request is taken and never answered, as on a network that drops it without failing.
		await context.route(/\/what-if-worker-[\w-]+\.js$/, (route) => {
			held.push(new URL(route.request().url()).pathname);
		});
		const page = await context.newPage();
		await page.goto(`${baseURL()}/akershus/`);
		await openSection(page, m.results.sections.robustness);
		const section = page.locator('section[data-section="robustness"]');
		await expect.poll(() => held.length, { timeout: 30_000 }).toBeGreaterThan(0);
		const expected = whatIfSays(view.whatIf);
		// WORKER_PATIENCE_MS (5 s) and the idle moment after it; the poll allows far more.
		await expect.poll(() => section.textContent(), { timeout: 30_000 }).toContain(expected);
		expect(await section.textContent()).not.toContain(m.results.whatIfSearching);
		expect(held).toHaveLength(1);
		await context.close();
	});
});

describe('peeking at the results', () => {
	it.each<Viewport>(['phone', 'narrow'])(
		'is no dead end at %s width: «Fortsett med påstandene» goes on at the first open statement',
		async (viewport) => {
			const { context } = await newContext(browser, viewport);
			const page = await context.newPage();
			await page.goto(`${baseURL()}/oslo/`);
			await hydrated(page);
			await startQuiz(page);
			const statements = asked('oslo');
			for (const s of statements.slice(0, 4)) {
				await expect(heading(page)).resolves.toBe(s.text);
				await page.getByRole('button', { name: m.stance[2], exact: true }).click();
			}
			await page.getByRole('button', { name: m.quiz.showResults }).click();
			await expect(heading(page)).resolves.toBe(m.results.heading);
			await resultsDrawn(page);
			await expect(page.locator('[data-verdict] .line').count()).resolves.toBe(1);
			const progress = m.results.progress({
				asked: statements.length,
				answered: 4,
				skipped: 0,
				open: statements.length - 4
			});
			await expect(page.getByText(progress).isVisible()).resolves.toBe(true);
			expect(await axeViolations(page)).toEqual([]);
			await page.getByRole('button', { name: m.results.continueQuiz }).click();
			await expect(heading(page)).resolves.toBe(statements[4]!.text);
			await context.close();
		}
	);
});

describe('the results page passes axe', () => {
	it.each<[Viewport, Scheme]>([
		['phone', 'light'],
		['phone', 'dark'],
		['narrow', 'light'],
		['narrow', 'dark']
	])('at %s width in %s mode, closed and with the navigation used', async (viewport, scheme) => {
		const { context, page } = await openResults(
			'akershus',
			answersTo('akershus'),
			viewport,
			scheme
		);
		expect(await axeViolations(page)).toEqual([]);
		await screenshot(page, `results-page-akershus-${viewport}-${scheme}`);
		// The navigation opens a section and puts focus on its heading's button.
		await page
			.getByRole('navigation', { name: m.results.sectionsLabel })
			.getByRole('link', { name: m.results.sectionLinks.robustness })
			.click();
		await expect(focused(page)).resolves.toMatchObject({
			text: expect.stringContaining(m.results.sections.robustness)
		});
		expect(await axeViolations(page)).toEqual([]);
		await context.close();
	});
});
