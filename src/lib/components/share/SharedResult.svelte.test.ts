import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '#lib/content/types.ts';
import { statementHash } from '#lib/content/statement-hash.ts';
import { m } from '#lib/messages/index.ts';
import { resultsView } from '#lib/results/index.ts';
import { datasetOf } from '#lib/results/test-support.ts';
import type { Answers } from '#lib/scoring/index.ts';
import { NO_LAYOUTS, encodeShare, withCurrentLayouts } from '#lib/share/index.ts';
import SharedResult from './SharedResult.svelte';

const dataset = datasetOf({
	a: { name: 'Alfa', stances: [2, 2, 1, -1, 2, 1] },
	b: { name: 'Beta', stances: [-2, -1, 1, 2, -1, 0] },
	c: { name: 'Gamma', stances: [null, null, null, null, null, null] }
});
const edition = dataset.editions[0]!;
const answers: Answers = Object.fromEntries(
	['s1', 's2', 's3', 's4', 's5', 's6'].map((id) => [id, { stance: 2, important: id === 's2' }])
);

/** The dataset as it was when s1 and s2 had other texts. */
const earlier: Dataset = {
	...dataset,
	statements: dataset.statements.map((s) =>
		s.id === 's1' || s.id === 's2'
			? { ...s, text: `${s.text} Før.`, hash: statementHash(`${s.text} Før.`) }
			: s
	)
};
const layouts = withCurrentLayouts(withCurrentLayouts(NO_LAYOUTS, earlier), dataset);

/** The chart's accessible name and description, read through its `aria-labelledby`. */
function chartWords(): { title: string; description: string } {
	const [titleId, descId] = screen.getByRole('img').getAttribute('aria-labelledby')!.split(' ');
	return {
		title: document.getElementById(titleId!)!.textContent!,
		description: document.getElementById(descId!)!.textContent!
	};
}

describe('SharedResult', () => {
	it('describes the chart as the shared answers, never as the visitor’s', () => {
		const code = encodeShare(dataset, edition, answers);
		render(SharedResult, { dataset, edition, code, layouts });
		const view = resultsView(dataset, edition, answers);
		const { title, description } = chartWords();
		expect(title).toBe(m.share.chartTitle);
		expect(description).toBe(m.share.chartDescription(view.verdict, view.chart));
		expect(description).toMatch(/^Alfa stemmer best med svarene i det delte resultatet, med /);
		expect(description).toContain(
			'Gamma er ikke rangert: ingen felles påstander med den som delte.'
		);
		for (const words of [title, description]) expect(words).not.toMatch(/\b(deg|dine?)\b/);
		// The visitor's own results still speak to them.
		expect(m.results.chartDescription(view.verdict, view.chart)).toContain('svarene dine');
		expect(document.querySelector('[data-share-updated]')).toBeNull();
	});

	it('says how many of the link’s answers were left out when its statements have changed', () => {
		const code = encodeShare(earlier, edition, answers);
		render(SharedResult, { dataset, edition, code, layouts });
		const notice = document.querySelector('[data-share-updated]')!;
		expect(notice.textContent).toBe(m.share.updated(2));
		expect(notice.textContent).toContain(
			'Lenken hadde to svar på påstander som er endret eller fjernet siden, og de er ikke med.'
		);
	});
});
