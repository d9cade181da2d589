import { flushSync, mount, unmount } from 'svelte';
import { page } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChartView, RankingRow } from '#lib/results/index.ts';
import ResultsChart from './ResultsChart.svelte';

// Real font metrics are what matter here: the labels are HTML laid out by the browser, and
// only a browser can show that they stay inside the chart at any width and text size.
const row = (
	id: string,
	name: string,
	percent: number | null,
	rest: Partial<RankingRow> = {}
): RankingRow => ({
	party: { id, name, shortName: id.toUpperCase(), colour: '#c8102e' },
	percent,
	basis: 12,
	rank: 1,
	tie: null,
	flag: null,
	...rest
});
const chart: ChartView = {
	ranked: [
		row('a', 'Arbeiderpartiet', 100, { tie: 'shared-first', basis: 34 }),
		row('b', 'Kristelig Folkeparti – Det norske Arbeiderpartis søsterparti', 99, {
			tie: 'shared-first'
		}),
		row('e', 'Venstre', 0, { rank: 3 })
	],
	unranked: [
		row('c', 'Senterpartiet', 40, { rank: null, basis: 2, flag: 'too-little-basis' }),
		row('d', 'Høyre', null, { rank: null, basis: 0, flag: 'no-common-statements' })
	]
};

let app: Record<string, unknown> | undefined;

/** Mounts the chart in a box `width − 32` px wide and waits until the bars have grown in. */
async function mountChart(width: number, title = 't', description = 'd'): Promise<HTMLElement> {
	await page.viewport(width, 800);
	const target = document.createElement('div');
	target.style.width = `${width - 32}px`;
	document.body.append(target);
	app = mount(ResultsChart, { target, props: { chart, title, description } });
	flushSync();
	await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
	await Promise.all(document.getAnimations().map((a) => a.finished));
	return target;
}
afterEach(() => {
	if (app) unmount(app);
	app = undefined;
	document.body.innerHTML = '';
	document.documentElement.style.fontSize = '';
});

describe.each([
	[320, '100%'],
	[390, '100%'],
	[1280, '100%'],
	[320, '200%'],
	[390, '200%']
])('ResultsChart in Chromium at %i px with %s text', (width, fontSize) => {
	it('keeps every label and bar inside the chart, and names the result for screen readers', async () => {
		document.documentElement.style.fontSize = fontSize;
		const target = await mountChart(
			width,
			'Partiene sortert etter hvor enige de er med deg',
			'Arbeiderpartiet og KrF deler førsteplassen.'
		);
		const img = target.querySelector('[role="img"]')!;
		const box = target.getBoundingClientRect();
		expect(img.getBoundingClientRect().width).toBeLessThanOrEqual(width - 32);
		const labelled = img.getAttribute('aria-labelledby')!.split(' ');
		expect(labelled.map((id) => document.getElementById(id)?.textContent)).toEqual([
			'Partiene sortert etter hvor enige de er med deg',
			'Arbeiderpartiet og KrF deler førsteplassen.'
		]);
		// Every label and bar lies inside the chart (checked per line box of the text).
		const outside = [...img.querySelectorAll('.name, .pct, .notes, .divider, rect')]
			.flatMap((el) => {
				const range = document.createRange();
				range.selectNodeContents(el);
				const rects =
					el instanceof SVGElement ? [el.getBoundingClientRect()] : [...range.getClientRects()];
				return rects.map((r) => ({ el, r }));
			})
			.filter(({ r }) => r.left < box.left - 0.5 || r.right > box.right + 0.5)
			.map(({ el }) => el.textContent || el.getAttribute('class'));
		expect(outside).toEqual([]);
		// Labels follow the root font size.
		const name = img.querySelector('.name')!;
		expect(parseFloat(getComputedStyle(name).fontSize)).toBeCloseTo(
			(parseFloat(getComputedStyle(document.documentElement).fontSize) * 15) / 16,
			1
		);
		// A percentage never overlaps the next row's name, nor the bar it belongs to.
		for (const r of img.querySelectorAll('[data-party]')) {
			const pct = r.querySelector('.pct');
			const bar = r.querySelector('rect.bar');
			if (pct && bar) {
				expect(pct.getBoundingClientRect().left).toBeGreaterThanOrEqual(
					bar.getBoundingClientRect().right - 0.5
				);
			}
		}
		// The visual labels are hidden from screen readers (the description says it all).
		expect(img.querySelector('.labels')!.getAttribute('aria-hidden')).toBe('true');
		// Every party is drawn, ranked first, and only scored parties get a bar.
		expect(
			[...img.querySelectorAll('[data-party]')].map((g) => g.getAttribute('data-party'))
		).toEqual(['a', 'b', 'e', 'c', 'd']);
		expect(img.querySelector('[data-party="d"] rect.bar')).toBeNull();
		expect(img.querySelector('[data-party="e"] rect.bar')).toBeNull();
	});
});

describe('ResultsChart bars', () => {
	it('are as long as the percentage, on one scale for every party', async () => {
		const target = await mountChart(390);
		const width = (id: string, part: string) =>
			target.querySelector(`[data-party="${id}"] ${part}`)!.getBoundingClientRect().width;
		const track = width('a', 'rect.extent');
		expect(track).toBeGreaterThan(100);
		expect(width('a', 'rect.bar') / track).toBeCloseTo(1, 2);
		expect(width('b', 'rect.bar') / track).toBeCloseTo(0.99, 2);
		expect(width('c', 'rect.bar') / track).toBeCloseTo(0.4, 2);
		expect(width('c', 'rect.extent')).toBeCloseTo(track, 5);
	});
});
