import { loadLaterMessages } from '#lib/messages/index.ts';
import { localeOf } from '#lib/paths.ts';

/** A shared result shows the results' and sharing's words from the start (see messages/index.ts). */
export async function load({ url }) {
	await loadLaterMessages(localeOf(url.pathname));
}
