import { whenIdle } from '../idle.ts';

/** How far a list drawn in steps has got. */
export interface DrawnInSteps {
	/** How many of the list's items are drawn. */
	readonly count: number;
	/** Every item is drawn. */
	readonly complete: boolean;
}

/**
 * A long list in a closed section of the results, drawn a few items at a time: `perStep` at
 * first and `perStep` more each time the browser is idle after, so that no one piece of the
 * drawing holds up the page for long on a slow phone. While `steps()` is false (the section is
 * open) every item is drawn at once, and stays drawn. Call it while a component initialises
 * (it runs an effect), in the component that draws the list, so that the steps start when the
 * list is first drawn.
 */
export function drawnInSteps(
	total: () => number,
	perStep: number,
	steps: () => boolean
): DrawnInSteps {
	let count = $state(steps() && !import.meta.env.SSR ? perStep : Infinity);
	$effect(() => {
		if (!steps()) count = Infinity;
		if (count >= total()) return;
		return whenIdle(() => (count += perStep), 50);
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
