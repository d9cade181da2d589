/**
 * The browser's history for a quiz hydrated as an island (no Kit router on the page): each
 * screen the voter moves to is an entry whose `history.state` holds the quiz's place (never
 * answers), and the URL never changes. A reload keeps the entry's state, so the quiz reopens
 * where it was. The place is reactive: back and forward (`popstate`) change it.
 */
import type { QuizHistory } from '../Quiz.svelte';
import type { QuizPlace } from '#lib/quiz/index.ts';

/** The quiz's place in a history entry's state, if it holds one (the state is untrusted). */
export function placeIn(state: unknown): QuizPlace | undefined {
	if (typeof state !== 'object' || state === null || !('quiz' in state)) return undefined;
	const place = (state as { quiz: unknown }).quiz;
	if (typeof place !== 'object' || place === null) return undefined;
	const { step, index } = place as Record<string, unknown>;
	return typeof step === 'string' && typeof index === 'number' && Number.isInteger(index)
		? ({ step, index } as QuizPlace)
		: undefined;
}

/** Runs `task` once the browser has painted the frame that is being prepared. */
export function afterPaint(task: () => void): void {
	if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(task));
	else setTimeout(task);
}

/**
 * The browser's history as the quiz's. The place changes at once; the entry is written after
 * the next paint (`later`): `pushState` costs about 5 ms of a tap's main-thread work on a slow
 * phone, and the next statement should not wait for it. Writes keep their order; `back()`
 * writes what is pending first; a `popstate` (the voter went back or forward before a write)
 * drops what is pending, since the entry the browser shows is the truth.
 */
export function browserHistory(later: (task: () => void) => void = afterPaint): QuizHistory {
	// The quiz places each screen itself (the top of a new statement, the row of a changed
	// answer on the results), as it did under Kit, which turns the browser's restoring off too.
	window.history.scrollRestoration = 'manual';
	let place: QuizPlace | undefined = $state(placeIn(window.history.state));
	let pending: (() => void)[] = [];
	const write = () => {
		const writes = pending;
		pending = [];
		for (const w of writes) w();
	};
	const queue = (w: () => void) => {
		pending.push(w);
		if (pending.length === 1) later(write);
	};
	window.addEventListener('popstate', (event) => {
		pending = [];
		place = placeIn(event.state);
	});
	return {
		get place() {
			return place;
		},
		push(next) {
			queue(() => window.history.pushState({ quiz: next }, ''));
			place = next;
		},
		replace(next) {
			queue(() => window.history.replaceState({ quiz: next }, ''));
			place = next;
		},
		back: () => {
			write();
			window.history.back();
		}
	};
}
