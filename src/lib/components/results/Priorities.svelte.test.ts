import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '#lib/content/types.ts';
import { m } from '#lib/messages/index.ts';
import { resultsView } from '#lib/results/index.ts';
import { datasetOf } from '#lib/results/test-support.ts';
import type { Answers } from '#lib/scoring/index.ts';
import Priorities from './Priorities.svelte';

/**
 * Two parties: Åpent parti with a national document (t1 6, t2 2) and a regional one (t1 1,
 * other 1): 10 pledges; Zeta-partiet with one document (t2 3, t3 1): 4 pledges. Nobody has a
 * pledge on t4. s1 is on t3, s2 on t1.
 */
function fixture(): Dataset {
	const base = datasetOf({
		a: { name: 'Åpent parti', stances: [1, 2], pledges: { t1: 6, t2: 2 } },
		b: { name: 'Zeta-partiet', stances: [2, null], pledges: { t2: 3, t3: 1 } }
	});
	const regional = { ...base.documents[0]!, id: 'a-region', organisation: 'Åpent parti Oslo' };
	return {
		...base,
		topics: ['t1', 't2', 't3', 't4'].map((id) => ({ id, name: `Tema ${id}` })),
		statements: base.statements.map((s, i) => ({ ...s, topic: ['t3', 't1'][i]! })),
		documents: [...base.documents, regional],
		pledgesPerTopic: { ...base.pledgesPerTopic, 'a-region': { t1: 1, other: 1 } },
		editions: base.editions.map((e) => ({
			...e,
			parties: e.parties.map((p) =>
				p.party.id === 'a' ? { ...p, documents: ['a-region', 'a-doc'] } : p
			)
		}))
	};
}

function setup(answers: Answers) {
	const data = fixture();
	const view = resultsView(data, data.editions[0]!, answers);
	return { view, ...render(Priorities, { priorities: view.priorities }) };
}

/** Each topic table's rows as [the row header's accessible name, the cell's text]. */
function rowsOf(table: HTMLElement): string[][] {
	const rows: string[][] = [];
	within(table).getAllByRole('rowheader', {
		name: (name, element) => {
			const cell = element?.closest('tr')?.querySelector('td')?.textContent ?? '';
			rows.push([name, cell.replace(/\s+/g, ' ').trim()]);
			return true;
		}
	});
	return rows;
}

describe('Priorities', () => {
	it('says the counts come from the documents, not the answers, and what they do not mean', () => {
		setup({});
		expect(screen.getByText(m.results.prioritiesIntro)).toBeTruthy();
		expect(m.results.prioritiesIntro).toMatch(/fra dokumentene, ikke fra svarene dine/);
		expect(screen.getByText(new RegExp(m.results.prioritiesOrder(false)))).toBeTruthy();
		const method = screen.getByRole('link', { name: m.results.prioritiesMethod });
		expect(method.getAttribute('href')).toMatch(/\/metode\/#prioriteringer$/);
	});

	it('lists each party’s pledges, document by document when it has two', () => {
		setup({});
		const list = screen.getByRole('list', { name: m.results.prioritiesPartiesLabel });
		expect(
			within(list)
				.getAllByRole('listitem')
				.map((li) => li.textContent?.trim())
		).toEqual([
			'Zeta-partiet (B): 4 løfter',
			'Åpent parti (A): 10 løfter (2 fra Åpent parti Oslo og 8 fra Åpent parti sentralt)'
		]);
		expect(screen.getByText(m.results.prioritiesBothLevels)).toBeTruthy();
	});

	it('shows a table per topic with every party’s count, share and name in words', () => {
		setup({});
		const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent?.trim());
		// Sums of shares: t1 0.7, t2 0.95, t3 0.25, t4 0; other last.
		expect(headings).toEqual([
			'Tema t2',
			'Tema t1',
			'Tema t3',
			'Tema t4',
			m.results.prioritiesOther
		]);
		const t1 = screen.getByRole('table', { name: 'Tema t1' });
		expect(rowsOf(t1)).toEqual([
			['Zeta-partiet', '0 av 4 løfter (0 %)'],
			['Åpent parti', '7 av 10 løfter (70 %)']
		]);
		expect(rowsOf(screen.getByRole('table', { name: m.results.prioritiesOther }))).toEqual([
			['Zeta-partiet', '0 av 4 løfter (0 %)'],
			['Åpent parti', '1 av 10 løfter (10 %)']
		]);
		// A topic no document has a pledge on: a sentence, no table.
		expect(screen.queryByRole('table', { name: 'Tema t4' })).toBeNull();
		const t4 = screen.getByRole('heading', { name: 'Tema t4' }).closest('section')!;
		expect(within(t4).getByText(m.results.prioritiesNone)).toBeTruthy();
		// The bars are hidden from screen readers; the track is all of a party's pledges.
		const bars = [...t1.querySelectorAll('svg')];
		expect(bars.every((svg) => svg.getAttribute('aria-hidden') === 'true')).toBe(true);
		const widths = bars.map((svg) => svg.querySelector('.bar')?.getAttribute('width') ?? null);
		expect(widths[0]).toBeNull();
		expect(Number(widths[1])).toBeCloseTo(70, 9);
		expect(bars.map((svg) => svg.querySelector('.extent')?.getAttribute('width'))).toEqual([
			'100',
			'100'
		]);
	});

	it('puts the topics the voter marked as important first, marked in words', () => {
		setup({ s1: { stance: 1, important: true } });
		const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent?.trim());
		expect(headings[0]).toBe(`Tema t3 ${m.importantMark}`);
		expect(headings.slice(1)).toEqual(['Tema t2', 'Tema t1', 'Tema t4', m.results.prioritiesOther]);
		expect(screen.getByText(new RegExp(m.results.prioritiesOrder(true)))).toBeTruthy();
	});
});
