/**
 * The methodology page (`/metode/`), the scope sentence on the start page and the header
 * link. Every expectation is derived from the data, the scoring module or the Markdown
 * (content/methodology/nb.md, content/CHANGELOG.md), never copied from the page.
 */
import { readFileSync } from 'node:fs';
import { marked, type Tokens } from 'marked';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	EXAMPLE_ANSWERS,
	EXAMPLE_PARTIES,
	EXAMPLE_STATEMENTS
} from '../../src/lib/content/methodology/example.ts';
import { loadResolvedContent } from '../../src/lib/content/load.ts';
import { parseMethodology } from '../../src/lib/content/methodology/document.ts';
import { METHODOLOGY_MESSAGES, METHODOLOGY_SLOTS } from '../../src/lib/content/methodology/page.ts';
import { m } from '../../src/lib/messages/index.ts';
import { REGION_NAMES } from '../../src/lib/pledges/types.ts';
import {
	MIN_BASIS,
	applyChanges,
	prepareParties,
	rankParties,
	whatWouldChange
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
	COMBOS,
	openPage
} from './browser.ts';

const PATH = '/metode/';
/**
 * Opens the page and waits for its load event too: `openPage` waits for "networkidle" only,
 * which Playwright decides from requests alone (500 ms without one), so on a busy machine it
 * can come before the renderer has parsed the document, and axe then finds no <title>.
 */
async function open(viewport?: Viewport, scheme?: Scheme) {
	const opened = await openPage(browser, PATH, viewport, scheme);
	await opened.page.waitForLoadState('load');
	return opened;
}
const VIEWPORT_WIDTH: Record<Viewport, number> = { phone: 390, narrow: 320 };
const { dataset, seeds, positions } = loadResolvedContent();
const t = m.methodology;
/** The page's title and sections as the Markdown gives them. */
const markdown = parseMethodology(
	readFileSync('content/methodology/nb.md', 'utf8'),
	'content/methodology/nb.md',
	{ slots: METHODOLOGY_SLOTS, messages: METHODOLOGY_MESSAGES }
);
const sectionTitles = markdown.sections.map((s) => s.title);

/** Text as a voter reads it: whitespace (including no-break spaces) collapsed. */
const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
/** A number as the page writes it: decimal comma, true minus sign, at most three decimals. */
const num = (x: number) =>
	String(Number(x.toFixed(3)))
		.replace('.', ',')
		.replace('-', '−');
/** "Parti A" for party id `a`. */
const partyLabel = (id: string) => `Parti ${id.toUpperCase()}`;

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

const texts = (page: Page, selector: string) =>
	page.locator(selector).evaluateAll((els) => els.map((e) => e.textContent ?? ''));

