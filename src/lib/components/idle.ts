/**
 * What an idle callback is told of its idle moment: how long it has left, in ms (the part of
 * the browser's `IdleDeadline` the app uses).
 */
export interface IdleTime {
	timeRemaining(): number;
}

/** How long an idle moment lasts where the browser has no `requestIdleCallback`, in ms. */
const FALLBACK_IDLE_MS = 10;

/**
 * Runs `run` once the browser is idle (`requestIdleCallback`; after `fallbackMs` where there is
 * none, as in Safari, with an idle moment of {@link FALLBACK_IDLE_MS}), and returns what cancels
 * it.
 */
export function whenIdle(run: (idle: IdleTime) => void, fallbackMs: number): () => void {
	if (typeof window.requestIdleCallback === 'function') {
		const handle = window.requestIdleCallback(run);
		return () => window.cancelIdleCallback(handle);
	}
	const handle = window.setTimeout(() => {
		const end = performance.now() + FALLBACK_IDLE_MS;
		run({ timeRemaining: () => Math.max(0, end - performance.now()) });
	}, fallbackMs);
	return () => window.clearTimeout(handle);
}
