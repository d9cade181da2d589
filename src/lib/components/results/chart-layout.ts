/**
 * Geometry of the result chart: one row per party with the name above a horizontal bar,
 * the percentage beside the bar and the notes (basis, ties, flags) below it. Pure (d3-scale
 * for the math only): the component renders the SVG from this layout. Text never wraps in
 * SVG, so labels are broken into lines here, using a deliberately generous width estimate,
 * so that nothing overflows even at 320 px.
 */
import { scaleBand, scaleLinear } from 'd3-scale';

/** One party's row as the chart shows it (text already worded). */
export interface ChartRowInput {
	id: string;
	/** Party name with short name, e.g. "Arbeiderpartiet (Ap)". */
	name: string;
	/** 0–100, or null for a party without a score (no bar). */
	percent: number | null;
	/** The percentage as text, e.g. "78 %"; null without a score. */
	percentLabel: string | null;
	/** Notes under the bar, e.g. ["basert på 14 påstander", "delt førsteplass"]. */
	notes: string[];
	/** Listed after the ranked parties (too little basis or no score). */
	unranked: boolean;
}

export interface TextLine {
	text: string;
	x: number;
	/** Baseline. */
	y: number;
}

export interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface ChartRowLayout {
	id: string;
	top: number;
	name: TextLine[];
	/** The full 0–100 % extent behind the bar; null without a score. */
	track: Rect | null;
	bar: Rect | null;
	percent: TextLine | null;
	notes: TextLine[];
	unranked: boolean;
}

export interface ChartLayout {
	width: number;
	height: number;
	/** x position of 100 %. */
	barMax: number;
	rows: ChartRowLayout[];
	/** Divider between ranked and unranked parties, with its label; null when not needed. */
	divider: { y: number; label: TextLine } | null;
}

/** Font sizes (px) and line heights the component must use for the layout to hold. */
export const CHART_TEXT = {
	name: { size: 15, line: 19, bold: true },
	percent: { size: 15, bold: true },
	note: { size: 13, line: 17, bold: false }
} as const;

const BAR_HEIGHT = 18;
const NAME_TO_BAR = 6;
const BAR_TO_NOTES = 5;
const ROW_GAP = 16;
const DIVIDER_GAP = 26;
const PERCENT_GAP = 6;
const MIN_WIDTH = 160;
const SEPARATOR = ' · ';

const NARROW = new Set("iljtfr.,:;'!|()[] ·".split(''));
const WIDE = new Set('mwMW%'.split(''));

/**
 * A generous estimate of the rendered width of `text` in px: per-character widths at or
 * above those of DejaVu Sans (the widest common system font), bold 12 % wider.
 */
export function textWidth(text: string, size: number, bold = false): number {
	let em = 0;
	for (const ch of text) {
		if (NARROW.has(ch)) em += 0.42;
		else if (WIDE.has(ch)) em += 1.02;
		else if (ch !== ch.toLowerCase()) em += 0.8;
		else em += 0.66;
	}
	return em * size * (bold ? 1.12 : 1);
}

/** Breaks words into lines no wider than `maxWidth` (a single longer word stays whole). */
export function wrapWords(text: string, maxWidth: number, size: number, bold = false): string[] {
	const lines: string[] = [];
	let current = '';
	for (const word of text.split(/\s+/).filter((w) => w !== '')) {
		const next = current === '' ? word : `${current} ${word}`;
		if (current !== '' && textWidth(next, size, bold) > maxWidth) {
			lines.push(current);
			current = word;
		} else current = next;
	}
	if (current !== '') lines.push(current);
	return lines;
}

/**
 * Joins items with " · " while they fit on a line; an item that does not fit starts a new
 * line, and an item wider than a line is broken into words.
 */
export function wrapItems(
	items: readonly string[],
	maxWidth: number,
	size: number,
	bold = false
): string[] {
	const lines: string[] = [];
	let current = '';
	for (const item of items) {
		const next = current === '' ? item : `${current}${SEPARATOR}${item}`;
		if (textWidth(next, size, bold) <= maxWidth) {
			current = next;
			continue;
		}
		if (current !== '') lines.push(current);
		const parts = wrapWords(item, maxWidth, size, bold);
		current = parts.pop() ?? '';
		lines.push(...parts);
	}
	if (current !== '') lines.push(current);
	return lines;
}

/** Lays out every row for a chart `width` px wide; the height follows from the content. */
export function layoutChart(
	rows: readonly ChartRowInput[],
	width: number,
	dividerLabel = ''
): ChartLayout {
	const w = Math.max(MIN_WIDTH, Math.floor(width));
	const { name: nameText, percent: pctText, note: noteText } = CHART_TEXT;
	const percentReserve = textWidth('100 %', pctText.size, pctText.bold) + PERCENT_GAP;
	const barMax = Math.max(40, w - percentReserve);
	const x = scaleLinear().domain([0, 100]).range([0, barMax]).clamp(true);

	const names = rows.map((r) => wrapWords(r.name, w, nameText.size, nameText.bold));
	const notes = rows.map((r) => wrapItems(r.notes, w, noteText.size, noteText.bold));
	const nameLines = Math.max(1, ...names.map((n) => n.length));
	const noteLines = Math.max(1, ...notes.map((n) => n.length));
	const barTop = nameLines * nameText.line + NAME_TO_BAR;
	const rowHeight = barTop + BAR_HEIGHT + BAR_TO_NOTES + noteLines * noteText.line;
	const step = rowHeight + ROW_GAP;

	const y = scaleBand<string>()
		.domain(rows.map((r) => r.id))
		.range([0, rows.length * step]);
	const firstUnranked = rows.findIndex((r) => r.unranked);
	const hasDivider = firstUnranked > 0;
	const ascent = (size: number) => Math.round(size * 0.8);

	const laidOut = rows.map((row, i): ChartRowLayout => {
		const top = (y(row.id) ?? i * step) + (hasDivider && i >= firstUnranked ? DIVIDER_GAP : 0);
		const hasBar = row.percent !== null;
		const barY = top + barTop;
		const barWidth = hasBar ? x(row.percent!) : 0;
		const notesTop = hasBar ? barY + BAR_HEIGHT + BAR_TO_NOTES : barY;
		return {
			id: row.id,
			top,
			name: names[i]!.map((text, j) => ({
				text,
				x: 0,
				y: top + j * nameText.line + ascent(nameText.size)
			})),
			track: hasBar ? { x: 0, y: barY, width: barMax, height: BAR_HEIGHT } : null,
			bar: hasBar ? { x: 0, y: barY, width: barWidth, height: BAR_HEIGHT } : null,
			percent:
				hasBar && row.percentLabel !== null
					? {
							text: row.percentLabel,
							x: barWidth + PERCENT_GAP,
							y: barY + BAR_HEIGHT / 2 + Math.round(pctText.size * 0.35)
						}
					: null,
			notes: notes[i]!.map((text, j) => ({
				text,
				x: 0,
				y: notesTop + j * noteText.line + ascent(noteText.size)
			})),
			unranked: row.unranked
		};
	});

	let divider: ChartLayout['divider'] = null;
	if (hasDivider) {
		const lineY = laidOut[firstUnranked]!.top - DIVIDER_GAP - ROW_GAP / 2 + 4;
		divider = {
			y: lineY,
			label: { text: dividerLabel, x: 0, y: lineY + 4 + ascent(noteText.size) }
		};
	}
	const height = rows.length === 0 ? 0 : (laidOut.at(-1)?.top ?? 0) + rowHeight;
	return { width: w, height, barMax, rows: laidOut, divider };
}
