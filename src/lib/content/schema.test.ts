import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ContentError, formatIssue, parseStatements, type ContentIssue } from './schema.ts';

const FILE = 'content/statements.yaml';
const DOCUMENTS = ['sp-nasjonal', 'ap-oslo'];

const VALID = `topics:
  - { id: kommunehelse, name: 'Fastlege, legevakt og kommunehelse' }
statements:
  - id: fastlege-kortere-lister
    topic: kommunehelse
    text: Fastlegene bør ha færre pasienter på listene sine.
    background: >-
      Kortere lister gir legen mer tid.
    direction: more-public
    positions:
      sp-nasjonal:
        stance: 2
        quotes:
          - Listelengden og legevaktbelastningen må reduseres
          - { pledge: sp-nasjonal-0pvw0rq }
        rationale: One line.
  - id: uten-bakgrunn
    topic: kommunehelse
    text: En påstand.
    direction: other
    positions: {}
`;

/** The issues `parseStatements` throws for `yaml`, or fails the test when it does not throw. */
function issuesOf(
	yaml: string | Uint8Array,
	documentIds: readonly string[] = DOCUMENTS
): ContentIssue[] {
	try {
		parseStatements(yaml, FILE, { documentIds });
	} catch (error) {
		expect(error).toBeInstanceOf(ContentError);
		return (error as ContentError).issues;
	}
	expect.unreachable('parseStatements did not throw');
}

function messagesOf(yaml: string | Uint8Array, documentIds?: readonly string[]): string[] {
	return issuesOf(yaml, documentIds).map((issue) => formatIssue(FILE, issue));
}

const lineOf = (yaml: string, needle: string) =>
	yaml.split('\n').findIndex((line) => line.includes(needle)) + 1;

