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

/**
 * The browser's history for the quiz. Writing an entry's state is a few ms of the main thread in
 * Chromium (10 ms at 1× in a profile of a returning voter's page, a third of the task that
 * restores the quiz), so `replace` writes the entry in a task of its own, after the one that asks
 * for it, while `place` follows at once. Whatever else is done to the history first writes a
 * replacement still to be written (`push`, `back`, leaving the page), so the entries keep their
 * order; back or forward (`popstate`) drops it, as it was for the entry the voter left.
 */
export function browserHistory(): QuizHistory {
	// The quiz places each screen itself (the top of a new statement, the row of a changed
	// answer on the results), as it did under Kit, which turns the browser's restoring off too.
	window.history.scrollRestoration = 'manual';
	let place: QuizPlace | undefined = $state(placeIn(window.history.state));
	/** A replacement of the current entry's place not yet written. */
	let pending: QuizPlace | undefined;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const write = () => {
		clearTimeout(timer);
		if (pending !== undefined) window.history.replaceState({ quiz: pending }, '');
		pending = undefined;
	};
	window.addEventListener('popstate', (event) => {
		clearTimeout(timer);
		pending = undefined;
		place = placeIn(event.state);
	});
	window.addEventListener('pagehide', write);
	return {
		get place() {
			return place;
		},
		push(next) {
			write();
			window.history.pushState({ quiz: next }, '');
			place = next;
		},
		replace(next) {
			pending = next;
			place = next;
			clearTimeout(timer);
			timer = setTimeout(write);
		},
		back: () => {
			write();
			window.history.back();
		}
	};
}
