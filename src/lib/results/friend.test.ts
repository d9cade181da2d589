import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { friendComparison } from './friend.ts';
import { datasetArb, datasetOf } from './test-support.ts';
import { resultsView } from './view.ts';

describe('friendComparison', () => {
	it('lists the statements answered differently, with both answers and every position', () => {
		const dataset = datasetOf({
			a: { name: 'Alfa', stances: [2, -2, 1, null] },
			b: { name: 'Beta', stances: [-2, 2, null, 1] }
		});
		const edition = dataset.editions[0]!;
		const theirs = resultsView(dataset, edition, {
			s1: { stance: 2, important: true },
			s2: { stance: -1, important: false },
			s3: { stance: null, important: false }
		});
		const mine = resultsView(dataset, edition, {
			s1: { stance: 2, important: false },
			s2: { stance: 1, important: false },
			s4: { stance: 0, important: false }
		});
		const comparison = friendComparison(theirs, mine);
		expect(comparison.agreed).toBe(1);
		expect(comparison.differences.map((d) => [d.statement.id, d.theirs, d.mine])).toEqual([
			['s2', { stance: -1, important: false }, { stance: 1, important: false }],
			['s4', null, { stance: 0, important: false }]
		]);
		expect(comparison.differences[0]!.parties.map((p) => p.position?.stance)).toEqual([-2, 2]);
		expect(comparison.parties.map((p) => [p.party.id, p.theirs.percent, p.mine.percent])).toEqual(
			theirs.parties.map(({ party }) => [
				party.id,
				theirs.ranking.find((r) => r.party.id === party.id)!.percent,
				mine.ranking.find((r) => r.party.id === party.id)!.percent
			])
		);
	});

	it('finds no difference between a result and itself, and is symmetric', () => {
		fc.assert(
			fc.property(datasetArb, datasetArb, ({ dataset, answers }, { answers: other }) => {
				const edition = dataset.editions[0]!;
				const a = resultsView(dataset, edition, answers);
				const b = resultsView(dataset, edition, other);
				const self = friendComparison(a, a);
				expect(self.differences).toEqual([]);
				expect(self.agreed).toBe(a.statements.filter((r) => r.answer?.stance != null).length);
				const ab = friendComparison(a, b);
				const ba = friendComparison(b, a);
				expect(ba.agreed).toBe(ab.agreed);
				expect(ba.differences.map((d) => [d.statement.id, d.mine, d.theirs])).toEqual(
					ab.differences.map((d) => [d.statement.id, d.theirs, d.mine])
				);
			})
		);
	});

	it('refuses two editions', () => {
		const dataset = datasetOf({ a: { name: 'Alfa', stances: [1] } });
		const view = resultsView(dataset, dataset.editions[0]!, {});
		const other = { ...view, edition: { ...view.edition, id: 'akershus' as const } };
		expect(() => friendComparison(view, other)).toThrow(RangeError);
	});
});
