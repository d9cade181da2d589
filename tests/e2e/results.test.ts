import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askedStatements } from '../../src/lib/content/editions.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { prepareEdition } from '../../src/lib/content/scoring-input.ts';
import type { EditionId } from '../../src/lib/content/types.ts';
import {
	rankParties,
	type Answer,
	type Answers,
	type Stance
} from '../../src/lib/scoring/index.ts';
import {
	axeViolations,
	baseURL,
	horizontalOverflow,
	launch,
	newContext,
	screenshot,
	type Scheme,
	type Viewport,
	heading,
	hydrated,
	resultsDrawn,
	seedStorage
} from './browser.ts';
import { m } from '../../src/lib/messages/index.ts';
import { parseRecord, STORAGE_KEY, type QuizRecord } from '../../src/lib/quiz/index.ts';

/** The stored record's answers without their statement hashes. */
function answersOf(record: QuizRecord): Record<string, Answer> {
	return Object.fromEntries(
		Object.entries(record.answers).map(([id, { stance, important }]) => [id, { stance, important }])
	);
}

const dataset = loadContent();
const editionOf = (id: EditionId) => dataset.editions.find((e) => e.id === id)!;
/** The statements an edition asks, in quiz order. */
const asked = (id: EditionId) => askedStatements(dataset, editionOf(id));

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** A fixed plan with skips and importance, different per edition. */
function plan(i: number, shift: number): { skip: boolean; important: boolean; stance: Stance } {
	const stances: Stance[] = [1, -2, 2, 0, -1, 2, 1, -1];
	return {
		skip: (i + shift) % 5 === 3,
		important: (i + shift) % 4 === 2,
		stance: stances[(i + shift) % stances.length]!
	};
}

function ranking(edition: EditionId, answers: Answers) {
	const ids = asked(edition).map((s) => s.id);
	return rankParties(prepareEdition(editionOf(edition), ids), answers).entries.map((e) => ({
		party: e.partyId,
		pct: e.percent === null ? null : m.format.percent(e.percent)
	}));
}

/** Party and percentage per row of the table and of the chart, in display order. */
async function shownRanking(page: Page) {
	const table = await page.locator('.results-table tbody tr[data-party]').evaluateAll((rows) =>
		rows.map((row) => ({
			party: (row as HTMLElement).dataset.party,
			pct: row.querySelector('.pct')?.textContent?.trim() ?? null
		}))
	);
	const chart = await page.locator('[role="img"] [data-party]').evaluateAll((rows) =>
		rows.map((row) => ({
			party: row.getAttribute('data-party'),
			pct: row.querySelector('.pct')?.textContent?.trim() ?? null
		}))
	);
	return { table, chart };
}

/** Chart labels (per line box) that stick out of the chart's box. */
function labelsOutside(chart: Locator): Promise<string[]> {
	return chart.evaluate((img) => {
		const box = img.getBoundingClientRect();
		return [...img.querySelectorAll('.name, .pct, .notes, .divider')].flatMap((el) => {
			const range = document.createRange();
			range.selectNodeContents(el);
			return [...range.getClientRects()]
				.filter((r) => r.left < box.left - 0.5 || r.right > box.right + 0.5)
				.map(() => el.textContent ?? '');
		});
	});
}

/** A context (optionally 1280 px wide) whose storage holds `stored` before any page loads. */
async function seededContext(
	stored: string,
	viewport: Viewport | 'desktop',
	scheme: Scheme = 'light'
): Promise<BrowserContext> {
	const context =
		viewport === 'desktop'
			? await browser.newContext({
					viewport: { width: 1280, height: 900 },
					colorScheme: scheme,
					locale: 'nb-NO'
				})
			: (await newContext(browser, viewport, scheme)).context;
	await seedStorage(context, STORAGE_KEY, stored);
	return context;
}

async function openResults(context: BrowserContext, edition: EditionId): Promise<Page> {
	const page = await context.newPage();
	await page.goto(`${baseURL()}/${edition}/`);
	await hydrated(page);
	expect(await heading(page)).toBe('Resultatet ditt');
	await resultsDrawn(page);
	return page;
}

