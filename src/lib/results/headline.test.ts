import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { askedStatements, sharedStatements } from '#lib/content/editions.ts';
import { THRESHOLDS } from '#lib/content/report.ts';
import type { Dataset } from '#lib/content/types.ts';
import { MIN_BASIS, type Answers, type Stance } from '#lib/scoring/index.ts';
import { RESULT_SECTIONS, resultSections, resultsView } from './index.ts';
import { datasetArb, datasetOf } from './test-support.ts';

const view = (dataset: Dataset, answers: Answers) =>
	resultsView(dataset, dataset.editions[0]!, answers);
const agree = (ids: string[]): Answers =>
	Object.fromEntries(ids.map((id) => [id, { stance: 2, important: false }]));

describe('headline', () => {
	// p and q share s1–s3; r speaks only to s4–s6.
	const data = datasetOf({
		p: { name: 'P', stances: [2, 2, 2, null, null, null] },
		q: { name: 'Q', stances: [2, -2, -2, null, null, null] },
		r: { name: 'R', stances: [null, null, null, -2, -2, 2] }
	});

	it('counts the answered, skipped and open statements, and offers to go on while some are open', () => {
		const answers: Answers = {
			...agree(['s1', 's2', 's3']),
			s4: { stance: null, important: true }
		};
		const h = view(data, answers).headline;
		expect(h.progress).toEqual({ asked: 6, answered: 3, skipped: 1, open: 2 });
		expect(h.canContinue).toBe(true);
		const done = view(data, { ...answers, ...agree(['s5', 's6']) }).headline;
		expect(done.progress).toEqual({ asked: 6, answered: 5, skipped: 1, open: 0 });
		expect(done.canContinue).toBe(false);
	});

	it('offers to go on when too little is answered, if there is a skipped statement to go back to', () => {
		const skipped: Answers = Object.fromEntries(
			['s1', 's2', 's3', 's4', 's5', 's6'].map((id) => [id, { stance: null, important: false }])
		);
		const v = view(data, { ...skipped, s1: { stance: 2, important: false } });
		expect(v.verdict.kind).toBe('needs-more');
		expect(v.headline.progress.open).toBe(0);
		expect(v.headline.canContinue).toBe(true);
		expect(v.headline.first).toEqual([]);
		expect(v.headline.minBasis).toBe(MIN_BASIS);
	});

	it('lists the parties in first place with their bases', () => {
		const top = view(data, agree(['s1', 's2', 's3', 's4', 's5', 's6']));
		expect(top.verdict.kind).toBe('top');
		expect(top.headline.first.map((r) => [r.party.id, r.percent, r.basis])).toEqual([
			['p', 100, 3]
		]);
		const twins = datasetOf({
			a: { name: 'A', stances: [2, 2, 2, 2] },
			b: { name: 'B', stances: [2, 2, 2, 1] },
			c: { name: 'C', stances: [-2, -2, -2, -2] }
		});
		const shared = view(twins, agree(['s1', 's2', 's3', 's4']));
		expect(shared.verdict.kind).toBe('shared-top');
		expect(shared.headline.first.map((r) => r.party.id)).toEqual(['a', 'b']);
	});

	it('says the parties share few statements below the content report’s target share, not at it', () => {
		// Two of six statements (1/3) shared by two parties: exactly the target.
		const atTarget = datasetOf({
			p: { name: 'P', stances: [2, 2, 2, null, 1, null] },
			q: { name: 'Q', stances: [2, 2, null, 2, null, 1] }
		});
		expect(sharedStatements(atTarget, atTarget.editions[0]!).length / 6).toBe(
			THRESHOLDS.multiPartyTarget
		);
		expect(view(atTarget, {}).headline.fewShared).toBe(false);
		// One of six.
		const below = datasetOf({
			p: { name: 'P', stances: [2, null, 2, null, 1, null] },
			q: { name: 'Q', stances: [2, 2, null, 2, null, 1] }
		});
		expect(view(below, {}).headline.fewShared).toBe(true);
		expect(view(data, {}).headline.fewShared).toBe(false);
	});

	test.prop([datasetArb])(
		'progress adds up, and the first place is the ranking’s rank 1',
		({ dataset, answers }) => {
			const v = view(dataset, answers);
			const { asked, answered, skipped, open } = v.headline.progress;
			expect(asked).toBe(askedStatements(dataset, dataset.editions[0]!).length);
			expect(answered + skipped + open).toBe(asked);
			expect(Math.min(answered, skipped, open)).toBeGreaterThanOrEqual(0);
			expect(v.headline.canContinue).toBe(
				open > 0 || (v.verdict.kind === 'needs-more' && skipped > 0)
			);
			expect(v.headline.first).toEqual(
				v.verdict.kind === 'needs-more' ? [] : v.ranking.filter((r) => r.rank === 1)
			);
			if (v.verdict.kind === 'top') expect(v.headline.first).toHaveLength(1);
			expect(v.headline.unranked).toBe(v.chart.unranked.length);
		}
	);
});

describe('sections', () => {
	it('has every section in page order, comparing only when there is a party to compare', () => {
		const data = datasetOf({ p: { name: 'P', stances: [2 as Stance] } });
		expect(resultSections(view(data, {}))).toEqual([...RESULT_SECTIONS]);
		const empty: Dataset = { ...data, editions: [{ ...data.editions[0]!, parties: [] }] };
		expect(resultSections(view(empty, {}))).toEqual(RESULT_SECTIONS.filter((s) => s !== 'compare'));
	});

	test.prop([fc.constantFrom(...RESULT_SECTIONS)])('lists each section once', (section) => {
		const data = datasetOf({ p: { name: 'P', stances: [2] } });
		expect(resultSections(view(data, {})).filter((s) => s === section)).toHaveLength(1);
	});
});
