import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalisedText } from './quotes.ts';
import {
	marksAt,
	quoteMarks,
	readingBlocks,
	splitMarked,
	targetLine,
	type ReadingBlock
} from './reading.ts';
import { doc, seeds } from './test-support.ts';
import { collapseWhitespace } from './text.ts';
import type { SourceDocument, SourceLine } from './types.ts';

/** The marked text of `marks` in `d`, lines joined by a space, whitespace collapsed. */
function markedText(d: SourceDocument, marks: { line: number; from: number; to: number }[]) {
	return collapseWhitespace(
		marks.map(({ line, from, to }) => d.lines[line - 1]!.text.slice(from, to)).join(' ')
	);
}

/** Every line number of `blocks`, in order. */
const linesOf = (blocks: ReadingBlock[]) =>
	blocks.flatMap((b) => (b.kind === 'gap' ? [b.line.line] : b.lines.map((l) => l.line)));

describe('quoteMarks', () => {
	it('marks exactly the words of every pledge, from its first line to its last', () => {
		for (const pledge of seeds().pledges) {
			const d = doc(pledge.document);
			const found = quoteMarks(d, pledge.text);
			expect(found?.start).toBe(pledge.lines[0]);
			expect(found?.marks.at(-1)?.line).toBe(pledge.lines[1]);
			expect(markedText(d, found!.marks)).toBe(collapseWhitespace(pledge.text));
		}
	});

	it('marks any run of the normalised text exactly, across wraps, blank lines and printed numbers', () => {
		const cut = fc.constantFrom(...seeds().documents).chain((d) =>
			fc
				.tuple(fc.nat({ max: normalisedText(d).text.length - 2 }), fc.integer({ min: 1, max: 400 }))
				.map(([start, length]) => ({
					d,
					quote: normalisedText(d).text.slice(start, start + length)
				}))
		);
		fc.assert(
			fc.property(cut, ({ d, quote }) => {
				fc.pre(quote.trim() !== '');
				const found = quoteMarks(d, quote);
				expect(found).not.toBeNull();
				expect(markedText(d, found!.marks)).toBe(collapseWhitespace(quote));
				for (const { line, from, to } of found!.marks) {
					const text = d.lines[line - 1]!.text;
					// A mark never starts or ends on whitespace, and stays inside its line.
					expect(text.charAt(from).trim()).not.toBe('');
					expect(text.charAt(to - 1).trim()).not.toBe('');
					expect(to).toBeLessThanOrEqual(text.length);
				}
			})
		);
	});

	it('gives null for words the document does not hold', () => {
		expect(quoteMarks(doc('sp-akershus'), 'ikke i dokumentet i det hele tatt')).toBeNull();
		expect(quoteMarks(doc('sp-akershus'), '   ')).toBeNull();
	});
});

describe('targetLine and marksAt', () => {
	it('reads only a line anchor from the hash', () => {
		expect(targetLine('#L12')).toBe(12);
		expect(targetLine('#L0')).toBeNull();
		expect(targetLine('#L12x')).toBeNull();
		expect(targetLine('#ap-oslo-abc')).toBeNull();
		expect(targetLine('')).toBeNull();
	});

	it('reads any hash without throwing: a line anchor round-trips, nothing else is a line', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (line) => {
				expect(targetLine(`#L${line}`)).toBe(line);
			})
		);
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string({ unit: 'binary' }),
					fc.string().map((rest) => `#L${rest}`),
					fc.bigInt({ min: 0n, max: 10n ** 24n }).map((n) => `#L${n}`)
				),
				(hash) => {
					const line = targetLine(hash);
					if (line === null) return;
					expect(Number.isSafeInteger(line) && line >= 1).toBe(true);
					expect(`#L${line}`).toBe(hash);
				}
			)
		);
	});

	it('marks the quotes that start at the targeted line, and no other', () => {
		const quotes = [
			{
				start: 3,
				marks: [
					{ line: 3, from: 4, to: 9 },
					{ line: 4, from: 0, to: 6 }
				]
			},
			{ start: 3, marks: [{ line: 3, from: 12, to: 20 }] },
			{ start: 4, marks: [{ line: 4, from: 8, to: 10 }] }
		];
		expect([...marksAt(quotes, 3)]).toEqual([
			[
				3,
				[
					[4, 9],
					[12, 20]
				]
			],
			[4, [[0, 6]]]
		]);
		expect([...marksAt(quotes, 5)]).toEqual([]);
		expect([...marksAt(quotes, null)]).toEqual([]);
	});
});

