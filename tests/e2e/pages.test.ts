import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askedStatements } from '../../src/lib/content/editions.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { loadSeeds } from '../../src/lib/pledges/load.ts';
import { collapseWhitespace } from '../../src/lib/pledges/text.ts';
import type { SourceDocument } from '../../src/lib/pledges/types.ts';
import { STORAGE_KEY, type QuizRecord } from '../../src/lib/quiz/index.ts';
import {
	axeViolations,
	baseURL,
	horizontalOverflow,
	hydrated,
	launch,
	newContext,
	screenshot,
	seedStorage,
	COMBOS,
	openPage,
	type Scheme,
	type Viewport
} from './browser.ts';
import { storedRecord } from '../support/records.ts';

const seeds = loadSeeds();
const dataset = loadContent();
const VIEWPORTS: Viewport[] = ['phone', 'narrow'];
const HEIGHT: Record<Viewport, number> = { phone: 844, narrow: 640 };
const pages = [
	{ name: 'start', path: '/' },
	...seeds.documents.map((d) => ({ name: `kilde-${d.meta.id}`, path: `/kilder/${d.meta.id}/` }))
];

/** Every line of `doc` on the page, in order, with its anchor and its printed number. */
async function expectEveryLine(page: Page, doc: SourceDocument) {
	const ids = await page.locator('.line').evaluateAll((els) => els.map((e) => e.id));
	expect(ids).toEqual(doc.lines.map((l) => `L${l.line}`));
	const printed = await page
		.locator('.line .printed')
		.evaluateAll((els) => els.map((e) => Number(e.textContent)));
	expect(printed).toEqual(doc.lines.flatMap((l) => (l.printed === null ? [] : [l.printed])));
}

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('start page', () => {
	it('names the valgomat and lists every party with each of its documents', async () => {
		const { context } = await newContext(browser, 'phone');
		const page = await context.newPage();
		await page.goto(`${baseURL()}/`);
		await expect(page.locator('h1').textContent()).resolves.toContain('Valgomat');
		for (const party of seeds.metadata.parties) {
			await expect(
				page.getByRole('heading', { level: 3, name: new RegExp(party.name) }).count()
			).resolves.toBe(1);
		}
		const hrefs = await page
			.locator('main a[href*="/kilder/"]')
			.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		expect(hrefs.sort()).toEqual(seeds.documents.map((d) => `/kilder/${d.meta.id}/`).sort());
		await context.close();
	});
});

describe.each(seeds.documents)('source page $meta.id', (doc) => {
	const pledges = seeds.pledges.filter((p) => p.document === doc.meta.id);

	it('shows every line with its anchor and printed number, and highlights exactly the pledges', async () => {
		const { context } = await newContext(browser, 'phone');
		const page = await context.newPage();
		await page.goto(`${baseURL()}/kilder/${doc.meta.id}/`);
		await expect(page.locator('h1').textContent()).resolves.toBe(doc.meta.title);
		await expectEveryLine(page, doc);
		const blocks = await page.locator('.pledge').evaluateAll((els) =>
			els.map((e) => ({
				id: e.id,
				lines: [...e.querySelectorAll('.line')].map((l) => l.id),
				text: [...e.querySelectorAll('.line .text')].map((t) => t.textContent).join(' ')
			}))
		);
		expect(blocks.map((b) => b.id)).toEqual(pledges.map((p) => p.id));
		for (const [i, block] of blocks.entries()) {
			const pledge = pledges[i]!;
			expect(block.lines[0]).toBe(`L${pledge.lines[0]}`);
			expect(block.lines.at(-1)).toBe(`L${pledge.lines[1]}`);
			// The block shows the pledge's own words (the page keeps bullets and line breaks).
			expect(block.text.replace(/\s+/g, ' ')).toContain(
				pledge.text.split(' ').slice(0, 4).join(' ')
			);
		}
		await context.close();
	});

	it('scrolls a deep link to the cited line into view', async () => {
		const target = pledges.at(-1)?.lines[0] ?? doc.lines.length;
		const { context } = await newContext(browser, 'phone');
		const page = await context.newPage();
		await page.goto(`${baseURL()}/kilder/${doc.meta.id}/#L${target}`);
		const box = await page.locator(`#L${target}`).boundingBox();
		expect(box).not.toBeNull();
		expect(box!.y).toBeGreaterThanOrEqual(0);
		expect(box!.y).toBeLessThan(844);
		await context.close();
	});
});

describe.each(COMBOS)('every page at %s in %s mode', (viewport, scheme) => {
	it.each(pages)(
		'$name: no axe violations, no horizontal scroll, no third-party requests',
		async ({ name, path }) => {
			const { context, page, errors, foreignRequests } = await openPage(
				browser,
				path,
				viewport,
				scheme
			);
			expect(await axeViolations(page)).toEqual([]);
			expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
			expect(foreignRequests).toEqual([]);
			expect(errors).toEqual([]);
			await screenshot(page, `${name}-${viewport}-${scheme}`);
			await context.close();
		}
	);
});

