/**
 * The messages of the page's language. A page's scripts hold one language's messages: each
 * locale's table is its own chunk, loaded by the root layout (`loadMessages`), which hands it
 * to `useMessages` before any component renders. Components import `m` and read it while they
 * render or handle an event.
 *
 * The results' and sharing's messages come later: `loadLaterMessages` adds them to the table
 * before a results screen renders (a quiz page loads them after the first answer).
 *
 * Why a module binding does not leak between prerendered pages: the root layout sets it while
 * it renders, and server rendering is synchronous, so every component of a page reads the
 * binding before another page's render can begin. Server `load` functions and hooks run
 * asynchronously and never read `m`: they take a locale's table from `loadMessages`
 * (`loadLaterMessages` when they use the results' or sharing's words).
 */
import type { Format, Locale } from './format.ts';
import type { nb } from './nb/index.ts';

export type { Format, Locale } from './format.ts';
export { createFormat } from './format.ts';

/** `T` with every string literal type widened to `string` (the bokmål words are not the type). */
type Widened<T> = T extends string
	? string
	: T extends Format
		? Format
		: T extends (...args: infer A) => infer R
			? (...args: A) => Widened<R>
			: T extends object
				? { [K in keyof T]: Widened<T[K]> }
				: T;

/** The shape every locale must have: nynorsk and English `satisfies` it, key for key. */
export type Messages = Widened<typeof nb>;

/** The page's messages (set by the root layout; bokmål in tests, see tests/support). */
export let m: Messages;

/** Makes `messages` the page's messages: called by the root layout as it renders. */
export function useMessages(messages: Messages): void {
	m = messages;
}

/**
 * A locale's table as the page holds it: loaded in two parts, each locale's parts in their own
 * chunks so a page loads only its own language. `first` is everything but `later` (the results
 * and sharing them), which a quiz page needs only once the voter nears the results.
 */
const parts = {
	nb: { first: () => import('./nb/first.ts'), later: () => import('./nb/later.ts') },
	nn: { first: () => import('./nn/first.ts'), later: () => import('./nn/later.ts') },
	en: { first: () => import('./en/first.ts'), later: () => import('./en/later.ts') }
} satisfies Record<Locale, unknown>;

const tables = new Map<Locale, Promise<Messages>>();

/**
 * The messages of `locale`, without the results' and sharing's (`m.results`, `m.share`) until
 * `loadLaterMessages(locale)` has added them to the same table. Every call for one locale
 * gives the same table, so a component rendered after `loadLaterMessages` finds them in `m`.
 */
export function loadMessages(locale: Locale): Promise<Messages> {
	let table = tables.get(locale);
	if (table === undefined) {
		// The one place a partial table is typed whole: the results and sharing components,
		// the only readers of `later`'s keys, render only after `loadLaterMessages`.
		table = parts[locale].first().then((module) => ({ ...module.first }) as Messages);
		tables.set(locale, table);
	}
	return table;
}

/** Adds the results' and sharing's messages to `locale`'s table (once), then resolves it. */
export async function loadLaterMessages(locale: Locale): Promise<Messages> {
	const [table, { later }] = await Promise.all([loadMessages(locale), parts[locale].later()]);
	return Object.assign(table, later);
}

/**
 * Each language's name in that language, the same on every page: the language switch offers
 * «Nynorsk» to a reader who may not read the page's language.
 */
export const LANGUAGE_NAMES = {
	nb: 'Bokmål',
	nn: 'Nynorsk',
	en: 'English'
} satisfies Record<Locale, string>;

/**
 * The language the party documents, and so every quote, are written in. Quotes stay as the
 * parties wrote them (they are the evidence): pages in another language mark them up with
 * this `lang` and say so (`m.results.quotesLanguageNote`).
 */
export const DOCUMENTS_LANG: Locale = 'nb';
