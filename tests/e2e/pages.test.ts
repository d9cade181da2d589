import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeeds } from '../../src/lib/pledges/load.ts';
import {
	axeViolations,
	baseURL,
	horizontalOverflow,
	launch,
	newContext,
	screenshot,
	COMBOS,
	openPage
} from './browser.ts';

const seeds = loadSeeds();
const pages = [
	{ name: 'start', path: '/' },
	...seeds.documents.map((d) => ({ name: `kilde-${d.meta.id}`, path: `/kilder/${d.meta.id}/` }))
];

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
		const lineIds = await page.locator('.line').evaluateAll((els) => els.map((e) => e.id));
		expect(lineIds).toEqual(doc.lines.map((l) => `L${l.line}`));
		const printed = await page
			.locator('.line .printed')
			.evaluateAll((els) => els.map((e) => Number(e.textContent)));
		expect(printed).toEqual(doc.lines.flatMap((l) => (l.printed === null ? [] : [l.printed])));
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
