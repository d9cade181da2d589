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
import { rankParties, type Answer } from '../../src/lib/scoring/index.ts';
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
	screenshot,
	type Language,
	storedRecord
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
 * Every nynorsk and English screen passes axe. The quiz screens are checked in both colour
 * schemes; the long methodology and source pages in one scheme per language (colours do not
 * depend on the language, and the bokmål tests check those pages in both schemes).
 */
describe.each<[Exclude<Language, 'nb'>, 'light' | 'dark', boolean]>([
	['nn', 'light', false],
	['nn', 'dark', true],
	['en', 'light', true],
	['en', 'dark', false]
])('the %s screens in %s mode', (language, scheme, longPages) => {
	const t = MESSAGES[language];

	it(`pass axe: start page, quiz, results with quotes in bokmål${longPages ? ', methodology and a source' : ''}`, async () => {
		const { context } = await newContext(browser, 'phone', scheme);
		const page = await context.newPage();
		const check = async (name: string) => {
			await expect(pageLanguage(page)).resolves.toBe(language);
			expect(await axeViolations(page), name).toEqual([]);
			expect(await horizontalOverflow(page), name).toBeLessThanOrEqual(0);
		};
		await page.goto(`${baseURL()}${localePath(language, '/')}`);
		await expect(heading(page)).resolves.toBe(t.home.title);
		await check('start');
		await page.goto(`${baseURL()}${localePath(language, '/akershus/')}`);
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
		await check('answering');
		await page.getByRole('button', { name: t.stance[2], exact: true }).click();
		await page.getByRole('button', { name: t.quiz.showResults }).click();
		await expect(heading(page)).resolves.toBe(t.results.heading);
		await page.getByRole('button', { name: t.results.sections.statements, exact: true }).click();
		await expect(page.getByText(t.results.quotesLanguageNote).count()).resolves.toBe(1);
		const quoteLangs = await page
			.locator('blockquote')
			.evaluateAll((quotes) => quotes.map((q) => q.getAttribute('lang')));
		expect(quoteLangs.length).toBeGreaterThan(0);
		expect(new Set(quoteLangs)).toEqual(new Set(['nb']));
		await check('results');
		await screenshot(page, `languages-${language}-results-${scheme}`);
		if (longPages) {
			await page.goto(`${baseURL()}${localePath(language, '/metode/')}`);
			await check('methodology');
			await page.goto(`${baseURL()}${localePath(language, '/kilder/h-nasjonal/')}`);
			await expect(page.locator('.document').getAttribute('lang')).resolves.toBe('nb');
			await check('source');
		}
		await context.close();
	});
});
