/**
 * Finding quotes in source documents, ignoring printed line numbers, line wraps
 * and whitespace differences. Case and punctuation are significant. Pure.
 */
import { printedSpan } from './lines.ts';
import { collapseWhitespace } from './text.ts';
import type { LineSpan, QuoteMatch, SourceDocument, SourceLine } from './types.ts';

/**
 * A document as one normalised string: each line's text (printed number already
 * removed) with whitespace runs collapsed to one space and trimmed, empty lines
 * dropped, lines joined with a single space.
 */
export interface NormalisedText {
	text: string;
	/** Start offset in `text` of each contributing line, ascending. */
	starts: number[];
	/** The file line of each entry in `starts`. */
	lineNumbers: number[];
}

const cache = new WeakMap<readonly SourceLine[], NormalisedText>();

/** The normalised text of `doc`, built once per `doc.lines` array and cached. */
export function normalisedText(doc: SourceDocument): NormalisedText {
	const cached = cache.get(doc.lines);
	if (cached) return cached;
	const parts: string[] = [];
	const starts: number[] = [];
	const lineNumbers: number[] = [];
	let offset = 0;
	for (const line of doc.lines) {
		const part = collapseWhitespace(line.text);
		if (part === '') continue;
		if (parts.length > 0) offset += 1;
		starts.push(offset);
		lineNumbers.push(line.line);
		parts.push(part);
		offset += part.length;
	}
	const index: NormalisedText = { text: parts.join(' '), starts, lineNumbers };
	cache.set(doc.lines, index);
	return index;
}

/** The file line holding offset `at` of the normalised text (binary search). */
export function lineAt(index: NormalisedText, at: number): number {
	let lo = 0;
	let hi = index.starts.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if ((index.starts[mid] ?? 0) <= at) lo = mid;
		else hi = mid - 1;
	}
	return index.lineNumbers[lo] ?? 0;
}

function spanOf(doc: SourceDocument, index: NormalisedText, from: number, to: number): QuoteMatch {
	const lines: LineSpan = [lineAt(index, from), lineAt(index, Math.max(from, to - 1))];
	const printed = doc.meta.printedLineNumbers ? printedSpan(doc.lines, ...lines) : undefined;
	return printed ? { lines, printedLines: printed } : { lines };
}

/** Normalises a quote the way document text is normalised. */
export function normaliseQuote(quote: string): string {
	return collapseWhitespace(quote);
}

/** Every offset in the normalised text where `needle` starts, overlapping ones included. */
function offsetsOf(text: string, needle: string): number[] {
	const offsets: number[] = [];
	for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1))
		offsets.push(at);
	return offsets;
}

function needleOf(quote: string, caller: string): string {
	const needle = normaliseQuote(quote);
	if (needle === '') throw new Error(`${caller}: the quote is empty`);
	return needle;
}

/**
 * Every span of file lines where `quote` occurs in `doc`, in document order,
 * overlapping occurrences included. Whitespace (including no-break spaces),
 * line wraps and printed line numbers are ignored; case and punctuation count.
 * Throws on an empty or whitespace-only quote.
 */
export function findQuote(doc: SourceDocument, quote: string): QuoteMatch[] {
	const needle = needleOf(quote, 'findQuote');
	const index = normalisedText(doc);
	return offsetsOf(index.text, needle).map((at) => spanOf(doc, index, at, at + needle.length));
}

// ── Whole words ──────────────────────────────────────────────────────────────

/**
 * The fewest words a verbatim quote may have. A shorter quote ("må styrkes") can be cut to
 * mean almost anything, so the reader could not check the stance against it.
 */
export const MIN_QUOTE_WORDS = 3;

/**
 * A word: letters, digits and combining marks, with a hyphen or apostrophe between letters
 * ("e-helse") and a point, comma or colon between digits ("28.000", "2,5") kept inside it.
 * A hyphen at a word's end ("pleie- og omsorgstjenester") is not part of it.
 */