/** Opens the table, every section and every disclosure on the results screen. */
async function expandAll(page: Page) {
	await page.getByRole('button', { name: m.results.showTable }).click();
	await expect(
		page.getByRole('button', { name: m.results.hideTable }).getAttribute('aria-expanded')
	).resolves.toBe('true');
	for (const toggle of await page.locator('section[data-section] h2 button').all()) {
		if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
		expect(await toggle.getAttribute('aria-expanded')).toBe('true');
	}
	await page.evaluate(() => {
		for (const d of document.querySelectorAll('main details'))
			(d as HTMLDetailsElement).open = true;
	});
}

/** Whitespace collapsed, as the quote finder compares text. */
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

describe.each<[EditionId, number]>([
	['akershus', 0],
	['oslo', 3]
])('results for %s', (edition, shift) => {
	const ed = editionOf(edition);
	const statements = asked(edition);
	const answers: Record<string, Answer> = {};
	let stored = '';

	it('answered through the UI, shows exactly what the scoring module computes, in chart and table', async () => {
		const { context, foreignRequests } = await newContext(browser, 'phone');
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto(`${baseURL()}/${edition}/`);
		await hydrated(page);
		// A first visit opens on the intro.
		await page.getByRole('button', { name: m.quiz.start }).click();
		for (const [i, statement] of statements.entries()) {
			expect(await heading(page)).toBe(statement.text);
			const step = plan(i, shift);
			if (step.important) await page.getByRole('button', { name: /Viktig for meg/ }).click();
			if (step.skip) {
				await page.getByRole('button', { name: 'Hopp over' }).click();
				answers[statement.id] = { stance: null, important: step.important };
			} else {
				await page.getByRole('button', { name: m.stance[step.stance], exact: true }).click();
				answers[statement.id] = { stance: step.stance, important: step.important };
			}
		}
		await expect(heading(page)).resolves.toBe('Resultatet ditt');
		// Focus lands on the results heading.
		await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('screen-heading');
		stored = (await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY))!;
		const record = parseRecord(stored);
		expect(record.ok && answersOf(record.record)).toEqual(answers);

		const expected = ranking(edition, answers);
		expect(expected.map((e) => e.party).sort()).toEqual(ed.parties.map((p) => p.party.id).sort());
		// The results come in parts after their heading (the chart and its table are two), and
		// statement by statement is drawn when idle: wait for all of it.
		await resultsDrawn(page);
		const { table, chart } = await shownRanking(page);
		expect(table).toEqual(expected);
		expect(chart).toEqual(expected);
		// Statement by statement (closed, drawn when idle): exactly the statements the edition
		// asks, in quiz order.
		await expect(
			page
				.locator('li.statement')
				.evaluateAll((els) => els.map((el) => el.getAttribute('data-statement')))
		).resolves.toEqual(statements.map((s) => s.id));

		// Every label of the chart lies inside the chart.
		const image = page.locator('[role="img"]');
		await expect(labelsOutside(image)).resolves.toEqual([]);
		// The chart is named for screen readers and its own labels are hidden from them.
		const [titleId, descId] = (await image.getAttribute('aria-labelledby'))!.split(' ');
		await expect(page.locator(`[id="${titleId}"]`).textContent()).resolves.toBe(
			m.results.chartTitle
		);
		await expect(page.locator(`[id="${descId}"]`).textContent()).resolves.toMatch(/\S/);
		await expect(image.locator('.labels').getAttribute('aria-hidden')).resolves.toBe('true');

		expect(foreignRequests).toEqual([]);
		expect(errors).toEqual([]);
		await screenshot(page, `results-${edition}-phone-light`);
		await context.close();
	});

	it('links every quote to its line, and the quote stands at that line on the source page', async () => {
		const context = await seededContext(stored, 'phone');
		const page = await openResults(context, edition);
		const shown = await page.locator('main figure.quote').evaluateAll((figures) =>
			figures.map((f) => ({
				href: f.querySelector('figcaption a')!.getAttribute('href')!,
				url: (f.querySelector('figcaption a') as HTMLAnchorElement).href,
				quote: f.querySelector('blockquote')!.textContent!
			}))
		);
		const key = (doc: string, line: number, quote: string) => `${doc}#L${line}|${normalise(quote)}`;
		const expected = new Set(
			ed.parties.flatMap((p) =>
				Object.values(p.positions).flatMap((pos) =>
					pos.sources.map((s) => key(s.document, s.lines[0], s.quote))
				)
			)
		);
		const found = new Set<string>();
		const byDocument = new Map<string, { line: number; quote: string }[]>();
		for (const s of shown) {
			const match = /^\/kilder\/([^/]+)\/#L(\d+)$/.exec(
				new URL(s.url).pathname + new URL(s.url).hash
			);
			expect(match, s.href).not.toBeNull();
			const [, doc, line] = match!;
			found.add(key(doc!, Number(line), s.quote));
			const list = byDocument.get(doc!) ?? [];
			list.push({ line: Number(line), quote: normalise(s.quote) });
			byDocument.set(doc!, list);
		}
		// Every quote behind every position of the edition is shown, and nothing else.
		expect([...found].sort()).toEqual([...expected].sort());

		for (const [doc, quotes] of byDocument) {
			await page.goto(`${baseURL()}/kilder/${doc}/`);
			const lines = await page.locator('.line').evaluateAll((els) =>
				els.map((e) => ({
					line: Number(e.id.slice(1)),
					text: e.querySelector('.text')?.textContent ?? ''
				}))
			);
			const misplaced: string[] = [];
			for (const { line, quote } of quotes) {
				const from = lines.findIndex((l) => l.line === line);
				const parts = lines
					.slice(from, from + 12)
					.map((l) => normalise(l.text))
					.filter((t) => t !== '');
				const at = parts.join(' ').indexOf(quote);
				// The quote starts on the linked line.
				if (from === -1 || at === -1 || at >= normalise(lines[from]!.text).length) {
					misplaced.push(`${doc}#L${line}: ${quote}`);
				}
			}
			expect(misplaced).toEqual([]);
		}
		await context.close();
	});

	it('shows under each document’s quotes how we read them, wherever the data has a reason', async () => {
		const context = await seededContext(stored, 'phone');
		const page = await openResults(context, edition);
		await expandAll(page);
		const key = (statement: string, document: string, reason: string) =>
			`${statement}|${document}|${normalise(reason)}`;
		const expected = statements.flatMap((s) =>
			ed.parties.flatMap((p) =>
				(Object.hasOwn(p.positions, s.id) ? p.positions[s.id]!.reasons : []).map((r) =>
					key(s.id, r.document, r.text)
				)
			)
		);
		const shown = await page.locator('li.statement .reading').evaluateAll((els) =>
			els.map((el) => ({
				statement: el.closest('[data-statement]')!.getAttribute('data-statement')!,
				document: el.getAttribute('data-document')!,
				text: el.textContent!,
				// The reading stands right under a quote from the same document.
				after: el.previousElementSibling?.matches('figure.quote')
					? el.previousElementSibling.getAttribute('data-document')
					: null
			}))
		);
		// Every reason in the data for this edition is shown under its statement, and nothing else.
		expect(
			shown.map((r) => key(r.statement, r.document, r.text.replace(/^[^:]*:/, ''))).sort()
		).toEqual([...expected].sort());
		for (const r of shown) {
			expect(normalise(r.text).startsWith(`${m.results.readingLabel}: `)).toBe(true);
			expect(r.after).toBe(r.document);
		}
		await context.close();
	});

	it('"Endre svar" goes back to that statement, and the result updates on return', async () => {
		const context = await seededContext(stored, 'phone');
		const page = await openResults(context, edition);
		// The first answered statement whose change moves some percentage (so the test can fail).
		const before = ranking(edition, answers);
		let index = -1;
		let stance: Stance = 2;
		for (const [i, s] of statements.entries()) {
			const current = answers[s.id]!;
			if (current.stance === null) continue;
			const next: Stance = current.stance <= 0 ? 2 : -2;
			const after = ranking(edition, { ...answers, [s.id]: { ...current, stance: next } });
			if (JSON.stringify(after) !== JSON.stringify(before)) {
				index = i;
				stance = next;
				break;
			}
		}
		expect(index).toBeGreaterThanOrEqual(0);
		const statement = statements[index]!;
		expect((await shownRanking(page)).table).toEqual(before);

		await page.getByRole('button', { name: m.results.sections.statements, exact: true }).click();
		const escaped = statement.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		const change = page.getByRole('button', {
			name: new RegExp(`^Endre svar\\s*:\\s*${escaped}$`)
		});
		await expect(change.count()).resolves.toBe(1);
		await change.click();
		expect(await heading(page)).toBe(statement.text);
		await page.getByRole('button', { name: m.stance[stance], exact: true }).click();
		await expect(heading(page)).resolves.toBe('Resultatet ditt');
		// Back where the voter was: focus on that statement's «Endre svar».
		await expect(
			page.evaluate(() => document.activeElement?.closest('[data-statement]')?.id)
		).resolves.toBe(await page.locator(`li[data-statement="${statement.id}"]`).getAttribute('id'));

		const changed = { ...answers, [statement.id]: { ...answers[statement.id]!, stance } };
		const after = ranking(edition, changed);
		expect(after).not.toEqual(before);
		const { table, chart } = await shownRanking(page);
		expect(table).toEqual(after);
		expect(chart).toEqual(after);
		const row = page.locator(`[data-statement="${statement.id}"] .you`);
		await expect(row.textContent()).resolves.toContain(m.stance[stance]);
		await context.close();
	});

	it.each<Scheme>(['light', 'dark'])(
		'passes axe in %s mode with the table open and every explanation expanded',
		async (scheme) => {
			const context = await seededContext(stored, 'phone', scheme);
			const page = await openResults(context, edition);
			await expandAll(page);
			expect(await axeViolations(page)).toEqual([]);
			await context.close();
		}
	);

	it('fits 320 px without horizontal scrolling, with touch-sized controls', async () => {
		const context = await seededContext(stored, 'narrow');
		const page = await openResults(context, edition);
		await page.waitForTimeout(800); // let the bars grow in (no reduced motion here)
		await screenshot(page, `results-${edition}-narrow-light`);
		await expandAll(page);
		expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
		// With the text twice as large, the chart's labels still fit.
		await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
		await expect(labelsOutside(page.locator('[role="img"]'))).resolves.toEqual([]);
		await screenshot(page, `results-${edition}-narrow-light-200`);
		await page.evaluate(() => (document.documentElement.style.fontSize = ''));
		const small = await page
			.locator(
				'main button, main summary, main select, main .filter label, main figcaption a, main .documents a'
			)
			.evaluateAll((els) =>
				els
					.map((e) => ({ text: e.textContent?.trim(), box: e.getBoundingClientRect() }))
					.filter(({ box }) => box.width < 44 || box.height < 44)
					.map(({ text, box }) => `${text}: ${Math.round(box.width)}×${Math.round(box.height)}`)
			);
		expect(small).toEqual([]);
		await context.close();
	});

	it('screenshots at 320, 390 and 1280 px in dark mode and 1280 px in light mode', async () => {
		for (const [viewport, scheme] of [
			['narrow', 'dark'],
			['phone', 'dark'],
			['desktop', 'dark'],
			['desktop', 'light']
		] as const) {
			const context = await seededContext(stored, viewport, scheme);
			const page = await openResults(context, edition);
			await page.waitForTimeout(800);
			expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
			await screenshot(page, `results-${edition}-${viewport}-${scheme}`);
			await context.close();
		}
	});
});