describe('parseStatements', () => {
	it('parses a valid file into typed raw content', () => {
		const raw = parseStatements(VALID, FILE, { documentIds: DOCUMENTS });
		expect(raw.file).toBe(FILE);
		expect(raw.topics).toEqual([
			{ id: 'kommunehelse', name: 'Fastlege, legevakt og kommunehelse' }
		]);
		expect(raw.statements).toEqual([
			{
				id: 'fastlege-kortere-lister',
				topic: 'kommunehelse',
				text: 'Fastlegene bør ha færre pasienter på listene sine.',
				background: 'Kortere lister gir legen mer tid.',
				direction: 'more-public',
				positions: {
					'sp-nasjonal': {
						stance: 2,
						quotes: [
							'Listelengden og legevaktbelastningen må reduseres',
							{ pledge: 'sp-nasjonal-0pvw0rq' }
						],
						rationale: 'One line.'
					}
				}
			},
			{
				id: 'uten-bakgrunn',
				topic: 'kommunehelse',
				text: 'En påstand.',
				direction: 'other',
				positions: {}
			}
		]);
		expect(raw.statements[1]).not.toHaveProperty('background');
		expect(raw.lines.get('statements[0].positions.sp-nasjonal.quotes[0]')).toBe(
			lineOf(VALID, 'Listelengden')
		);
	});

	it('names file, statement and field for a wrong stance', () => {
		const yaml = VALID.replace('stance: 2', 'stance: 3');
		expect(messagesOf(yaml)).toEqual([
			`${FILE}: statement "fastlege-kortere-lister": positions.sp-nasjonal.stance: expected an integer from -2 to 2, got 3 (line ${lineOf(yaml, 'stance: 3')})`
		]);
	});

	it.each([
		['1.5', 'got 1.5'],
		['"2"', 'got "2"'],
		['-3', 'got -3'],
		['', 'got nothing (the field is empty)']
	])('rejects the stance %s', (value, got) => {
		const [message] = messagesOf(VALID.replace('stance: 2', `stance: ${value}`));
		expect(message).toContain('positions.sp-nasjonal.stance: expected an integer from -2 to 2, ');
		expect(message).toContain(got);
	});

	fcTest.prop([fc.integer({ min: -1000, max: 1000 })])(
		'accepts exactly the integers -2..2 as stance',
		(stance) => {
			const yaml = VALID.replace('stance: 2', `stance: ${stance}`);
			if (stance >= -2 && stance <= 2) {
				expect(parseStatements(yaml, FILE).statements[0]?.positions['sp-nasjonal']?.stance).toBe(
					stance
				);
			} else {
				expect(() => parseStatements(yaml, FILE)).toThrow(ContentError);
			}
		}
	);

	it('rejects a position keyed by an unknown document id', () => {
		const yaml = VALID.replace('      sp-nasjonal:', '      sp-nasjonall:');
		expect(messagesOf(yaml)).toEqual([
			`${FILE}: statement "fastlege-kortere-lister": positions.sp-nasjonall: unknown document "sp-nasjonall"; expected one of the document ids in seeds/documents.yaml: sp-nasjonal, ap-oslo (line ${lineOf(yaml, 'sp-nasjonall')})`
		]);
	});

	it('does not check document ids when none are given', () => {
		const yaml = VALID.replace('      sp-nasjonal:', '      sp-nasjonall:');
		expect(parseStatements(yaml, FILE).statements[0]?.positions).toHaveProperty('sp-nasjonall');
	});

	it('rejects an unknown topic', () => {
		const yaml = VALID.replace('topic: kommunehelse\n    text: En', 'topic: eldre\n    text: En');
		expect(messagesOf(yaml)).toEqual([
			`${FILE}: statement "uten-bakgrunn": topic: unknown topic "eldre"; expected one of the topics: kommunehelse (line ${lineOf(yaml, 'topic: eldre')})`
		]);
	});

	it('rejects a duplicate statement id, naming the first one', () => {
		const yaml = VALID.replace('id: uten-bakgrunn', 'id: fastlege-kortere-lister');
		const [issue, ...rest] = issuesOf(yaml);
		expect(rest).toEqual([]);
		expect(issue).toMatchObject({ statement: 'fastlege-kortere-lister', path: 'id' });
		expect(formatIssue(FILE, issue!)).toContain(
			'id: duplicate statement id "fastlege-kortere-lister" (also statements[0])'
		);
		expect(issue?.line).toBe(lineOf(VALID, 'id: uten-bakgrunn'));
	});

	it('rejects a missing text, naming the statement and the field', () => {
		const yaml = VALID.replace('    text: En påstand.\n', '');
		expect(messagesOf(yaml)).toEqual([
			`${FILE}: statement "uten-bakgrunn": text: expected the statement text, got nothing (the field is missing) (line ${lineOf(yaml, 'id: uten-bakgrunn')})`
		]);
	});

	it('rejects unknown keys in a statement and in a position', () => {
		const yaml = VALID.replace('direction: other', 'direction: other\n    colour: red').replace(
			'rationale: One line.',
			'rationale: One line.\n        rationales: Two.'
		);
		expect(messagesOf(yaml)).toEqual([
			`${FILE}: statement "fastlege-kortere-lister": positions.sp-nasjonal: unknown field "rationales" (line ${lineOf(yaml, 'rationales:')})`,
			`${FILE}: statement "uten-bakgrunn": unknown field "colour" (line ${lineOf(yaml, 'colour:')})`
		]);
	});

	it('rejects malformed quotes and an invalid direction', () => {
		const yaml = VALID.replace(
			'          - { pledge: sp-nasjonal-0pvw0rq }',
			'          - { pledge: 7 }\n          - { pledge: x, page: 2 }\n          - "  "'
		).replace('direction: other', 'direction: more');
		const issues = issuesOf(yaml);
		expect(issues.map((i) => [i.statement, i.path])).toEqual([
			['fastlege-kortere-lister', 'positions.sp-nasjonal.quotes[1].pledge'],
			['fastlege-kortere-lister', 'positions.sp-nasjonal.quotes[2]'],
			['fastlege-kortere-lister', 'positions.sp-nasjonal.quotes[3]'],
			['uten-bakgrunn', 'direction']
		]);
		expect(issues.map((i) => i.message)).toEqual([
			'expected a pledge id (see `npm run pledges`), got 7',
			'unknown field "page"',
			'expected a verbatim quote, got "  "',
			'expected "more-public" | "less-public" | "other", got "more"'
		]);
	});

	it('requires at least one quote and a rationale', () => {
		const yaml = VALID.replace(
			/quotes:\n(?: {10}- .*\n)+ {8}rationale: One line.\n/,
			'quotes: []\n'
		);
		// A missing field is located at its parent (line of `sp-nasjonal:`), so it comes first.
		expect(issuesOf(yaml).map((i) => `${i.path}: ${i.message}`)).toEqual([
			'positions.sp-nasjonal.rationale: expected a one-line rationale, got nothing (the field is missing)',
			'positions.sp-nasjonal.quotes: expected at least one quote, got a list'
		]);
	});

	it('lists every problem in the file at once, in file order', () => {
		const yaml = VALID.replace('stance: 2', 'stance: 5')
			.replace('id: uten-bakgrunn', 'id: 42')
			.replace('direction: other', 'direction: sideways');
		const issues = issuesOf(yaml);
		expect(issues).toHaveLength(3);
		expect(issues.map((i) => i.line)).toEqual(
			[...issues.map((i) => i.line)].sort((a, b) => a! - b!)
		);
		// The id is not a string, so the second statement is named by its index.
		expect(issues[1]).toMatchObject({ path: 'statements[1].id' });
		expect(issues[1]).not.toHaveProperty('statement');
		expect(issues[2]).toMatchObject({ path: 'statements[1].direction' });
	});

	it('reports a YAML syntax error with line and column', () => {
		const yaml = VALID.replace(
			'        rationale: One line.',
			'        rationale: One line.\n       bad: ['
		);
		const messages = messagesOf(yaml);
		expect(messages.length).toBeGreaterThan(0);
		expect(messages[0]).toMatch(
			new RegExp(`^${FILE}:${lineOf(yaml, 'bad: [')}:\\d+: invalid YAML: `)
		);
	});

	it('reports a duplicate key as a YAML error', () => {
		const yaml = VALID.replace('stance: 2', 'stance: 2\n        stance: 1');
		expect(messagesOf(yaml)[0]).toMatch(
			new RegExp(`^${FILE}:${lineOf(yaml, 'stance: 1')}:\\d+: invalid YAML: .*unique`)
		);
	});

	it('fails YAML that reads differently from how it looks, naming file and line', () => {
		// An unquoted " #" would cut the statement text to "En påstand med".
		const comment = VALID.replace('text: En påstand.', 'text: En påstand med #1 prioritet.');
		expect(messagesOf(comment)).toEqual([
			`${FILE}:${lineOf(comment, '#1 prioritet')}:${'    text: En påstand med #'.length}: an unquoted " #" ends the text here: YAML reads the rest of the line as a comment, so the value is "En påstand med"; put the whole text in quotes, or move the comment to a line of its own`
		]);
		// A tag changes a value's type.
		const tagged = VALID.replace('stance: 2', 'stance: !!str 2');
		expect(messagesOf(tagged)[0]).toMatch(
			new RegExp(`^${FILE}:${lineOf(tagged, '!!str')}:\\d+: YAML tags such as !!str are not used`)
		);
		// A byte in another encoding (Latin-1 "ø") would become "�".
		const bytes = new TextEncoder().encode(VALID.replace('færre', 'f\u0000rre'));
		bytes[bytes.indexOf(0)] = 0xe6;
		expect(messagesOf(bytes)).toEqual([
			`${FILE}:${lineOf(VALID, 'færre')}: the file is not valid UTF-8 (a byte on this line is in another encoding); save it as UTF-8`
		]);
	});

	it('reads the file from its bytes', () => {
		const raw = parseStatements(new TextEncoder().encode(VALID), FILE, { documentIds: DOCUMENTS });
		expect(raw.statements.map((s) => s.text)).toEqual([
			'Fastlegene bør ha færre pasienter på listene sine.',
			'En påstand.'
		]);
	});

	it('rejects an empty file and a file of the wrong shape', () => {
		expect(messagesOf('')).toEqual([
			`${FILE}: expected a mapping with "topics" and "statements", got nothing (the field is empty)`
		]);
		expect(messagesOf('topics: []\nstatements: {}\n')).toEqual([
			`${FILE}: topics: expected a topic, got a list (line 1)`,
			`${FILE}: statements: expected a list of statements, got a mapping (line 2)`
		]);
	});
});