/** A stored record for `edition`: the first `answered` statements it asks answered "Enig". */
/** The page's errors and its axe violations, after a screenshot for /work/shots11. */
async function checked(page: Page, name: string, errors: string[]) {
	await screenshot(page, name);
	expect(await axeViolations(page)).toEqual([]);
	expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
	expect(errors).toEqual([]);
}

function collectErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (msg) => {
		if (msg.type() === 'error') errors.push(msg.text());
	});
	return errors;
}

describe.each(VIEWPORTS)('start page at %s', (viewport) => {
	const names = dataset.editions.map((e) => `Start valgomaten for ${e.name}`);

	/** Every area button is a link with its natural name, wholly inside the first screen. */
	async function expectButtonsAboveFold(page: Page) {
		for (const name of names) {
			const link = page.getByRole('link', { name, exact: true });
			await expect(link.count()).resolves.toBe(1);
			const box = (await link.boundingBox())!;
			expect(box.y).toBeGreaterThanOrEqual(0);
			expect(box.y + box.height).toBeLessThanOrEqual(HEIGHT[viewport]);
		}
	}

	it('shows the area buttons above the fold, named "Start valgomaten for …"', async () => {
		const { context } = await newContext(browser, viewport);
		const page = await context.newPage();
		await page.goto(`${baseURL()}/`);
		await expectButtonsAboveFold(page);
		// Nothing stored: the prerendered offer stays hidden once the page has looked.
		await page.locator('.editions[data-hydrated="true"]').waitFor();
		await expect(page.locator('[data-resume]').isVisible()).resolves.toBe(false);
		await context.close();
	});

	it.each<Scheme>(['light', 'dark'])(
		'offers "Fortsett der du slapp" with the area and the count to a returning voter (%s)',
		async (scheme) => {
			const total = askedStatements(
				dataset,
				dataset.editions.find((e) => e.id === 'oslo')!
			).length;
			const { context } = await newContext(browser, viewport, scheme);
			await seedStorage(context, STORAGE_KEY, storedRecord(dataset, 'oslo', 'answering', 7));
			const page = await context.newPage();
			const errors = collectErrors(page);
			await page.goto(`${baseURL()}/`);
			const resume = page.locator('[data-resume]');
			await resume.waitFor();
			await expect(
				resume.getByRole('heading', { name: 'Fortsett der du slapp' }).count()
			).resolves.toBe(1);
			expect(collapseWhitespace((await resume.textContent()) ?? '')).toContain(
				`Du har svart på 7 av ${total} påstander i Oslo.`
			);
			const link = resume.getByRole('link', { name: 'Fortsett valgomaten for Oslo' });
			expect(new URL((await link.getAttribute('href'))!, baseURL()).pathname).toBe('/oslo/');
			await expectButtonsAboveFold(page);
			await checked(page, `pages-resume-${viewport}-${scheme}`, errors);
			await context.close();
		}
	);

	it('offers the results to a voter who got there, and nothing for answers that no longer count', async () => {
		const { context } = await newContext(browser, viewport);
		await seedStorage(context, STORAGE_KEY, storedRecord(dataset, 'akershus', 'results', 3));
		const page = await context.newPage();
		await page.goto(`${baseURL()}/`);
		const link = page.getByRole('link', { name: 'Se resultatet ditt for Akershus' });
		await link.waitFor();
		await link.click();
		await page.waitForURL(`${baseURL()}/akershus/`);
		await hydrated(page);
		await expect(page.locator('h1').textContent()).resolves.toBe('Resultatet ditt');
		await context.close();

		const stale = await newContext(browser, viewport);
		const record = JSON.parse(storedRecord(dataset, 'akershus', 'answering', 3)) as QuizRecord;
		for (const answer of Object.values(record.answers)) answer.hash = 'changed';
		await seedStorage(stale.context, STORAGE_KEY, JSON.stringify(record));
		const fresh = await stale.context.newPage();
		await fresh.goto(`${baseURL()}/`);
		await fresh.locator('.editions[data-hydrated="true"]').waitFor();
		await expect(fresh.locator('[data-resume]').isVisible()).resolves.toBe(false);
		await stale.context.close();
	});

	it.each<Scheme>(['light', 'dark'])(
		'never shows an unknown ?omrade= value back: a fixed message names the areas (%s)',
		async (scheme) => {
			const sentence =
				'Dette er en lang setning som noen har limt inn i lenken <b>for å lure</b> leseren';
			const { context } = await newContext(browser, viewport, scheme);
			const page = await context.newPage();
			const errors = collectErrors(page);
			await page.goto(`${baseURL()}/?omrade=${encodeURIComponent(sentence)}`);
			const alert = page.getByRole('alert');
			await alert.waitFor();
			expect(await alert.textContent()).toBe(
				'Lenken viser til et område valgomaten ikke har. Velg Akershus eller Oslo.'
			);
			const body = (await page.locator('body').textContent()) ?? '';
			expect(body).not.toContain('lang setning');
			expect(body).not.toContain('lure');
			expect(await page.title()).not.toContain('setning');
			await checked(page, `pages-omrade-${viewport}-${scheme}`, errors);
			await context.close();
		}
	);
});