describe('methodology page', () => {
	it('has the title, a table of contents and every section heading, each linked from the contents', async () => {
		const { context, page } = await open();
		expect(squash(await page.locator('h1').textContent())).toBe(markdown.title);
		expect(await page.title()).toBe(`${markdown.title} – ${m.site.shortName}`);
		const headings = (await texts(page, 'main h2')).map(squash);
		for (const title of sectionTitles) expect(headings).toContain(title);

		const toc = await page.locator('nav.toc a').evaluateAll((as) =>
			as.map((a) => ({
				text: a.textContent ?? '',
				hash: new URL((a as HTMLAnchorElement).href).hash
			}))
		);
		expect(toc.map((l) => squash(l.text))).toEqual(sectionTitles);
		expect(toc.map((l) => l.hash)).toEqual(markdown.sections.map((s) => `#${s.id}`));
		for (const link of toc) {
			const target = page.locator(`h2${link.hash}`);
			await expect(target.count()).resolves.toBe(1);
			expect(squash(await target.textContent())).toBe(squash(link.text));
		}
		await context.close();
	});

	it('lists every document with organisation, region and date, linking to its working source page', async () => {
		const { context, page } = await open();
		const items = page.locator('li.document');
		await expect(items.count()).resolves.toBe(seeds.documents.length);
		for (const { meta } of seeds.documents) {
			const item = page.locator(`li.document[data-document="${meta.id}"]`);
			const link = item.locator('a');
			expect(squash(await link.textContent())).toBe(meta.title);
			const href = await link.evaluate((a) => (a as HTMLAnchorElement).href);
			expect(new URL(href).pathname).toBe(`/kilder/${meta.id}/`);
			const text = squash(await item.textContent());
			expect(text).toContain(meta.organisation);
			expect(text).toContain(meta.region === null ? 'Hele landet' : REGION_NAMES[meta.region]);
			if (meta.published === 'unknown') expect(text).toContain('Dato ikke oppgitt');
			else {
				const [y, mo, d] = meta.published.split('-');
				expect(text).toContain(`${Number(d)}.${Number(mo)}.${y}`);
			}
			const res = await context.request.get(href);
			expect(res.status()).toBe(200);
			expect(await res.text()).toContain(meta.title);
		}
		await context.close();
	});

	it('names the parties and topics and shows which documents apply in which edition', async () => {
		const { context, page } = await open();
		const scope = squash(await page.locator('section:has(#omfang)').textContent());
		for (const party of seeds.metadata.parties) expect(scope).toContain(party.name);
		for (const topic of dataset.topics) expect(scope).toContain(topic.name);
		expect(scope).toContain(`${dataset.statements.length} påstander`);
		for (const edition of dataset.editions) {
			const block = page.locator(`.edition[data-edition="${edition.id}"]`);
			expect(squash(await block.locator('h4').textContent())).toContain(edition.name);
			await expect(block.locator('li').count()).resolves.toBe(edition.parties.length);
			for (const p of edition.parties) {
				const line = squash(await block.locator(`li[data-party="${p.party.id}"]`).textContent());
				expect(line).toContain(p.party.name);
				for (const id of p.documents) {
					const title = seeds.metadata.documents.find((d) => d.id === id)!.title;
					expect(line).toContain(`«${title}»`);
				}
				expect(line).toContain(`${Object.keys(p.positions).length} påstander`);
			}
		}
		await context.close();
	});

	it('gives the pledge count per document, the direction balance and the quote count from the data', async () => {
		const { context, page } = await open();
		for (const { meta } of seeds.documents) {
			const count = seeds.pledges.filter((p) => p.document === meta.id).length;
			const line = page.locator(`.pledge-counts li[data-document="${meta.id}"] .count`);
			expect(squash(await line.textContent())).toBe(t.pledges.count(count));
		}
		const direction = (d: string) => dataset.statements.filter((s) => s.direction === d).length;
		const section = squash(await page.locator('section:has(#pastander)').textContent());
		const balance = /I (\d+) betyr enig .*?, i (\d+) betyr enig mindre, og (\d+) handler/.exec(
			section
		);
		expect(balance?.slice(1).map(Number)).toEqual([
			direction('more-public'),
			direction('less-public'),
			direction('other')
		]);
		const quotes = positions.reduce((n, p) => n + p.sources.length, 0);
		expect(section).toContain(`${positions.length} standpunkter med ${quotes} sitater`);
		const ties = squash(await page.locator('section:has(#likt)').textContent());
		expect(ties).toContain(`minst ${m.count(MIN_BASIS)} påstander i grunnlaget`);
		await context.close();
	});

	it("shows a worked example whose numbers equal the scoring module's rankParties output", async () => {
		const prepared = prepareParties(EXAMPLE_STATEMENTS, EXAMPLE_PARTIES);
		const result = rankParties(prepared, EXAMPLE_ANSWERS);
		// The example is meant to show every rule at once; fail loudly if it stops doing so.
		expect(Object.values(EXAMPLE_ANSWERS).some((a) => a.stance === null)).toBe(true);
		expect(Object.values(EXAMPLE_ANSWERS).some((a) => a.important)).toBe(true);
		expect(result.entries.some((e) => e.flag === 'too-little-basis')).toBe(true);

		const { context, page } = await open();
		// The ranking table: order, rank, percent, basis and flag.
		const rows = page.locator('table.ranking tbody tr');
		await expect(rows.count()).resolves.toBe(result.entries.length);
		for (const [i, entry] of result.entries.entries()) {
			const row = rows.nth(i);
			expect(await row.getAttribute('data-party')).toBe(entry.partyId);
			expect(squash(await row.locator('.name').textContent())).toBe(partyLabel(entry.partyId));
			expect(squash(await row.locator('.rank').textContent())).toBe(
				entry.rank === null ? '–' : String(entry.rank)
			);
			expect(squash(await row.locator('.percent').textContent())).toBe(
				entry.percent === null ? '–' : `${entry.percent} %`
			);
			expect(squash(await row.locator('.basis').textContent())).toBe(String(entry.basis));
			const note = squash(await row.locator('.note').textContent());
			if (entry.flag === 'too-little-basis') expect(note).toBe('for lite grunnlag');
			else if (result.topMatches.includes(entry.partyId)) expect(note).toBe('beste treff');
			else expect(note).toBe('');
		}

		// Each party's calculation: every statement's agreement and weight, and the sums.
		for (const party of EXAMPLE_PARTIES) {
			const entry = result.entries.find((e) => e.partyId === party.id)!;
			const table = page.locator(`table.party[data-party="${party.id}"]`);
			for (const [i, id] of EXAMPLE_STATEMENTS.entries()) {
				const row = table.locator(`tbody tr[data-statement="${i + 1}"]`);
				const answer = EXAMPLE_ANSWERS[id];
				const position = party.positions[id] ?? null;
				if (!answer || answer.stance === null || position === null) {
					await expect(row.locator('.not-counted').count()).resolves.toBe(1);
					continue;
				}
				const d = Math.abs(answer.stance - position);
				const a = 1 - d / 4;
				const w = answer.important ? 2 : 1;
				expect(squash(await row.locator('.distance').textContent())).toBe(String(d));
				expect(squash(await row.locator('.agreement').textContent())).toBe(num(a));
				expect(squash(await row.locator('.weight').textContent())).toBe(String(w));
				expect(squash(await row.locator('.weighted').textContent())).toBe(num(w * a));
			}
			expect(squash(await table.locator('.sum-weight').textContent())).toBe(String(entry.weight));
			expect(squash(await table.locator('.sum-weighted').textContent())).toBe(
				num(entry.numerator / 4)
			);
			const summary = squash(
				await page.locator(`p.result[data-party="${party.id}"]`).textContent()
			);
			expect(summary).toContain(`${num(entry.numerator / 4)} / ${entry.weight}`);
			expect(summary).toContain(num(entry.score!));
			expect(summary).toContain(`${entry.percent} %`);
			expect(summary).toContain(`Grunnlaget er ${entry.basis} påstand`);
		}

		// The tie margin and the "what would change" illustration.
		const weights = EXAMPLE_STATEMENTS.flatMap((id) => {
			const answer = EXAMPLE_ANSWERS[id];
			return answer && answer.stance !== null ? [answer.important ? 2 : 1] : [];
		});
		expect(weights.reduce((a, b) => a + b, 0)).toBe(result.totalWeight);
		const explanation = squash(await page.locator('section:has(#utregning)').textContent());
		expect(explanation).toContain(`W = ${weights.join(' + ')} = ${result.totalWeight}`);
		expect(explanation).toContain(`1/W = ${num(1 / result.totalWeight)}`);
		const flip = whatWouldChange(result);
		expect(flip.kind).toBe('change');
		if (flip.kind === 'change') {
			const after = rankParties(prepared, applyChanges(EXAMPLE_ANSWERS, flip.changes));
			const top = after.entries.find((e) => e.partyId === flip.newTop)!;
			const text = squash(await page.locator('section:has(#endringer)').textContent());
			expect(text).toContain(`${partyLabel(flip.newTop)} ${top.percent} %`);
			for (const change of flip.changes) {
				expect(text).toContain(`påstand ${EXAMPLE_STATEMENTS.indexOf(change.statementId) + 1}`);
			}
		}
		await context.close();
	});

	it('links to the open data, which is served with the right types, and shows the dataset version', async () => {
		const { context, page } = await open();
		expect(squash(await page.locator('section:has(#apne-data) code').textContent())).toBe(
			dataset.version
		);

		const jsonHref = await page
			.locator('a[data-format="json"]')
			.evaluate((a) => (a as HTMLAnchorElement).href);
		expect(new URL(jsonHref).pathname).toBe('/data/valgomat.json');
		const json = await context.request.get(jsonHref);
		expect(json.status()).toBe(200);
		expect(json.headers()['content-type']).toContain('application/json');
		expect((await json.json()).version).toBe(dataset.version);

		const csvHref = await page
			.locator('a[data-format="csv"]')
			.evaluate((a) => (a as HTMLAnchorElement).href);
		expect(new URL(csvHref).pathname).toBe('/data/valgomat.csv');
		const csv = await context.request.get(csvHref);
		expect(csv.status()).toBe(200);
		expect(csv.headers()['content-type']).toContain('text/csv');
		const body = await csv.body();
		expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(body.subarray(3).toString('utf8').split('\r\n')[0]).toContain(';');
		await context.close();
	});

	it('renders the content changelog: every dated entry and every table row', async () => {
		const markdown = readFileSync('content/CHANGELOG.md', 'utf8');
		const start = markdown.search(/^## \d{4}-\d{2}-\d{2}/m);
		expect(start).toBeGreaterThanOrEqual(0);
		const tokens = marked.lexer(markdown.slice(start));
		const dates: string[] = [];
		const rows: string[][] = [];
		marked.walkTokens(tokens, (token) => {
			if (token.type === 'heading' && (token as Tokens.Heading).depth === 2) {
				dates.push((token as Tokens.Heading).text);
			}
			if (token.type === 'table') {
				for (const row of (token as Tokens.Table).rows) rows.push(row.map((c) => c.text));
			}
		});
		expect(dates.length).toBeGreaterThan(0);
		expect(rows.length).toBeGreaterThan(0);

		const { context, page } = await open();
		const headings = (await texts(page, '.changelog h3')).map(squash);
		expect(headings).toEqual(dates);
		const cells = await page
			.locator('.changelog tbody tr')
			.evaluateAll((trs) =>
				trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''))
			);
		expect(cells.length).toBe(rows.length);
		const plain = (s: string) => squash(s.replace(/`/g, '').replace(/\*\*/g, ''));
		expect(cells.map((r) => r.map(squash))).toEqual(rows.map((r) => r.map(plain)));
		await context.close();
	});
});

describe.each(COMBOS)('methodology page at %s in %s mode', (viewport, scheme) => {
	it('has no axe violations, no horizontal scroll, no third-party requests, no errors', async () => {
		const { context, page, errors, foreignRequests } = await open(viewport, scheme);
		expect(await axeViolations(page)).toEqual([]);
		expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
		expect(foreignRequests).toEqual([]);
		expect(errors).toEqual([]);
		await screenshot(page, `metode-${viewport}-${scheme}`);
		await context.close();
	});
});

describe('methodology page on a desktop screen', () => {
	it.each(['light', 'dark'] as const)(
		'has no horizontal scroll at 1280 px (%s)',
		async (scheme) => {
			const context = await browser.newContext({
				viewport: { width: 1280, height: 900 },
				colorScheme: scheme,
				locale: 'nb-NO'
			});
			const page = await context.newPage();
			await page.goto(`${baseURL()}${PATH}`, { waitUntil: 'load' });
			await page.waitForLoadState('networkidle');
			expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
			// Nothing inside the content column is wider than the column.
			const wide = await page.evaluate(() => {
				const main = document.querySelector('main')!.getBoundingClientRect();
				return [...document.querySelectorAll('main *')]
					.filter((e) => e.getBoundingClientRect().right > main.right + 1)
					.map((e) => e.tagName + '.' + e.className);
			});
			expect(wide).toEqual([]);
			await screenshot(page, `metode-desktop-${scheme}`);
			await context.close();
		}
	);
});

describe('start page and header', () => {
	it('states the scope from the data and links to the methodology', async () => {
		const { context } = await newContext(browser, 'phone');
		const tab = await context.newPage();
		await tab.goto(`${baseURL()}/`);
		const scope = squash(await tab.locator('main p.scope').textContent());
		expect(scope).toBe(
			squash(
				`${t.home.scope(
					[...seeds.metadata.parties]
						.sort((a, b) => new Intl.Collator('nb').compare(a.name, b.name))
						.map((p) => p.name),
					seeds.documents.length
				)} ${t.home.link}`
			)
		);
		await tab.locator('main p.scope a').click();
		await tab.waitForURL(`${baseURL()}${PATH}`);
		expect(squash(await tab.locator('h1').textContent())).toBe(markdown.title);
		await context.close();
	});

	it.each(['phone', 'narrow'] as const)(
		'has a header link to the methodology with a 44 px target that works (%s)',
		async (viewport) => {
			const { context } = await newContext(browser, viewport);
			const tab = await context.newPage();
			await tab.goto(`${baseURL()}/`);
			const link = tab.getByRole('navigation', { name: m.site.navLabel }).getByRole('link', {
				name: t.navLink
			});
			const box = await link.boundingBox();
			expect(box).not.toBeNull();
			expect(box!.height).toBeGreaterThanOrEqual(44);
			expect(box!.x).toBeGreaterThanOrEqual(0);
			expect(box!.x + box!.width).toBeLessThanOrEqual(VIEWPORT_WIDTH[viewport]);
			expect(await horizontalOverflow(tab)).toBeLessThanOrEqual(0);
			await link.click();
			await tab.waitForURL(`${baseURL()}${PATH}`);
			expect(squash(await tab.locator('h1').textContent())).toBe(markdown.title);
			// The link marks the page once the navigation has settled (not in the same frame as h1;
			// on a busy machine that can take longer than a poll's default second, so it is awaited
			// as the page's own state, up to the test's time).
			await tab
				.getByRole('navigation', { name: m.site.navLabel })
				.locator('a[aria-current="page"]')
				.waitFor();
			expect(await link.getAttribute('aria-current')).toBe('page');
			await context.close();
		}
	);
});
