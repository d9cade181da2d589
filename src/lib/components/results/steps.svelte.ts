import { flushSync } from 'svelte';
import { whenIdle } from '../idle.ts';

/** How far a list drawn in steps has got. */
export interface DrawnInSteps {
	/** How many of the list's items are drawn. */
	readonly count: number;
	/** Every item is drawn. */
	readonly complete: boolean;
}

/**
 * The main-thread time one step of drawing may take, in ms of the idle moment it runs in, before
 * it hands the thread back (it always draws one item at least). The device's own time: a phone
 * four times slower than a laptop draws a quarter of the items in a step, so that no step makes a
 * long task (50 ms) there.
 */
export const STEP_BUDGET_MS = 4;

/**
 * A long list in a closed section of the results, drawn a few items at a time: none at first,
 * then, each time the browser is idle, one item after another until the step has used
 * {@link STEP_BUDGET_MS} of the idle moment or the moment ends (each item is drawn, `flushSync`,
 * before the time is read), so that no one piece of the drawing holds up the page for long on a
 * slow phone. While `steps()` is false (the section is open) every item is drawn at once, and
 * stays drawn. Call it while a component initialises (it runs an effect), in the component that
 * draws the list, so that the steps start when the list is first drawn.
 */
export function drawnInSteps(total: () => number, steps: () => boolean): DrawnInSteps {
	let count = $state(steps() && !import.meta.env.SSR ? 0 : Infinity);
	$effect(() => {
		if (!steps()) count = Infinity;
		if (count >= total()) return;
		return whenIdle((idle) => {
			const start = idle.timeRemaining();
			let left: number;
			do {
				count += 1;
				flushSync();
				left = idle.timeRemaining();
			} while (count < total() && steps() && left > 0 && start - left < STEP_BUDGET_MS);
		}, 50);
	});
	return {
		get count() {
			return count;
		},
		get complete() {
			return count >= total();
		}
	};
}
