/**
 * Reading the editors' YAML files: the one place every YAML file the project reads goes
 * through (`seeds/documents.yaml`, `content/statements.yaml`, `content/site.yaml`, and any
 * file added later), so that YAML which would silently change what the file says fails
 * with the line it is on instead of being read differently from how it looks:
 *
 * - bytes that are not UTF-8 (decoded with a fatal decoder, never replaced by `�`);
 * - syntax errors, duplicate keys, several documents in one file, and the parser's
 *   resource limits (too deep nesting);
 * - tags (`!!binary`, `!foo`): none of these files uses one, and a tag changes a value's type;
 * - an unquoted ` #` after a plain text value, which YAML reads as the start of a comment,
 *   so the text ends there (`text: Vi vil ha #1 prioritet` is "Vi vil ha");
 * - alias bombs: aliases expanding past `YAML_LIMITS.maxAliasCount`, and files larger than
 *   `YAML_LIMITS.maxBytes`.
 *
 * Pure: the loaders read the bytes and pass them in. Each file's schema then validates the
 * data and locates its problems with the line map returned here.
 */
import {
	isAlias,
	isMap,
	isPair,
	isScalar,
	isSeq,
	LineCounter,
	parseDocument,
	visit,
	type Node
} from 'yaml';
import { formatPath } from './validation.ts';

/** The limits a YAML file must stay within. */
export const YAML_LIMITS = {
	/** The largest file read, in bytes (the statements file is about 40 KB). */
	maxBytes: 2 * 1024 * 1024,
	/** Alias expansions allowed while building the data (the `yaml` library's `maxAliasCount`). */
	maxAliasCount: 100
} as const;

/**
 * One problem with an editors' file (any of the YAML files, whichever schema found it): the
 * field it is in and its line where known.
 */
export interface FileIssue {
	/** Field path, e.g. `documents[2].region`; empty for a problem with the file or its YAML. */
	path: string;
	message: string;
	/** 1-based line in the file, when known. */
	line?: number;
	/** 1-based column; only set for problems with the YAML itself. */
	column?: number;
}

/**
 * One issue as a line of an error message: `<file>:<line>[:<column>]: <message>` for a
 * problem with the file or its YAML, `<file>: <context><path>: <message> (line <n>)` for a
 * field (`context` names what the field is in, e.g. `statement "x": `).
 */
export function formatFileIssue(file: string, issue: FileIssue, context = ''): string {
	if (!context && !issue.path && issue.line !== undefined) {
		return `${file}:${issue.line}${issue.column === undefined ? '' : `:${issue.column}`}: ${issue.message}`;
	}
	const path = issue.path ? `${issue.path}: ` : '';
	const line = issue.line === undefined ? '' : ` (line ${issue.line})`;
	return `${file}: ${context}${path}${issue.message}${line}`;
}

/** A YAML file read: its data and the line of every field, keyed by its path. */
export interface YamlData {
	data: unknown;
	/** The line of each mapping key and list item, keyed by its full path, e.g. `documents[2].region`. */
	lines: ReadonlyMap<string, number>;
}

export type YamlResult = ({ ok: true } & YamlData) | { ok: false; issues: FileIssue[] };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * `bytes` as UTF-8 text (a byte-order mark is dropped), or the 1-based line holding the
 * first byte sequence that is not UTF-8. A line feed is never part of a multi-byte
 * sequence, so the file is decoded line by line to find it.
 */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { line: number } {
	try {
		return { text: utf8.decode(bytes) };
	} catch {
		let start = 0;
		for (let line = 1; ; line++) {
			const end = bytes.indexOf(0x0a, start);
			const slice = bytes.subarray(start, end === -1 ? bytes.length : end);
			try {
				new TextDecoder('utf-8', { fatal: true }).decode(slice);
			} catch {
				return { line };
			}
			if (end === -1) return { line };
			start = end + 1;
		}
	}
}

/** The line of every mapping key and list item, keyed by its formatted path. */
function lineMap(root: Node | null, counter: LineCounter): Map<string, number> {
	const lines = new Map<string, number>();
	const lineOf = (node: Node | null | undefined) =>
		node?.range ? counter.linePos(node.range[0]).line : undefined;
	const walk = (node: unknown, path: (string | number)[]) => {
		if (isMap(node)) {
			for (const pair of node.items) {
				if (!isPair(pair) || !isScalar(pair.key)) continue;
				const child = [...path, String(pair.key.value)];
				const line = lineOf(pair.key);
				if (line !== undefined) lines.set(formatPath(child), line);
				walk(pair.value, child);
			}
		} else if (isSeq(node)) {
			node.items.forEach((item, i) => {
				const child = [...path, i];
				const line = lineOf(item as Node | null);
				if (line !== undefined) lines.set(formatPath(child), line);
				walk(item, child);
			});
		}
	};
	walk(root, []);
	return lines;
}

