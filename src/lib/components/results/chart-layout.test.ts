import { describe, expect, it } from 'vitest';
import {
	CHART_TEXT,
	layoutChart,
	textWidth,
	wrapItems,
	wrapWords,
	type ChartLayout,
	type ChartRowInput
} from './chart-layout.ts';

const rows: ChartRowInput[] = [
	{
		id: 'ap',
		name: 'Arbeiderpartiet (Ap)',
		percent: 100,
		percentLabel: '100 %',
		notes: ['basert på 14 påstander', 'delt førsteplass'],
		unranked: false
	},
	{
		id: 'h',
		name: 'Høyre (H)',
		percent: 97,
		percentLabel: '97 %',
		notes: ['basert på 12 påstander', 'delt førsteplass'],
		unranked: false
	},
	{
		id: 'krf',
		name: 'Kristelig Folkeparti (KrF)',
		percent: 40,
		percentLabel: '40 %',
		notes: ['basert på 10 påstander', 'likt med partiet over'],
		unranked: false
	},
	{
		id: 'sp',
		name: 'Senterpartiet (Sp)',
		percent: 63,
		percentLabel: '63 %',
		notes: ['basert på 2 påstander', 'for lite grunnlag'],
		unranked: true
	},
	{
		id: 'x',
		name: 'Partiet med et svært langt navn for vanskelige tilfeller (PMESLNFVT)',
		percent: null,
		percentLabel: null,
		notes: ['ingen felles påstander'],
		unranked: true
	}
];

/** Every text line of the layout with its size and weight. */
function texts(layout: ChartLayout) {
	return layout.rows.flatMap((r) => [
		...r.name.map((t) => ({ ...t, size: CHART_TEXT.name.size, bold: true })),
		...(r.percent ? [{ ...r.percent, size: CHART_TEXT.percent.size, bold: true }] : []),
		...r.notes.map((t) => ({ ...t, size: CHART_TEXT.note.size, bold: false }))
	]);
}

describe('textWidth', () => {
	it('grows with the text, is wider for bold and for wide letters', () => {
		expect(textWidth('', 15)).toBe(0);
		expect(textWidth('abc', 15)).toBeLessThan(textWidth('abcd', 15));
		expect(textWidth('abc', 15, true)).toBeGreaterThan(textWidth('abc', 15));
		expect(textWidth('mmm', 15)).toBeGreaterThan(textWidth('iii', 15));
		// Generous: at least DejaVu Sans Bold's width of "100 %" (about 3.4 em).
		expect(textWidth('100 %', 15, true)).toBeGreaterThanOrEqual(3.4 * 15);
	});
});

describe('wrapping', () => {
	it('keeps short text on one line and breaks long text at spaces, within the width', () => {
		expect(wrapWords('Høyre (H)', 288, 15, true)).toEqual(['Høyre (H)']);
		const lines = wrapWords(rows[4]!.name, 288, 15, true);
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.join(' ')).toBe(rows[4]!.name);
		for (const line of lines) expect(textWidth(line, 15, true)).toBeLessThanOrEqual(288);
	});

	it('joins items with a middle dot while they fit and starts a new line otherwise', () => {
		expect(wrapItems(['a', 'b'], 500, 13)).toEqual(['a · b']);
		const narrow = wrapItems(['basert på 14 påstander', 'likt med partiet over'], 200, 13);
		expect(narrow).toEqual(['basert på 14 påstander', 'likt med partiet over']);
		const tiny = wrapItems(['basert på 14 påstander'], 80, 13);
		expect(tiny.join(' ')).toBe('basert på 14 påstander');
		expect(tiny.length).toBeGreaterThan(1);
	});
});

describe.each([288, 320, 1280])('layoutChart at %i px', (width) => {
	const layout = layoutChart(rows, width, 'Ikke rangert');

	it('keeps every label inside the chart and within its width', () => {
		expect(layout.width).toBe(width);
		for (const t of texts(layout)) {
			expect(t.x).toBeGreaterThanOrEqual(0);
			expect(t.x + textWidth(t.text, t.size, t.bold)).toBeLessThanOrEqual(width);
			expect(t.y).toBeGreaterThan(0);
			expect(t.y).toBeLessThanOrEqual(layout.height);
		}
	});

	it('draws bars proportional to the percentage, with the percentage beside the bar', () => {
		for (const [i, row] of layout.rows.entries()) {
			const input = rows[i]!;
			if (input.percent === null) {
				expect(row.bar).toBeNull();
				expect(row.percent).toBeNull();
				continue;
			}
			expect(row.bar!.width).toBeCloseTo((input.percent / 100) * layout.barMax, 6);
			expect(row.track!.width).toBe(layout.barMax);
			expect(row.percent!.text).toBe(input.percentLabel);
			expect(row.percent!.x).toBeGreaterThan(row.bar!.x + row.bar!.width);
			// Vertically within the bar.
			expect(row.percent!.y).toBeGreaterThan(row.bar!.y);
			expect(row.percent!.y).toBeLessThanOrEqual(row.bar!.y + row.bar!.height + 2);
		}
	});

	it('stacks rows without overlap, names above bars and notes below them', () => {
		for (const [i, row] of layout.rows.entries()) {
			const next = layout.rows[i + 1];
			const bottom = Math.max(...row.notes.map((n) => n.y), row.bar ? row.bar.y + 18 : 0);
			if (next) expect(next.top).toBeGreaterThan(bottom);
			if (row.bar) {
				for (const n of row.name) expect(n.y).toBeLessThan(row.bar.y);
				for (const n of row.notes) expect(n.y).toBeGreaterThan(row.bar.y + row.bar.height);
			}
		}
	});

	it('separates ranked from unranked parties with a labelled divider', () => {
		expect(layout.divider).not.toBeNull();
		expect(layout.divider!.label.text).toBe('Ikke rangert');
		const lastRanked = layout.rows[2]!;
		const firstUnranked = layout.rows[3]!;
		expect(layout.divider!.y).toBeGreaterThan(Math.max(...lastRanked.notes.map((n) => n.y)));
		expect(layout.divider!.label.y).toBeLessThan(firstUnranked.top);
	});
});

describe('layoutChart edge cases', () => {
	it('wraps names and notes at 288 px but not at 1280 px', () => {
		const narrow = layoutChart(rows, 288);
		const wide = layoutChart(rows, 1280);
		expect(narrow.rows[4]!.name.length).toBeGreaterThan(1);
		expect(wide.rows[4]!.name).toHaveLength(1);
		expect(wide.rows[0]!.notes.map((n) => n.text)).toEqual([
			'basert på 14 påstander · delt førsteplass'
		]);
		expect(narrow.height).toBeGreaterThan(wide.height);
		expect(wide.barMax).toBeGreaterThan(narrow.barMax);
	});

	it('has no divider when every party is ranked or none is, and no height without rows', () => {
		expect(layoutChart(rows.slice(0, 3), 320).divider).toBeNull();
		expect(layoutChart(rows.slice(3), 320).divider).toBeNull();
		expect(layoutChart([], 320).height).toBe(0);
	});

	it('never lays out narrower than 160 px', () => {
		const layout = layoutChart(rows, 0);
		expect(layout.width).toBe(160);
		for (const t of texts(layout)) {
			expect(t.x + textWidth(t.text, t.size, t.bold)).toBeLessThanOrEqual(160 + 1e-9);
		}
	});
});
