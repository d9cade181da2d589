import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './test-support.ts';
import {
	decodeUtf8,
	formatFileIssue,
	lineOf,
	readYaml,
	YAML_LIMITS,
	type FileIssue,
	type YamlResult
} from './yaml.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

/** The issues of a file that must fail. */
function issuesOf(source: string | Uint8Array): FileIssue[] {
	const result: YamlResult = readYaml(source);
	if (result.ok) expect.unreachable(`readYaml accepted ${JSON.stringify(source)}`);
	return result.issues;
}

function dataOf(source: string | Uint8Array): unknown {
	const result = readYaml(source);
	if (!result.ok) expect.unreachable(result.issues.map((i) => i.message).join('\n'));
	return result.data;
}

describe('decodeUtf8', () => {
	it('decodes UTF-8 and drops a byte-order mark', () => {
		expect(decodeUtf8(bytes('\uFEFFHøyre – «sitat»\n'))).toEqual({ text: 'Høyre – «sitat»\n' });
	});

	it('names the line of the first byte that is not UTF-8 (a Latin-1 "ø")', () => {
		const latin1 = Uint8Array.from([...bytes('a: 1\nb: 2\nc: H'), 0xf8, ...bytes('yre\nd: 4\n')]);
		expect(decodeUtf8(latin1)).toEqual({ line: 3 });
		expect(decodeUtf8(Uint8Array.from([0xc3]))).toEqual({ line: 1 });
		expect(decodeUtf8(Uint8Array.from([...bytes('ok\n'), 0xc3]))).toEqual({ line: 2 });
	});
});

describe('readYaml: what it accepts', () => {
	it('reads data and the line of every key and list item', () => {
		const result = readYaml('a:\n  - x\n  - y: 1\nb: "text # not a comment"\n');
		expect(result.ok && result.data).toEqual({
			a: ['x', { y: 1 }],
			b: 'text # not a comment'
		});
		expect(result.ok && Object.fromEntries(result.lines)).toEqual({
			a: 1,
			'a[0]': 2,
			'a[1]': 3,
			'a[1].y': 3,
			b: 4
		});
	});

	it('allows comments on their own lines, after numbers and booleans, and # inside words', () => {
		expect(
			dataOf(
				'# heading\nstance: 1 # a note\nflag: true # another\nnone: null # national\ncolour: "#c8102e"\ntext: Nr.#1 er viktig\n'
			)
		).toEqual({ stance: 1, flag: true, none: null, colour: '#c8102e', text: 'Nr.#1 er viktig' });
	});

	it('keeps a block scalar’s # as text', () => {
		expect(dataOf('text: >-\n  Vi vil ha #1\n  prioritet\n')).toEqual({
			text: 'Vi vil ha #1 prioritet'
		});
	});

	it('allows a few aliases', () => {
		expect(dataOf('a: &q "Sitat"\nb: [*q, *q]\n')).toEqual({ a: 'Sitat', b: ['Sitat', 'Sitat'] });
	});

	it('reads every YAML file the project has', () => {
		for (const file of ['seeds/documents.yaml', 'content/statements.yaml', 'content/site.yaml']) {
			expect(readYaml(readFileSync(join(ROOT, file))).ok, file).toBe(true);
		}
	});
});

