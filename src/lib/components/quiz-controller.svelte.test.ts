/**
 * The controller with the quiz open in two tabs (two controllers on one storage, the browser's
 * `storage` event delivered by hand, as a browser delivers it to the other tabs only), with
 * a storage that fills up during the visit, and before its read path has loaded.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import {
	INTACT_KEY,
	STORAGE_KEY,
	parseRecord,
	type QuizEvent,
	type QuizRecord
} from '#lib/quiz/index.ts';
import { MemoryStorage, THREE } from '#lib/quiz/test-support.ts';
import {
	QuizController,
	pageReading,
	type Reading,
	type ReadingSource
} from './quiz-controller.svelte.ts';

const START: QuizEvent = { type: 'START' };
const answer = (stance: -2 | -1 | 0 | 1 | 2): QuizEvent => ({ type: 'ANSWER', stance });

function stored(): QuizRecord | null {
	const raw = localStorage.getItem(STORAGE_KEY);
	const parsed = raw === null ? null : parseRecord(raw);
	return parsed?.ok ? parsed.record : null;
}

/** The stances a tab shows, by statement id. */
const shown = (tab: QuizController) =>
	Object.fromEntries(Object.entries(tab.snapshot.context.answers).map(([id, a]) => [id, a.stance]));
const storedStances = () =>
	Object.fromEntries(Object.entries(stored()?.answers ?? {}).map(([id, a]) => [id, a.stance]));

/** What the browser does after a tab changed the stored record: tells every other tab. */
function tellOtherTabs(): void {
	window.dispatchEvent(
		new StorageEvent('storage', {
			key: STORAGE_KEY,
			newValue: localStorage.getItem(STORAGE_KEY),
			storageArea: localStorage
		})
	);
}

const tabs: QuizController[] = [];
/** A tab as a voter opens it: a first visit starts on the intro, and the voter presses Start. */
function openTab(): QuizController {
	const tab = new QuizController(THREE);
	tab.resume(() => localStorage);
	tabs.push(tab);
	if (tab.snapshot.matches('intro')) tab.send(START);
	return tab;
}

// The read path (`quiz-reading.ts`) is here, as in a tab that has read a record before: the
// controller then reads and writes at once. The last describe has it arrive late.
beforeAll(async () => {
	await pageReading.load();
});
beforeEach(() => localStorage.clear());
afterEach(() => {
	for (const tab of tabs.splice(0)) tab.destroy();
	localStorage.clear();
});

describe('two tabs', () => {
	test('answers given in one tab appear in the other', () => {
		const a = openTab();
		const b = openTab();
		a.send(answer(2));
		a.send(answer(-1));
		tellOtherTabs();
		expect(shown(b)).toEqual({ s1: 2, s2: -1 });
		// Each tab keeps its own place.
		expect(b.snapshot.context.index).toBe(0);
		expect(a.snapshot.context.index).toBe(2);
	});

	test('deleting in one tab clears the other, which never writes the answers back', () => {
		const a = openTab();
		a.send(answer(2));
		a.send(answer(1));
		const b = openTab();
		expect(shown(b)).toEqual({ s1: 2, s2: 1 });
		a.clearAnswers();
		tellOtherTabs();
		expect(shown(b)).toEqual({});
		expect(b.notices).toEqual([{ code: 'cleared-elsewhere' }]);
		expect(b.snapshot.value).toBe('intro');
		expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
		b.send(START);
		expect(b.notices).toEqual([]);
		expect(storedStances()).toEqual({});
		b.send(answer(-2));
		expect(storedStances()).toEqual({ s1: -2 });
	});

	test('a tab that missed the deletion finds it before acting, and forgets instead of writing back', () => {
		const a = openTab();
		a.send(answer(2));
		const b = openTab();
		a.clearAnswers();
		// No event reaches b (asleep): its next action finds the record gone.
		b.send(answer(1));
		expect(shown(b)).toEqual({});
		expect(b.notices).toEqual([{ code: 'cleared-elsewhere' }]);
		// The answer is not taken either: the quiz went back to its intro.
		expect(b.snapshot.value).toBe('intro');
		expect(storedStances()).toEqual({});
	});

	test('a stale tab never overwrites newer answers: it takes them in and adds its own', () => {
		const a = openTab();
		const b = openTab();
		a.send(answer(2));
		a.send(answer(1));
		// b heard nothing and answers the first statement, then the third.
		b.send(answer(-2));
		expect(shown(b)).toEqual({ s1: -2, s2: 1 });
		expect(storedStances()).toEqual({ s1: -2, s2: 1 });
		tellOtherTabs();
		expect(shown(a)).toEqual({ s1: -2, s2: 1 });
	});

	test('answers given in both tabs at once are merged per statement', () => {
		const a = openTab();
		const b = openTab();
		a.send(answer(2));
		// b acts on s1 before the event arrives, a's value already taken in; then both tabs
		// answer another statement without hearing of each other's.
		b.send(answer(-1));
		tellOtherTabs();
		expect(shown(a)).toEqual({ s1: -1 });
		a.send(answer(0));
		const afterA = localStorage.getItem(STORAGE_KEY);
		tellOtherTabs();
		expect(shown(b)).toEqual({ s1: -1, s2: 0 });
		expect(afterA).toBe(localStorage.getItem(STORAGE_KEY));
	});
});

