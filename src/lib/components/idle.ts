/**
 * Runs `run` once the browser is idle (`requestIdleCallback`; after `fallbackMs` where there is
 * none, as in Safari), and returns what cancels it.
 */
export function whenIdle(run: () => void, fallbackMs: number): () => void {
	if (typeof window.requestIdleCallback === 'function') {
		const handle = window.requestIdleCallback(run);
		return () => window.cancelIdleCallback(handle);
	}
	const handle = window.setTimeout(run, fallbackMs);
	return () => window.clearTimeout(handle);
}
