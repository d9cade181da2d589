import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAskedIn } from '../../src/lib/content/editions.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { PRIORITIES_CSV_COLUMNS, type OpenData } from '../../src/lib/content/opendata.ts';
import { m } from '../../src/lib/messages/index.ts';
import { parseRecord, STORAGE_KEY } from '../../src/lib/quiz/index.ts';
import { resultsView } from '../../src/lib/results/index.ts';
import type { Answers } from '../../src/lib/scoring/index.ts';
import {
	axeViolations,
	baseURL,
	heading,
	horizontalOverflow,
	hydrated,
	launch,
	newContext,
	screenshot,
	seedStorage
} from './browser.ts';

const dataset = loadContent();
const edition = dataset.editions.find((e) => e.id === 'akershus')!;

/**
 * The statement to mark important: one the edition asks whose topic comes last among those
 * topics when the voter has marked nothing, so that moving it first is a real change.
 */
const defaultOrder = resultsView(dataset, edition, {}).priorities.topics.map((row) => row.id);
const asked = dataset.statements.filter((s) => isAskedIn(edition, s.id));
const marked = asked.reduce((a, b) =>
	defaultOrder.indexOf(b.topic) > defaultOrder.indexOf(a.topic) ? b : a
);
const topic = dataset.topics.find((t) => t.id === marked.topic)!;

/** Whitespace collapsed. */
const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

const section = (page: Page) => page.locator('section[data-section="priorities"]');

/** Opens the section (it starts closed) by its heading's button; returns it. */
async function openSection(page: Page) {
	const toggle = section(page).getByRole('button', { name: m.results.sections.priorities });
	await toggle.click();
	await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
	return section(page);
}

