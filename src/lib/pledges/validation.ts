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