describe('readYaml: YAML that would be read differently from how it looks fails at its line', () => {
	it('an unquoted " #" that ends a text', () => {
		const issues = issuesOf('id: a\ntext: Vi vil ha #1 prioritet\n');
		expect(issues).toEqual([
			{
				path: '',
				line: 2,
				column: 17,
				message:
					'an unquoted " #" ends the text here: YAML reads the rest of the line as a comment, so the value is "Vi vil ha"; put the whole text in quotes, or move the comment to a line of its own'
			}
		]);
	});

	it('the same in a list item, after a wrapped text and in a flow mapping', () => {
		expect(issuesOf('quotes:\n  - Styrke legevakten # viktig\n').map((i) => i.line)).toEqual([2]);
		expect(issuesOf('text: Første linje\n  andre linje # kommentar\n').map((i) => i.line)).toEqual([
			2
		]);
		expect(issuesOf('{ text: Foo # bar\n }\n').map((i) => i.line)).toEqual([1]);
	});

	it('bytes that are not UTF-8', () => {
		const latin1 = Uint8Array.from([...bytes('a: 1\ntext: H'), 0xf8, ...bytes('yre\n')]);
		expect(issuesOf(latin1)).toEqual([
			{
				path: '',
				line: 2,
				message:
					'the file is not valid UTF-8 (a byte on this line is in another encoding); save it as UTF-8'
			}
		]);
	});

	it('tags, known to the YAML library or not', () => {
		const issues = issuesOf('a: !foo bar\nb: !!binary aGVp\nc: ok\nd: !!str 12\n');
		expect(issues.map((i) => [i.line, i.message])).toEqual([
			[1, 'invalid YAML: Unresolved tag: !foo'],
			[1, expect.stringContaining('YAML tags such as !foo are not used in this file')],
			[2, expect.stringContaining('YAML tags such as !!binary are not used')],
			[4, expect.stringContaining('YAML tags such as !!str are not used')]
		]);
	});

	it('duplicate keys', () => {
		expect(issuesOf('a: 1\nb: 2\na: 3\n')).toEqual([
			{ path: '', line: 3, column: 1, message: 'invalid YAML: Map keys must be unique' }
		]);
	});

	it('an alias bomb, at the first alias', () => {
		const bomb = [
			'a: &a [x, x, x, x, x, x, x, x, x, x]',
			'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
			'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
			''
		].join('\n');
		const issues = issuesOf(bomb);
		expect(issues).toHaveLength(1);
		expect(issues[0]).toMatchObject({ line: 2, column: 8 });
		expect(issues[0]?.message).toContain(`expand to more than ${YAML_LIMITS.maxAliasCount} copies`);
	});

	it('nesting too deep for the parser', () => {
		const issues = issuesOf(`a: ${'['.repeat(2000)}${']'.repeat(2000)}\n`);
		expect(issues[0]).toMatchObject({ line: 1 });
		expect(issues[0]?.message).toMatch(/^invalid YAML: /);
	});

	it('a file larger than the limit', () => {
		const big = `a: "${'x'.repeat(YAML_LIMITS.maxBytes)}"\n`;
		expect(issuesOf(big)).toEqual([
			{ path: '', message: 'the file is larger than 2 MB, the most a YAML file may hold' }
		]);
	});

	it('syntax errors, reported alone', () => {
		const issues = issuesOf('a: [\ntext: Foo # bar\n');
		expect(issues.length).toBeGreaterThan(0);
		expect(issues.every((i) => i.message.startsWith('invalid YAML: '))).toBe(true);
	});
});

describe('lineOf and formatFileIssue', () => {
	const lines = new Map([
		['documents', 2],
		['documents[1]', 5],
		['documents[1].url', 7]
	]);

	it('finds the field’s line, else its nearest ancestor’s', () => {
		expect(lineOf(lines, ['documents', 1, 'url'])).toBe(7);
		expect(lineOf(lines, ['documents', 1, 'retrieved'])).toBe(5);
		expect(lineOf(lines, ['parties', 0])).toBeUndefined();
	});

	it('formats a field issue and a problem with the YAML itself', () => {
		expect(formatFileIssue('f.yaml', { path: 'documents[1].url', message: 'bad', line: 7 })).toBe(
			'f.yaml: documents[1].url: bad (line 7)'
		);
		expect(formatFileIssue('f.yaml', { path: '', message: 'bad', line: 3, column: 2 })).toBe(
			'f.yaml:3:2: bad'
		);
		expect(formatFileIssue('f.yaml', { path: '', message: 'bad', line: 3 })).toBe('f.yaml:3: bad');
		expect(formatFileIssue('f.yaml', { path: '', message: 'bad' })).toBe('f.yaml: bad');
		expect(formatFileIssue('f.yaml', { path: 'text', message: 'bad' }, 'statement "x": ')).toBe(
			'f.yaml: statement "x": text: bad'
		);
	});
});
