import { loadMessages } from '#lib/messages/index.ts';
import { localeOf } from '#lib/paths.ts';

export const prerender = true;
export const trailingSlash = 'always';

/** The page's language, from its URL (`/`, `/nn/`, `/en/`), and that language's messages. */
export async function load({ url }) {
	const locale = localeOf(url.pathname);
	return { locale, messages: await loadMessages(locale) };
}
