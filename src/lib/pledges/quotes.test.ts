import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSourceLines } from './lines.ts';
import {
	closestText,
	findQuote,
	locateQuote,
	MIN_QUOTE_WORDS,
	normalisedText,
	quoteWords
} from './quotes.ts';
import { doc, seeds } from './test-support.ts';
import type { LineSpan, SourceDocument } from './types.ts';

/**
 * Brute-force reference, independent of quotes.ts: the normalised text and,
 * for every character of it, the file line it comes from (-1 for the single
 * space that joins two lines).
 */
interface Reference {
	text: string;
	lineOf: number[];
}

const references = new Map<SourceDocument, Reference>();

function reference(d: SourceDocument): Reference {
	const cached = references.get(d);
	if (cached) return cached;
	let text = '';
	const lineOf: number[] = [];
	for (const line of d.lines) {
		const words = line.text.split(/[\s\u00a0]+/).filter((w) => w !== '');
		if (words.length === 0) continue;
		if (text !== '') {
			text += ' ';
			lineOf.push(-1);
		}
		const part = words.join(' ');
		text += part;
		for (let i = 0; i < part.length; i++) lineOf.push(line.line);
	}
	const ref = { text, lineOf };
	references.set(d, ref);
	return ref;
}

/** Spans of every (overlapping) occurrence of `needle`, by comparing at every offset. */
function bruteForceSpans(d: SourceDocument, needle: string): LineSpan[] {
	const { text, lineOf } = reference(d);
	const spans: LineSpan[] = [];
	for (let at = 0; at + needle.length <= text.length; at++) {
		if (text.slice(at, at + needle.length) === needle) {
			spans.push([lineOf[at] ?? -1, lineOf[at + needle.length - 1] ?? -1]);
		}
	}
	return spans;
}

const documentArb = fc.constantFrom(...seeds().documents);
const WHITESPACE = fc.constantFrom(' ', '  ', '\n', '\u00a0', ' \n\n ', '\t', '\r\n');
const LETTERS = [...'abcdefghijklmnopqrstuvwxyzæøåABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ'];

/** A document plus a non-empty substring [from, to) of its normalised text, trimmed. */
const cut = documentArb.chain((d) => {
	const { text } = reference(d);
	return fc
		.tuple(fc.nat({ max: text.length - 1 }), fc.integer({ min: 1, max: 300 }))
		.map(([from, length]) => {
			let start = from;
			let end = Math.min(text.length, from + length);
			while (start < end && text[start] === ' ') start++;
			while (end > start && text[end - 1] === ' ') end--;
			return { d, start, end };
		})
		.filter(({ start, end }) => end > start);
});

/**
 * A passage cut at word boundaries, as every quote must be (`MIN_QUOTE_WORDS`, whole words):
 * `cut` widened to the start of its first word and the end of its last.
 */
const wordCut = cut.map(({ d, start, end }) => {
	const { text } = reference(d);
	let from = start;
	let to = end;
	while (from > 0 && text[from - 1] !== ' ') from--;
	while (to < text.length && text[to] !== ' ') to++;
	return { d, start: from, end: to };
});