/** A storage that takes writes until `full` is set, as a quota that fills up. */
class FillingStorage extends MemoryStorage {
	full = false;
	override setItem(key: string, value: string): void {
		if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		super.setItem(key, value);
	}
}

describe('a storage that fills up during the visit', () => {
	test('says at once that the answers live only in this tab, and a reload never says "restored"', () => {
		const raw = new FillingStorage();
		const tab = new QuizController(THREE);
		tab.resume(() => raw);
		tab.send(START);
		tab.send(answer(2));
		expect(tab.notices).toEqual([]);
		expect(raw.getItem(INTACT_KEY)).toBe('1');
		raw.full = true;
		tab.send(answer(1));
		expect(tab.notices).toEqual([{ code: 'unsaved' }]);
		expect(raw.getItem(INTACT_KEY)).toBeNull();
		// The quiz goes on from memory.
		tab.send(answer(-1));
		expect(shown(tab)).toEqual({ s1: 2, s2: 1, s3: -1 });
		tab.destroy();

		// The next visit, with room again: the one answer saved before comes back, and the
		// notice says that later ones were not saved.
		raw.full = false;
		const again = new QuizController(THREE);
		again.resume(() => raw);
		expect(again.notices).toEqual([{ code: 'incomplete', kept: 1 }]);
		expect(shown(again)).toEqual({ s1: 2 });
		expect(raw.getItem(INTACT_KEY)).toBe('1');
		again.destroy();

		// And the visit after that is an ordinary one.
		const third = new QuizController(THREE);
		third.resume(() => raw);
		expect(third.notices).toEqual([{ code: 'restored' }]);
		third.destroy();
	});

	test('"Slett svarene mine" after the storage filled up still deletes what was saved', () => {
		const raw = new FillingStorage();
		const tab = new QuizController(THREE);
		tab.resume(() => raw);
		tab.send(START);
		tab.send(answer(2));
		raw.full = true;
		tab.send(answer(1));
		tab.clearAnswers();
		expect(raw.data.size).toBe(0);
		tab.destroy();
	});
});

/**
 * A read path that arrives when the test says (`arrive`), or fails to load (`fail`), as on a
 * slow or lost connection; `loads` counts the times it was asked for.
 */
function lateReading() {
	let module: Reading | undefined;
	const waiting: { resolve: (reading: Reading) => void; reject: (error: Error) => void }[] = [];
	/** Lets the controller's callbacks run. */
	const settled = () => new Promise((resolve) => setTimeout(resolve));
	const source = {
		loads: 0,
		loaded: () => module,
		load() {
			source.loads++;
			return new Promise<Reading>((resolve, reject) => waiting.push({ resolve, reject }));
		},
		async arrive() {
			module = await import('./quiz-reading.ts');
			for (const { resolve } of waiting.splice(0)) resolve(module);
			await settled();
		},
		async fail() {
			for (const { reject } of waiting.splice(0)) reject(new Error('offline'));
			await settled();
		}
	} satisfies ReadingSource & Record<string, unknown>;
	return source;
}

