/**
 * The answering screen, second pass (issue 11): the intro on a first visit, importance before
 * an answer, "Les mer" closed, one answer per double tap or held key, the back button through
 * the quiz, shortcuts at once, switching area, and what shows before the scripts run. At
 * 390 px and 320 px; the keyboard cases in a context without touch.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { askedStatements } from '../../src/lib/content/editions.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import type { EditionId } from '../../src/lib/content/types.ts';
import { SETTLE_MS } from '../../src/lib/components/answer-timing.ts';
import { m } from '../../src/lib/messages/index.ts';
import {
	STORAGE_KEY,
	parseRecord,
	quizContent,
	quizInput,
	quizMachine,
	recordOf,
	serialiseRecord,
	type QuizEvent
} from '../../src/lib/quiz/index.ts';
import type { Answer } from '../../src/lib/scoring/index.ts';
import { createActor } from 'xstate';
import {
	VIEWPORTS,
	axeViolations,
	baseURL,
	heading,
	hydrated,
	launch,
	newContext,
	seedStorage,
	type Scheme,
	type Viewport
} from './browser.ts';

const dataset = loadContent();
const editionOf = (id: EditionId) => dataset.editions.find((e) => e.id === id)!;
const asked = (id: EditionId) => askedStatements(dataset, editionOf(id));
/** Screenshots for a person to look at (beside the others, under test-results/). */
const SHOTS = 'test-results/screenshots/answering';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
	mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
	await browser?.close();
});

/** A context for a keyboard user at the width of `viewport`: no touch, so hover and shortcuts. */
async function keyboardContext(viewport: Viewport, colorScheme: Scheme = 'light') {
	return browser.newContext({
		viewport: VIEWPORTS[viewport]!.viewport,
		colorScheme,
		locale: 'nb-NO',
		reducedMotion: 'reduce'
	});
}

/** The stored answers, without their hashes. */
async function storedAnswers(page: Page): Promise<Record<string, Answer>> {
	const raw = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
	const parsed = raw === null ? null : parseRecord(raw);
	if (!parsed?.ok) return {};
	return Object.fromEntries(
		Object.entries(parsed.record.answers).map(([id, { stance, important }]) => [
			id,
			{ stance, important }
		])
	);
}

/** The record of a quiz after `events`, as an earlier visit would have stored it. */
function recordAfter(edition: EditionId, events: QuizEvent[]): string {
	const actor = createActor(quizMachine, {
		input: quizInput(quizContent(dataset, editionOf(edition)))
	}).start();
	for (const event of events) actor.send(event);
	return serialiseRecord(recordOf(actor.getSnapshot()));
}

/** Opens `/<edition>/` fresh and presses Start on the intro. */
async function begin(page: Page, edition: EditionId): Promise<void> {
	await page.goto(`${baseURL()}/${edition}/`);
	await hydrated(page);
	expect(await heading(page)).toBe(m.quiz.editionHeading(editionOf(edition).name));
	await page.getByRole('button', { name: m.quiz.start }).click();
	expect(await heading(page)).toBe(asked(edition)[0]!.text);
}

/**
 * Saves a screenshot to look at. A full-page shot resets Chromium's touch emulation while it
 * is taken (the shortcut help, hidden on touch screens, would show), so touch contexts take
 * the screen as the voter sees it.
 */
async function shot(page: Page, name: string, fullPage: boolean): Promise<void> {
	await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage });
}