describe('results with too few answers', () => {
	it('asks for more answers and goes back to the first unanswered statement', async () => {
		const { context } = await newContext(browser, 'phone');
		const page = await context.newPage();
		await page.goto(`${baseURL()}/oslo/`);
		await hydrated(page);
		// A first visit opens on the intro.
		await page.getByRole('button', { name: m.quiz.start }).click();
		await page.getByRole('button', { name: 'Helt enig', exact: true }).click();
		await page.getByRole('button', { name: 'Se resultatet' }).click();
		await expect(heading(page)).resolves.toBe('Resultatet ditt');
		await resultsDrawn(page);
		await expect(page.locator('[data-verdict="needs-more"]').count()).resolves.toBe(1);
		// Every party is still listed, none ranked first.
		const { table } = await shownRanking(page);
		expect(table.map((r) => r.party).sort()).toEqual(
			editionOf('oslo')
				.parties.map((p) => p.party.id)
				.sort()
		);
		const [, descId] = (await page.locator('[role="img"]').getAttribute('aria-labelledby'))!.split(
			' '
		);
		await expect(page.locator(`[id="${descId}"]`).textContent()).resolves.toContain(
			'for få påstander'
		);
		expect(await axeViolations(page)).toEqual([]);
		await page.getByRole('button', { name: 'Fortsett med påstandene' }).click();
		expect(await heading(page)).toBe(asked('oslo')[1]!.text);
		await context.close();
	});
});