/**
 * The line of the field at `path` in a line map from `readYaml`, else of its nearest
 * ancestor (a missing field has no line of its own); undefined when none is known.
 */
export function lineOf(
	lines: ReadonlyMap<string, number>,
	path: readonly PropertyKey[]
): number | undefined {
	for (let n = path.length; n > 0; n--) {
		const line = lines.get(formatPath(path.slice(0, n)));
		if (line !== undefined) return line;
	}
	return undefined;
}

/**
 * An issue with the field at `path`, located at the line of `linePath` (by default the field
 * itself; an unknown key is located at the key), else of its nearest ancestor.
 */
export function issueAt(
	lines: ReadonlyMap<string, number>,
	path: readonly PropertyKey[],
	message: string,
	linePath: readonly PropertyKey[] = path
): FileIssue {
	const issue: FileIssue = { path: formatPath(path), message };
	const line = lineOf(lines, linePath);
	if (line !== undefined) issue.line = line;
	return issue;
}

/** The first line of a `yaml` library message, without the position the issue carries. */
function libraryMessage(message: string): string {
	const first = message.split('\n')[0] ?? message;
	return `invalid YAML: ${first.replace(/ at line \d+, column \d+:?$/, '')}`;
}

/** A comment that starts on the same line right after a value: whitespace, then `#`. */
const TRAILING_COMMENT = /^[ \t]+#/;

/**
 * Reads a YAML file (its bytes, or text already decoded) into data and a line map, or
 * every problem that would make the data differ from what the file seems to say (see the
 * module comment). Syntax problems are reported alone, since the rest cannot be judged then.
 */
export function readYaml(source: string | Uint8Array): YamlResult {
	if (source.length > YAML_LIMITS.maxBytes) {
		return {
			ok: false,
			issues: [
				{
					path: '',
					message: `the file is larger than ${YAML_LIMITS.maxBytes / 1024 / 1024} MB, the most a YAML file may hold`
				}
			]
		};
	}
	let text: string;
	if (typeof source === 'string') text = source;
	else {
		const decoded = decodeUtf8(source);
		if ('line' in decoded) {
			return {
				ok: false,
				issues: [
					{
						path: '',
						line: decoded.line,
						message:
							'the file is not valid UTF-8 (a byte on this line is in another encoding); save it as UTF-8'
					}
				]
			};
		}
		text = decoded.text;
	}

	const counter = new LineCounter();
	const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true, lineCounter: counter });
	const at = (offset: number, message: string): FileIssue => {
		const { line, col } = counter.linePos(offset);
		return { path: '', line, column: col, message };
	};
	const fromLibrary = doc.errors.length > 0 ? doc.errors : doc.warnings;
	const issues: FileIssue[] = fromLibrary.map((error) => {
		const pos = error.linePos?.[0];
		const issue: FileIssue = { path: '', message: libraryMessage(error.message) };
		if (pos) Object.assign(issue, { line: pos.line, column: pos.col });
		return issue;
	});
	if (doc.errors.length > 0) return { ok: false, issues };

	let firstAlias: number | undefined;
	visit(doc, {
		Node(key, node) {
			if (isAlias(node)) firstAlias ??= node.range?.[0];
			if (node.tag !== undefined && node.range) {
				// The tag stands before the value; report it at the value.
				issues.push(
					at(
						node.range[0],
						`YAML tags such as ${node.tag.replace(/^tag:yaml\.org,2002:/, '!!')} are not used in this file; write the value without it (quote a text)`
					)
				);
			}
			if (
				key !== 'key' &&
				isScalar(node) &&
				node.type === 'PLAIN' &&
				typeof node.value === 'string' &&
				node.range
			) {
				const after = text.slice(node.range[1]);
				const comment = TRAILING_COMMENT.exec(after);
				if (comment) {
					issues.push(
						at(
							node.range[1] + comment[0].length - 1,
							`an unquoted " #" ends the text here: YAML reads the rest of the line as a comment, so the value is ${JSON.stringify(node.value)}; put the whole text in quotes, or move the comment to a line of its own`
						)
					);
				}
			}
		}
	});
	if (issues.length > 0) return { ok: false, issues };

	let data: unknown;
	try {
		data = doc.toJS({ maxAliasCount: YAML_LIMITS.maxAliasCount });
	} catch (error) {
		if (!(error instanceof ReferenceError)) throw error;
		const message = /excessive alias count/i.test(error.message)
			? `the aliases (*name) in this file expand to more than ${YAML_LIMITS.maxAliasCount} copies, which looks like an "alias bomb"; write the values out instead`
			: libraryMessage(error.message);
		return {
			ok: false,
			issues: [firstAlias === undefined ? { path: '', message } : at(firstAlias, message)]
		};
	}
	return { ok: true, data, lines: lineMap(doc.contents as Node | null, counter) };
}
