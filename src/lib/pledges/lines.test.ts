import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printedSpan, readSourceLines, unnumberedLines } from './lines.ts';
import { ROOT, doc, lineText } from './test-support.ts';

const raw = (file: string) => readFileSync(join(ROOT, 'seeds', file), 'utf8');

describe('readSourceLines (synthetic)', () => {
	it('splits on \\n and \\r\\n, 1-based, without an extra line for the final newline', () => {
		expect(readSourceLines('a\r\nb\n\nc\n', false)).toEqual([
			{ line: 1, printed: null, text: 'a' },
			{ line: 2, printed: null, text: 'b' },
			{ line: 3, printed: null, text: '' },
			{ line: 4, printed: null, text: 'c' }
		]);
		expect(readSourceLines('a\nb', false)).toHaveLength(2);
		expect(readSourceLines('', false)).toEqual([{ line: 1, printed: null, text: '' }]);
	});

	it('leaves numbers alone when the document has no printed line numbers', () => {
		const lines = readSourceLines('Tittel 1\n 2 \n', false);
		expect(lines.map((l) => [l.printed, l.text])).toEqual([
			[null, 'Tittel 1'],
			[null, ' 2 ']
		]);
	});

	it('strips only the expected printed number, keeping numbers that belong to the text', () => {
		const lines = readSourceLines(
			'Tittel 1 \n\n 2 \nI dag jobber 2 av 3 \nom 15 år. 4\n1 av 5\n5\nuke 12 og 18 6 ',
			true
		);
		expect(lines.map((l) => [l.printed, l.text])).toEqual([
			[1, 'Tittel'],
			[null, ''],
			[2, ''],
			[3, 'I dag jobber 2 av'],
			[4, 'om 15 år.'],
			[5, '1 av'],
			[null, '5'],
			[6, 'uke 12 og 18']
		]);
	});

	it('does not strip a number glued to a word, and stops at a missed number', () => {
		const lines = readSourceLines('LIS1\nText 1\nno number here\nText 3\n', true);
		expect(lines.map((l) => l.printed)).toEqual([null, 1, null, null]);
		expect(lines[3]?.text).toBe('Text 3');
		expect(unnumberedLines(lines)).toEqual([1, 3, 4]);
	});

	it('printedSpan takes the first and last printed numbers inside the span', () => {
		const lines = readSourceLines('a 1\n\nb 2\nc 3\n', true);
		expect(printedSpan(lines, 1, 3)).toEqual([1, 2]);
		expect(printedSpan(lines, 2, 2)).toBeUndefined();
		expect(printedSpan(lines, 2, 4)).toEqual([2, 3]);
	});
});

describe('readSourceLines on the real documents', () => {
	it('counts lines the way the document page numbers them', () => {
		expect(doc('sp-akershus').lines).toHaveLength(102);
		expect(doc('ap-akershus').lines).toHaveLength(146);
		expect(doc('sp-nasjonal').lines).toHaveLength(25);
		expect(doc('h-nasjonal').lines).toHaveLength(23);
		expect(doc('ap-oslo').lines).toHaveLength(272);
	});

	it.each([
		['sp-akershus', 49],
		['ap-oslo', 137]
	])('%s: printed numbers run 1…%i without a gap, one on every line with text', (id, last) => {
		const printed = doc(id)
			.lines.map((l) => l.printed)
			.filter((n) => n !== null);
		expect(printed).toEqual(Array.from({ length: last }, (_, i) => i + 1));
		expect(unnumberedLines(doc(id).lines)).toEqual([]);
		// Nothing that looks like a leftover printed number at a line end.
		const leftovers = doc(id).lines.filter((l) => /\s\d+\s*$/.test(l.text));
		expect(leftovers.map((l) => l.text)).toEqual([]);
	});

	it('ap-oslo keeps "om 15 år", "2 av" and "1 av" but strips 39, 41 and 42', () => {
		expect(doc('ap-oslo').lines[75]).toEqual({
			line: 76,
			printed: 39,
			text: 'hele 28.000 sykepleiere om 15 år.'
		});
		expect(lineText('ap-oslo', 80)).toBe(
			'Heltid er en viktig del av løsningen. Dette vil bedre kvaliteten på tjenestene. I dag jobber 2 av'
		);
		expect(doc('ap-oslo').lines[79]?.printed).toBe(41);
		expect(lineText('ap-oslo', 82)).toBe(
			'3 deltid i helse, pleie og omsorg i kommunene. I tillegg må vi få fagfolk til å forbli i yrket. 1 av'
		);
		expect(doc('ap-oslo').lines[81]?.printed).toBe(42);
		expect(lineText('ap-oslo', 84)).toBe(
			'5 er ute av sykepleierstillinger etter 10 år. Derfor må folk tilbys fast jobb.'
		);
	});

	it('ap-oslo: number-only lines become empty, indentation is kept', () => {
		expect(doc('ap-oslo').lines[64]).toEqual({ line: 65, printed: 33, text: '' });
		expect(doc('ap-oslo').lines[0]).toEqual({
			line: 1,
			printed: 1,
			text: ' En sømløs og likeverdig helsetjeneste til alle'
		});
		expect(lineText('ap-oslo', 238)).toBe(
			' ● Styrke bemanningen. Helseforetakene og kommunene må ansette flere sykepleiere'
		);
	});

	it('sp-akershus: "over 80 år" and "80%" stay, 7 and 28 are stripped', () => {
		expect(lineText('sp-akershus', 14)).toBe(
			'kommunene for å sikre et godt omsorgstilbud til stadig flere eldre. Antallet eldre over 80 år'
		);
		expect(doc('sp-akershus').lines[13]?.printed).toBe(7);
		expect(lineText('sp-akershus', 56)).toMatch(/at 80% av befolkningen ikke innfrir$/);
		expect(doc('sp-akershus').lines[55]?.printed).toBe(28);
		expect(doc('sp-akershus').lines[83]).toEqual({
			line: 84,
			printed: 42,
			text: '• Styrke kommunehelsetjenesten ved øremerkede statlige overføringer til'
		});
	});

	it('documents without printed numbers are returned as in the file', () => {
		for (const [id, file] of [
			['ap-akershus', 'ap-akershus-helse-og-omsorg.txt'],
			['sp-nasjonal', 'sp-kommunehelsetjenesten.txt'],
			['h-nasjonal', 'h-kommunehelsetjenesten.txt']
		] as const) {
			const lines = doc(id).lines;
			expect(lines.every((l) => l.printed === null)).toBe(true);
			expect(lines.map((l) => l.text).join('\n')).toBe(raw(file).replace(/\n$/, ''));
		}
	});

	it('PDF documents: re-adding the printed numbers gives back every line with text', () => {
		for (const [id, file] of [
			['sp-akershus', 'sp-akershus-styrk-kommunehelsetjenesten.txt'],
			['ap-oslo', 'ap-oslo-somlos-helsetjeneste.txt']
		] as const) {
			const original = raw(file).split('\n');
			for (const line of doc(id).lines) {
				const source = original[line.line - 1] ?? '';
				if (line.printed === null) expect(line.text).toBe(source);
				else {
					expect(source.startsWith(line.text)).toBe(true);
					expect(source.slice(line.text.length).trim()).toBe(String(line.printed));
				}
			}
		}
	});
});
