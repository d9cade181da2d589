/**
 * The three message tables, for tests that compare languages (tests only: a page loads one
 * table through `loadMessages`).
 */
import type { Locale } from './format.ts';
import type { Messages } from './index.ts';
import { en } from './en/index.ts';
import { nb } from './nb/index.ts';
import { nn } from './nn/index.ts';

export const MESSAGES: Record<Locale, Messages> = { nb, nn, en };

/**
 * The value at a glossary key: a path of property names, the last of which may call the
 * function there with one JSON argument (`stanceName(null)`).
 */
export function messageAt(messages: Messages, key: string): unknown {
	const call = /^(.*)\((.*)\)$/.exec(key);
	const path = (call ? call[1]! : key).split('.');
	let value: unknown = messages;
	for (const name of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<string, unknown>)[name];
	}
	if (!call) return value;
	return typeof value === 'function'
		? (value as (arg: unknown) => unknown)(JSON.parse(call[2]!))
		: undefined;
}

/** Every message of a table, as key paths: a text, a list item or a function. */
export function messageKeys(value: unknown, prefix = ''): string[] {
	if (typeof value === 'string' || typeof value === 'function') return [prefix];
	if (value === null || typeof value !== 'object') return [];
	// The formatter is not a message: it formats, in the table's language.
	if (prefix === 'format') return [];
	return Object.entries(value).flatMap(([k, v]) =>
		messageKeys(v, prefix === '' ? k : `${prefix}.${k}`)
	);
}