describe.each(VIEWPORTS)('source pages at %s', (viewport) => {
	/** A quote the Akershus results cite from a PDF (sp-akershus) over more than one line. */
	const cited = dataset.editions
		.find((e) => e.id === 'akershus')!
		.parties.flatMap((p) => Object.values(p.positions).flatMap((pos) => pos.sources))
		.find((s) => s.document === 'sp-akershus' && s.lines[1] > s.lines[0])!;

	/** The results page, stored answers to every statement. */
	async function results(context: BrowserContext): Promise<Page> {
		await seedStorage(context, STORAGE_KEY, storedRecord(dataset, 'akershus', 'results'));
		const page = await context.newPage();
		await page.goto(`${baseURL()}/akershus/`);
		await hydrated(page);
		return page;
	}

	/** The marked words inside the source page, joined. */
	async function markedWords(page: Page): Promise<{ text: string; lines: string[] }> {
		const marks = page.locator('mark');
		await marks.first().waitFor();
		const parts = await marks.evaluateAll((els) =>
			els.map((el) => ({ text: el.textContent ?? '', line: el.closest('.line')?.id ?? '' }))
		);
		return {
			text: collapseWhitespace(parts.map((p) => p.text).join(' ')),
			lines: [...new Set(parts.map((p) => p.line))]
		};
	}

	it.each<Scheme>(['light', 'dark'])(
		'highlights the quoted words inside the linked line and leads back to the results (%s)',
		async (scheme) => {
			const { context } = await newContext(browser, viewport, scheme);
			const page = await results(context);
			const errors = collectErrors(page);
			const href = `/kilder/sp-akershus/#L${cited.lines[0]}`;
			const link = page.locator(`a[href="${href}"]`).first();
			// The link may sit in a closed section of the results: click it as a voter would once open.
			await link.evaluate((a) => (a as HTMLAnchorElement).click());
			await page.waitForURL(`${baseURL()}${href}`);
			const marked = await markedWords(page);
			expect(marked.text).toBe(collapseWhitespace(cited.quote));
			expect(marked.lines[0]).toBe(`L${cited.lines[0]}`);
			expect(marked.lines.at(-1)).toBe(`L${cited.lines[1]}`);
			// The targeted line is on screen.
			const box = (await page.locator(`#L${cited.lines[0]}`).boundingBox())!;
			expect(box.y).toBeGreaterThanOrEqual(0);
			expect(box.y).toBeLessThan(HEIGHT[viewport]);
			// The way back stays on screen while reading.
			const back = page.getByRole('link', { name: 'Tilbake til resultatet ditt' });
			await expect(back.count()).resolves.toBe(2);
			const bar = (await back.last().boundingBox())!;
			expect(bar.y + bar.height).toBeLessThanOrEqual(HEIGHT[viewport]);
			await checked(page, `pages-source-quote-${viewport}-${scheme}`, errors);
			await back.last().click();
			await page.waitForURL(`${baseURL()}/akershus/`);
			await page.locator('h1', { hasText: 'Resultatet ditt' }).waitFor();
			await context.close();
		}
	);

	it('flows a PDF as paragraphs on a phone, each line keeping its anchor and printed number', async () => {
		const doc = seeds.documents.find((d) => d.meta.id === 'sp-akershus')!;
		const { context } = await newContext(browser, viewport);
		const page = await context.newPage();
		await page.goto(`${baseURL()}/kilder/${doc.meta.id}/#L${cited.lines[0]}`);
		// Directly arrived: the quote is marked, and there is no result to go back to.
		expect((await markedWords(page)).text).toBe(collapseWhitespace(cited.quote));
		await expect(page.locator('[data-back]').count()).resolves.toBe(0);
		const paragraphs = await page.locator('p.para').evaluateAll((ps) =>
			ps.map((p) => {
				const texts = [...p.querySelectorAll('.line .text')].filter((t) => t.textContent?.trim());
				// Pairs of lines where the next one starts on the row where this one ends.
				let shared = 0;
				for (let i = 1; i < texts.length; i++) {
					const end = [...texts[i - 1]!.getClientRects()].at(-1);
					const start = texts[i]!.getClientRects()[0];
					if (end && start && Math.abs(end.top - start.top) < 2) shared++;
				}
				return {
					lines: texts.length,
					shared,
					display: getComputedStyle(p.querySelector('.line')!).display
				};
			})
		);
		expect(paragraphs.every((p) => p.display === 'inline')).toBe(true);
		// Several paragraphs of three lines or more, whose lines run on in the same rows.
		const merged = paragraphs.filter((p) => p.lines >= 3);
		expect(merged.length).toBeGreaterThanOrEqual(4);
		const pairs = merged.reduce((n, p) => n + p.lines - 1, 0);
		expect(merged.reduce((n, p) => n + p.shared, 0)).toBeGreaterThanOrEqual(pairs / 2);
		await expectEveryLine(page, doc);
		await context.close();
	});
});
