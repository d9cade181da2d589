/**
 * The quiz page with its glue: the snapshot stays reactive when the actor is replaced on
 * restore, every change is saved, and the notices come out of one channel.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { tick } from 'svelte';
import { createActor } from 'xstate';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { askedStatements } from '#lib/content/editions.ts';
import { loadContent } from '#lib/content/load.ts';
import { m } from '#lib/messages/index.ts';
import {
	BACKUP_KEY,
	INTACT_KEY,
	STORAGE_KEY,
	parseRecord,
	quizContent,
	quizInput,
	statementBackgrounds,
	quizMachine,
	recordOf,
	serialiseRecord,
	type QuizEvent,
	type QuizPlace
} from '#lib/quiz/index.ts';
import Quiz from './Quiz.svelte';
import { QUEUED_START } from './boot-script.ts';
import { SETTLE_MS } from './answer-timing.ts';
import { UNSET_SITE } from '#lib/content/site/schema.ts';

// jsdom has no layout: the results chart's bind:clientWidth needs a ResizeObserver.
vi.stubGlobal(
	'ResizeObserver',
	class {
		observe() {}
		unobserve() {}
		disconnect() {}
	}
);

/**
 * `rendered` once its quiz is answerable (marked hydrated): restored, after the read path has
 * loaded when a record is stored (the first time in this file; later, at once).
 */
async function restoredIn<T extends { container: HTMLElement }>(rendered: T): Promise<T> {
	await waitFor(() =>
		expect(rendered.container.querySelector('.quiz')).toHaveAttribute('data-hydrated', 'true')
	);
	return rendered;
}

const dataset = loadContent();
const edition = dataset.editions.find((e) => e.id === 'oslo')!;
/** The statements the Oslo quiz asks, in order. */
const statements = askedStatements(dataset, edition);
/** What the Oslo quiz page holds, and its results' data as the route loads it. */
const content = quizContent(dataset, edition);
const results = () => Promise.resolve(dataset);
const backgrounds = () => Promise.resolve(statementBackgrounds(dataset));

/** Stores the record of the quiz after `events`, as an earlier visit would have. */
function storeAfter(events: QuizEvent[]): void {
	const actor = createActor(quizMachine, { input: quizInput(content) }).start();
	for (const event of events) actor.send(event);
	localStorage.setItem(STORAGE_KEY, serialiseRecord(recordOf(actor.getSnapshot())));
	localStorage.setItem(INTACT_KEY, '1');
}

function stored() {
	const raw = localStorage.getItem(STORAGE_KEY);
	const parsed = raw === null ? null : parseRecord(raw);
	return parsed?.ok ? parsed.record : null;
}

const heading = () => screen.getByRole('heading', { level: 1 }).textContent?.trim();
const notices = (container: HTMLElement) =>
	[...container.querySelectorAll('[data-notice]')].map((n) => n.getAttribute('data-notice'));

beforeEach(() => localStorage.clear());
afterEach(() => {
	localStorage.clear();
	delete document.documentElement.dataset.queued;
});

