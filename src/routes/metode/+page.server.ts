import { loadMethodologyPage } from '#lib/content/methodology/load.ts';
import { m } from '#lib/messages/index.ts';

/** The methodology page, built from content/methodology/nb.md and the content at prerender. */
export function load() {
	return loadMethodologyPage('nb', m);
}
