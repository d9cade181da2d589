import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { MetadataError, parseMetadata } from './metadata.ts';
import { ROOT } from './test-support.ts';

const FILE = 'seeds/documents.yaml';
const real = readFileSync(join(ROOT, FILE), 'utf8');

type Raw = { parties: Record<string, unknown>[]; documents: Record<string, unknown>[] };

/** The real file, changed by `edit` and written back as YAML. */
function broken(edit: (raw: Raw) => void): string {
	const raw = parse(real) as Raw;
	edit(raw);
	return stringify(raw);
}

function errorOf(yamlText: string | Uint8Array): MetadataError {
	try {
		parseMetadata(yamlText, FILE);
	} catch (error) {
		if (error instanceof MetadataError) return error;
		throw error;
	}
	throw new Error('expected a MetadataError');
}

describe('parseMetadata: the real file', () => {
	const metadata = parseMetadata(real, FILE);

	it('has the three parties with their conventional colours', () => {
		expect(metadata.parties).toEqual([
			{ id: 'ap', name: 'Arbeiderpartiet', shortName: 'Ap', colour: '#c8102e' },
			{ id: 'sp', name: 'Senterpartiet', shortName: 'Sp', colour: '#00843d' },
			{ id: 'h', name: 'Høyre', shortName: 'H', colour: '#0065f1' }
		]);
	});

	it('describes the five documents', () => {
		expect(
			metadata.documents.map((d) => [
				d.id,
				d.party,
				d.organisation,
				d.region,
				d.kind,
				d.published,
				d.printedLineNumbers
			])
		).toEqual([
			['sp-akershus', 'sp', 'Akershus Senterparti', 'akershus', 'resolution', 'unknown', true],
			['ap-akershus', 'ap', 'Akershus Arbeiderparti', 'akershus', 'web-page', 'unknown', false],
			['sp-nasjonal', 'sp', 'Senterpartiet', null, 'web-page', '2021-06-22', false],
			['h-nasjonal', 'h', 'Høyre', null, 'programme-section', 'unknown', false],
			['ap-oslo', 'ap', 'Oslo Arbeiderparti', 'oslo', 'resolution', 'unknown', true]
		]);
		expect(metadata.documents.map((d) => d.file)).toEqual([
			'sp-akershus-styrk-kommunehelsetjenesten.txt',
			'ap-akershus-helse-og-omsorg.txt',
			'sp-kommunehelsetjenesten.txt',
			'h-kommunehelsetjenesten.txt',
			'ap-oslo-somlos-helsetjeneste.txt'
		]);
	});
});

describe('parseMetadata: where a document comes from', () => {
	const withOrigin = real.replace(
		'    title: Kommunehelsetjenesten\n    kind: programme-section\n',
		'    title: Kommunehelsetjenesten\n    kind: programme-section\n    url: https://hoyre.no/politikk/helse\n    retrieved: 2026-11-30\n'
	);
	const lineOf = (text: string, needle: string) =>
		text.split('\n').findIndex((line) => line.includes(needle)) + 1;

	it('reads an https original and the day it was retrieved', () => {
		const h = parseMetadata(withOrigin, FILE).documents.find((d) => d.id === 'h-nasjonal');
		expect(h).toMatchObject({ url: 'https://hoyre.no/politikk/helse', retrieved: '2026-11-30' });
	});

	it.each([
		['http://hoyre.no/politikk/helse', 'url'],
		['javascript:alert(1)', 'url'],
		['hoyre.no/politikk/helse', 'url'],
		['https://user:pass@hoyre.no/', 'url'],
		['https://hoyre.no/ politikk', 'url']
	])('refuses the url %j, naming field and line', (value) => {
		const text = withOrigin.replace('https://hoyre.no/politikk/helse', JSON.stringify(value));
		expect(errorOf(text).message).toBe(
			`${FILE}: documents[3].url: expected the party's original (an https:// address), got ${JSON.stringify(value)} (line ${lineOf(text, 'url:')})`
		);
	});

	it.each(['2026-02-30', '30.11.2026', 'unknown'])(
		'refuses the retrieval date %j, naming field and line',
		(value) => {
			const text = withOrigin.replace('retrieved: 2026-11-30', `retrieved: '${value}'`);
			expect(errorOf(text).message).toMatch(
				new RegExp(
					`^${FILE.replace('.', '\\.')}: documents\\[3\\]\\.retrieved: expected the day the text was retrieved as "YYYY-MM-DD".*\\(line ${lineOf(text, 'retrieved:')}\\)$`
				)
			);
		}
	);

	it('reads the file from its bytes, and refuses bytes that are not UTF-8 with their line', () => {
		const bytes = new TextEncoder().encode(real);
		expect(parseMetadata(bytes, FILE)).toEqual(parseMetadata(real, FILE));
		const at = real.indexOf('Høyre');
		const latin1 = Uint8Array.from([
			...new TextEncoder().encode(real.slice(0, at + 1)),
			0xf8,
			...new TextEncoder().encode(real.slice(at + 2))
		]);
		expect(errorOf(latin1).message).toBe(
			`${FILE}:${lineOf(real, 'Høyre')}: the file is not valid UTF-8 (a byte on this line is in another encoding); save it as UTF-8`
		);
	});
});