describe('Quiz', () => {
	test('a first visit shows the intro, then the first statement, and saves the first answer', async () => {
		const { container } = await restoredIn(
			render(Quiz, { content, results, backgrounds, site: UNSET_SITE })
		);
		expect(heading()).toBe(m.quiz.editionHeading(edition.name));
		expect(notices(container)).toEqual([]);
		await fireEvent.click(screen.getByRole('button', { name: m.quiz.start }));
		expect(heading()).toBe(statements[0]!.text);
		const title = document.title;
		await fireEvent.click(screen.getByRole('button', { name: m.stance['2'] }));
		expect(heading()).toBe(statements[1]!.text);
		// The title stays from statement to statement (a changed one is read aloud over it).
		expect(document.title).toBe(title);
		expect(stored()?.answers[statements[0]!.id]).toMatchObject({ stance: 2, important: false });
	});

	test('loads the backgrounds once after it is answerable, and "Les mer" shows them', async () => {
		const texts = statementBackgrounds(dataset);
		const load = vi.fn(() => Promise.resolve(texts));
		await restoredIn(render(Quiz, { content, results, backgrounds: load, site: UNSET_SITE }));
		// Not in the page: loaded when the browser is idle after hydration, once.
		await waitFor(() => expect(load).toHaveBeenCalledTimes(1));
		await fireEvent.click(screen.getByRole('button', { name: m.quiz.start }));
		const first = statements[0]!;
		expect(first.background).toBeDefined();
		const details = screen.getByText(m.quiz.readMore).closest('details')!;
		await waitFor(() => expect(details).toHaveTextContent(first.background!));
		details.open = true;
		await fireEvent(details, new Event('toggle'));
		await fireEvent.click(screen.getByRole('button', { name: m.stance['2'] }));
		expect(load).toHaveBeenCalledTimes(1);
	});

	test('backgrounds that fail to load: "Les mer" says so and tries again on request', async () => {
		let fail = true;
		const load = vi.fn(() =>
			fail ? Promise.reject(new Error('offline')) : Promise.resolve(statementBackgrounds(dataset))
		);
		render(Quiz, { content, results, backgrounds: load, site: UNSET_SITE });
		await waitFor(() => expect(load).toHaveBeenCalledTimes(1));
		await fireEvent.click(screen.getByRole('button', { name: m.quiz.start }));
		const details = screen.getByText(m.quiz.readMore).closest('details')!;
		await waitFor(() => expect(details).toHaveTextContent(m.quiz.backgroundFailed));
		// Back online: the voter tries again, and the text comes.
		fail = false;
		await fireEvent.click(screen.getByRole('button', { name: m.quiz.retry }));
		expect(load).toHaveBeenCalledTimes(2);
		await waitFor(() => expect(details).toHaveTextContent(statements[0]!.background!));
	});

	test('a tap on Start made before the scripts ran starts the quiz once it is hydrated', async () => {
		// What the page's first script does with such a tap (boot-script.ts).
		document.documentElement.dataset.queued = QUEUED_START;
		await restoredIn(render(Quiz, { content, results, backgrounds, site: UNSET_SITE }));
		expect(heading()).toBe(statements[0]!.text);
		expect(document.documentElement.dataset.queued).toBeUndefined();
		await tick();
		expect(document.activeElement?.id).toBe('statement-heading');
	});

	test('restored answers replace the actor, and the page follows the new one', async () => {
		storeAfter([{ type: 'START' }, { type: 'ANSWER', stance: 1 }, { type: 'SKIP' }]);
		const { container } = await restoredIn(
			render(Quiz, { content, results, backgrounds, site: UNSET_SITE })
		);
		expect(heading()).toBe(statements[2]!.text);
		expect(notices(container)).toEqual(['restored']);
		await fireEvent.click(screen.getByRole('button', { name: m.stance['-2'] }));
		expect(heading()).toBe(statements[3]!.text);
		expect(Object.keys(stored()!.answers)).toHaveLength(3);
		await fireEvent.click(screen.getByRole('button', { name: m.quiz.dismiss }));
		expect(notices(container)).toEqual([]);
	});

	test('with restoreApart, restores in a task after the one that hydrates, showing nothing of the intro until then', async () => {
		storeAfter([{ type: 'START' }, { type: 'ANSWER', stance: 1 }, { type: 'SKIP' }]);
		const { container } = render(Quiz, {
			content,
			results,
			backgrounds,
			site: UNSET_SITE,
			restoreApart: true
		});
		await tick();
		// Mounted, not yet restored: not marked hydrated (a returning voter's page shows "loading").
		const quiz = container.querySelector('.quiz')!;
		expect(quiz.getAttribute('data-hydrated')).toBe('false');
		expect(notices(container)).toEqual([]);
		await new Promise((resolve) => setTimeout(resolve));
		await restoredIn({ container });
		expect(heading()).toBe(statements[2]!.text);
		expect(notices(container)).toEqual(['restored']);
	});

	test('an unreadable stored value is kept under the backup key until the voter answers', async () => {
		localStorage.setItem(STORAGE_KEY, '{"schema":2,');
		const { container } = await restoredIn(
			render(Quiz, { content, results, backgrounds, site: UNSET_SITE })
		);
		expect(notices(container)).toEqual(['reset']);
		expect(screen.getByText(m.quiz.notice({ code: 'reset' }))).toBeInTheDocument();
		expect(heading()).toBe(m.quiz.editionHeading(edition.name));
		expect(localStorage.getItem(BACKUP_KEY)).toBe('{"schema":2,');
		await fireEvent.click(screen.getByRole('button', { name: m.quiz.start }));
		await fireEvent.click(screen.getByRole('button', { name: m.stance['0'] }));
		expect(localStorage.getItem(BACKUP_KEY)).toBeNull();
		expect(stored()?.answers[statements[0]!.id]).toMatchObject({ stance: 0 });
	});

	test('"Fortsett med påstandene" continues at the first open statement and keeps going', async () => {
		storeAfter([{ type: 'START' }, { type: 'ANSWER', stance: 2 }, { type: 'SHOW_RESULTS' }]);
		render(Quiz, { content, results, backgrounds, site: UNSET_SITE });
		// The results load their code and data first (a moment, once), then draw in parts.
		await screen.findByRole('heading', { level: 1, name: m.results.heading });
		await fireEvent.click(await screen.findByRole('button', { name: m.results.continueQuiz }));
		expect(heading()).toBe(statements[1]!.text);
		await fireEvent.click(screen.getByRole('button', { name: m.stance['1'] }));
		expect(heading()).toBe(statements[2]!.text);
	});

	test('"Slett svarene mine" clears the answers and the storage, and says so', async () => {
		storeAfter([{ type: 'START' }, { type: 'ANSWER', stance: 2 }]);
		localStorage.setItem(BACKUP_KEY, 'old');
		const { container } = await restoredIn(
			render(Quiz, { content, results, backgrounds, site: UNSET_SITE })
		);
		await fireEvent.click(screen.getByRole('button', { name: m.quiz.clear }));
		await fireEvent.click(screen.getByRole('button', { name: m.quiz.clearYes }));
		expect(notices(container)).toEqual(['cleared']);
		expect(heading()).toBe(m.quiz.editionHeading(edition.name));
		expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
		expect(localStorage.getItem(BACKUP_KEY)).toBeNull();
		await fireEvent.click(screen.getByRole('button', { name: m.quiz.start }));
		expect(notices(container)).toEqual([]);
		expect(heading()).toBe(statements[0]!.text);
	});

	test('blocked storage: the quiz works from memory and says so, without a close button', async () => {
		const getter = vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
			throw new DOMException('Access is denied for this document.', 'SecurityError');
		});
		try {
			const { container } = await restoredIn(
				render(Quiz, { content, results, backgrounds, site: UNSET_SITE })
			);
			expect(notices(container)).toEqual(['memory']);
			expect(screen.queryByRole('button', { name: m.quiz.dismiss })).toBeNull();
			await fireEvent.click(screen.getByRole('button', { name: m.quiz.start }));
			await fireEvent.click(screen.getByRole('button', { name: m.stance['2'] }));
			expect(heading()).toBe(statements[1]!.text);
		} finally {
			getter.mockRestore();
		}
	});
});

