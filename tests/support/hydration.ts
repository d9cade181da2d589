/**
 * When a quiz page became answerable, on the page's own clock: the moment its island marks the
 * quiz hydrated (`.quiz[data-hydrated="true"]`). Read by `npm run perf` (ready) and the e2e
 * tests that check what loads before and after it.
 */
import type { Page } from 'playwright-core';

/** Records the moment for every document `page` loads from now on (call before `goto`). */
export async function recordHydration(page: Page): Promise<void> {
	await page.addInitScript(() => {
		new MutationObserver((_, observer) => {
			if (document.querySelector('.quiz[data-hydrated="true"]')) {
				(window as unknown as { hydratedAt: number }).hydratedAt = performance.now();
				observer.disconnect();
			}
		}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-hydrated'] });
	});
}

/** The recorded moment in ms since the page's navigation started, or undefined (not yet). */
export function hydratedAt(page: Page): Promise<number | undefined> {
	return page.evaluate(() => (window as unknown as { hydratedAt?: number }).hydratedAt);
}
