/**
 * What every island does first: read the props its page wrote, build links on the site's root
 * and in its language, make its first words the page's messages, and keep links followed
 * offline from leaving the page (`offline-links.ts`).
 */
import { useFirstMessages, type Locale } from '#lib/messages/index.ts';
import { usePaths, useRoot } from '#lib/paths.ts';
import { guardOfflineLinks } from './offline-links.ts';
import { islandRoot, readProps } from './props.ts';

/** Opens an island in `locale` whose first words (`first.ts`) are `words`; returns its props. */
export function openIsland<P extends { root: string }>(locale: Locale, words: object): P {
	const props = readProps<P>();
	const root = islandRoot(props.root);
	useRoot(() => root);
	usePaths(locale);
	useFirstMessages(locale, words);
	guardOfflineLinks();
	return props;
}
