/**
 * Bokmål at /, nynorsk at /nn/, English at /en/: every page in every language with the right
 * `<html lang>` and `hreflang` alternates, a language switch that keeps the voter's place and
 * answers, quotes kept in their own language, and axe clean on the nynorsk and English screens.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askedStatements } from '../../src/lib/content/editions.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { prepareEdition } from '../../src/lib/content/scoring-input.ts';
import { LANGUAGE_NAMES } from '../../src/lib/messages/index.ts';
import { MESSAGES } from '../../src/lib/messages/test-support.ts';
import {
	RECORD_SCHEMA,
	STORAGE_KEY,
	serialiseRecord,
	type QuizRecord
} from '../../src/lib/quiz/index.ts';
import { resultsView } from '../../src/lib/results/index.ts';
import { rankParties, type Answer, type Answers } from '../../src/lib/scoring/index.ts';
import { encodeShare } from '../../src/lib/share/index.ts';
import { earlierDataset, rewordedStatement } from './layouts.ts';
import {
	axeViolations,
	baseURL,
	heading,
	horizontalOverflow,
	hydrated,
	LANGUAGES,
	launch,
	localePath,
	newContext,
	resultsDrawn,
	screenshot,
	seedStorage,
	storedRecord,
	VIEWPORTS,
	type Language,
	type Scheme,
	type Viewport
} from './browser.ts';

const dataset = loadContent();
const akershus = dataset.editions.find((e) => e.id === 'akershus')!;
const statements = askedStatements(dataset, akershus);
/** The Akershus statements with their texts in `language` (same ids, order and hashes). */
const statementsIn = (language: Language) => {
	const localized = loadContent(language);
	return askedStatements(
		localized,
		localized.editions.find((e) => e.id === 'akershus')!
	);
};

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** The page's `<html lang>`. */
const pageLanguage = (page: Page) => page.locator('html').getAttribute('lang') as Promise<Language>;

