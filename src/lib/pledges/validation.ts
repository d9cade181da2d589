/**
 * Building blocks for the schemas of the editors' YAML files (the seed
 * metadata here, the statements in the content layer), so that every file
 * reports problems the same way: `<path>: expected <what>, got <value>`.
 */
import { z } from 'zod';

/** How a value that failed validation is shown in a message. */
export function describeValue(input: unknown): string {
	if (input === undefined) return 'nothing (the field is missing)';
	if (input === null) return 'nothing (the field is empty)';
	if (Array.isArray(input)) return 'a list';
	if (typeof input === 'object') return 'a mapping';
	return JSON.stringify(input) ?? String(input);
}

/** Zod error option producing `expected <what>, got <value>`. */
export function expected(what: string) {
	return {
		error: (issue: { input?: unknown }) => `expected ${what}, got ${describeValue(issue.input)}`
	};
}

/** Ids are kebab-case: `ap-oslo`, `fastlege-kortere-lister`. */
export const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A kebab-case id field. */
export const idField = (what: string) =>
	z.string(expected(what)).regex(ID, expected(`${what} (kebab-case: a-z, 0-9 and "-")`));

/** A text field that is not blank. */
export const textField = (what: string) => z.string(expected(what)).regex(/\S/, expected(what));

/** `['documents', 2, 'region']` → `documents[2].region`. */
export function formatPath(path: readonly PropertyKey[]): string {
	return path
		.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
		.join('');
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD` (not `2021-02-30`). */
export function isCalendarDate(text: string): text is `${number}-${number}-${number}` {
	const match = DATE.exec(text);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	return (
		date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
	);
}

/** A calendar date field, `YYYY-MM-DD`. */
export const dateField = (what: string) =>
	z
		.string(expected(`${what} as "YYYY-MM-DD"`))
		.refine(isCalendarDate, expected(`${what} as "YYYY-MM-DD" (a real date)`));

/**
 * True for an absolute `https:` URL to a named host, without user name or password, written
 * without spaces: the only kind of outside link the data may carry.
 */
export function isHttpsUrl(text: string): boolean {
	if (/\s/.test(text) || !URL.canParse(text)) return false;
	const url = new URL(text);
	return url.protocol === 'https:' && url.hostname.includes('.') && !url.username && !url.password;
}

/** An `https:` link field (see {@link isHttpsUrl}). */
export const httpsUrlField = (what: string) =>
	z
		.string(expected(`${what} (an https:// address)`))
		.refine(isHttpsUrl, expected(`${what} (an https:// address)`));
