import { loadMethodologyPage } from '#lib/content/methodology/load.ts';
import { loadLaterMessages } from '#lib/messages/index.ts';
import { localeOf } from '#lib/paths.ts';

/** The methodology page, built from content/methodology/<locale>.md and the content at prerender. */
export async function load({ url }) {
	const locale = localeOf(url.pathname);
	return loadMethodologyPage(locale, await loadLaterMessages(locale));
}