describe('«Hva partiene prioriterer» on the results', () => {
	let stored = '';
	let answers: Answers = {};

	it('puts the topic of the statement marked important first, with the documents’ counts', async () => {
		expect(defaultOrder.indexOf(topic.id)).toBeGreaterThan(0);
		const { context, foreignRequests } = await newContext(browser, 'phone');
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto(`${baseURL()}/${edition.id}/`);
		await hydrated(page);
		// A first visit opens on the intro.
		await page.getByRole('button', { name: m.quiz.start }).click();
		// Answer whatever the quiz asks ("Helt enig"), marking one statement important.
		for (let i = 0; i <= dataset.statements.length; i++) {
			const shown = await heading(page);
			if (shown === 'Resultatet ditt') break;
			if (shown === marked.text) {
				await page.getByRole('button', { name: new RegExp(m.important) }).click();
			}
			await page.getByRole('button', { name: m.stance[2], exact: true }).click();
		}
		await expect(heading(page)).resolves.toBe('Resultatet ditt');
		stored = (await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY))!;
		const record = parseRecord(stored);
		if (!record.ok) throw new Error('the stored record does not parse');
		answers = Object.fromEntries(
			Object.entries(record.record.answers).map(([id, { stance, important }]) => [
				id,
				{ stance, important }
			])
		);
		expect(Object.entries(answers).filter(([, a]) => a.important)).toEqual([
			[marked.id, { stance: 2, important: true }]
		]);

		const priorities = await openSection(page);
		// It says where the numbers come from.
		await expect(priorities.textContent()).resolves.toContain(m.results.prioritiesIntro);

		// The marked statement's topic first, marked in words; then the order the view gives.
		const view = resultsView(dataset, edition, answers).priorities;
		const topics = await priorities
			.locator('section[data-topic]')
			.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.topic));
		expect(topics[0]).toBe(topic.id);
		expect(topics).toEqual(view.topics.map((row) => row.id));
		await expect(priorities.locator('h3').first().textContent().then(squash)).resolves.toBe(
			`${topic.name} ${m.importantMark}`
		);

		// Parties in the same order as the party cards, and each table row with its count.
		const cards = await page
			.locator('section.party[data-party]')
			.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.party));
		const listed = await priorities
			.locator('ul li[data-party]')
			.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.party));
		expect(listed).toEqual(cards);
		expect(listed).toEqual(view.parties.map((p) => p.party.id));
		for (const row of view.topics.filter((r) => r.total > 0)) {
			const cells = await priorities
				.locator(`section[data-topic="${row.id}"] tbody tr`)
				.evaluateAll((trs) =>
					trs.map((tr) => [
						(tr as HTMLElement).dataset.party,
						tr.querySelector('th .visually-hidden')?.textContent?.trim(),
						tr
							.querySelector('td')
							?.textContent?.replace(/[ \t\r\n]+/g, ' ')
							.trim()
					])
				);
			expect(cells).toEqual(
				row.parties.map((c) => [c.party.id, c.party.name, m.results.prioritiesCount(c)])
			);
		}
		expect(foreignRequests).toEqual([]);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('fits 320 px with 200 % text, and passes axe in dark mode', async () => {
		expect(stored).not.toBe('');
		const { context } = await newContext(browser, 'narrow', 'dark');
		await seedStorage(context, STORAGE_KEY, stored);
		const page = await context.newPage();
		await page.goto(`${baseURL()}/${edition.id}/`);
		await hydrated(page);
		await expect(heading(page)).resolves.toBe('Resultatet ditt');
		await openSection(page);
		await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
		expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
		// No table sticks out of its topic's box.
		const outside = await section(page)
			.locator('section[data-topic]')
			.evaluateAll((els) =>
				els
					.filter((el) => {
						const box = el.getBoundingClientRect();
						return [...el.querySelectorAll('table, tbody th, tbody td')].some(
							(cell) => cell.getBoundingClientRect().right > box.right + 0.5
						);
					})
					.map((el) => (el as HTMLElement).dataset.topic)
			);
		expect(outside).toEqual([]);
		await section(page).screenshot({ path: 'test-results/screenshots/priorities-narrow-200.png' });
		await page.evaluate(() => (document.documentElement.style.fontSize = ''));
		expect(await axeViolations(page)).toEqual([]);
		await screenshot(page, 'priorities-results-narrow-dark');
		await context.close();
	});

	it('links to how the pledges are counted, and the open data has the same counts', async () => {
		const { context } = await newContext(browser, 'phone');
		await seedStorage(context, STORAGE_KEY, stored);
		const page = await context.newPage();
		await page.goto(`${baseURL()}/${edition.id}/`);
		await hydrated(page);
		await (await openSection(page)).getByRole('link', { name: m.results.prioritiesMethod }).click();
		await page.waitForURL(/\/metode\/#prioriteringer$/);
		await expect(page.locator('#prioriteringer').isVisible()).resolves.toBe(true);

		const json: OpenData = await (
			await context.request.get(`${baseURL()}/data/valgomat.json`)
		).json();
		const href = await page
			.locator('a[data-format="priorities"]')
			.evaluate((a) => (a as HTMLAnchorElement).href);
		const response = await context.request.get(href);
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toContain('text/csv');
		const body = await response.body();
		expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		// No field of this file needs quoting: split on the separator.
		const [header, ...rows] = body
			.subarray(3)
			.toString('utf8')
			.split('\r\n')
			.filter((line) => line !== '')
			.map((line) => line.split(';'));
		expect(header).toEqual([...PRIORITIES_CSV_COLUMNS]);
		const column = (name: (typeof PRIORITIES_CSV_COLUMNS)[number]) =>
			PRIORITIES_CSV_COLUMNS.indexOf(name);
		expect(
			rows.map((r) =>
				[r[column('edition')], r[column('party')], r[column('topic')], r[column('pledges')]].join(
					'/'
				)
			)
		).toEqual(
			json.editions.flatMap((e) =>
				e.parties.flatMap((p) =>
					Object.entries(p.pledges.perTopic).map(([t, n]) => `${e.id}/${p.party}/${t}/${n}`)
				)
			)
		);
		// And the JSON's counts are the ones the results show.
		const view = resultsView(dataset, edition, answers).priorities;
		const shown = json.editions.find((e) => e.id === edition.id)!.parties;
		for (const row of view.topics) {
			for (const c of row.parties) {
				expect(shown.find((p) => p.party === c.party.id)!.pledges.perTopic[row.id]).toBe(c.count);
			}
		}
		await context.close();
	});
});
