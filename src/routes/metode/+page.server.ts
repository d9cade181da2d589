import { loadMethodologyPage } from '#lib/content/methodology/load.ts';
import { loadLaterMessages } from '#lib/messages/index.ts';
import { localeOf } from '#lib/paths.ts';

/**
 * The methodology page is text and tables with nothing to press: it is prerendered and ships no
 * JavaScript when opened directly (hydrating it cost a 77 KB data script and about 0.3 s of main
 * thread on Lighthouse's phone). Reached by a link from a hydrated page it still renders there.
 */
export const csr = false;

/** The methodology page, built from content/methodology/<locale>.md and the content at prerender. */
export async function load({ url }) {
	const locale = localeOf(url.pathname);
	return loadMethodologyPage(locale, await loadLaterMessages(locale));
}
