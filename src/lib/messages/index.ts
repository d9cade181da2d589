/**
 * The messages of the page's language. A page's scripts hold one language's messages: each
 * locale's table is its own chunk, loaded by the root layout (`loadMessages`), which hands it
 * to `useMessages` before any component renders. Components import `m` and read it while they
 * render or handle an event.
 *
 * The results' and sharing's messages come later: `loadLaterMessages` adds them to the table
 * before a results screen renders (a quiz page loads them after the first answer, and loads
 * only its `first` words, with its script: `useFirstMessages`).
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
 * A locale's table as the page holds it, loaded in parts, each locale's parts in their own
 * chunks so a page loads only its own language: `first` (the start page and the quiz before
 * its results), `pages` (the pages beside the quiz) and `later` (the results and sharing them).
 * An island imports its language's `first` with its script (`useFirstMessages`) and loads the
 * others once the voter nears the results; Kit's pages load `pages`, whose module carries
 * `first` too: `first` is never loaded on its own, so its chunk is the island's (see
 * scripts/vite-island.ts).
 */
const parts = {
	nb: {
		pages: () => import('./nb/pages.ts').then((module) => ({ ...module.first, ...module.pages })),
		later: () => import('./nb/later.ts').then((module) => module.later)
	},
	nn: {
		pages: () => import('./nn/pages.ts').then((module) => ({ ...module.first, ...module.pages })),
		later: () => import('./nn/later.ts').then((module) => module.later)
	},
	en: {
		pages: () => import('./en/pages.ts').then((module) => ({ ...module.first, ...module.pages })),
		later: () => import('./en/later.ts').then((module) => module.later)
	}
} satisfies Record<Locale, Record<string, () => Promise<object>>>;

type Part = keyof (typeof parts)[Locale];

/**
 * One table per locale, filled part by part: every load for a locale gives the same object, so
 * a component rendered after a part arrived finds it in `m`. The one place a partial table is
 * typed whole: a component reads only the parts its page has loaded before it renders (the quiz
 * screens `first`, checked by `islands.svelte.test.ts`).
 */
const tables = new Map<Locale, Messages>();
const arriving = new Map<`${Locale}/${Part}`, Promise<Messages>>();

function tableOf(locale: Locale): Messages {
	let table = tables.get(locale);
	if (table === undefined) tables.set(locale, (table = {} as Messages));
	return table;
}

function withPart(locale: Locale, part: Part): Promise<Messages> {
	const key = `${locale}/${part}` as const;
	let loading = arriving.get(key);
	if (loading === undefined) {
		loading = parts[locale][part]().then((words) => Object.assign(tableOf(locale), words));
		arriving.set(key, loading);
	}
	return loading;
}

async function withParts(locale: Locale, wanted: Part[]): Promise<Messages> {
	const [table] = await Promise.all(wanted.map((part) => withPart(locale, part)));
	return table!;
}

/**
 * Makes `words`, `locale`'s `first` part as an island imports it with its script, the page's
 * messages (the table the other parts are added to later).
 */
export function useFirstMessages(locale: Locale, words: object): void {
	useMessages(Object.assign(tableOf(locale), words));
}

/**
 * The messages of `locale`, without the results' and sharing's (`m.results`, `m.share`) until
 * `loadLaterMessages(locale)` has added them to the same table.
 */
export const loadMessages = (locale: Locale): Promise<Messages> => withParts(locale, ['pages']);

/** Adds the results', sharing's and other pages' messages to `locale`'s table, then resolves it. */
export const loadLaterMessages = (locale: Locale): Promise<Messages> =>
	withParts(locale, ['pages', 'later']);

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
