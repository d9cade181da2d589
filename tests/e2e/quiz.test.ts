import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askedStatements, deadStatements } from '../../src/lib/content/editions.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { prepareEdition } from '../../src/lib/content/scoring-input.ts';
import type { EditionId } from '../../src/lib/content/types.ts';
import { rankParties, type Answer, type Stance } from '../../src/lib/scoring/index.ts';
import {
	axeViolations,
	baseURL,
	horizontalOverflow,
	launch,
	newContext,
	screenshot,
	type Viewport,
	heading,
	hydrated,
	resultsDrawn,
	localePath,
	seedStorage,
	storedRecord
} from './browser.ts';
import type { Locale } from '../../src/lib/messages/index.ts';
import { m } from '../../src/lib/messages/index.ts';
import { MESSAGES } from '../../src/lib/messages/test-support.ts';
import { BACKUP_KEY, STORAGE_KEY, parseRecord, statementHash } from '../../src/lib/quiz/index.ts';

const dataset = loadContent();
const editionOf = (id: EditionId) => dataset.editions.find((e) => e.id === id)!;
/**
 * The statements an edition asks in `locale`, in quiz order (no party there speaks to the
 * others): the same ids and hashes in every language, the texts in that language.
 */
const asked = (id: EditionId, locale: Locale = 'nb') => {
	const localized = loadContent(locale);
	return askedStatements(
		localized,
		localized.editions.find((e) => e.id === id)!
	);
};

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** The stored answers without their statement hashes. */
async function storedAnswers(page: Page): Promise<Record<string, Answer>> {
	const { answers } = await storedRecord(page);
	return Object.fromEntries(
		Object.entries(answers).map(([id, { stance, important }]) => [id, { stance, important }])
	);
}

/** Presses Start on the intro a first visit opens on, and checks the first statement shows. */
async function start(page: Page, statements: readonly { text: string }[]): Promise<void> {
	await page.getByRole('button', { name: m.quiz.start }).click();
	expect(await heading(page)).toBe(statements[0]!.text);
}

/** A fixed, varied plan: which statements are skipped, marked important, and the stance. */
function plan(i: number): { skip: boolean; important: boolean; stance: Stance } {
	const stances: Stance[] = [2, -1, 0, 1, -2, 1, -1];
	return { skip: i % 6 === 4, important: i % 5 === 1, stance: stances[i % stances.length]! };
}

/**
 * One full journey per edition, size and language: every edition at both sizes, every language
 * at both sizes (not the whole matrix: the journey is the same code in every language).
 */