describe.each<[EditionId, Viewport]>([
	['akershus', 'phone'],
	['oslo', 'narrow']
])('answering %s at %s size', (edition, viewport) => {
	const statements = asked(edition);
	let context: BrowserContext;
	let page: Page;
	beforeEach(async () => {
		({ context } = await newContext(browser, viewport));
	});
	afterEach(async () => {
		await context?.close();
	});

	it('a first visit by the address shows the intro (count, time, skip, "viktig"); a returning voter goes straight on', async () => {
		page = await context.newPage();
		await page.goto(`${baseURL()}/${edition}/`);
		await hydrated(page);
		expect(await heading(page)).toBe(m.quiz.editionHeading(editionOf(edition).name));
		const intro = (await page.locator('main').textContent()) ?? '';
		expect(intro).toContain(`Du får ${statements.length} påstander`);
		expect(intro).toMatch(/Det tar omtrent \S+ minutter/);
		for (const line of m.quiz.introHow) expect(intro).toContain(line);
		await expect(page.getByText(m.quiz.progress(1, statements.length)).count()).resolves.toBe(0);
		await page.getByRole('button', { name: m.quiz.start }).click();
		expect(await heading(page)).toBe(statements[0]!.text);
		await page.getByRole('button', { name: m.stance[1], exact: true }).click();
		expect(await heading(page)).toBe(statements[1]!.text);
		// Each statement is a history entry, yet nothing is read aloud over the new statement: a
		// quiz page has no router, so no route announcer (focus moves to the statement instead).
		await expect(page.locator('#svelte-announcer').count()).resolves.toBe(0);
		await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(
			'statement-heading'
		);
		await page.goto(`${baseURL()}/${edition}/`);
		await hydrated(page);
		expect(await heading(page)).toBe(statements[1]!.text);
	});

	it('"Viktig for meg" before answering marks the statement and records nothing else', async () => {
		page = await context.newPage();
		await begin(page, edition);
		const first = statements[0]!;
		const toggle = page.getByRole('button', { name: new RegExp(m.important) });
		await toggle.click();
		await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
		expect(await heading(page)).toBe(first.text);
		await expect(page.getByText(m.quiz.skippedNote).count()).resolves.toBe(0);
		expect(await storedAnswers(page)).toEqual({ [first.id]: { stance: null, important: true } });
		await shot(page, `important-${viewport}-light-touch`, false);
		await toggle.click();
		expect(await storedAnswers(page)).toEqual({});
		await toggle.click();
		await page.getByRole('button', { name: m.stance[-1], exact: true }).click();
		expect(await storedAnswers(page)).toEqual({ [first.id]: { stance: -1, important: true } });
	});

	it('"Les mer" starts closed on every statement', async () => {
		page = await context.newPage();
		await begin(page, edition);
		const i = statements.findIndex((s, k) => s.background && statements[k + 1]?.background);
		expect(i).toBeGreaterThanOrEqual(0);
		for (let k = 0; k < i; k++) await page.getByRole('button', { name: m.quiz.skip }).click();
		expect(await heading(page)).toBe(statements[i]!.text);
		const details = page.locator('details.background');
		await page.getByText(m.quiz.readMore).click();
		await expect(details.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(true);
		await page.getByRole('button', { name: m.stance[0], exact: true }).click();
		expect(await heading(page)).toBe(statements[i + 1]!.text);
		await expect(details.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
		await page.getByRole('button', { name: /Tilbake/ }).click();
		expect(await heading(page)).toBe(statements[i]!.text);
		await expect(details.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
	});

	it('a double tap answers one statement only, and no hover mark sticks to the next one', async () => {
		page = await context.newPage();
		await page.clock.install();
		await page.goto(`${baseURL()}/${edition}/`);
		await hydrated(page);
		await page.getByRole('button', { name: m.quiz.start }).click();
		expect(await heading(page)).toBe(statements[0]!.text);
		// Time stands still from here: the second tap always lands within the settling moment.
		await page.clock.pauseAt(Date.now() + 60_000);
		const box = (await page.getByRole('button', { name: m.stance[1], exact: true }).boundingBox())!;
		const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
		await page.touchscreen.tap(x, y);
		await page.touchscreen.tap(x, y);
		expect(await heading(page)).toBe(statements[1]!.text);
		expect(await storedAnswers(page)).toEqual({
			[statements[0]!.id]: { stance: 1, important: false }
		});
		// The tapped spot's button on the new statement looks like the others (no sticky hover).
		const border = (name: string) =>
			page
				.getByRole('button', { name, exact: true })
				.evaluate((b) => getComputedStyle(b).borderTopColor);
		expect(await border(m.stance[1])).toBe(await border(m.stance[-2]));
		await page.clock.runFor(SETTLE_MS);
		await page.touchscreen.tap(x, y);
		expect(await heading(page)).toBe(statements[2]!.text);
		expect(Object.keys(await storedAnswers(page))).toHaveLength(2);
	});

	it('the back button steps back through statements, results and the intro, then leaves; answers never enter the URL', async () => {
		page = await context.newPage();
		await page.goto(`${baseURL()}/`);
		await page
			.getByRole('link', { name: new RegExp(editionOf(edition).name) })
			.first()
			.click();
		await page.waitForURL(`${baseURL()}/${edition}/`);
		await hydrated(page);
		await page.getByRole('button', { name: m.quiz.start }).click();
		await page.getByRole('button', { name: m.stance[2], exact: true }).click();
		await page.getByRole('button', { name: m.stance[-2], exact: true }).click();
		await page.getByRole('button', { name: m.quiz.showResults }).click();
		await expect(heading(page)).resolves.toBe(m.results.heading);
		const urls = new Set([page.url()]);
		const steps = [
			statements[2]!.text,
			statements[1]!.text,
			statements[0]!.text,
			m.quiz.editionHeading(editionOf(edition).name)
		];
		for (const expected of steps) {
			await page.goBack();
			await expect.poll(() => heading(page)).toBe(expected);
			urls.add(page.url());
		}
		expect([...urls]).toEqual([`${baseURL()}/${edition}/`]);
		await page.goForward();
		await expect.poll(() => heading(page)).toBe(statements[0]!.text);
		await page.goForward();
		await expect.poll(() => heading(page)).toBe(statements[1]!.text);
		// The answers stay whatever the history does.
		expect(await storedAnswers(page)).toEqual({
			[statements[0]!.id]: { stance: 2, important: false },
			[statements[1]!.id]: { stance: -2, important: false }
		});
		for (let k = 0; k < 2; k++) await page.goBack();
		await expect.poll(() => heading(page)).toBe(m.quiz.editionHeading(editionOf(edition).name));
		await page.goBack();
		await page.waitForURL(`${baseURL()}/`);
	});

	it('says which area this is and switches area with the answers, saying so', async () => {
		page = await context.newPage();
		await begin(page, edition);
		await page.getByRole('button', { name: m.stance[2], exact: true }).click();
		const here = editionOf(edition);
		const other = dataset.editions.find((e) => e.id !== edition)!;
		await expect(
			page.getByText(m.quiz.editionHeading(here.name), { exact: true }).count()
		).resolves.toBe(1);
		await page.getByRole('link', { name: m.quiz.otherEdition(other.name) }).click();
		await page.waitForURL(`${baseURL()}/${other.id}/`);
		await hydrated(page);
		const notice = page.locator('[data-notice="switched"]');
		await expect(notice.textContent()).resolves.toContain(
			m.quiz.notice({ code: 'switched', from: here.name, to: other.name })
		);
		await expect(
			page.getByText(m.quiz.editionHeading(other.name), { exact: true }).count()
		).resolves.toBe(1);
		expect(await storedAnswers(page)).toEqual({
			[statements[0]!.id]: { stance: 2, important: false }
		});
		expect(await axeViolations(page)).toEqual([]);
		await shot(page, `switched-${viewport}-light-touch`, false);
	});
});

describe.each<Viewport>(['phone', 'narrow'])('the keyboard at %s width', (viewport) => {
	it('shortcuts work right after choosing an area, held keys answer once, and the help shows', async () => {
		const context = await keyboardContext(viewport);
		const statements = asked('akershus');
		// A returning voter at the second statement.
		await seedStorage(
			context,
			STORAGE_KEY,
			recordAfter('akershus', [{ type: 'START' }, { type: 'ANSWER', stance: 1 }])
		);
		const page = await context.newPage();
		await page.goto(`${baseURL()}/`);
		await page
			.getByRole('link', { name: /Akershus/ })
			.first()
			.focus();
		await page.keyboard.press('Enter');
		await page.waitForURL(`${baseURL()}/akershus/`);
		await hydrated(page);
		expect(await heading(page)).toBe(statements[1]!.text);
		// No tabbing: the digits answer at once.
		await page.keyboard.press('2');
		expect(await heading(page)).toBe(statements[2]!.text);
		// A held key repeats: one answer only.
		await page.keyboard.down('4');
		for (let k = 0; k < 5; k++) await page.keyboard.down('4');
		await page.keyboard.up('4');
		expect(await heading(page)).toBe(statements[3]!.text);
		const answers = await storedAnswers(page);
		expect(answers[statements[1]!.id]).toEqual({ stance: 1, important: false });
		expect(answers[statements[2]!.id]).toEqual({ stance: -1, important: false });
		expect(answers[statements[3]!.id]).toBeUndefined();
		await expect(page.getByText(m.quiz.shortcutsHeading).isVisible()).resolves.toBe(true);
		// Outside the answer area the digits do nothing.
		await page.getByText(m.quiz.shortcutsHeading).focus();
		await page.keyboard.press('2');
		expect(await heading(page)).toBe(statements[3]!.text);
		await context.close();
	});

	it('a first visit: Start, then the digits answer at once', async () => {
		const context = await keyboardContext(viewport);
		const page = await context.newPage();
		await page.goto(`${baseURL()}/akershus/`);
		await hydrated(page);
		await page.getByRole('button', { name: m.quiz.start }).focus();
		await page.keyboard.press('Enter');
		expect(await heading(page)).toBe(asked('akershus')[0]!.text);
		await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(
			'statement-heading'
		);
		await page.keyboard.press('5');
		expect(await heading(page)).toBe(asked('akershus')[1]!.text);
		await context.close();
	});
});

describe.each<Viewport>(['phone', 'narrow'])('"Endre svar" at %s width', (viewport) => {
	it('opens the statement at the top with focus on its heading, and the shortcuts work at once', async () => {
		const statements = asked('oslo');
		const events: QuizEvent[] = [{ type: 'START' }];
		for (let i = 0; i < statements.length; i++) events.push({ type: 'ANSWER', stance: 2 });
		const context = await keyboardContext(viewport);
		await seedStorage(context, STORAGE_KEY, recordAfter('oslo', events));
		const page = await context.newPage();
		await page.goto(`${baseURL()}/oslo/`);
		await hydrated(page);
		await expect(heading(page)).resolves.toBe(m.results.heading);
		// The last statement's "Endre svar", far down the results (its section starts closed).
		await page.getByRole('button', { name: m.results.sections.statements, exact: true }).click();
		const change = page.getByRole('button', { name: new RegExp(`^${m.results.changeAnswer}`) });
		await change.last().click();
		expect(await heading(page)).toBe(statements.at(-1)!.text);
		await expect(page.evaluate(() => window.scrollY)).resolves.toBe(0);
		await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(
			'statement-heading'
		);
		await page.keyboard.press('5');
		await expect(heading(page)).resolves.toBe(m.results.heading);
		expect((await storedAnswers(page))[statements.at(-1)!.id]).toEqual({
			stance: -2,
			important: false
		});
		await context.close();
	});
});

describe('focus and edges of the answer buttons', () => {
	it.each<[Viewport, Scheme]>([
		['phone', 'light'],
		['phone', 'dark'],
		['narrow', 'light'],
		['narrow', 'dark']
	])(
		'%s, %s: borders and focus rings meet 3:1, focus is not red, axe is clean',
		async (viewport, scheme) => {
			const context = await keyboardContext(viewport, scheme);
			const page = await context.newPage();
			await page.goto(`${baseURL()}/akershus/`);
			await hydrated(page);
			expect(await axeViolations(page)).toEqual([]);
			await shot(page, `intro-${viewport}-${scheme}`, true);
			await page.getByRole('button', { name: m.quiz.start }).click();
			// Focus by the keyboard, so the ring shows (:focus-visible).
			const answer = page.getByRole('button', { name: m.stance[2], exact: true });
			await answer.focus();
			await page.keyboard.press('Shift+Tab');
			await page.keyboard.press('Tab');
			await expect(answer.evaluate((b) => b.matches(':focus-visible'))).resolves.toBe(true);
			const colours = await answer.evaluate((button) => {
				const style = getComputedStyle(button);
				const page = getComputedStyle(document.body).backgroundColor;
				return {
					border: style.borderTopColor,
					outline: style.outlineColor,
					outlineStyle: style.outlineStyle,
					page
				};
			});
			expect(colours.outlineStyle).toBe('solid');
			expect(contrast(colours.border, colours.page)).toBeGreaterThanOrEqual(3);
			expect(contrast(colours.outline, colours.page)).toBeGreaterThanOrEqual(3);
			expect(isRed(colours.outline)).toBe(false);
			expect(await axeViolations(page)).toEqual([]);
			await shot(page, `answering-${viewport}-${scheme}`, true);
			await context.close();
		}
	);

	it('on a touch-only phone the shortcut help is hidden', async () => {
		const { context } = await newContext(browser, 'phone');
		const page = await context.newPage();
		await begin(page, 'akershus');
		await expect(page.getByText(m.quiz.shortcutsHeading).isVisible()).resolves.toBe(false);
		await context.close();
	});
});

describe('before the page is interactive', () => {
	/** Holds back the page's scripts, so the page stays as prerendered. */
	async function withoutScripts(page: Page) {
		await page.route('**/_app/immutable/**/*.js', () => {
			// Never answered: the scripts stay loading.
		});
	}

	it.each<Viewport>(['phone', 'narrow'])(
		'%s: a tap on Start before the scripts have run is kept: the button says it is loading, and the quiz opens at the first statement once they have',
		async (viewport) => {
			const { context } = await newContext(browser, viewport);
			const page = await context.newPage();
			// The page's scripts are held back until the test lets them through.
			let release!: () => void;
			const released = new Promise<void>((resolve) => (release = resolve));
			await page.route('**/_app/immutable/**/*.js', async (route) => {
				await released;
				await route.continue();
			});
			await page.goto(`${baseURL()}/akershus/`, { waitUntil: 'domcontentloaded' });
			expect(await heading(page)).toBe(m.quiz.editionHeading('Akershus'));
			const start = page.getByRole('button', { name: m.quiz.start, exact: true });
			await expect(start.isEnabled()).resolves.toBe(true);
			await start.click();
			const loading = page.getByRole('button', { name: m.quiz.loading });
			await expect(loading.getAttribute('aria-busy')).resolves.toBe('true');
			await expect(loading.isVisible()).resolves.toBe(true);
			await shot(page, `start-queued-${viewport}-light-touch`, false);
			release();
			await hydrated(page);
			await page.getByRole('heading', { level: 1, name: asked('akershus')[0]!.text }).waitFor();
			await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(
				'statement-heading'
			);
			await expect(page.evaluate(() => document.documentElement.dataset.queued)).resolves.toBe(
				undefined
			);
			await context.close();
		}
	);

	it.each<Viewport>(['phone', 'narrow'])(
		'%s: a returning voter with results sees neither the intro nor "Påstand 1 av N" before them',
		async (viewport) => {
			const { context } = await newContext(browser, viewport);
			await seedStorage(
				context,
				STORAGE_KEY,
				recordAfter('oslo', [
					{ type: 'START' },
					{ type: 'ANSWER', stance: 2 },
					{ type: 'SHOW_RESULTS' }
				])
			);
			const page = await context.newPage();
			await withoutScripts(page);
			await page.goto(`${baseURL()}/oslo/`, { waitUntil: 'domcontentloaded' });
			const total = asked('oslo').length;
			await expect(page.getByText(m.quiz.loading).first().isVisible()).resolves.toBe(true);
			await expect(page.locator('h1').isVisible()).resolves.toBe(false);
			await expect(page.getByText(m.quiz.progress(1, total)).count()).resolves.toBe(0);
			await page.unrouteAll({ behavior: 'ignoreErrors' });
			await page.reload();
			await hydrated(page);
			await expect(heading(page)).resolves.toBe(m.results.heading);
			await context.close();
		}
	);

	it.each<Viewport>(['phone', 'narrow'])(
		'%s: without JavaScript a message says the quiz needs it',
		async (viewport) => {
			const context = await browser.newContext({
				...VIEWPORTS[viewport],
				javaScriptEnabled: false
			});
			const page = await context.newPage();
			await page.goto(`${baseURL()}/akershus/`);
			// Scripting is off, so the parser reads <noscript> as markup: the message is there as
			// a paragraph. (Headless Chromium still does not paint it, so its text is checked.)
			await expect(page.locator('.quiz noscript > p').evaluate((p) => p.textContent)).resolves.toBe(
				m.quiz.needsScript
			);
			// Nothing to press that cannot work; the intro still reads.
			await expect(page.locator('.quiz .start').isVisible()).resolves.toBe(false);
			expect(await heading(page)).toBe(m.quiz.editionHeading('Akershus'));
			await expect(page.getByText(m.quiz.introHow[1]!).isVisible()).resolves.toBe(true);
			await context.close();
		}
	);
});

/** WCAG contrast ratio of two CSS `rgb()` colours. */
function contrast(a: string, b: string): number {
	const luminance = (colour: string) => {
		const [r, g, bl] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
			const c = Number(v) / 255;
			return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
	};
	const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
	return (x! + 0.05) / (y! + 0.05);
}

/** Whether a CSS `rgb()` colour reads as red (hue within 20° of red, clearly saturated). */
function isRed(colour: string): boolean {
	const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number) as [
		number,
		number,
		number
	];
	const max = Math.max(r, g, b);
	const min = Math.min(r, g, b);
	if (max - min < 40 || max !== r) return false;
	const hue = (60 * (g - b)) / (max - min);
	return Math.abs(hue) <= 20;
}