/** Clicks `language` in the header's language switch and waits for that page to start. */
async function switchTo(page: Page, language: Language) {
	const current = await pageLanguage(page);
	const nav = page.getByRole('navigation', { name: MESSAGES[current].site.languagesLabel });
	const target = localePath(language, new URL(page.url()).pathname.replace(/^\/(nn|en)\//, '/'));
	await Promise.all([
		page.waitForURL((url) => url.pathname === target),
		nav.getByRole('link', { name: LANGUAGE_NAMES[language] }).click()
	]);
	await hydrated(page);
}

/** The shown results table: party ids in order, with their percentages as digits. */
const shownRanking = (page: Page) =>
	page.locator('.results-table tbody tr[data-party]').evaluateAll((rows) =>
		rows.map((row) => ({
			party: (row as HTMLElement).dataset.party,
			pct: row.querySelector('.pct')?.textContent?.replace(/\D/g, '') ?? null
		}))
	);

describe('the language switch', () => {
	it('keeps every answer and the current statement when the language changes mid-quiz', async () => {
		const { context, foreignRequests } = await newContext(browser, 'phone');
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto(`${baseURL()}/akershus/`);
		await hydrated(page);
		const nb = MESSAGES.nb;
		await page.getByRole('button', { name: nb.quiz.start }).click();
		// Four statements: important and «Helt enig», a skip, «Delvis uenig», «Nøytral».
		await page.getByRole('button', { name: nb.important }).click();
		await page.getByRole('button', { name: nb.stance[2], exact: true }).click();
		await page.getByRole('button', { name: nb.quiz.skip }).click();
		await page.getByRole('button', { name: nb.stance[-1], exact: true }).click();
		await page.getByRole('button', { name: nb.stance[0], exact: true }).click();
		expect(await heading(page)).toBe(statements[4]!.text);
		const before = await storedRecord(page);
		expect(Object.keys(before.answers)).toHaveLength(4);

		await switchTo(page, 'nn');
		const nn = MESSAGES.nn;
		expect(new URL(page.url()).pathname).toBe('/nn/akershus/');
		await expect(pageLanguage(page)).resolves.toBe('nn');
		expect(await heading(page)).toBe(statementsIn('nn')[4]!.text);
		await expect(page.locator('.progress-text').textContent()).resolves.toBe(
			nn.quiz.progress(5, statements.length)
		);
		expect((await storedRecord(page)).answers).toEqual(before.answers);
		// Back to the previous statement: its answer is there, in nynorsk.
		await page.getByRole('button', { name: new RegExp(nn.quiz.back) }).click();
		expect(await heading(page)).toBe(statementsIn('nn')[3]!.text);
		await expect(
			page.getByRole('button', { name: nn.stance[0], exact: true }).getAttribute('aria-pressed')
		).resolves.toBe('true');

		await switchTo(page, 'en');
		const en = MESSAGES.en;
		expect(new URL(page.url()).pathname).toBe('/en/akershus/');
		expect(await heading(page)).toBe(statementsIn('en')[3]!.text);
		await page.getByRole('button', { name: en.stance[1], exact: true }).click();
		await page.getByRole('button', { name: en.quiz.showResults }).click();
		await expect(heading(page)).resolves.toBe(en.results.heading);
		const answers: Record<string, Answer> = Object.fromEntries(
			Object.entries((await storedRecord(page)).answers).map(([id, a]) => [
				id,
				{ stance: a.stance, important: a.important }
			])
		);
		expect(answers).toEqual({
			[statements[0]!.id]: { stance: 2, important: true },
			[statements[1]!.id]: { stance: null, important: false },
			[statements[2]!.id]: { stance: -1, important: false },
			[statements[3]!.id]: { stance: 1, important: false }
		});
		// The results come in parts after their heading (the table with the chart is one).
		await resultsDrawn(page);
		const ranking = await shownRanking(page);
		const expected = rankParties(
			prepareEdition(
				akershus,
				statements.map((s) => s.id)
			),
			answers
		).entries.map((e) => ({
			party: e.partyId,
			pct: e.percent === null ? null : String(e.percent)
		}));
		expect(ranking).toEqual(expected);

		// The same result in bokmål.
		await switchTo(page, 'nb');
		expect(new URL(page.url()).pathname).toBe('/akershus/');
		await expect(heading(page)).resolves.toBe(nb.results.heading);
		await resultsDrawn(page);
		expect(await shownRanking(page)).toEqual(expected);
		expect(foreignRequests).toEqual([]);
		expect(errors).toEqual([]);
		await context.close();
	});
});

/** Every prerendered page of the build, as its path ("/nn/metode/"). */
function builtPages(): string[] {
	const walk = (dir: string): string[] =>
		readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
			entry.isDirectory()
				? walk(join(dir, entry.name))
				: entry.name === 'index.html'
					? [`/${relative('build', dir)}/`.replace(/\/+/g, '/')]
					: []
		);
	return walk('build').filter((p) => !p.startsWith('/_app/'));
}

describe('every page in every language', () => {
	const pages = builtPages();
	const unprefixed = (path: string) => path.replace(/^\/(nn|en)\//, '/');
	const languageOf = (path: string): Language =>
		path.startsWith('/nn/') ? 'nn' : path.startsWith('/en/') ? 'en' : 'nb';

	it('prerenders every bokmål page in nynorsk and English too', () => {
		const nbPages = pages.filter((p) => languageOf(p) === 'nb').sort();
		expect(nbPages.length).toBeGreaterThan(5);
		for (const language of LANGUAGES) {
			expect(
				pages
					.filter((p) => languageOf(p) === language)
					.map(unprefixed)
					.sort()
			).toEqual(nbPages);
		}
	});

	it('gives each page its <html lang> and hreflang alternates to its versions', () => {
		for (const path of pages) {
			const html = readFileSync(join('build', path, 'index.html'), 'utf8');
			expect(/<html lang="([a-z]+)"/.exec(html)?.[1], path).toBe(languageOf(path));
			const alternates: Record<string, string> = Object.fromEntries(
				[...html.matchAll(/<link rel="alternate" hreflang="([a-z-]+)" href="([^"]+)"/g)].map(
					([, lang, href]) => [lang!, new URL(href!, `http://site${path}`).pathname]
				)
			);
			expect(alternates, path).toEqual({
				nb: unprefixed(path),
				nn: localePath('nn', unprefixed(path)),
				en: localePath('en', unprefixed(path)),
				'x-default': unprefixed(path)
			});
			for (const target of Object.values(alternates))
				expect(existsSync(join('build', target, 'index.html')), target).toBe(true);
		}
	});

	it('gives each page a title and, unless it is kept out of search (noindex), a description', () => {
		const missing: string[] = [];
		for (const path of pages) {
			const html = readFileSync(join('build', path, 'index.html'), 'utf8');
			const titles = [...html.matchAll(/<title>([^<]*)<\/title>/g)].map(([, t]) => t!.trim());
			if (titles.length !== 1 || titles[0] === '') missing.push(`${path}: title ${titles}`);
			if (/<meta name="robots" content="noindex"/.test(html)) continue;
			const descriptions = [...html.matchAll(/<meta name="description" content="([^"]*)"/g)];
			if (descriptions.length !== 1 || descriptions[0]![1]!.trim() === '')
				missing.push(`${path}: ${descriptions.length} descriptions`);
		}
		// The source pages are among them: five documents in three languages.
		expect(pages.filter((p) => p.includes('/kilder/')).length).toBeGreaterThanOrEqual(15);
		expect(missing).toEqual([]);
	});

	it('serves 404.html in bokmål, and the error page in the language of the missing address', async () => {
		expect(readFileSync('build/404.html', 'utf8')).toMatch(/<html lang="nb"/);
		const { context } = await newContext(browser, 'phone');
		const page = await context.newPage();
		await page.goto(`${baseURL()}/en/finnes-ikke/`);
		await expect(heading(page)).resolves.toBe(MESSAGES.en.site.errors.notFound.title);
		await expect(pageLanguage(page)).resolves.toBe('en');
		await context.close();
	});
});

/**
 * Every nynorsk and English screen passes axe in light and dark mode, at 390 and at 320 px:
 * one phone context per language, scheme and group of screens, each screen checked at 390 px
 * and again once the viewport has narrowed to 320 px (the page reflows as on a narrow phone;
 * a second load would only repeat the hydration). The methodology page, whose axe run is the
 * longest, is checked in a context of each size.
 */
describe.each<[Exclude<Language, 'nb'>, Scheme]>([
	['nn', 'light'],
	['nn', 'dark'],
	['en', 'light'],
	['en', 'dark']
])('the %s screens in %s mode', (language, scheme) => {
	const t = MESSAGES[language];
	const localized = loadContent(language);
	const edition = localized.editions.find((e) => e.id === 'akershus')!;
	const at = (path: string) => `${baseURL()}${localePath(language, path)}`;
	/** A returning visitor's stored answers: the first seven statements, «Enig». */
	const ownRecord: QuizRecord = {
		schema: RECORD_SCHEMA,
		dataset: dataset.version,
		edition: 'akershus',
		step: 'answering',
		index: 7,
		cleared: 0,
		answers: Object.fromEntries(
			statements
				.slice(0, 7)
				.map((s) => [s.id, { stance: 1, important: false, hash: s.hash, rev: 1 }])
		)
	};

	/**
	 * A context in `scheme` at `only`'s size, or a phone's, with its page, and `check`: axe and
	 * overflow at that size, or at 390 px and again at 320 px when no size is given.
	 */
	async function open(only?: Viewport) {
		const { context, foreignRequests } = await newContext(browser, only ?? 'phone', scheme);
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		const sizes: Viewport[] = only ? [only] : ['phone', 'narrow'];
		const check = async (name: string) => {
			await expect(pageLanguage(page), name).resolves.toBe(language);
			for (const viewport of sizes) {
				await page.setViewportSize(VIEWPORTS[viewport]!.viewport!);
				expect(await axeViolations(page), `${name} (${viewport})`).toEqual([]);
				expect(await horizontalOverflow(page), `${name} (${viewport})`).toBeLessThanOrEqual(0);
			}
			await page.setViewportSize(VIEWPORTS[sizes[0]!]!.viewport!);
		};
		const done = async () => {
			expect(foreignRequests).toEqual([]);
			expect(errors).toEqual([]);
			await context.close();
		};
		return { context, page, check, done };
	}

	it('the start page, the intro and a statement marked important', async () => {
		const { page, check, done } = await open();
		await page.goto(at('/'));
		await expect(heading(page)).resolves.toBe(t.home.title);
		await check('start');
		await page.goto(at('/akershus/'));
		await hydrated(page);
		await expect(heading(page)).resolves.toBe(t.quiz.editionHeading(akershus.name));
		// Hydrated in the browser, the intro still lists the parties in its own language (the
		// browser's Intl must format as Node's did when the page was prerendered).
		const parties = akershus.parties.map((p) => p.party.name);
		await expect(
			page.getByText(t.quiz.introParties(parties), { exact: true }).count()
		).resolves.toBe(1);
		await check('intro');
		await page.getByRole('button', { name: t.quiz.start }).click();
		await page.getByRole('button', { name: t.important }).click();
		await expect(
			page.getByRole('button', { name: t.important }).getAttribute('aria-pressed')
		).resolves.toBe('true');
		await check('a statement marked important');
		await done();
	});

	it('the results with quotes in bokmål, and the question before clearing', async () => {
		const { context, page, check, done } = await open();
		await seedStorage(
			context,
			STORAGE_KEY,
			serialiseRecord({ ...ownRecord, step: 'results', index: 0 })
		);
		await page.goto(at('/akershus/'));
		await hydrated(page);
		await expect(heading(page)).resolves.toBe(t.results.heading);
		await page.getByRole('button', { name: t.quiz.clear }).click();
		await page.getByText(t.quiz.clearConfirm).waitFor();
		await check('the question before clearing');
		await page.getByRole('button', { name: t.quiz.clearNo }).click();
		await page.getByRole('button', { name: t.results.sections.statements, exact: true }).click();
		await expect(page.getByText(t.results.quotesLanguageNote).count()).resolves.toBe(1);
		const quoteLangs = await page
			.locator('blockquote')
			.evaluateAll((quotes) => quotes.map((q) => q.getAttribute('lang')));
		expect(quoteLangs.length).toBeGreaterThan(0);
		expect(new Set(quoteLangs)).toEqual(new Set(['nb']));
		await check('results');
		await screenshot(page, `languages-${language}-results-${scheme}`);
		await done();
	});

	it('a shared link from an earlier list of statements, and «Sammenlign med meg»', async () => {
		const { context, page, check, done } = await open();
		await seedStorage(context, STORAGE_KEY, serialiseRecord(ownRecord));
		// Made against an earlier list: the first statement has been reworded since.
		const shared: Answers = Object.fromEntries(
			statements.map((s, i) => [
				s.id,
				{ stance: ([2, -1, 0, 1, -2] as const)[i % 5]!, important: i === 2 }
			])
		);
		await page.goto(
			`${at('/akershus/resultat/')}#${encodeShare(earlierDataset(dataset), akershus, shared)}`
		);
		const notice = page.locator('[data-share-updated]');
		await notice.waitFor();
		await expect(notice.textContent()).resolves.toBe(t.share.updated(1));
		// The chart speaks of the shared answers, in the page's language.
		const kept = Object.fromEntries(
			Object.entries(shared).filter(([id]) => id !== rewordedStatement(dataset))
		);
		const view = resultsView(localized, edition, kept);
		const [titleId, descId] = (await page.getByRole('img').getAttribute('aria-labelledby'))!.split(
			' '
		);
		await expect(page.locator(`[id="${titleId}"]`).textContent()).resolves.toBe(t.share.chartTitle);
		await expect(page.locator(`[id="${descId}"]`).textContent()).resolves.toBe(
			t.share.chartDescription(view.verdict, view.chart)
		);
		await check('shared result');
		await page.getByRole('button', { name: t.share.compareButton }).click();
		await page.locator('[data-friend]').waitFor();
		await check('comparison');
		await done();
	});

	it('the resume prompt, the 404 page and a source', async () => {
		const { context, page, check, done } = await open();
		await seedStorage(context, STORAGE_KEY, serialiseRecord(ownRecord));
		await page.goto(at('/'));
		const resume = page.locator('[data-resume]');
		await resume.waitFor();
		await expect(
			resume.getByRole('heading', { name: t.home.resume.heading }).count()
		).resolves.toBe(1);
		await check('resume');
		await page.goto(at('/finnes-ikke/'));
		await expect(heading(page)).resolves.toBe(t.site.errors.notFound.title);
		await check('404');
		await page.goto(at('/kilder/h-nasjonal/'));
		await expect(page.locator('.document').getAttribute('lang')).resolves.toBe('nb');
		await check('source');
		await done();
	});

	it('the editors’ page, and the embed: its area choice, its start and a statement', async () => {
		const { page, check, done } = await open();
		await page.goto(at('/for-redaksjoner/'));
		const preview = page.locator('iframe.preview');
		await preview.scrollIntoViewIfNeeded();
		const frame = (await (await preview.elementHandle())!.contentFrame())!;
		await frame.locator('.quiz, .embed ul').first().waitFor();
		await check('editors');
		await page.goto(at('/embed/'));
		await expect(heading(page)).resolves.toBe(t.home.title);
		await check('embed area choice');
		await page.goto(at('/embed/oslo/'));
		await hydrated(page);
		await check('embed start');
		await page.getByRole('button', { name: t.quiz.start }).click();
		await check('embedded statement');
		await done();
	});

	it.each<Viewport>(['phone', 'narrow'])('the methodology page at %s size', async (viewport) => {
		const { page, check, done } = await open(viewport);
		await page.goto(at('/metode/'));
		await check('methodology');
		await done();
	});
});
