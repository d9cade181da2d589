/**
 * The messages of the page's language. A page's scripts hold one language's messages: each
 * locale's table is its own chunk, loaded by the root layout (`loadMessages`), which hands it
 * to `useMessages` before any component renders. Components import `m` and read it while they
 * render or handle an event.
 *
 * Why a module binding does not leak between prerendered pages: the root layout sets it while
 * it renders, and server rendering is synchronous, so every component of a page reads the
 * binding before another page's render can begin. Server `load` functions and hooks run
 * asynchronously and never read `m`: they take a locale's table from `loadMessages` (or
 * `messagesFor` on the server).
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

/** The messages of `locale`, each locale in its own chunk so a page loads only its own. */
export function loadMessages(locale: Locale): Promise<Messages> {
	switch (locale) {
		case 'nb':
			return import('./nb/index.ts').then((module) => module.nb);
		case 'nn':
			return import('./nn/index.ts').then((module) => module.nn);
		case 'en':
			return import('./en/index.ts').then((module) => module.en);
	}
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