describe('splitMarked', () => {
	it('keeps the text whole and marks exactly the characters inside some range', () => {
		const input = fc.string({ maxLength: 30 }).chain((text) =>
			fc.tuple(
				fc.constant(text),
				fc.array(fc.tuple(fc.integer({ min: -2, max: 32 }), fc.integer({ min: -2, max: 32 })), {
					maxLength: 4
				})
			)
		);
		fc.assert(
			fc.property(input, ([text, ranges]) => {
				const parts = splitMarked(text, ranges);
				expect(parts.map((p) => p.text).join('')).toBe(text);
				const flags = parts.flatMap((p) => [...p.text].map(() => p.marked));
				const expected = [...text].map((_, i) => ranges.some(([from, to]) => i >= from && i < to));
				expect(flags).toEqual(expected);
			})
		);
	});
});

describe('readingBlocks', () => {
	const line = (n: number, text: string, printed: number | null = n): SourceLine => ({
		line: n,
		printed,
		text
	});
	const full = 'x'.repeat(80);

	it('makes every line with text its own paragraph in a web page', () => {
		const lines = [line(1, 'Ett avsnitt.', null), line(2, '', null), line(3, 'Et til.', null)];
		expect(readingBlocks(lines, false)).toEqual([
			{ kind: 'paragraph', lines: [lines[0]] },
			{ kind: 'gap', line: lines[1] },
			{ kind: 'paragraph', lines: [lines[2]] }
		]);
	});

	it('runs a PDF’s lines on until a numbered blank line, a bullet or a short line', () => {
		const lines = [
			line(1, 'Overskrift'),
			line(2, full),
			line(3, '', null),
			line(4, full),
			line(5, 'slutt.'),
			line(6, full),
			line(7, ''),
			line(8, `• ${full}`),
			line(9, full)
		];
		const blocks = readingBlocks(lines, true);
		expect(
			blocks.map((b) => (b.kind === 'gap' ? `gap ${b.line.line}` : b.lines.map((l) => l.line)))
		).toEqual([[1], [2, 3, 4, 5], [6], 'gap 7', [8, 9]]);
	});

	it('keeps every line of every document exactly once, in order', () => {
		for (const d of seeds().documents) {
			expect(linesOf(readingBlocks(d.lines, d.meta.printedLineNumbers))).toEqual(
				d.lines.map((l) => l.line)
			);
		}
		const lines = fc.array(
			fc.record({
				text: fc.constantFrom('', ' ', 'kort', full, `• ${full}`),
				printed: fc.option(fc.nat({ max: 99 }))
			}),
			{ maxLength: 30 }
		);
		fc.assert(
			fc.property(lines, fc.boolean(), (raw, pdf) => {
				const numbered = raw.map((l, i) => ({ ...l, line: i + 1 }));
				expect(linesOf(readingBlocks(numbered, pdf))).toEqual(numbered.map((l) => l.line));
			})
		);
	});

	it('turns the PDF of the Akershus resolution into paragraphs of several lines', () => {
		const d = doc('sp-akershus');
		const paragraphs = readingBlocks(d.lines, true).filter((b) => b.kind === 'paragraph');
		const long = paragraphs.filter((p) => p.lines.filter((l) => l.text.trim() !== '').length >= 3);
		expect(long.length).toBeGreaterThanOrEqual(4);
		// The title stands alone.
		expect(paragraphs[0]?.lines.map((l) => l.text.trim())).toEqual(['Styrk kommunehelsetjenesten']);
	});
});