describe.each<[Locale, EditionId, Viewport]>([
	['nb', 'akershus', 'phone'],
	['nb', 'oslo', 'narrow'],
	['nn', 'oslo', 'phone'],
	['nn', 'akershus', 'narrow'],
	['en', 'akershus', 'phone'],
	['en', 'oslo', 'narrow']
])('the %s quiz for %s at %s size', (locale, edition, viewport) => {
	const statements = asked(edition, locale);
	const n = statements.length;
	const t = MESSAGES[locale];

	it('answers every statement it asks with skips, importance, back-steps and a reload, and reaches the result', async () => {
		const { context, foreignRequests } = await newContext(browser, viewport);
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto(`${baseURL()}${localePath(locale, `/${edition}/`)}`);
		await hydrated(page);
		await expect(page.locator('html').getAttribute('lang')).resolves.toBe(locale);
		await page.getByRole('button', { name: t.quiz.start }).click();
		expect(await heading(page)).toBe(statements[0]!.text);
		const expected: Record<string, Answer> = {};
		const reloadAt = Math.floor(n / 2);

		for (let i = 0; i < n; i++) {
			await expect(page.locator('.progress-text').textContent()).resolves.toBe(
				t.quiz.progress(i + 1, n)
			);
			expect(await heading(page)).toBe(statements[i]!.text);
			if (i === reloadAt) {
				await page.reload();
				await hydrated(page);
				expect(await heading(page)).toBe(statements[i]!.text);
				await expect(page.locator('[data-notice="restored"]').count()).resolves.toBe(1);
			}
			const step = plan(i);
			if (step.important) {
				await page.getByRole('button', { name: t.important }).click();
				await expect(
					page.getByRole('button', { name: t.important }).getAttribute('aria-pressed')
				).resolves.toBe('true');
			}
			if (step.skip) {
				await page.getByRole('button', { name: t.quiz.skip }).click();
				expected[statements[i]!.id] = { stance: null, important: step.important };
			} else {
				await page.getByRole('button', { name: t.stance[step.stance], exact: true }).click();
				expected[statements[i]!.id] = { stance: step.stance, important: step.important };
			}
			if (i === 3) {
				// Step back: the earlier answer is shown as chosen, then answer it again.
				await page.getByRole('button', { name: new RegExp(t.quiz.back) }).click();
				expect(await heading(page)).toBe(statements[3]!.text);
				const chosen = plan(3).stance;
				await expect(
					page
						.getByRole('button', { name: new RegExp(`^${t.stance[chosen]}`) })
						.getAttribute('aria-pressed')
				).resolves.toBe('true');
				await page.getByRole('button', { name: new RegExp(`^${t.stance[chosen]}`) }).click();
			}
			if (i < n - 1) {
				// Focus moves to the new statement's heading.
				await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('H1');
			}
		}

		await expect(heading(page)).resolves.toBe(t.results.heading);
		const record = await storedRecord(page);
		expect(await storedAnswers(page)).toEqual(expected);
		expect(record).toMatchObject({ schema: 4, dataset: dataset.version, edition, step: 'results' });
		for (const statement of statements) {
			// The hash of the bokmål text, whatever the language the answer was given in.
			expect(record.answers[statement.id]?.hash).toBe(statement.hash);
		}

		// The result shows exactly what the scoring module computes for these answers, once it is
		// drawn: the heading comes first, the chart's table in a later task.
		await resultsDrawn(page);
		const result = rankParties(
			prepareEdition(
				editionOf(edition),
				statements.map((s) => s.id)
			),
			expected
		);
		const shown = await page.locator('.results-table tbody tr[data-party]').evaluateAll((rows) =>
			rows.map((row) => ({
				party: (row as HTMLElement).dataset.party,
				pct: row.querySelector('.pct')?.textContent?.trim() ?? null
			}))
		);
		expect(shown).toEqual(
			result.entries.map((e) => ({
				party: e.partyId,
				pct: e.percent === null ? null : t.format.percent(e.percent)
			}))
		);
		expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
		expect(foreignRequests).toEqual([]);
		expect(errors).toEqual([]);
		await screenshot(page, `quiz-${locale}-${edition}-${viewport}-results`);
		await context.close();
	});
});

describe('quiz screens pass axe in light and dark mode', () => {
	it.each([
		['phone', 'light'],
		['phone', 'dark'],
		['narrow', 'light'],
		['narrow', 'dark']
	] as const)('%s, %s', async (viewport, scheme) => {
		const { context } = await newContext(browser, viewport, scheme);
		const page = await context.newPage();
		await page.goto(`${baseURL()}/akershus/`);
		await hydrated(page);
		await expect(heading(page)).resolves.toBe('Valgomat for Akershus');
		expect(await axeViolations(page)).toEqual([]);
		await screenshot(page, `quiz-intro-${viewport}-${scheme}`);
		await page.getByRole('button', { name: 'Start' }).click();
		expect(await axeViolations(page)).toEqual([]);
		// Every visible control on the answering screen is a comfortable touch target.
		const small = await page
			.locator('main button, main summary, main .edition a')
			.evaluateAll((els) =>
				els
					.map((e) => ({ text: e.textContent?.trim(), box: e.getBoundingClientRect() }))
					.filter(({ box }) => box.width > 0 && (box.width < 44 || box.height < 44))
					.map(({ text, box }) => `${text}: ${Math.round(box.width)}×${Math.round(box.height)}`)
			);
		expect(small).toEqual([]);
		await screenshot(page, `quiz-answering-${viewport}-${scheme}`);
		await page.getByRole('button', { name: 'Helt enig' }).click();
		await page.getByRole('button', { name: 'Se resultatet' }).click();
		await expect(heading(page)).resolves.toBe('Resultatet ditt');
		expect(await axeViolations(page)).toEqual([]);
		await screenshot(page, `quiz-results-${viewport}-${scheme}`);
		await page.getByRole('button', { name: 'Slett svarene mine' }).click();
		expect(await axeViolations(page)).toEqual([]);
		await page.getByRole('button', { name: 'Ja, slett' }).click();
		await expect(heading(page)).resolves.toBe('Valgomat for Akershus');
		expect(await axeViolations(page)).toEqual([]);
		await context.close();
	});
});

