/**
 * Splitting a source document into lines, and stripping the printed line
 * numbers that PDF extraction leaves at the end of lines. Pure: no I/O.
 */
import type { SourceLine } from './types.ts';

/** Matches a line whose trimmed end is a number preceded by whitespace (or nothing). */
const TRAILING_NUMBER = /^([\s\S]*?)(?:^|\s)(\d+)\s*$/;

/**
 * Splits `text` into 1-based lines (`\n`, tolerating `\r\n`). A final newline
 * does not start an extra empty line, and a leading byte-order mark is dropped.
 *
 * With `printedLineNumbers`, walks the lines with an expected counter starting
 * at 1: a line whose trimmed end is the expected number (preceded by whitespace,
 * or being the whole line) has that number and the whitespace around it removed
 * and recorded as `printed`, and the counter moves on. Numbers that belong to the
 * text ("om 15 år", "2 av 3", the "1 av" before a printed 42) are kept because
 * they are not the number the counter expects.
 */
export function readSourceLines(text: string, printedLineNumbers: boolean): SourceLine[] {
	const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
	const raw = body.split('\n');
	if (raw.length > 1 && raw[raw.length - 1] === '') raw.pop();
	let expected = 1;
	return raw.map((rawLine, index): SourceLine => {
		const lineText = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
		if (printedLineNumbers) {
			const match = TRAILING_NUMBER.exec(lineText);
			if (match && match[2] === String(expected)) {
				expected++;
				return { line: index + 1, printed: Number(match[2]), text: (match[1] ?? '').trimEnd() };
			}
		}
		return { line: index + 1, printed: null, text: lineText };
	});
}

/** True when a line holds nothing but whitespace (including no-break spaces). */
export function isBlank(text: string): boolean {
	return text.trim() === '';
}

/**
 * File lines of a PDF-extracted document that hold text but no printed line
 * number. For a complete extraction this is empty: a non-empty result means a
 * printed number was missed (and every later number was left in the text).
 */
export function unnumberedLines(lines: readonly SourceLine[]): number[] {
	return lines.filter((l) => l.printed === null && !isBlank(l.text)).map((l) => l.line);
}

/**
 * The printed line numbers of a span of file lines: the first printed number at
 * or after `start` and the last at or before `end`, within the span. `undefined`
 * when the span holds no printed number.
 */
export function printedSpan(
	lines: readonly SourceLine[],
	start: number,
	end: number
): [number, number] | undefined {
	let first: number | undefined;
	let last: number | undefined;
	for (let n = start; n <= end; n++) {
		const printed = lines[n - 1]?.printed;
		if (printed == null) continue;
		first ??= printed;
		last = printed;
	}
	return first === undefined || last === undefined ? undefined : [first, last];
}
