/**
 * Sharing a result (issue 12): the quiz answered through the UI, shared, and the link opened in
 * a fresh browser context with the same percentages; compared with a second voter; stale,
 * truncated and garbage links; no part of the code in any request; the preview pages' Open
 * Graph tags and images; the downloadable image; the share chain inside an iframe without
 * permissions.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askedStatements } from '../../src/lib/content/editions.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { prepareEdition } from '../../src/lib/content/scoring-input.ts';
import { hash7 } from '../../src/lib/hash.ts';
import { loadLaterMessages, m } from '../../src/lib/messages/index.ts';
import { STORAGE_KEY, serialiseRecord, type QuizRecord } from '../../src/lib/quiz/index.ts';
import { resultsView } from '../../src/lib/results/index.ts';
import { rankParties, type Answers, type Stance } from '../../src/lib/scoring/index.ts';
import { encodeShare } from '../../src/lib/share/index.ts';
import { earlierDataset, rewordedStatement } from './layouts.ts';
import {
	COMBOS,
	axeViolations,
	baseURL,
	codeLeaks,
	heading,
	horizontalOverflow,
	hydrated,
	launch,
	layoutShifts,
	newContext,
	recordLayoutShifts,
	recordRequest,
	resultsDrawn,
	screenshot,
	seedStorage,
	type SentRequest,
	type Viewport
} from './browser.ts';

const dataset = loadContent();
const akershus = dataset.editions.find((e) => e.id === 'akershus')!;
const statements = askedStatements(dataset, akershus);

let browser: Browser;
/** Every request of every context in this file: its address and body. */
const requests: SentRequest[] = [];
const record = recordRequest(requests);

beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** A context that records its requests and collects page and console errors. */
async function context(
	viewport: 'phone' | 'narrow' = 'phone',
	scheme: 'light' | 'dark' = 'light'
): Promise<{ context: BrowserContext; errors: string[]; foreign: string[] }> {
	const { context, foreignRequests } = await newContext(browser, viewport, scheme);
	const errors: string[] = [];
	context.on('request', record);
	context.on('page', (page) => {
		page.on('pageerror', (e) => errors.push(e.message));
		page.on('console', (msg) => {
			if (msg.type() === 'error') errors.push(msg.text());
		});
	});
	return { context, errors, foreign: foreignRequests };
}

/** The percentages the scoring module gives `answers`, per party, as the page writes them. */
function percents(answers: Answers): Record<string, string | null> {
	const ids = statements.map((s) => s.id);
	return Object.fromEntries(
		rankParties(prepareEdition(akershus, ids), answers).entries.map((e) => [
			e.partyId,
			e.percent === null ? null : m.format.percent(e.percent)
		])
	);
}

/** Party → percentage as the ranking table shows it. */
function shownPercents(page: Page): Promise<Record<string, string | null>> {
	return page
		.locator('.results-table tbody tr[data-party]')
		.evaluateAll((rows) =>
			Object.fromEntries(
				rows.map((row) => [
					(row as HTMLElement).dataset.party,
					row.querySelector('.pct')?.textContent?.trim() ?? null
				])
			)
		);
}

/** Width and height of a PNG, after checking its signature. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
	expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	expect(new TextDecoder().decode(bytes.subarray(12, 16))).toBe('IHDR');
	return { width: view.getUint32(16), height: view.getUint32(20) };
}

const stances: Stance[] = [2, -1, 1, -2, 0, 1, 2];
/** The first voter's answers, given through the UI: some skipped, some important. */
const first: Record<string, { stance: Stance | null; important: boolean }> = Object.fromEntries(
	statements.map((s, i) => [
		s.id,
		{ stance: i % 6 === 4 ? null : stances[i % stances.length]!, important: i % 5 === 1 }
	])
);
/** The second voter's: another pattern, stored as a page that saved it leaves it. */
const second: Answers = Object.fromEntries(
	statements.map((s, i) => [s.id, { stance: stances[(i + 3) % stances.length]!, important: false }])
);
const secondRecord: QuizRecord = {
	schema: 4,
	dataset: dataset.version,
	edition: 'akershus',
	step: 'results',
	index: 0,
	cleared: 0,
	answers: Object.fromEntries(
		statements.map((s) => [s.id, { ...second[s.id]!, hash: hash7(s.text), rev: 1 }])
	)
};