describe('quiz edge cases', () => {
	const akershus = asked('akershus');
	const oslo = asked('oslo');

	it('works from memory when storage is blocked, and says so', async () => {
		const { context } = await newContext(browser, 'phone');
		await context.addInitScript(() => {
			Object.defineProperty(window, 'localStorage', {
				get() {
					throw new DOMException('Access is denied for this document.', 'SecurityError');
				}
			});
		});
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto(`${baseURL()}/oslo/`);
		await hydrated(page);
		await expect(page.locator('[data-notice="memory"]').count()).resolves.toBe(1);
		await start(page, oslo);
		await page.getByRole('button', { name: 'Helt uenig' }).click();
		expect(await heading(page)).toBe(oslo[1]!.text);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('survives corrupt stored answers with a clear message, keeping them until the voter answers', async () => {
		const corrupt = '{"schema":2,"answers":';
		const { context } = await newContext(browser, 'phone');
		await seedStorage(context, STORAGE_KEY, corrupt);
		const page = await context.newPage();
		await page.goto(`${baseURL()}/akershus/`);
		await hydrated(page);
		await expect(page.locator('[data-notice="reset"]').count()).resolves.toBe(1);
		expect(await heading(page)).toBe('Valgomat for Akershus');
		const backup = () => page.evaluate((key) => localStorage.getItem(key), BACKUP_KEY);
		// Kept under the backup key, also across a reload, until the voter has answered.
		await expect(backup()).resolves.toBe(corrupt);
		await page.reload();
		await hydrated(page);
		await expect(backup()).resolves.toBe(corrupt);
		await start(page, akershus);
		await page.getByRole('button', { name: 'Nøytral' }).click();
		await expect(backup()).resolves.toBeNull();
		expect((await storedAnswers(page))[akershus[0]!.id]).toEqual({
			stance: 0,
			important: false
		});
		await context.close();
	});

	it('brings back answers stored in the earlier format (schema 1)', async () => {
		const [first, second] = oslo;
		const schema1 = JSON.stringify({
			schema: 1,
			dataset: dataset.version,
			snapshot: {
				status: 'active',
				value: 'answering',
				context: {
					answers: {
						[first!.id]: { stance: 2, important: true },
						[second!.id]: { stance: null, important: false }
					},
					edition: 'oslo',
					index: 2,
					returnToResults: false
				}
			},
			hashes: { [first!.id]: statementHash(first!.text), [second!.id]: statementHash(second!.text) }
		});
		const { context } = await newContext(browser, 'phone');
		await seedStorage(context, STORAGE_KEY, schema1);
		const page = await context.newPage();
		await page.goto(`${baseURL()}/oslo/`);
		await hydrated(page);
		await expect(page.locator('[data-notice="restored"]').count()).resolves.toBe(1);
		// Its index is not taken as is: the voter goes on at the first open statement.
		expect(await heading(page)).toBe(oslo[2]!.text);
		expect(await storedRecord(page)).toMatchObject({ schema: 4, edition: 'oslo', index: 2 });
		expect(await storedAnswers(page)).toEqual({
			[first!.id]: { stance: 2, important: true },
			[second!.id]: { stance: null, important: false }
		});
		await context.close();
	});

	it('stores an answer while its tap is handled: a tab hidden or closed right after it loses nothing', async () => {
		const { context } = await newContext(browser, 'phone');
		const page = await context.newPage();
		await page.goto(`${baseURL()}/akershus/`);
		await hydrated(page);
		await start(page, akershus);
		// The answers take taps once the statement has settled.
		await page.waitForFunction(() => !document.querySelector('.answers button[disabled]'));
		// The tap, and in the same task (before any later moment could save it) what is stored.
		const raw = await page.evaluate((key) => {
			document.querySelector<HTMLButtonElement>('.answers button[data-stance="2"]')!.click();
			return localStorage.getItem(key);
		}, STORAGE_KEY);
		expect(raw).not.toBeNull();
		const parsed = parseRecord(raw!);
		expect(parsed.ok && parsed.record.answers[akershus[0]!.id]?.stance).toBe(2);
		// The tab goes at once; the next one goes on from the answer.
		await page.close({ runBeforeUnload: true });
		const next = await context.newPage();
		await next.goto(`${baseURL()}/akershus/`);
		await hydrated(next);
		expect(await heading(next)).toBe(akershus[1]!.text);
		expect(await storedAnswers(next)).toEqual({
			[akershus[0]!.id]: { stance: 2, important: false }
		});
		await context.close();
	});

	it('"Slett svarene mine" asks first, then clears answers here and in storage', async () => {
		const { context } = await newContext(browser, 'phone');
		const page = await context.newPage();
		await page.goto(`${baseURL()}/akershus/`);
		await hydrated(page);
		await start(page, akershus);
		await page.getByRole('button', { name: 'Helt enig' }).click();
		await page.getByRole('button', { name: 'Slett svarene mine' }).click();
		await page.getByRole('button', { name: 'Avbryt' }).click();
		expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).not.toBeNull();
		await page.getByRole('button', { name: 'Slett svarene mine' }).click();
		await page.getByRole('button', { name: 'Ja, slett' }).click();
		await expect(page.getByText('Svarene dine er slettet.').count()).resolves.toBe(1);
		await expect(
			page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)
		).resolves.toBeNull();
		await context.close();
	});

	it('"Fortsett med påstandene" goes on with the statements, not back to the result after one answer', async () => {
		const { context } = await newContext(browser, 'phone');
		const page = await context.newPage();
		await page.goto(`${baseURL()}/oslo/`);
		await hydrated(page);
		await start(page, oslo);
		await page.getByRole('button', { name: 'Helt enig', exact: true }).click();
		await page.getByRole('button', { name: 'Se resultatet' }).click();
		await expect(heading(page)).resolves.toBe('Resultatet ditt');
		await page.getByRole('button', { name: 'Fortsett med påstandene' }).click();
		expect(await heading(page)).toBe(oslo[1]!.text);
		await page.getByRole('button', { name: 'Delvis enig', exact: true }).click();
		expect(await heading(page)).toBe(oslo[2]!.text);
		expect(await storedRecord(page)).toMatchObject({ step: 'answering', index: 2 });
		await context.close();
	});

	it('a start link with ?omrade=oslo opens the Oslo quiz; an unknown value is never echoed', async () => {
		const { context } = await newContext(browser, 'phone');
		const page = await context.newPage();
		await page.goto(`${baseURL()}/?omrade=oslo`);
		await page.waitForURL(/\/oslo\/$/);
		await hydrated(page);
		expect(await heading(page)).toBe('Valgomat for Oslo');
		await page.goto(`${baseURL()}/?omrade=bergen`);
		const alert = (await page.getByRole('alert').textContent()) ?? '';
		expect(alert).toContain(m.home.unknownArea(dataset.editions.map((e) => e.name)));
		expect(alert).not.toContain('bergen');
		await context.close();
	});

	it('switching edition keeps the answers and compares them with the other edition', async () => {
		const { context } = await newContext(browser, 'phone');
		const page = await context.newPage();
		await page.goto(`${baseURL()}/akershus/`);
		await hydrated(page);
		await start(page, akershus);
		await page.getByRole('button', { name: 'Helt enig' }).click();
		await page.getByRole('button', { name: 'Helt uenig' }).click();
		await page.goto(`${baseURL()}/oslo/`);
		await hydrated(page);
		const answered = new Set([akershus[0]!.id, akershus[1]!.id]);
		// Oslo goes on at the first statement it asks that has no answer yet.
		expect(await heading(page)).toBe(oslo.find((s) => !answered.has(s.id))!.text);
		expect((await storedRecord(page)).edition).toBe('oslo');
		expect(await storedAnswers(page)).toEqual({
			[akershus[0]!.id]: { stance: 2, important: false },
			[akershus[1]!.id]: { stance: -2, important: false }
		});
		await context.close();
	});

	/**
	 * A statement one edition asks and another does not (no party there speaks to it): the
	 * earliest such in the asking edition's quiz order, found in the data so the test follows
	 * the content. With no such statement there is no answer to carry, and no case.
	 */
	const crossing = dataset.editions
		.flatMap((here) =>
			dataset.editions.flatMap((there) => {
				const dead = new Set(deadStatements(dataset, there).map((s) => s.id));
				const k = asked(here.id).findIndex((s) => dead.has(s.id));
				return here.id === there.id || k === -1 ? [] : [{ here: here.id, there: there.id, k }];
			})
		)
		.sort((a, b) => a.k - b.k)
		.slice(0, 1);

	it.for(crossing)(
		'does not ask in $there a statement no party there speaks to, and keeps the answer given in $here',
		async ({ here, there, k }) => {
			const askedHere = asked(here);
			const askedThere = asked(there);
			const dead = askedHere[k]!;
			expect(askedThere.map((s) => s.id)).not.toContain(dead.id);
			const { context } = await newContext(browser, 'phone');
			const page = await context.newPage();
			await page.goto(`${baseURL()}/${here}/`);
			await hydrated(page);
			await start(page, askedHere);
			const given: Answer = { stance: -1, important: false };
			const answers: Record<string, Answer> = {};
			for (let i = 0; i <= k; i++) {
				expect(await heading(page)).toBe(askedHere[i]!.text);
				const stance: Stance = i === k ? -1 : 2;
				await page.getByRole('button', { name: m.stance[stance], exact: true }).click();
				answers[askedHere[i]!.id] = { stance, important: false };
			}
			expect(await storedAnswers(page)).toEqual(answers);

			// There, the quiz goes on at its first open statement, counting only what it asks,
			// with no notice about the answer it does not ask.
			await page.goto(`${baseURL()}/${there}/`);
			await hydrated(page);
			await expect(page.locator('[data-notice="partial"]').count()).resolves.toBe(0);
			const next = askedThere.findIndex((s) => !Object.hasOwn(answers, s.id));
			expect(next).toBeGreaterThanOrEqual(0);
			expect(await heading(page)).toBe(askedThere[next]!.text);
			await expect(page.locator('.progress-text').textContent()).resolves.toBe(
				m.quiz.progress(next + 1, askedThere.length)
			);
			// Answering there keeps the answer it does not ask.
			await page.getByRole('button', { name: m.stance[-2], exact: true }).click();
			answers[askedThere[next]!.id] = { stance: -2, important: false };
			expect(await storedAnswers(page)).toEqual(answers);
			expect(await storedRecord(page)).toMatchObject({ schema: 4, edition: there });
			// Its results list exactly the statements it asks.
			if (next < askedThere.length - 1) {
				await page.getByRole('button', { name: 'Se resultatet' }).click();
			}
			await expect(heading(page)).resolves.toBe('Resultatet ditt');
			await resultsDrawn(page);
			await expect(
				page
					.locator('li.statement')
					.evaluateAll((els) => els.map((el) => el.getAttribute('data-statement')))
			).resolves.toEqual(askedThere.map((s) => s.id));
			expect((await storedRecord(page)).answers[dead.id]).toEqual({
				...given,
				hash: statementHash(dead.text),
				rev: expect.any(Number)
			});

			// Back where it is asked, the answer is there again, on the results.
			await page.goto(`${baseURL()}/${here}/`);
			await hydrated(page);
			await expect(heading(page)).resolves.toBe('Resultatet ditt');
			await expect(page.locator('[data-notice="restored"]').count()).resolves.toBe(1);
			await expect(
				page.locator(`[data-statement="${dead.id}"] .you strong`).textContent()
			).resolves.toBe(m.answerWithImportance(given));
			expect(await storedRecord(page)).toMatchObject({ edition: here });
			expect(await storedAnswers(page)).toEqual(answers);
			await context.close();
		}
	);

	it('shows the intro before JavaScript runs', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${baseURL()}/oslo/`);
		expect(await heading(page)).toBe('Valgomat for Oslo');
		await expect(page.getByText(`Du får ${oslo.length} påstander`).count()).resolves.toBe(1);
		await expect(page.getByText(m.quiz.progress(1, oslo.length)).count()).resolves.toBe(0);
		await context.close();
	});
});
