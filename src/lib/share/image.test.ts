import { describe, expect, it } from 'vitest';
import { datasetOf } from '#lib/results/test-support.ts';
import { resultsView, type RankingRow } from '#lib/results/index.ts';
import { IMAGE_FORMATS, IMAGE_FORMAT_NAMES, imageLayout, type ImageText } from './image.ts';

const dataset = datasetOf({
	a: { name: 'Alfa', stances: [2, 2, 1, -1] },
	b: { name: 'Beta', stances: [-2, -1, 1, 2] },
	c: { name: 'Ceta', stances: [null, null, null, null] }
});
const edition = dataset.editions[0]!;
const view = resultsView(
	dataset,
	edition,
	Object.fromEntries(['s1', 's2', 's3', 's4'].map((id) => [id, { stance: 2, important: false }]))
);
const text: ImageText = {
	kicker: 'Valgomaten',
	title: 'Mitt resultat',
	verdict: 'Jeg er mest enig med Alfa.',
	label: (row: RankingRow) => row.party.name,
	value: (row: RankingRow) => (row.percent === null ? 'ingen' : `${row.percent} %`),
	footer: 'Kilde'
};

describe('imageLayout', () => {
	it.each(IMAGE_FORMAT_NAMES)(
		'draws %s at its size: the words, then one bar per party in ranking order',
		(format) => {
			const layout = imageLayout(view, format, text);
			expect([layout.width, layout.height]).toEqual([
				IMAGE_FORMATS[format].width,
				IMAGE_FORMATS[format].height
			]);
			expect(layout.blocks.filter((b) => b.kind === 'text').map((b) => b.text)).toEqual([
				text.kicker,
				text.title,
				text.verdict
			]);
			const bars = layout.blocks.flatMap((b) => (b.kind === 'bar' ? [b] : []));
			expect(bars.map((b) => [b.label, b.value, b.colour])).toEqual(
				view.ranking.map((row) => [row.party.name, text.value(row), row.party.colour])
			);
			expect(bars.map((b) => b.fraction)).toEqual(view.ranking.map((r) => (r.percent ?? 0) / 100));
			expect(layout.footer).toBe(text.footer);
		}
	);

	it('fits every block above the footer, for up to ten parties', () => {
		const many = datasetOf(
			Object.fromEntries(
				Array.from({ length: 10 }, (_, i) => [`p${i}`, { name: `Parti ${i}`, stances: [2, -2, 1] }])
			)
		);
		const tenView = resultsView(many, many.editions[0]!, {});
		for (const format of IMAGE_FORMAT_NAMES) {
			const layout = imageLayout(tenView, format, text);
			// Each text line at most twice (the verdict may wrap), then label row and bar per party.
			const height = layout.blocks.reduce(
				(y, b) => y + (b.kind === 'text' ? 2 * b.size * 1.25 : b.size * 2) + b.gap,
				layout.top
			);
			expect(height).toBeLessThanOrEqual(layout.height - layout.margin - 60);
			// Still legible on a phone: the smallest party label is at least 12 px of 1080.
			const sizes = layout.blocks.flatMap((b) => (b.kind === 'bar' ? [b.size] : []));
			expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
		}
	});
});