describe('parseMetadata: broken files name the file and the field', () => {
	it.each<[string, (raw: Raw) => void, string]>([
		[
			'unknown region',
			(raw) => (raw.documents[2]!.region = 'bergen'),
			'seeds/documents.yaml: documents[2].region: expected "akershus" | "oslo" | null'
		],
		[
			'missing region',
			(raw) => delete raw.documents[4]!.region,
			'seeds/documents.yaml: documents[4].region: expected "akershus" | "oslo" | null, got nothing'
		],
		[
			'unknown party',
			(raw) => (raw.documents[1]!.party = 'frp'),
			'seeds/documents.yaml: documents[1].party: unknown party "frp"'
		],
		[
			'duplicate document id',
			(raw) => (raw.documents[3]!.id = 'sp-akershus'),
			'seeds/documents.yaml: documents[3].id: duplicate id "sp-akershus" (also documents[0])'
		],
		[
			'duplicate party id',
			(raw) => (raw.parties[2]!.id = 'ap'),
			'seeds/documents.yaml: parties[2].id: duplicate id "ap"'
		],
		[
			'duplicate file',
			(raw) => (raw.documents[1]!.file = raw.documents[0]!.file),
			'seeds/documents.yaml: documents[1].file: duplicate file'
		],
		[
			'short colour',
			(raw) => (raw.parties[1]!.colour = '#0a0'),
			'seeds/documents.yaml: parties[1].colour: expected a colour "#rrggbb"'
		],
		[
			'colour name',
			(raw) => (raw.parties[0]!.colour = 'red'),
			'seeds/documents.yaml: parties[0].colour: expected a colour "#rrggbb"'
		],
		[
			'Norwegian date format',
			(raw) => (raw.documents[2]!.published = '22.06.2021'),
			'seeds/documents.yaml: documents[2].published: expected "YYYY-MM-DD" or "unknown"'
		],
		[
			'impossible date',
			(raw) => (raw.documents[2]!.published = '2021-02-30'),
			'seeds/documents.yaml: documents[2].published: expected "YYYY-MM-DD" or "unknown", got "2021-02-30"'
		],
		[
			'boolean as text',
			(raw) => (raw.documents[0]!.printedLineNumbers = 'yes'),
			'seeds/documents.yaml: documents[0].printedLineNumbers: expected true or false, got "yes"'
		],
		[
			'misspelt field',
			(raw) => {
				raw.documents[1]!.titel = raw.documents[1]!.title;
				delete raw.documents[1]!.title;
			},
			'seeds/documents.yaml: documents[1]: unknown field "titel"'
		],
		[
			'empty organisation',
			(raw) => (raw.documents[0]!.organisation = '  '),
			'seeds/documents.yaml: documents[0].organisation: expected the organisation'
		],
		[
			'file in a folder',
			(raw) => (raw.documents[0]!.file = '../secret.txt'),
			'seeds/documents.yaml: documents[0].file: expected a .txt file name under seeds/'
		],
		[
			'upper-case id',
			(raw) => (raw.documents[0]!.id = 'SP Akershus'),
			'seeds/documents.yaml: documents[0].id: expected a document id'
		],
		[
			'no documents',
			(raw) => (raw.documents = []),
			'seeds/documents.yaml: documents: expected a document'
		],
		[
			'party name missing',
			(raw) => delete raw.parties[2]!.name,
			'seeds/documents.yaml: parties[2].name: expected the party name, got nothing'
		]
	])('%s', (_, edit, message) => {
		const error = errorOf(broken(edit));
		expect(error.message).toContain(message);
		expect(error.file).toBe(FILE);
		expect(error.issues.length).toBeGreaterThan(0);
	});

	it('explains an unquoted colour, which YAML reads as a comment', () => {
		const error = errorOf(real.replace("colour: '#0065f1'", 'colour: #0065f1'));
		expect(error.message).toBe(
			'seeds/documents.yaml: parties[2].colour: expected a colour "#rrggbb" (quoted, or YAML reads it as a comment), got nothing (the field is empty) (line 18)'
		);
	});

	it('reports YAML syntax errors with line and column', () => {
		const error = errorOf(real.replace('  - id: h\n', '  - id: h\n   bad indent: [\n'));
		expect(error.message).toMatch(/^seeds\/documents\.yaml:16:\d+: invalid YAML: /);
		expect(error.issues[0]).toMatchObject({ path: '', line: 16 });
	});

	it('reports duplicate keys', () => {
		const error = errorOf(
			real.replace('    shortName: H\n', '    shortName: H\n    shortName: Hø\n')
		);
		expect(error.message).toMatch(/^seeds\/documents\.yaml:18:5: invalid YAML: .*unique/);
	});

	it('rejects a file that is not a mapping', () => {
		expect(errorOf('- a\n- b\n').message).toBe(
			'seeds/documents.yaml: expected a mapping with "parties" and "documents", got a list'
		);
		expect(errorOf('').message).toContain('seeds/documents.yaml: expected a mapping');
	});

	it('lists every problem, one per line', () => {
		const error = errorOf(
			broken((raw) => {
				raw.documents[0]!.region = 'bergen';
				raw.parties[1]!.colour = 'green';
			})
		);
		expect(error.issues.map((i) => i.path).sort()).toEqual([
			'documents[0].region',
			'parties[1].colour'
		]);
		expect(error.message.split('\n')).toHaveLength(2);
	});

	it('uses the file name it is given', () => {
		expect(() => parseMetadata('parties: []\ndocuments: []\n', 'other.yaml')).toThrow(
			/^other\.yaml: parties: expected a party/
		);
	});
});
