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

export function browserHistory(): QuizHistory {
	// The quiz places each screen itself (the top of a new statement, the row of a changed
	// answer on the results), as it did under Kit, which turns the browser's restoring off too.
	window.history.scrollRestoration = 'manual';
	let place: QuizPlace | undefined = $state(placeIn(window.history.state));
	window.addEventListener('popstate', (event) => {
		place = placeIn(event.state);
	});
	return {
		get place() {
			return place;
		},
		push(next) {
			window.history.pushState({ quiz: next }, '');
			place = next;
		},
		replace(next) {
			window.history.replaceState({ quiz: next }, '');
			place = next;
		},
		back: () => window.history.back()
	};
}