describe('findQuote (examples)', () => {
	it('finds a quote across a printed line number and blank lines', () => {
		const sp = doc('sp-akershus');
		expect(
			findQuote(sp, 'statlige overføringer til lovpålagte pleie- og omsorgstjenester')
		).toEqual([{ lines: [84, 86], printedLines: [42, 43] }]);
		// The printed number is not part of the text.
		expect(findQuote(sp, 'statlige overføringer til 42 lovpålagte')).toEqual([]);
	});

	it('keeps numbers that belong to the text (ap-oslo "2 av 3", "1 av 5", "om 15 år")', () => {
		const oslo = doc('ap-oslo');
		expect(findQuote(oslo, 'I dag jobber 2 av 3 deltid i helse, pleie og omsorg')).toEqual([
			{ lines: [80, 82], printedLines: [41, 42] }
		]);
		expect(
			findQuote(oslo, 'forbli i yrket. 1 av 5 er ute av sykepleierstillinger etter 10 år.')
		).toEqual([{ lines: [82, 84], printedLines: [42, 43] }]);
		expect(findQuote(oslo, 'hele 28.000 sykepleiere om 15 år.')).toEqual([
			{ lines: [76, 76], printedLines: [39, 39] }
		]);
		expect(findQuote(oslo, '1 av 42')).toEqual([]);
	});

	it('ignores whitespace differences, including no-break spaces and line breaks', () => {
		const sp = doc('sp-nasjonal');
		expect(findQuote(sp, 'Styrke   fastlegeordningen\nslik\u00a0at')).toEqual([
			{ lines: [19, 19] }
		]);
		expect(findQuote(sp, 'demens vil Arbeiderpartiet:')).toEqual([]);
		expect(findQuote(doc('ap-akershus'), 'demens vil Arbeiderpartiet:')).toEqual([
			{ lines: [123, 123] }
		]);
	});

	it('is case and punctuation sensitive', () => {
		const h = doc('h-nasjonal');
		expect(findQuote(h, 'Etablere flere helsehus og lokalmedisinske sentre.')).toEqual([
			{ lines: [14, 14] }
		]);
		expect(findQuote(h, 'etablere flere helsehus og lokalmedisinske sentre.')).toEqual([]);
		expect(findQuote(h, 'Etablere flere helsehus og lokalmedisinske sentre!')).toEqual([]);
		expect(findQuote(h, 'Etablere flere helsehus, og lokalmedisinske sentre.')).toEqual([]);
	});

	it('returns every occurrence, overlapping ones included, in document order', () => {
		expect(findQuote(doc('ap-akershus'), 'mellom uke 12 og 18')).toEqual([
			{ lines: [47, 47] },
			{ lines: [47, 47] }
		]);
		const d: SourceDocument = {
			meta: { ...doc('h-nasjonal').meta },
			lines: readSourceLines('aaa\n\na', false)
		};
		expect(findQuote(d, 'aa')).toEqual([{ lines: [1, 1] }, { lines: [1, 1] }]);
		expect(findQuote(d, 'a a')).toEqual([{ lines: [1, 3] }]);
	});

	it('throws on an empty or whitespace-only quote', () => {
		expect(() => findQuote(doc('h-nasjonal'), '')).toThrow(/empty/);
		expect(() => findQuote(doc('h-nasjonal'), ' \n\u00a0\t')).toThrow(/empty/);
	});

	it('caches the normalised text per document', () => {
		const d = doc('ap-oslo');
		expect(normalisedText(d)).toBe(normalisedText(d));
		expect(normalisedText(d).text).toBe(reference(d).text);
	});
});

describe('findQuote (properties)', () => {
	it('finds any substring of a document at the lines where it starts and ends', () => {
		fc.assert(
			fc.property(cut, ({ d, start, end }) => {
				const { text, lineOf } = reference(d);
				const quote = text.slice(start, end);
				const expected: LineSpan = [lineOf[start] ?? -1, lineOf[end - 1] ?? -1];
				const found = findQuote(d, quote).map((m) => m.lines);
				expect(found).toContainEqual(expected);
				expect(found).toEqual(bruteForceSpans(d, quote));
			}),
			{ numRuns: 500 }
		);
	});

	it('finds a run of whole words whatever whitespace separates them', () => {
		const wordsCut = documentArb.chain((d) => {
			const words = reference(d).text.split(' ');
			return fc
				.tuple(fc.nat({ max: words.length - 1 }), fc.integer({ min: 1, max: 40 }))
				.chain(([from, count]) => {
					const chosen = words.slice(from, from + count);
					return fc
						.array(WHITESPACE, { minLength: chosen.length + 1, maxLength: chosen.length + 1 })
						.map((gaps) => ({
							d,
							from,
							chosen,
							quote: gaps.map((g, i) => g + (chosen[i] ?? '')).join('')
						}));
				});
		});
		fc.assert(
			fc.property(wordsCut, ({ d, from, chosen, quote }) => {
				const { text, lineOf } = reference(d);
				const start =
					reference(d).text.split(' ').slice(0, from).join(' ').length + (from > 0 ? 1 : 0);
				const end = start + chosen.join(' ').length;
				expect(text.slice(start, end)).toBe(chosen.join(' '));
				const found = findQuote(d, quote).map((m) => m.lines);
				expect(found).toContainEqual([lineOf[start], lineOf[end - 1]]);
			}),
			{ numRuns: 300 }
		);
	});

	it('does not find a quote with one letter changed, unless the document really contains it', () => {
		const mutated = cut
			.filter(({ d, start, end }) => /\p{L}/u.test(reference(d).text.slice(start, end)))
			.chain(({ d, start, end }) => {
				const quote = reference(d).text.slice(start, end);
				const letters = [...quote.matchAll(/\p{L}/gu)].map((m) => m.index);
				return fc
					.tuple(fc.constantFrom(...letters), fc.constantFrom(...LETTERS))
					.filter(([at, letter]) => quote[at] !== letter)
					.map(([at, letter]) => ({
						d,
						start,
						end,
						quote: quote.slice(0, at) + letter + quote.slice(at + 1)
					}));
			});
		fc.assert(
			fc.property(mutated, ({ d, start, end, quote }) => {
				const { lineOf } = reference(d);
				const found = findQuote(d, quote).map((m) => m.lines);
				const really = bruteForceSpans(d, quote);
				expect(found).toEqual(really);
				if (really.length === 0) {
					expect(found).not.toContainEqual([lineOf[start], lineOf[end - 1]]);
				}
			}),
			{ numRuns: 500 }
		);
	});

	it('reports printed line numbers of the span in PDF documents', () => {
		const pdf = fc.constantFrom(doc('sp-akershus'), doc('ap-oslo'));
		fc.assert(
			fc.property(
				pdf.chain((d) =>
					fc.nat({ max: reference(d).text.length - 20 }).map((from) => ({ d, from }))
				),
				({ d, from }) => {
					const { text } = reference(d);
					const quote = text.slice(from, from + 20).trim();
					fc.pre(quote !== '');
					const matches = findQuote(d, quote);
					// A slice of the document's own text is always found.
					expect(matches.length).toBeGreaterThan(0);
					for (const match of matches) {
						const printed = d.lines
							.slice(match.lines[0] - 1, match.lines[1])
							.map((l) => l.printed)
							.filter((n) => n !== null);
						expect(match.printedLines).toEqual([printed[0], printed.at(-1)]);
					}
				}
			),
			{ numRuns: 100 }
		);
	});
});