const WORD =
	/[\p{L}\p{N}\p{M}]+(?:(?:[-\u2010'\u2019]|(?<=\p{N})[.,:](?=\p{N}))[\p{L}\p{N}\p{M}]+)*/gu;

/** The words of `text`, as the whole-word rule counts them. */
export function quoteWords(text: string): string[] {
	return text.match(WORD) ?? [];
}

/** Start and end offsets of every word of a document's normalised text, in order. */
const wordCache = new WeakMap<NormalisedText, { starts: number[]; ends: number[] }>();

function wordsOf(index: NormalisedText): { starts: number[]; ends: number[] } {
	const cached = wordCache.get(index);
	if (cached) return cached;
	const starts: number[] = [];
	const ends: number[] = [];
	for (const match of index.text.matchAll(WORD)) {
		starts.push(match.index);
		ends.push(match.index + match[0].length);
	}
	const words = { starts, ends };
	wordCache.set(index, words);
	return words;
}

/** The word of the normalised text that `at` falls strictly inside, if any. */
function wordAround(index: NormalisedText, at: number): string | null {
	const { starts, ends } = wordsOf(index);
	// The last word starting before `at` (binary search).
	let lo = 0;
	let hi = starts.length - 1;
	let found = -1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if ((starts[mid] ?? 0) < at) {
			found = mid;
			lo = mid + 1;
		} else hi = mid - 1;
	}
	if (found === -1 || (ends[found] ?? 0) <= at) return null;
	return index.text.slice(starts[found], ends[found]);
}

/** Where a quote occurs, and the word it cuts at either end (null: the end is between words). */
export interface QuoteOccurrence extends QuoteMatch {
	cuts: { start: string | null; end: string | null };
}

/**
 * Every occurrence of `quote` in `doc`, as `findQuote` finds them, each with the document's
 * word that the quote starts or ends inside, if any: an occurrence with no cut starts and ends
 * at word boundaries of the text as the quote finder sees it. Throws on an empty quote.
 */
export function locateQuote(doc: SourceDocument, quote: string): QuoteOccurrence[] {
	const needle = needleOf(quote, 'locateQuote');
	const index = normalisedText(doc);
	return offsetsOf(index.text, needle).map((at) => ({
		...spanOf(doc, index, at, at + needle.length),
		cuts: { start: wordAround(index, at), end: wordAround(index, at + needle.length) }
	}));
}

/** A character bigram of `text` at `i`, as one number. */
function bigramAt(text: string, i: number): number {
	return text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1);
}

/**
 * Counts how many of a target's bigrams (as a multiset) a window of text shares,
 * as bigrams are added to and removed from the window.
 */
class SharedBigrams {
	readonly size: number;
	#target = new Map<number, number>();
	#window = new Map<number, number>();
	shared = 0;

	constructor(target: string) {
		this.size = Math.max(0, target.length - 1);
		for (let i = 0; i + 1 < target.length; i++) {
			const key = bigramAt(target, i);
			this.#target.set(key, (this.#target.get(key) ?? 0) + 1);
		}
	}

	add(key: number): void {
		const count = (this.#window.get(key) ?? 0) + 1;
		this.#window.set(key, count);
		if (count <= (this.#target.get(key) ?? 0)) this.shared++;
	}

	remove(key: number): void {
		const count = this.#window.get(key) ?? 0;
		if (count <= (this.#target.get(key) ?? 0)) this.shared--;
		this.#window.set(key, count - 1);
	}

	clear(): void {
		this.#window.clear();
		this.shared = 0;
	}

	/** Sørensen–Dice similarity with a window of `windowSize` bigrams, 0…1. */
	dice(windowSize: number): number {
		const sum = this.size + windowSize;
		return sum === 0 ? 1 : (2 * this.shared) / sum;
	}
}

/**
 * The passage of `doc` most similar to `quote`, for error messages ("did you
 * mean …"), scored by bigram Dice similarity (1 = identical). First every window
 * of the quote's length starting at a word is scored; then, around the best one,
 * windows starting and ending at word boundaries with lengths from 3/4 to 5/4 of
 * the quote's are tried, so a passage that is a little longer or shorter than
 * the misquote is found whole. `null` for an empty quote or document.
 */
export function closestText(
	doc: SourceDocument,
	quote: string
): { text: string; lines: LineSpan; similarity: number } | null {
	const needle = normaliseQuote(quote);
	const index = normalisedText(doc);
	const text = index.text;
	if (needle === '' || text === '') return null;
	const exact = text.indexOf(needle);
	if (exact !== -1) {
		const lines = spanOf(doc, index, exact, exact + needle.length).lines;
		return { text: needle, lines, similarity: 1 };
	}
	const counter = new SharedBigrams(needle);
	const isWordStart = (i: number) => text[i] !== ' ' && (i === 0 || text[i - 1] === ' ');
	const isWordEnd = (i: number) => text[i - 1] !== ' ' && (i === text.length || text[i] === ' ');

	// Coarse pass: a window of the quote's length at every word start, the
	// window's bigrams updated as it slides (O(1) per character).
	const length = Math.min(needle.length, text.length);
	for (let i = 0; i + 1 < length; i++) counter.add(bigramAt(text, i));
	let best = { from: 0, to: length, similarity: -1 };
	for (let from = 0; from + length <= text.length; from++) {
		if (from > 0 && length > 1) {
			counter.remove(bigramAt(text, from - 1));
			counter.add(bigramAt(text, from + length - 2));
		}
		if (!isWordStart(from)) continue;
		const similarity = counter.dice(length - 1);
		if (similarity > best.similarity) best = { from, to: from + length, similarity };
	}

	// Fine pass: around the best window, every window from a word start to a word
	// end with a length between 3/4 and 5/4 of the quote's, grown word by word.
	const reach = Math.ceil(needle.length / 2);
	const minLength = Math.floor(needle.length * 0.75);
	const maxLength = Math.ceil(needle.length * 1.25);
	const coarse = best.from;
	for (let from = Math.max(0, coarse - reach); from <= coarse + reach; from++) {
		if (from >= text.length) break;
		if (!isWordStart(from)) continue;
		counter.clear();
		const last = Math.min(text.length, from + maxLength);
		for (let to = from + 1; to <= last; to++) {
			if (to - from >= 2) counter.add(bigramAt(text, to - 2));
			if (to - from < minLength || !isWordEnd(to)) continue;
			const similarity = counter.dice(to - from - 1);
			if (similarity > best.similarity) best = { from, to, similarity };
		}
	}
	return {
		text: text.slice(best.from, best.to).trim(),
		lines: spanOf(doc, index, best.from, best.to).lines,
		similarity: best.similarity
	};
}