describe('sharing a result', () => {
	let link = '';
	let code = '';

	it('shares the answered quiz as a link that opens with the same percentages in a fresh context', async () => {
		const { context: mine, errors, foreign } = await context();
		await mine.grantPermissions(['clipboard-read', 'clipboard-write'], {
			origin: new URL(baseURL()).origin
		});
		const page = await mine.newPage();
		await page.goto(`${baseURL()}/akershus/`);
		await hydrated(page);
		await page.getByRole('button', { name: m.quiz.start }).click();
		for (const statement of statements) {
			expect(await heading(page)).toBe(statement.text);
			const answer = first[statement.id]!;
			if (answer.important) await page.getByRole('button', { name: /Viktig for meg/ }).click();
			if (answer.stance === null) await page.getByRole('button', { name: 'Hopp over' }).click();
			else await page.getByRole('button', { name: m.stance[answer.stance], exact: true }).click();
		}
		await expect(heading(page)).resolves.toBe(m.results.heading);
		// The results come in parts after their heading (the table with the chart is one).
		await resultsDrawn(page);
		const expected = percents(first);
		await expect(shownPercents(page)).resolves.toEqual(expected);

		// The share section is imported after the rest of the results have drawn: waited for.
		const share = page.locator('[data-share]');
		await share.getByText(m.share.contains).waitFor({ state: 'visible' });
		await share.getByRole('button', { name: m.share.shareButton }).click();
		await expect.poll(() => share.getByRole('status').textContent()).toBe(m.share.copied);
		link = await page.evaluate(() => navigator.clipboard.readText());
		const url = new URL(link);
		code = url.hash.slice(1);
		const { verdict } = resultsView(dataset, akershus, first);
		const top = verdict.kind === 'top' ? `${verdict.party.id}/` : '';
		expect(url.origin + url.pathname).toBe(`${baseURL()}/akershus/resultat/${top}`);
		expect(code).toBe(encodeShare(dataset, akershus, first));
		expect(code).toHaveLength(26);

		for (const [format, size] of [
			['story', { width: 1080, height: 1920 }],
			['square', { width: 1080, height: 1080 }]
		] as const) {
			const [download] = await Promise.all([
				page.waitForEvent('download'),
				share.getByRole('button', { name: m.share.downloads[format] }).click()
			]);
			expect(download.suggestedFilename()).toBe(m.share.fileName('akershus', format));
			expect(pngSize(readFileSync(await download.path()))).toEqual(size);
		}
		await screenshot(page, 'share-results-phone-light');
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
		await mine.close();

		const fresh = await context();
		const shared = await fresh.context.newPage();
		await shared.goto(link);
		await shared.locator('.results-table').waitFor({ state: 'attached' });
		expect(await heading(shared)).toBe(m.share.sharedHeading);
		await expect(shownPercents(shared)).resolves.toEqual(expected);
		// No answers of its own in this context: no comparison yet, and nothing was stored.
		await expect(shared.getByText(m.share.compareLater).isVisible()).resolves.toBe(true);
		await expect(shared.evaluate(() => localStorage.length)).resolves.toBe(0);
		await expect(
			shared.getByRole('link', { name: m.share.takeQuiz }).getAttribute('href')
		).resolves.toMatch(/akershus\/$/);
		expect(fresh.errors).toEqual([]);
		expect(fresh.foreign).toEqual([]);
		await fresh.context.close();
	});

	it('compares the shared result with a second voter, party by party and statement by statement', async () => {
		const { context: theirs, errors } = await context();
		await seedStorage(theirs, STORAGE_KEY, serialiseRecord(secondRecord));
		const page = await theirs.newPage();
		await page.goto(link);
		await page.getByRole('button', { name: m.share.compareButton }).click();
		const friend = page.locator('[data-friend]');
		const columns = (cell: string) =>
			friend
				.locator('tbody tr')
				.evaluateAll(
					(rows, selector) =>
						Object.fromEntries(
							rows.map((row) => [
								(row as HTMLElement).dataset.party,
								row.querySelector(selector)!.textContent!.trim()
							])
						),
					cell
				);
		const text = (p: Record<string, string | null>) =>
			Object.fromEntries(Object.entries(p).map(([k, v]) => [k, v ?? 'ingen felles påstander']));
		await expect(columns('[data-theirs]')).resolves.toEqual(text(percents(first)));
		await expect(columns('[data-mine]')).resolves.toEqual(text(percents(second)));
		const differing = statements
			.filter((s) => first[s.id]!.stance !== second[s.id]!.stance)
			.map((s) => s.id);
		expect(differing.length).toBeGreaterThan(0);
		await expect(
			friend
				.locator('li[data-statement]')
				.evaluateAll((els) => els.map((el) => el.getAttribute('data-statement')))
		).resolves.toEqual(differing);
		// Both answers, the sharer's importance marked as theirs.
		await expect(
			friend.locator('li[data-statement] .answers dd').allTextContents()
		).resolves.toEqual(
			differing.flatMap((id) => [
				// The code keeps no difference between a skip and no answer.
				m.share.sharedAnswerText(first[id]!.stance === null ? null : first[id]!),
				m.answerWithImportance(second[id]!)
			])
		);
		// The visitor's own record is untouched.
		await expect(page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).resolves.toBe(
			serialiseRecord(secondRecord)
		);
		expect(await axeViolations(page)).toEqual([]);
		expect(errors).toEqual([]);
		await theirs.close();
	});

	it('opens a link from an older dataset, and explains truncated, garbage and missing codes', async () => {
		const { context: visitor, errors } = await context();
		const page = await visitor.newPage();
		const stale = encodeShare({ ...dataset, version: 'older' }, akershus, first);
		await page.goto(link.replace(/#.*/, `#${stale}`));
		await page.locator('[data-share-updated]').waitFor();
		// Positions corrected since, the same statements: every answer counts.
		await expect(page.locator('[data-share-updated]').textContent()).resolves.toBe(
			m.share.updated(0)
		);
		await expect(shownPercents(page)).resolves.toEqual(percents(first));

		// Made against an earlier list of statements (the first one reworded since, registered
		// in the build by global-setup.ts): the other answers are kept.
		const reworded = rewordedStatement(dataset);
		const kept = Object.fromEntries(Object.entries(first).filter(([id]) => id !== reworded));
		expect(Object.keys(kept).length).toBeLessThan(Object.keys(first).length);
		const earlier = await visitor.newPage();
		await earlier.goto(
			link.replace(/#.*/, `#${encodeShare(earlierDataset(dataset), akershus, first)}`)
		);
		await earlier.locator('[data-share-updated]').waitFor();
		// The one answer to the reworded statement is left out, and the notice says so.
		await expect(earlier.locator('[data-share-updated]').textContent()).resolves.toBe(
			m.share.updated(Object.keys(first).length - Object.keys(kept).length)
		);
		await expect(earlier.locator('[data-share-updated]').textContent()).resolves.toContain(
			'Lenken hadde ett svar'
		);
		await expect(shownPercents(earlier)).resolves.toEqual(percents(kept));
		await expect(shownPercents(earlier)).resolves.not.toEqual(percents(first));
		await earlier.close();

		const bad: [string, keyof typeof m.share.errors][] = [
			[code.slice(0, -4), 'truncated'],
			['hei-p%C3%A5-deg!', 'garbage'],
			['', 'empty']
		];
		for (const [fragment, error] of bad) {
			// A new page each time: a fragment change alone does not reload.
			const next = await visitor.newPage();
			await next.goto(`${baseURL()}/akershus/resultat/#${fragment}`);
			const alert = next.locator(`[data-share-error="${error}"]`);
			await alert.waitFor();
			await expect(alert.locator('h2').textContent()).resolves.toBe(m.share.errors[error].title);
			await expect(next.getByRole('link', { name: m.share.takeQuiz }).isVisible()).resolves.toBe(
				true
			);
			await next.close();
		}
		// A party the edition does not have: the Norwegian 404, with a way to the start.
		const missing = await visitor.newPage();
		await missing.goto(`${baseURL()}/akershus/resultat/finnes-ikke/#${code}`);
		await expect(heading(missing)).resolves.toBe(m.site.errors.notFound.title);
		await expect(
			missing.getByRole('link', { name: m.site.errors.toStart }).isVisible()
		).resolves.toBe(true);
		expect(errors.filter((e) => !/404/.test(e))).toEqual([]);
		await visitor.close();
	});

	it('falls back to a field with the link inside an iframe without share or clipboard permission', async () => {
		const { context: host, errors } = await context();
		// A host page of another origin (a blank page, not one of ours, whose Content-Security-Policy
		// frames nothing from elsewhere), embedding the quiz without `allow="web-share; clipboard-write"`.
		const page = await host.newPage();
		await page.setContent(
			`<iframe title="Valgomat" src="${baseURL()}/akershus/" width="390" height="800"></iframe>`
		);
		const frame = page.frameLocator('iframe');
		await frame.locator('.quiz[data-hydrated="true"]').waitFor();
		await frame.getByRole('button', { name: m.quiz.start }).click();
		for (const statement of statements) {
			await frame.getByRole('heading', { level: 1, name: statement.text }).waitFor();
			await frame.getByRole('button', { name: m.stance[2], exact: true }).click();
		}
		await frame.getByRole('button', { name: m.share.shareButton }).click();
		const field = frame.getByRole('textbox', { name: m.share.manualLabel });
		const shared = new URL(await field.inputValue());
		expect(shared.origin).toBe(new URL(baseURL()).origin);
		expect(shared.pathname).toMatch(/^\/akershus\/resultat\//);
		expect(shared.hash).toMatch(/^#1[A-Za-z0-9_-]{25}$/);
		expect(errors).toEqual([]);
		await host.close();
	});

	it('sent no part of any code in a request address or body', () => {
		const codes = [code, encodeShare({ ...dataset, version: 'older' }, akershus, first)];
		expect(requests.length).toBeGreaterThan(20);
		expect(codeLeaks(requests, codes, 8)).toEqual([]);
	});
});

describe('the preview pages', () => {
	it('have Open Graph and Twitter tags for every edition and party, with 1200 × 630 images', async () => {
		const pages = dataset.editions.flatMap((edition) => [
			{ path: `/${edition.id}/resultat/`, party: null },
			...edition.parties.map(({ party }) => ({
				path: `/${edition.id}/resultat/${party.id}/`,
				party: party.name
			}))
		]);
		for (const { path, party } of pages) {
			const html = await (await fetch(`${baseURL()}${path}`)).text();
			const meta = (key: string) =>
				new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];
			const title = m.share.preview.title(party);
			expect(meta('og:title')).toBe(title);
			expect(meta('og:type')).toBe('website');
			expect(meta('og:url')).toBe(path);
			expect(meta('og:image')).toBe(`${path}bilde.png`);
			expect(meta('og:image:width')).toBe('1200');
			expect(meta('og:image:height')).toBe('630');
			expect(meta('og:image:alt')).toMatch(title);
			expect(meta('twitter:card')).toBe('summary_large_image');
			expect(meta('twitter:image')).toBe(meta('og:image'));
			const image = await fetch(`${baseURL()}${meta('og:image')}`);
			expect(image.headers.get('content-type')).toBe('image/png');
			expect(pngSize(new Uint8Array(await image.arrayBuffer()))).toEqual({
				width: 1200,
				height: 630
			});
		}
	});

	it('in nynorsk and English, point to themselves in their language and to the one image', async () => {
		const nn = await loadLaterMessages('nn');
		const en = await loadLaterMessages('en');
		for (const [prefix, words] of [
			['/nn', nn],
			['/en', en]
		] as const) {
			for (const { party } of akershus.parties) {
				const path = `${prefix}/akershus/resultat/${party.id}/`;
				const html = await (await fetch(`${baseURL()}${path}`)).text();
				const meta = (key: string) =>
					new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];
				expect(meta('og:url')).toBe(path);
				expect(meta('og:title')).toBe(words.share.preview.title(party.name));
				expect(meta('og:image')).toBe(`/akershus/resultat/${party.id}/bilde.png`);
			}
		}
	});

	it.each(COMBOS)(
		'the shared result and the share section read at %s, %s',
		async (viewport, scheme) => {
			const { context: visitor, errors } = await context(viewport, scheme);
			await seedStorage(visitor, STORAGE_KEY, serialiseRecord(secondRecord));
			const page = await visitor.newPage();
			await page.goto(`${baseURL()}/akershus/`);
			await hydrated(page);
			await page.locator('[data-share]').waitFor();
			expect(await horizontalOverflow(page)).toBe(0);
			await page.locator('[data-share]').scrollIntoViewIfNeeded();
			await page.screenshot({
				path: `test-results/screenshots/share-section-${viewport}-${scheme}.png`
			});
			const shared = await visitor.newPage();
			await shared.goto(`${baseURL()}/akershus/resultat/#${encodeShare(dataset, akershus, first)}`);
			await shared.getByRole('button', { name: m.share.compareButton }).click();
			await shared.locator('[data-friend]').waitFor();
			expect(await horizontalOverflow(shared)).toBe(0);
			expect(await axeViolations(shared)).toEqual([]);
			await screenshot(shared, `shared-result-${viewport}-${scheme}`);
			// The screen a visitor sees first, and the comparison's table, for a person to look at.
			await shared.evaluate(() => window.scrollTo(0, 0));
			await shared.screenshot({
				path: `test-results/screenshots/shared-top-${viewport}-${scheme}.png`
			});
			await shared.locator('[data-friend] h2').evaluate((h) => h.scrollIntoView());
			await shared.screenshot({
				path: `test-results/screenshots/shared-compare-${viewport}-${scheme}.png`
			});
			expect(errors).toEqual([]);
			await visitor.close();
		}
	);
});

describe('a shared link’s page', () => {
	const link = () => `${baseURL()}/akershus/resultat/#${encodeShare(dataset, akershus, first)}`;
	/** The built file of the bokmål dataset, which the quiz's results load too (Vite's manifest). */
	const datasetFile = () => {
		const manifest = JSON.parse(
			readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')
		) as Record<string, { file: string }>;
		return `/${manifest['virtual:valgomat/dataset/nb']!.file}`;
	};
	/** A party's quote in the dataset: it comes with the dataset file, not in the page. */
	const quote = akershus.parties
		.flatMap(({ positions }) => Object.values(positions))
		.flatMap((position) => position.sources.map((source) => source.quote))
		.find((text) => /^[\p{L} ,.-]{40}/u.test(text))!
		.slice(0, 40);

	it.each<Viewport>(['phone', 'narrow'])(
		'loads the dataset file the quiz uses, and nothing on the page moves as the result comes in, at %s width',
		async (viewport) => {
			const { context: visitor, errors } = await context(viewport);
			await recordLayoutShifts(visitor);
			const page = await visitor.newPage();
			// The dataset is held back until the page has painted «Leser svarene i lenken …».
			let release!: () => void;
			const released = new Promise<void>((resolve) => (release = resolve));
			let fetched = 0;
			await page.route(`**${datasetFile()}`, async (route) => {
				fetched++;
				await released;
				await route.continue();
			});
			const html = await (await page.goto(link()))!.text();
			expect(quote).toHaveLength(40);
			expect(html).not.toContain(quote);
			await page.locator('[data-shared-result] .loading[role="status"]').waitFor();
			await page.evaluate(
				() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
			);
			// What follows the result (the way to the quiz) is below the screen while it loads.
			const take = await page.locator('[data-take-quiz]').boundingBox();
			expect(take!.y).toBeGreaterThanOrEqual(page.viewportSize()!.height);
			release();
			await resultsDrawn(page);
			await expect(shownPercents(page)).resolves.toEqual(percents(first));
			await expect(layoutShifts(page)).resolves.toEqual([]);
			expect(fetched).toBe(1);
			expect(errors).toEqual([]);
			await visitor.close();
		}
	);

	it('says so when the result cannot be loaded, and «Prøv igjen» loads it', async () => {
		const { context: visitor, errors } = await context();
		const page = await visitor.newPage();
		let offline = true;
		await page.route(`**${datasetFile()}`, (route) =>
			offline ? route.abort('internetdisconnected') : route.continue()
		);
		await page.goto(link());
		const alert = page.getByRole('alert');
		await alert.getByText(m.share.loadFailed).waitFor();
		expect(await axeViolations(page)).toEqual([]);
		offline = false;
		await alert.getByRole('button', { name: m.quiz.retry }).click();
		await resultsDrawn(page);
		await expect(shownPercents(page)).resolves.toEqual(percents(first));
		await expect(page.getByText(m.share.loadFailed).count()).resolves.toBe(0);
		// The failed request's own console line; nothing else.
		expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
		await visitor.close();
	});
});
