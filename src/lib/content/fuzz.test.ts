/**
 * Fuzz tests of the editors' files as outside input (issue 15): random text and bytes, the
 * real files mutated (lines dropped, repeated, swapped, cut, text spliced in) and the real
 * data with one field replaced by a random value go through the one YAML reader and every
 * schema of the content and seeds. Each parser returns, or reports the problem the way it
 * documents (`ContentError`, `MetadataError`, or issues), naming the file and, for every
 * problem, the field or line: never any other error.
 */
import { readFileSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { parse, stringify } from 'yaml';
import { MetadataError, parseMetadata } from '#lib/pledges/metadata.ts';
import { seeds } from '#lib/pledges/test-support.ts';
import { readYaml, type FileIssue } from '#lib/pledges/yaml.ts';
import { parsePledgeTopics } from './pledge-topics.ts';
import { ContentError, parseStatements } from './schema.ts';
import { parseSiteFile } from './site/schema.ts';

const STATEMENTS = 'content/statements.yaml';
const SITE = 'content/site.yaml';
const TOPICS = 'content/pledge-topics.yaml';
const METADATA = 'seeds/documents.yaml';
const real = (file: string) => readFileSync(file, 'utf8');

/**
 * The file a fuzz run starts from: the real one, but the statements file cut to its first
 * statements (every schema of the file still in it, and each run fast).
 */
function base(file: string): string {
	if (file !== STATEMENTS) return real(file);
	const data = parse(real(file)) as { statements: unknown[] };
	return stringify({ ...data, statements: data.statements.slice(0, 2) });
}

const documentIds = seeds().metadata.documents.map((d) => d.id);
const topics = parseStatements(real(STATEMENTS), STATEMENTS, { documentIds }).topics;

/**
 * Every problem is located: a field path or a line of the file, or it names the field in its
 * message (a key that is the empty text, `unknown field ""`), or it is the one problem of a
 * file that is not a mapping at all.
 */
function located(issues: readonly FileIssue[]): void {
	expect(issues.length).toBeGreaterThan(0);
	for (const issue of issues) {
		expect(issue.message.trim()).not.toBe('');
		if (issue.path === '' && issue.line === undefined && !issue.message.includes('field ""')) {
			expect(issues).toHaveLength(1);
		}
	}
}

/**
 * Runs `parser` on `source`: it returns, or throws `type` naming `file` in every line of its
 * message with every problem located.
 */
function returnsOrReports(
	parser: (source: string | Uint8Array, file: string) => unknown,
	type: typeof ContentError | typeof MetadataError,
	file: string,
	source: string | Uint8Array
): void {
	let error: unknown;
	try {
		parser(source, file);
		return;
	} catch (e) {
		error = e;
	}
	expect(error).toBeInstanceOf(type);
	const { issues, message } = error as ContentError | MetadataError;
	expect(message.startsWith(file)).toBe(true);
	located(issues);
}

/** Every parser of the editors' files, with its file name. */
const PARSERS: [string, (source: string | Uint8Array) => void][] = [
	[
		STATEMENTS,
		(s) =>
			returnsOrReports(
				(x, f) => parseStatements(x, f, { documentIds }),
				ContentError,
				STATEMENTS,
				s
			)
	],
	[SITE, (s) => returnsOrReports(parseSiteFile, ContentError, SITE, s)],
	[METADATA, (s) => returnsOrReports(parseMetadata, MetadataError, METADATA, s)],
	[
		TOPICS,
		(s) => {
			const { issues } = parsePledgeTopics(s, TOPICS, {
				pledges: seeds().pledges,
				documentIds,
				topics: { file: STATEMENTS, topics }
			});
			if (issues.length > 0) located(issues);
			for (const issue of issues) expect(issue.file).toBe(TOPICS);
		}
	]
];

/** Changes to a file's lines, as an editor's slip or a broken copy would make them. */
type Mutation =
	| { kind: 'drop' | 'repeat'; at: number }
	| { kind: 'swap'; at: number; with: number }
	| { kind: 'cut'; at: number }
	| { kind: 'splice'; at: number; text: string }
	| { kind: 'indent'; at: number; by: number };

const yamlish = fc.stringMatching(/^[ \-:#&*!|>'"{}[\],?%@`a-zæøå0-9\n\t]{0,12}$/);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
	fc.record({ kind: fc.constantFrom('drop', 'repeat'), at: fc.nat() }),
	fc.record({ kind: fc.constant('swap'), at: fc.nat(), with: fc.nat() }),
	fc.record({ kind: fc.constant('cut'), at: fc.nat() }),
	fc.record({ kind: fc.constant('splice'), at: fc.nat(), text: fc.oneof(yamlish, fc.string()) }),
	fc.record({ kind: fc.constant('indent'), at: fc.nat(), by: fc.integer({ min: -4, max: 4 }) })
);

function mutate(text: string, mutations: readonly Mutation[]): string {
	let lines = text.split('\n');
	for (const m of mutations) {
		const at = m.at % Math.max(lines.length, 1);
		const line = lines[at] ?? '';
		if (m.kind === 'drop') lines.splice(at, 1);
		else if (m.kind === 'repeat') lines.splice(at, 0, line);
		else if (m.kind === 'swap') {
			const other = m.with % Math.max(lines.length, 1);
			[lines[at], lines[other]] = [lines[other] ?? '', line];
		} else if (m.kind === 'cut') {
			const all = lines.join('\n');
			lines = all.slice(0, m.at % (all.length + 1)).split('\n');
		} else if (m.kind === 'splice') {
			const column = m.at % (line.length + 1);
			lines[at] = line.slice(0, column) + m.text + line.slice(column);
		} else if (m.kind === 'indent') {
			lines[at] = m.by >= 0 ? ' '.repeat(m.by) + line : line.slice(-m.by);
		}
	}
	return lines.join('\n');
}

/** `data` with the value at a path chosen by `choices` replaced by `value`. */
function replaceAt(data: unknown, choices: readonly number[], value: unknown): unknown {
	if (choices.length === 0 || data === null || typeof data !== 'object') return value;
	const [choice, ...rest] = choices;
	if (Array.isArray(data)) {
		if (data.length === 0) return value;
		const i = choice! % data.length;
		return data.map((item, j) => (j === i ? replaceAt(item, rest, value) : item));
	}
	const keys = Object.keys(data);
	if (keys.length === 0) return value;
	const key = keys[choice! % keys.length]!;
	return { ...data, [key]: replaceAt((data as Record<string, unknown>)[key], rest, value) };
}

describe.each(PARSERS)('the parser of %s', (file, check) => {
	const text = base(file);

	test('reads the file it starts from', () => {
		expect(readYaml(text).ok).toBe(true);
		check(text);
	});

	test.prop([fc.oneof(fc.string({ unit: 'binary' }), yamlish)])(
		'returns or reports any text',
		(source) => check(source)
	);

	test.prop([fc.uint8Array({ maxLength: 200 })])('returns or reports any bytes', (bytes) =>
		check(bytes)
	);

	test.prop([fc.array(mutation, { minLength: 1, maxLength: 4 })], { numRuns: 40 })(
		'returns or reports the real file mutated',
		(mutations) => check(mutate(text, mutations))
	);

	test.prop([fc.array(fc.nat(), { maxLength: 5 }), fc.jsonValue({ maxDepth: 2 })], {
		numRuns: 40
	})('returns or reports the real data with one value replaced by any other', (path, value) =>
		check(stringify(replaceAt(parse(text), path, value)))
	);
});

describe('the YAML reader', () => {
	test.prop([fc.oneof(fc.string({ unit: 'binary' }), yamlish), fc.uint8Array({ maxLength: 64 })])(
		'never throws: a result, or problems each with a line',
		(text, bytes) => {
			for (const source of [text, bytes]) {
				const result = readYaml(source);
				if (!result.ok) {
					expect(result.issues.length).toBeGreaterThan(0);
					for (const issue of result.issues) expect(issue.line).toBeGreaterThan(0);
				}
			}
		}
	);
});