describe('before the read path has loaded', () => {
	const T = Date.UTC(2026, 10, 2, 12);
	beforeEach(() => vi.useFakeTimers({ toFake: ['Date'], now: T }));
	afterEach(() => vi.useRealTimers());

	/** A tab whose read path has not loaded yet. */
	function lateTab(reading: ReadingSource): QuizController {
		const tab = new QuizController(THREE, reading);
		tabs.push(tab);
		return tab;
	}

	/**
	 * A first visit whose tab hears of another tab's two answers (the read path asked for, not
	 * yet here); a second later the voter answers the first statement here too.
	 */
	async function answeredBeforeItLoads() {
		const reading = lateReading();
		const late = lateTab(reading);
		await late.resume(() => localStorage);
		late.send(START);
		const other = openTab();
		other.send(answer(2));
		other.send(answer(1));
		tellOtherTabs();
		vi.setSystemTime(T + 1000);
		late.send(answer(-1));
		return { reading, late, other };
	}

	test('a first visit starts, answers and saves without it', async () => {
		const reading = lateReading();
		const tab = lateTab(reading);
		await tab.resume(() => localStorage);
		tab.send(START);
		tab.send(answer(2));
		expect(storedStances()).toEqual({ s1: 2 });
		expect(reading.loads).toBe(0);
	});

	test("a returning voter's quiz waits for it, and nothing is written until the answers are back", async () => {
		const before = openTab();
		before.send(answer(2));
		before.send(answer(-1));
		before.destroy();
		const saved = localStorage.getItem(STORAGE_KEY);

		const reading = lateReading();
		const tab = lateTab(reading);
		let restored = false;
		void tab.resume(() => localStorage).then(() => (restored = true));
		await new Promise((resolve) => setTimeout(resolve));
		expect(restored).toBe(false);
		expect(reading.loads).toBe(1);
		expect(tab.snapshot.value).toBe('intro');
		expect(localStorage.getItem(STORAGE_KEY)).toBe(saved);

		await reading.arrive();
		expect(restored).toBe(true);
		expect(shown(tab)).toEqual({ s1: 2, s2: -1 });
		expect(tab.notices).toEqual([{ code: 'restored' }]);
	});

	test('when it cannot load, the stored answers stay untouched, and trying again restores them', async () => {
		const before = openTab();
		before.send(answer(1));
		before.destroy();
		const saved = localStorage.getItem(STORAGE_KEY);

		const reading = lateReading();
		const tab = lateTab(reading);
		const first = expect(tab.resume(() => localStorage)).rejects.toThrow('offline');
		await reading.fail();
		await first;
		expect(localStorage.getItem(STORAGE_KEY)).toBe(saved);
		expect(shown(tab)).toEqual({});

		const again = tab.resume(() => localStorage);
		await reading.arrive();
		await again;
		expect(shown(tab)).toEqual({ s1: 1 });
		expect(tab.notices).toEqual([{ code: 'restored' }]);
	});

	test("a tab that hears of another tab's answers first writes nothing until it has taken them in", async () => {
		const { reading, late, other } = await answeredBeforeItLoads();
		expect(reading.loads).toBe(1);
		expect(shown(late)).toEqual({ s1: -1 });
		expect(storedStances()).toEqual({ s1: 2, s2: 1 });

		await reading.arrive();
		// The newer answer here wins; the other tab's second answer is kept.
		expect(shown(late)).toEqual({ s1: -1, s2: 1 });
		expect(storedStances()).toEqual({ s1: -1, s2: 1 });
		tellOtherTabs();
		expect(shown(other)).toEqual({ s1: -1, s2: 1 });
	});

	test('should it fail to load, the tab stores its own answers, and the other tab merges its own back', async () => {
		const { reading } = await answeredBeforeItLoads();
		expect(storedStances()).toEqual({ s1: 2, s2: 1 });
		await reading.fail();
		expect(storedStances()).toEqual({ s1: -1 });
		tellOtherTabs();
		expect(storedStances()).toEqual({ s1: -1, s2: 1 });
	});
});
