import { flushSync, mount, unmount } from 'svelte';
import { page } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import ResultsChart from './ResultsChart.svelte';
import type { ChartRowInput } from './chart-layout.ts';

// Real font metrics are what matter here: the layout estimates text widths, and only a
// browser can measure whether the rendered labels really stay inside the chart.
const rows: ChartRowInput[] = [
	{
		id: 'a',
		name: 'Arbeiderpartiet (Ap)',
		percent: 100,
		percentLabel: '100 %',
		notes: ['basert på 34 påstander', 'delt førsteplass'],
		unranked: false
	},
	{
		id: 'b',
		name: 'Kristelig Folkeparti – Det norske Arbeiderpartis søsterparti (KrF)',
		percent: 99,
		percentLabel: '99 %',
		notes: ['basert på 12 påstander', 'likt med partiet over'],
		unranked: false
	},
	{
		id: 'c',
		name: 'Senterpartiet (Sp)',
		percent: 40,
		percentLabel: '40 %',
		notes: ['basert på 2 påstander', 'for lite grunnlag'],
		unranked: true
	},
	{
		id: 'd',
		name: 'Høyre (H)',
		percent: null,
		percentLabel: null,
		notes: ['ingen felles påstander'],
		unranked: true
	}
];

let app: Record<string, unknown> | undefined;
afterEach(() => {
	if (app) unmount(app);
	app = undefined;
	document.body.innerHTML = '';
});

describe.each([320, 390, 1280])('ResultsChart in Chromium at %i px', (width) => {
	it('keeps every label and bar inside the chart, and names the result for screen readers', async () => {
		await page.viewport(width, 800);
		const target = document.createElement('div');
		target.style.width = `${width - 32}px`;
		document.body.append(target);
		app = mount(ResultsChart, {
			target,
			props: {
				rows,
				colours: { a: '#c8102e', b: '#ffbe00', c: '#00843d', d: '#0065f1' },
				title: 'Arbeiderpartiet og KrF deler førsteplassen',
				description: 'Arbeiderpartiet 100 %, KrF 99 %.',
				dividerLabel: 'For lite grunnlag til å rangeres'
			}
		});
		flushSync();
		await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
		const svg = target.querySelector('svg')!;
		const box = svg.getBoundingClientRect();
		expect(box.width).toBeLessThanOrEqual(width - 32);
		expect(svg.getAttribute('role')).toBe('img');
		const labelled = svg.getAttribute('aria-labelledby')!.split(' ');
		expect(labelled.map((id) => document.getElementById(id)?.textContent)).toEqual([
			'Arbeiderpartiet og KrF deler førsteplassen',
			'Arbeiderpartiet 100 %, KrF 99 %.'
		]);
		const outside = [...svg.querySelectorAll('text, rect')]
			.map((el) => ({ el, r: el.getBoundingClientRect() }))
			.filter(({ r }) => r.left < box.left - 0.5 || r.right > box.right + 0.5)
			.map(({ el }) => el.textContent || el.getAttribute('class'));
		expect(outside).toEqual([]);
		for (const text of svg.querySelectorAll('text')) {
			expect(text.getAttribute('aria-hidden')).toBe('true');
		}
		// Every party is drawn, and only scored parties get a bar.
		expect([...svg.querySelectorAll('g.row')].map((g) => g.getAttribute('data-party'))).toEqual([
			'a',
			'b',
			'c',
			'd'
		]);
		expect(svg.querySelector('g.row[data-party="a"] rect.bar')).not.toBeNull();
		expect(svg.querySelector('g.row[data-party="d"] rect.bar')).toBeNull();
	});
});
