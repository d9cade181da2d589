/**
 * Reading a document on its source page: where a quote's words stand inside the file's lines
 * (so the page can highlight them in the line a result links to), and how a PDF's short
 * lines join into paragraphs that flow on a phone. Pure; every line keeps its number.
 */
import { isBlank } from './lines.ts';
import { normalisedText, normaliseQuote } from './quotes.ts';
import { collapseWhitespace } from './text.ts';
import type { SourceDocument, SourceLine } from './types.ts';

/** Quoted characters of one line: `from`–`to` (end excluded) of the line's own text. */
export interface LineMark {
	line: number;
	from: number;
	to: number;
}

/** A quote's words in a document: the line a link to it targets, and the marks per line. */
export interface QuoteMarks {
	/** The first line of the quote's first occurrence (what `paths.source` links to). */
	start: number;
	marks: LineMark[];
}

/** For each character of `collapseWhitespace(text)`, its offset in `text`. */
function rawOffsets(text: string): number[] {
	const offsets: number[] = [];
	let space = -1;
	for (let i = 0; i < text.length; i++) {
		if (/\s/.test(text.charAt(i))) {
			if (space === -1 && offsets.length > 0) space = i;
			continue;
		}
		if (space !== -1) offsets.push(space);
		space = -1;
		offsets.push(i);
	}
	return offsets;
}

/**
 * Where the first occurrence of `quote` stands in `doc` (the one the dataset cites), as
 * character ranges of the lines it covers, or `null` when it is not there. Found as the quote
 * finder finds it: whitespace, wraps and printed numbers ignored.
 */
export function quoteMarks(doc: SourceDocument, quote: string): QuoteMarks | null {
	const needle = normaliseQuote(quote);
	const index = normalisedText(doc);
	const at = needle === '' ? -1 : index.text.indexOf(needle);
	if (at === -1) return null;
	const end = at + needle.length;
	const byNumber = new Map(doc.lines.map((l) => [l.line, l]));
	const marks: LineMark[] = [];
	index.starts.forEach((start, k) => {
		const line = byNumber.get(index.lineNumbers[k] ?? 0);
		if (!line) return;
		const length = collapseWhitespace(line.text).length;
		const from = Math.max(at, start) - start;
		const to = Math.min(end, start + length) - start;
		if (from >= to) return;
		const offsets = rawOffsets(line.text);
		marks.push({ line: line.line, from: offsets[from] ?? 0, to: (offsets[to - 1] ?? 0) + 1 });
	});
	const first = marks[0];
	return first ? { start: first.line, marks } : null;
}

/**
 * The line a location hash such as `#L12` targets, or `null` (also for a number too large to
 * be a line, which would come back rounded).
 */
export function targetLine(hash: string): number | null {
	const match = /^#L([1-9]\d*)$/.exec(hash);
	const line = match ? Number(match[1]) : null;
	return line !== null && Number.isSafeInteger(line) ? line : null;
}

/** The ranges to highlight per line: those of every quote that starts at `target`. */
export function marksAt(
	quotes: readonly QuoteMarks[],
	target: number | null
): Map<number, [number, number][]> {
	const byLine = new Map<number, [number, number][]>();
	for (const quote of quotes) {
		if (quote.start !== target) continue;
		for (const { line, from, to } of quote.marks) {
			byLine.set(line, [...(byLine.get(line) ?? []), [from, to]]);
		}
	}
	return byLine;
}

/** `text` cut into plain and marked parts (overlapping ranges merged), in order. */
export function splitMarked(
	text: string,
	ranges: readonly [number, number][]
): { text: string; marked: boolean }[] {
	const sorted = [...ranges]
		.map(([from, to]): [number, number] => [Math.max(0, from), Math.min(text.length, to)])
		.filter(([from, to]) => from < to)
		.sort((a, b) => a[0] - b[0]);
	const parts: { text: string; marked: boolean }[] = [];
	let at = 0;
	for (const [from, to] of sorted) {
		if (to <= at) continue;
		const start = Math.max(from, at);
		if (start > at) parts.push({ text: text.slice(at, start), marked: false });
		parts.push({ text: text.slice(start, to), marked: true });
		at = to;
	}
	if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at), marked: false });
	return parts;
}

/**
 * A run of lines read as one paragraph, or a blank line that stands between paragraphs (a gap).
 */
export type ReadingBlock =
	{ kind: 'paragraph'; lines: SourceLine[] } | { kind: 'gap'; line: SourceLine };

/** A line shorter than this share of the document's median line ends its paragraph. */
const SHORT_LINE = 0.6;

const BULLET = /^\s*[•▪◦‣·*–-]\s/u;

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * The lines grouped into paragraphs, every line exactly once, in order. Without `pdf` every
 * line with text is its own paragraph (a web page's lines already are). With `pdf` (text
 * extracted from a PDF, whose lines break where the printed page did) lines run on into one
 * paragraph until: a blank line that carries a printed number (the PDF's empty line), a line
 * starting with a bullet, or after a line much shorter than the document's usual line (a
 * heading or a paragraph's last line). Blank lines without a number are extraction artefacts
 * and stay inside the paragraph.
 */
export function readingBlocks(
	lines: readonly SourceLine[],
	pdf: boolean,
	/** The document's median line length; pass it when `lines` is a part of the document. */
	typical: number = typicalLineLength(lines)
): ReadingBlock[] {
	const blocks: ReadingBlock[] = [];
	let open: SourceLine[] | null = null;
	const close = () => {
		if (open) blocks.push({ kind: 'paragraph', lines: open });
		open = null;
	};
	for (const line of lines) {
		if (isBlank(line.text)) {
			if (pdf && line.printed === null && open) open.push(line);
			else {
				close();
				blocks.push({ kind: 'gap', line });
			}
			continue;
		}
		if (!pdf || BULLET.test(line.text)) close();
		(open ??= []).push(line);
		if (!pdf || line.text.trim().length < SHORT_LINE * typical) close();
	}
	close();
	return blocks;
}

/** The median length of the document's lines with text (what `readingBlocks` calls short). */
export function typicalLineLength(lines: readonly SourceLine[]): number {
	return median(lines.filter((l) => !isBlank(l.text)).map((l) => l.text.trim().length));
}
