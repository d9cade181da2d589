import { describe, expect, it } from 'vitest';
import { parseMethodology } from './document.ts';
import { MethodologyError } from './template.ts';

const VOCABULARY = { slots: ['documents', 'scale'], messages: ['party', 'change'] } as const;

const VALID = [
	'---', // 1
	'description: Om siden.', // 2
	'---', // 3
	'', // 4
	'# Slik fungerer det', // 5
	'', // 6
	'Ingressen har {n} ord.', // 7
	'', // 8
	'## Første del {#forste}', // 9
	'', // 10
	'Tekst før blokken.', // 11
	'', // 12
	'::documents', // 13
	'', // 14
	'### Underdel {#under}', // 15
	'', // 16
	'```message party', // 17
	'Parti {letter}', // 18
	'```', // 19
	'', // 20
	'```', // 21
	'::scale', // 22
	'```', // 23
	'', // 24
	'## Andre del {#andre}', // 25
	'', // 26
	'::scale', // 27
	'', // 28
	'~~~~message change', // 29
	'{kind, select,', // 30
	'  skip {hopper over}', // 31
	'}', // 32
	'~~~~' // 33
].join('\n');

/** The issues a file is refused with, as `line: message`. */
function issues(text: string): string[] {
	try {
		parseMethodology(text, 'nb.md', VOCABULARY);
	} catch (error) {
		if (error instanceof MethodologyError)
			return error.issues.map((i) => `${i.line}: ${i.message}`);
		throw error;
	}
	return [];
}

describe('parseMethodology', () => {
	it('reads the front matter, the title, the lead, the sections, slots and messages', () => {
		const doc = parseMethodology(VALID, 'nb.md', VOCABULARY);
		expect(doc.description).toBe('Om siden.');
		expect(doc.title).toBe('Slik fungerer det');
		expect(doc.lead).toEqual({
			file: 'nb.md',
			line: 6,
			text: '\nIngressen har {n} ord.\n',
			lines: [6, 7, 8]
		});
		expect(doc.sections.map((s) => [s.id, s.title, s.line])).toEqual([
			['forste', 'Første del', 9],
			['andre', 'Andre del', 25]
		]);
		const [first, second] = doc.sections;
		expect(
			first!.blocks.map((b) => (b.kind === 'slot' ? `::${b.slot}@${b.line}` : b.source.line))
		).toEqual([10, '::documents@13', 14]);
		// A subsection anchor is quoted for ICU; a slot marker inside a code block is code.
		const after = first!.blocks[2];
		expect(after?.kind === 'markdown' && after.source.text).toBe(
			"\n### Underdel '{#under}'\n\n\n```\n::scale\n```\n"
		);
		expect(second!.blocks.map((b) => b.kind)).toEqual(['slot']);
		expect(doc.messages).toEqual({
			party: { file: 'nb.md', line: 18, text: 'Parti {letter}' },
			change: { file: 'nb.md', line: 30, text: '{kind, select,\n  skip {hopper over}\n}' }
		});
	});

	it('accepts Windows line endings', () => {
		expect(parseMethodology(VALID.replace(/\n/g, '\r\n'), 'nb.md', VOCABULARY).title).toBe(
			'Slik fungerer det'
		);
	});

	it('refuses a file without front matter, title or sections', () => {
		expect(issues('Bare tekst.')).toEqual([
			'1: the front matter must give a `description`',
			'1: the file must have a `# title`',
			'1: the file must have sections: `## Title {#anchor}`',
			'1: the slot "documents" is missing',
			'1: the slot "scale" is missing'
		]);
	});

	it('refuses broken front matter', () => {
		const text = VALID.replace(
			'description: Om siden.',
			'title: Nei\ndescription: Om siden.\nbare tekst'
		);
		expect(issues(text)).toEqual([
			'2: unknown front matter key "title"',
			'4: front matter lines must read `key: value`'
		]);
	});

	it('names the line of every structural problem', () => {
		const text = [
			'---',
			'description: x',
			'---',
			'Tekst før tittelen.', // 4
			'# Tittel', // 5
			'## Uten anker', // 6
			'## Del {#del}', // 7
			'### Under {#del}', // 8
			'', // 9
			'::documents', // 10
			'::scale', // 11
			'', // 12
			'::ukjent', // 13
			'', // 14
			'::documents', // 15
			'', // 16
			'# Enda en tittel', // 17
			'```message party', // 18
			'a', // 19
			'```', // 20
			'```message party', // 21
			'b', // 22
			'```', // 23
			'```message ukjent', // 24
			'```' // 25
		].join('\n');
		expect(issues(text)).toEqual([
			'4: text before the `# title` is not shown: move it below the title',
			'6: a section heading must end in an anchor: `## Title {#anchor}`',
			'8: the anchor "del" is already used on line 7',
			'10: the slot "documents" must be a paragraph of its own',
			'11: the slot "scale" must be a paragraph of its own',
			'13: unknown slot "ukjent"',
			'17: the file must have one `# title`, at the top',
			'21: the message "party" is defined twice',
			'24: unknown message "ukjent"',
			'1: the slot "scale" is missing'
		]);
	});

	it('lets a translation leave out a slot (its original names the line), never use one twice', () => {
		const without = VALID.replace('::documents', 'Tekst.');
		expect(issues(without)).toEqual(['1: the slot "documents" is missing']);
		const vocabulary = { ...VOCABULARY, everySlot: false };
		const doc = parseMethodology(without, 'nn.md', vocabulary);
		expect(doc.sections.flatMap((s) => s.blocks.filter((b) => b.kind === 'slot'))).toEqual([
			{ kind: 'slot', slot: 'scale', line: 27 }
		]);
		expect(() =>
			parseMethodology(VALID.replace('::documents', '::scale'), 'nn.md', vocabulary)
		).toThrow('nn.md:27: the slot "scale" is used more than once');
	});

	it('refuses a slot used twice, or outside a section', () => {
		const text = VALID.replace('# Slik fungerer det\n', '# Slik fungerer det\n\n::scale\n').replace(
			'::documents',
			'::documents\n\n::documents'
		);
		expect(issues(text)).toEqual([
			'7: the slot "scale" must be inside a section',
			'17: the slot "documents" is used more than once'
		]);
	});
});