describe('closestText', () => {
	it('returns the quote itself with similarity 1 when it occurs', () => {
		expect(closestText(doc('h-nasjonal'), 'Etablere flere  helsehus')).toEqual({
			text: 'Etablere flere helsehus',
			lines: [14, 14],
			similarity: 1
		});
	});

	it('points a misquote at the passage it was probably taken from', () => {
		const result = closestText(
			doc('ap-oslo'),
			'Styrke bemanningen. Helseforetak og kommunene må ansette flere sykepleiere og spesialsykepleiere.'
		);
		expect(result?.lines).toEqual([238, 240]);
		expect(result?.text).toMatch(/^Styrke bemanningen\. Helseforetakene/);
		expect(result?.similarity).toBeGreaterThan(0.8);
		expect(result?.similarity).toBeLessThan(1);
	});

	it('returns null for an empty quote', () => {
		expect(closestText(doc('h-nasjonal'), '  ')).toBeNull();
	});

	it('finds the source of any quote of whole words with one letter changed', () => {
		// Whole words, as the quote rules require: a passage cut mid-word at both ends can
		// match no window that starts and ends at a word by more than about 0.8.
		fc.assert(
			fc.property(
				wordCut.filter(({ end, start }) => end - start >= 40),
				fc.nat(),
				({ d, start, end }, seed) => {
					const quote = reference(d).text.slice(start, end);
					const at = seed % quote.length;
					const changed =
						quote.slice(0, at) + (quote[at] === 'x' ? 'y' : 'x') + quote.slice(at + 1);
					const result = closestText(d, changed);
					expect(result?.similarity).toBeGreaterThan(0.8);
					const { lineOf } = reference(d);
					// The best window overlaps the lines the quote came from.
					expect(result?.lines[0]).toBeLessThanOrEqual(lineOf[end - 1] ?? 0);
					expect(result?.lines[1]).toBeGreaterThanOrEqual(lineOf[start] ?? 0);
				}
			),
			{ numRuns: 100 }
		);
	});
});