describe('parseStatements: the reason for voters', () => {
	const REASON = 'Partiet sier rett ut at listene må bli kortere, og det er det påstanden spør om.';
	/** VALID with `line` (indented as a position field) after the rationale. */
	const withReason = (line: string) =>
		VALID.replace('        rationale: One line.\n', `        rationale: One line.\n${line}\n`);
	const reasonOf = (yaml: string) =>
		parseStatements(yaml, FILE, { documentIds: DOCUMENTS }).statements[0]?.positions['sp-nasjonal']
			?.reason;

	it('is read beside the rationale, plain or folded over several lines', () => {
		expect(reasonOf(withReason(`        reason: ${REASON}`))).toBe(REASON);
		const folded = withReason(
			'        reason: >-\n          Partiet sier rett ut at listene må bli kortere,\n          og det er det påstanden spør om.'
		);
		expect(reasonOf(folded)).toBe(REASON);
	});

	it('may be missing while the statements file is being written', () => {
		const position = parseStatements(VALID, FILE).statements[0]?.positions['sp-nasjonal'];
		expect(position).toBeDefined();
		expect(position).not.toHaveProperty('reason');
	});

	it('accepts a sentence ending in "!", "?" or a closing quotation mark, and numbers with points', () => {
		for (const reason of [
			'Dette sier partiet rett ut!',
			'Hvem bestemmer?',
			'Partiet skriver «vi vil ha kortere lister.»',
			'Partiet vil øke tilskuddet med 2.5 prosent.'
		]) {
			expect(reasonOf(withReason(`        reason: "${reason}"`))).toBe(reason);
		}
	});

	it('accepts exactly 200 characters and no more', () => {
		const of = (length: number) => `${'a'.repeat(length - 1)}.`;
		expect(reasonOf(withReason(`        reason: ${of(200)}`))).toHaveLength(200);
		expect(messagesOf(withReason(`        reason: ${of(201)}`))).toEqual([
			`${FILE}: statement "fastlege-kortere-lister": positions.sp-nasjonal.reason: expected one sentence in bokmål for voters, at most 200 characters; it has 201 characters (line ${lineOf(VALID, 'rationale: One line.') + 1})`
		]);
	});

	it.each([
		['', 'got nothing (the field is empty)'],
		['"  "', 'got "  "'],
		['[En., To.]', 'got a list'],
		['Partiet vil det. Det står i punkt tre.', 'it has 2 sentences'],
		['Partiet vil bl.a. ha kortere lister.', 'it has 2 sentences'],
		['Partiet vil ha kortere lister', 'it does not end with ".", "!" or "?"']
	])('rejects the reason %j', (value, problem) => {
		const [issue, ...rest] = issuesOf(withReason(`        reason: ${value}`));
		expect(rest).toEqual([]);
		expect(issue).toMatchObject({
			statement: 'fastlege-kortere-lister',
			path: 'positions.sp-nasjonal.reason'
		});
		expect(issue?.message).toMatch(
			/^expected one sentence in bokmål for voters, at most 200 characters[,;] /
		);
		expect(issue?.message).toContain(problem);
	});
});
