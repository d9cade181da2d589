/**
 * When a quiz page became answerable, on the page's own clock: the moment its island marks the
 * quiz hydrated (`.quiz[data-hydrated="true"]`). Read by `npm run perf` (ready) and the e2e
 * tests that check what loads before and after it.
 */
import type { Page } from 'playwright-core';

/** The page's function that tells the test the quiz is hydrated. */
const BINDING = 'valgomatHydrated';

/**
 * Records the moment for every document `page` loads from now on (call before `goto`), and
 * resolves `hydrated` when the first comes. The page tells it through a binding, so waiting
 * puts no script of the harness into the page while it loads: a Playwright locator's wait
 * injects Playwright's own script, about 80 ms of main-thread work on the phone profile's slow
 * CPU, which a page's first load would be charged for.
 */
export async function recordHydration(page: Page): Promise<{ hydrated: Promise<void> }> {
	let resolve!: () => void;
	const hydrated = new Promise<void>((r) => (resolve = r));
	await page.exposeFunction(BINDING, () => resolve());
	await page.addInitScript((binding) => {
		new MutationObserver((_, observer) => {
			if (document.querySelector('.quiz[data-hydrated="true"]')) {
				(window as unknown as { hydratedAt: number }).hydratedAt = performance.now();
				observer.disconnect();
				(window as unknown as Record<string, () => void>)[binding]!();
			}
		}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-hydrated'] });
	}, BINDING);
	return { hydrated };
}

/** The recorded moment in ms since the page's navigation started, or undefined (not yet). */
export function hydratedAt(page: Page): Promise<number | undefined> {
	return page.evaluate(() => (window as unknown as { hydratedAt?: number }).hydratedAt);
}