describe('Quiz, taps just after a new statement', () => {
	afterEach(() => {
		vi.useRealTimers();
	});

	test('the answers settle once, even when the voter marks the new statement meanwhile', async () => {
		vi.useFakeTimers();
		await restoredIn(render(Quiz, { content, results, backgrounds, site: UNSET_SITE }));
		await fireEvent.click(screen.getByRole('button', { name: m.quiz.start }));
		await fireEvent.click(screen.getByRole('button', { name: m.stance['2'] }));
		expect(heading()).toBe(statements[1]!.text);
		const answer = () => screen.getByRole('button', { name: m.stance['1'] });
		expect(answer()).toBeDisabled();
		await fireEvent.click(screen.getByRole('button', { name: new RegExp(m.important) }));
		vi.advanceTimersByTime(SETTLE_MS);
		await tick();
		expect(answer()).toBeEnabled();
		await fireEvent.click(answer());
		expect(heading()).toBe(statements[2]!.text);
	});
});

describe('Quiz and the browser history', () => {
	/** A history like the browser's: a stack of entries and a current one. */
	function fakeHistory() {
		const entries: (QuizPlace | undefined)[] = [undefined];
		let at = $state(0);
		let version = $state(0);
		return {
			entries,
			get at() {
				return at;
			},
			get place() {
				void version;
				return entries[at];
			},
			push(place: QuizPlace) {
				entries.splice(at + 1, Infinity, place);
				at++;
				version++;
			},
			replace(place: QuizPlace) {
				entries[at] = place;
				version++;
			},
			back() {
				at--;
				version++;
			},
			forward() {
				at++;
				version++;
			}
		};
	}

	test('every screen the voter moves to is an entry, and back steps through them', async () => {
		const history = fakeHistory();
		await restoredIn(render(Quiz, { content, results, backgrounds, site: UNSET_SITE, history }));
		expect(history.entries).toEqual([{ step: 'intro', index: 0 }]);
		await fireEvent.click(screen.getByRole('button', { name: m.quiz.start }));
		await fireEvent.click(screen.getByRole('button', { name: m.stance['2'] }));
		await tick();
		expect(history.entries).toEqual([
			{ step: 'intro', index: 0 },
			{ step: 'answering', index: 0 },
			{ step: 'answering', index: 1 }
		]);
		await fireEvent.click(screen.getByRole('button', { name: m.quiz.showResults }));
		await screen.findByRole('heading', { level: 1, name: m.results.heading });
		expect(history.entries.at(-1)).toEqual({ step: 'results', index: 0 });
		history.back();
		await tick();
		expect(heading()).toBe(statements[1]!.text);
		history.back();
		await tick();
		expect(heading()).toBe(statements[0]!.text);
		history.back();
		await tick();
		expect(heading()).toBe(m.quiz.editionHeading(edition.name));
		history.forward();
		await tick();
		expect(heading()).toBe(statements[0]!.text);
		// The answer is kept; answering from here replaces the entries ahead.
		expect(stored()?.answers[statements[0]!.id]).toMatchObject({ stance: 2 });
		await fireEvent.click(screen.getByRole('button', { name: m.stance['-1'] }));
		await tick();
		expect(history.entries).toHaveLength(3);
		expect(history.entries.every((e) => e && !('answers' in e))).toBe(true);
	});

	test('an entry the quiz cannot show any more is replaced by where the quiz is', async () => {
		storeAfter([{ type: 'START' }, { type: 'ANSWER', stance: 2 }, { type: 'SHOW_RESULTS' }]);
		const history = fakeHistory();
		await restoredIn(render(Quiz, { content, results, backgrounds, site: UNSET_SITE, history }));
		expect(history.entries).toEqual([{ step: 'results', index: 0 }]);
		await fireEvent.click(screen.getByRole('button', { name: m.quiz.clear }));
		await fireEvent.click(screen.getByRole('button', { name: m.quiz.clearYes }));
		await tick();
		expect(history.entries).toEqual([
			{ step: 'results', index: 0 },
			{ step: 'intro', index: 0 }
		]);
		history.back();
		await tick();
		expect(heading()).toBe(m.quiz.editionHeading(edition.name));
		expect(history.entries[0]).toEqual({ step: 'intro', index: 0 });
	});

	test('switching from another edition says the answers came along', async () => {
		const other = dataset.editions.find((e) => e.id !== edition.id)!;
		storeAfter([{ type: 'START' }, { type: 'ANSWER', stance: 2 }]);
		const { container } = await restoredIn(
			render(Quiz, { content, results, backgrounds, site: UNSET_SITE, switchedFrom: other })
		);
		expect(notices(container)).toEqual(['switched']);
		expect(
			screen.getByText(m.quiz.notice({ code: 'switched', from: other.name, to: edition.name }))
		).toBeInTheDocument();
	});
});
