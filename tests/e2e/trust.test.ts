/**
 * The trust context (content/site.yaml: publisher, occasion, last checked, corrections
 * contact) on the start page, the results and the methodology page, and a document's origin
 * (seeds/documents.yaml: url, retrieved) on the source pages. Expectations come from the
 * files the build read, so they hold for whatever a newsroom sets there.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { loadSite } from '../../src/lib/content/site/load.ts';
import { SITE_FIELDS, type SiteConfig } from '../../src/lib/content/site/schema.ts';
import { m } from '../../src/lib/messages/index.ts';
import { loadSeeds } from '../../src/lib/pledges/load.ts';
import {
	RECORD_SCHEMA,
	serialiseRecord,
	statementHash,
	STORAGE_KEY,
	type QuizRecord
} from '../../src/lib/quiz/index.ts';
import {
	baseURL,
	heading,
	horizontalOverflow,
	hydrated,
	launch,
	newContext,
	openPage,
	resultsDrawn,
	seedStorage
} from './browser.ts';

const site = loadSite();
const dataset = loadContent();
const seeds = loadSeeds();

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** What the page must show for the corrections contact. */
function contactText(config: SiteConfig): string {
	const contact = config.corrections;
	if (contact === null) return m.trust.unset.corrections;
	if (contact.kind === 'email') return contact.address;
	if (contact.kind === 'url') return contact.url;
	return contact.lines.join('\n');
}

/** Checks the "Om valgomaten" box against content/site.yaml. */
async function expectTrustBox(box: Locator) {
	await expect(box.isVisible()).resolves.toBe(true);
	await expect(box.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(m.trust.heading);
	const rows = await box
		.locator('dl > div')
		.evaluateAll((divs) =>
			divs.map((div) => [
				div.querySelector('dt')?.textContent?.trim(),
				(div.querySelector('dd') as HTMLElement | null)?.innerText.trim()
			])
		);
	expect(rows).toEqual(
		SITE_FIELDS.map((field) => [
			m.trust.labels[field],
			field === 'publisher'
				? m.trust.publisher(site.publisher)
				: field === 'occasion'
					? m.trust.occasion(site.occasion)
					: field === 'lastChecked'
						? m.trust.lastChecked(site.lastChecked)
						: contactText(site)
		])
	);
	const link = box.getByRole('link', { name: m.trust.howToCorrect });
	// Relative on a prerendered page, from the site's root on a hydrated one.
	const href = (await link.getAttribute('href'))!;
	expect(new URL(href, box.page().url()).href).toBe(
		new URL('/metode/#rettelser', box.page().url()).href
	);
}

describe('trust context', () => {
	it('is on the start page, and its link leads to how corrections are made', async () => {
		const { context, page, errors } = await openPage(browser, '/');
		await expectTrustBox(page.locator('[data-trust]'));
		await page.getByRole('link', { name: m.trust.howToCorrect }).click();
		await page.waitForURL('**/metode/#rettelser');
		await expect(page.locator('#rettelser').isVisible()).resolves.toBe(true);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('is under the results, and fits a 320 px screen', async () => {
		const edition = dataset.editions[0]!;
		const record: QuizRecord = {
			schema: RECORD_SCHEMA,
			dataset: dataset.version,
			edition: edition.id,
			step: 'results',
			index: 0,
			cleared: 0,
			answers: Object.fromEntries(
				dataset.statements.map((s, i) => [
					s.id,
					{ stance: i % 2 === 0 ? 1 : -1, important: false, hash: statementHash(s.text), rev: 1 }
				])
			)
		};
		const { context } = await newContext(browser, 'narrow');
		await seedStorage(context, STORAGE_KEY, serialiseRecord(record));
		const page: Page = await context.newPage();
		await page.goto(`${baseURL()}/${edition.id}/`);
		await hydrated(page);
		expect(await heading(page)).toBe(m.results.heading);
		// The results draw in parts; who publishes the valgomat comes with the last.
		await resultsDrawn(page);
		await expectTrustBox(page.locator('[data-trust]'));
		expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
		await context.close();
	});

	it('is in the methodology: who publishes it, and whom to contact for a correction', async () => {
		const { context, page } = await openPage(browser, '/metode/');
		const hvem = await page.locator('section:has(> h2#hvem)').innerText();
		expect(hvem).toContain(
			`Valgomaten er publisert av ${m.trust.publisher(site.publisher)}, og den er laget for ${m.trust.occasion(site.occasion)}.`
		);
		expect(hvem).toContain(
			`sist kontrollert mot dokumentene ${m.trust.lastChecked(site.lastChecked)}.`
		);
		const rettelser = page.locator('section:has(> h2#rettelser)');
		await expect(rettelser.innerText()).resolves.toContain(
			`Kontakt ${m.trust.publisher(site.publisher)}:`
		);
		await expect(rettelser.locator('[data-slot="corrections"]').innerText()).resolves.toBe(
			contactText(site)
		);
		await context.close();
	});

	it('shows an obvious placeholder exactly for each value left unset', async () => {
		// The committed content/site.yaml sets nothing (see the file), so the default build shows
		// all four; a newsroom's build shows none of them.
		const { context, page } = await openPage(browser, '/');
		const box = await page.locator('[data-trust]').innerText();
		for (const field of SITE_FIELDS) {
			expect(box.includes(m.trust.unset[field]), field).toBe(site[field] === null);
		}
		await context.close();
	});
});

describe('source pages', () => {
	it.each(seeds.documents.map((d) => [d.meta.id, d.meta] as const))(
		'%s says where the document comes from, as the metadata records it',
		async (id, meta) => {
			const { context, page, foreignRequests } = await openPage(browser, `/kilder/${id}/`);
			const origin = page.locator('article > header [data-origin]');
			const expected = [
				meta.url === undefined ? m.trust.noOriginal : `${m.trust.original}: ${meta.url}`,
				m.trust.retrieved(meta.retrieved)
			];
			await expect(origin.innerText()).resolves.toBe(expected.join('\n'));
			const links = await origin.getByRole('link').evaluateAll((anchors) =>
				anchors.map((a) => ({
					href: a.getAttribute('href'),
					rel: a.getAttribute('rel'),
					referrerpolicy: a.getAttribute('referrerpolicy')
				}))
			);
			expect(links).toEqual(
				meta.url === undefined
					? []
					: [{ href: meta.url, rel: 'noopener noreferrer', referrerpolicy: 'no-referrer' }]
			);
			// A link the voter may follow, not a request the page makes.
			expect(foreignRequests).toEqual([]);
			await context.close();
		}
	);
});