describe('quoteWords', () => {
	it('counts words, keeping hyphenated words and numbers with separators whole', () => {
		expect(quoteWords('forsterke velferdsteknologiprogrammet')).toEqual([
			'forsterke',
			'velferdsteknologiprogrammet'
		]);
		expect(quoteWords('satse på e-helse')).toEqual(['satse', 'på', 'e-helse']);
		expect(quoteWords('pleie- og omsorgstjenester')).toEqual(['pleie', 'og', 'omsorgstjenester']);
		expect(quoteWords('hele 28.000 sykepleiere, 2,5 %')).toEqual([
			'hele',
			'28.000',
			'sykepleiere',
			'2,5'
		]);
		expect(quoteWords('«Helse» – 2 av 3!')).toEqual(['Helse', '2', 'av', '3']);
		expect(quoteWords(' – … ')).toEqual([]);
		expect(MIN_QUOTE_WORDS).toBe(3);
	});
});

describe('locateQuote', () => {
	const synthetic: SourceDocument = {
		meta: { ...doc('h-nasjonal').meta },
		lines: readSourceLines(
			'Vi vil styrke e-helse og pleie- og omsorgs-\ntjenester for 28.000 ansatte.\n',
			false
		)
	};
	const cutsOf = (d: SourceDocument, quote: string) => locateQuote(d, quote).map((o) => o.cuts);

	it('finds what findQuote finds, with the word each end cuts', () => {
		const d = doc('h-nasjonal');
		const quote = 'velferdsteknologi';
		expect(locateQuote(d, quote).map(({ lines }) => ({ lines }))).toEqual(findQuote(d, quote));
		// "ny velferdsteknologi som" and "forsterke velferdsteknologiprogrammet".
		expect(cutsOf(d, quote)).toEqual([
			{ start: null, end: null },
			{ start: null, end: 'velferdsteknologiprogrammet' }
		]);
		expect(cutsOf(d, 'forsterke velferdsteknologiprogrammet')).toEqual([
			{ start: null, end: null }
		]);
	});

	it('treats a hyphenated word and a number with separators as one word', () => {
		expect(cutsOf(synthetic, 'helse og pleie')).toEqual([{ start: 'e-helse', end: null }]);
		expect(cutsOf(synthetic, 'styrke e-')).toEqual([{ start: null, end: 'e-helse' }]);
		expect(cutsOf(synthetic, 'for 28')).toEqual([{ start: null, end: '28.000' }]);
		expect(cutsOf(synthetic, '000 ansatte.')).toEqual([{ start: '28.000', end: null }]);
	});

	it('accepts ends at spaces, punctuation, line ends and a hyphen that ends a word', () => {
		expect(cutsOf(synthetic, 'Vi vil styrke')).toEqual([{ start: null, end: null }]);
		expect(cutsOf(synthetic, 'e-helse og pleie-')).toEqual([{ start: null, end: null }]);
		expect(cutsOf(synthetic, 'e-helse og pleie')).toEqual([{ start: null, end: null }]);
		// The wrapped "omsorgs-" / "tjenester" are two words in the text the finder sees.
		expect(cutsOf(synthetic, 'og omsorgs- tjenester')).toEqual([{ start: null, end: null }]);
		expect(cutsOf(synthetic, '28.000 ansatte.')).toEqual([{ start: null, end: null }]);
		expect(cutsOf(synthetic, 'Vi vi')).toEqual([{ start: null, end: 'vil' }]);
	});

	it('throws on an empty quote', () => {
		expect(() => locateQuote(synthetic, ' ')).toThrow(/empty/);
	});

	it('cuts a word exactly where letters stand on both sides of an end (property)', () => {
		const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
		fc.assert(
			fc.property(cut, ({ d, start, end }) => {
				const { text } = reference(d);
				const needle = text.slice(start, end);
				const offsets: number[] = [];
				for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
					offsets.push(at);
				}
				const occurrences = locateQuote(d, needle);
				expect(occurrences).toHaveLength(offsets.length);
				const { cuts } = occurrences[offsets.indexOf(start)]!;
				const inside = (at: number) => isLetter(text[at - 1]) && isLetter(text[at]);
				const between = (at: number) =>
					at === 0 || at === text.length || text[at - 1] === ' ' || text[at] === ' ';
				fc.pre(inside(start) || between(start) || inside(end) || between(end));
				if (inside(start)) expect(cuts.start).toMatch(/\p{L}/u);
				if (between(start)) expect(cuts.start).toBeNull();
				if (inside(end)) expect(cuts.end).toMatch(/\p{L}/u);
				if (between(end)) expect(cuts.end).toBeNull();
			}),
			{ numRuns: 300 }
		);
	});
});
