import { describe, expect, test } from 'vitest';
import { compareParties, explainParty } from './explain.ts';
import { prepareParties } from './prepare.ts';
import { rankParties } from './rank.ts';
import { workedExample } from './test-support.ts';

const { statementIds, parties, answers } = workedExample;
const result = rankParties(prepareParties(statementIds, parties), answers);

describe('explainParty', () => {
	test('worked example, party a: every row, contributions sum to the score', () => {
		const explanation = explainParty(result, 'a');
		expect(explanation).toMatchObject({
			partyId: 'a',
			score: 0.875,
			percent: 88,
			numerator: 14,
			denominator: 16,
			basis: 3
		});
		expect(explanation.rows).toEqual([
			{
				statementId: 's1',
				voterStance: 2,
				important: true,
				partyStance: 2,
				status: 'counted',
				distance: 0,
				agreement: 1,
				weight: 2,
				contribution: 0.5,
				contributionNumerator: 8
			},
			{
				statementId: 's2',
				voterStance: -1,
				important: false,
				partyStance: -2,
				status: 'counted',
				distance: 1,
				agreement: 0.75,
				weight: 1,
				contribution: 0.1875,
				contributionNumerator: 3
			},
			{
				statementId: 's3',
				voterStance: null,
				important: false,
				partyStance: 1,
				status: 'skipped',
				distance: null,
				agreement: null,
				weight: 0,
				contribution: null,
				contributionNumerator: 0
			},
			{
				statementId: 's4',
				voterStance: 0,
				important: false,
				partyStance: 1,
				status: 'counted',
				distance: 1,
				agreement: 0.75,
				weight: 1,
				contribution: 0.1875,
				contributionNumerator: 3
			}
		]);
		const sum = explanation.rows.reduce((total, row) => total + (row.contribution ?? 0), 0);
		expect(sum).toBe(0.875);
	});

	test('worked example, party b: statement without a position', () => {
		const rows = explainParty(result, 'b').rows;
		expect(rows.map((r) => [r.statementId, r.status, r.contributionNumerator])).toEqual([
			['s1', 'counted', 6],
			['s2', 'no-position', 0],
			['s3', 'skipped', 0],
			['s4', 'counted', 3]
		]);
		expect(rows[0]!.contribution).toBe(0.5);
		expect(rows[3]!.contribution).toBe(0.25);
	});

	test('skipped and no position at once', () => {
		const r = rankParties(prepareParties(['x'], [{ id: 'p', positions: {} }]), {});
		const explanation = explainParty(r, 'p');
		expect(explanation.score).toBeNull();
		expect(explanation.rows[0]!.status).toBe('skipped-no-position');
	});

	test('unknown party', () => {
		expect(() => explainParty(result, 'zzz')).toThrow(RangeError);
	});
});

describe('compareParties', () => {
	test('a vs c: same basis, everything is shared', () => {
		const comparison = compareParties(result, 'a', 'c');
		expect(comparison.aAhead).toBe(true);
		expect(comparison.difference).toBe(0.5);
		expect(comparison.statements).toEqual([
			{ statementId: 's1', group: 'shared', contributionA: 0.5, contributionB: 0, difference: 0.5 },
			{
				statementId: 's2',
				group: 'shared',
				contributionA: 0.1875,
				contributionB: 0.125,
				difference: 0.0625
			},
			{
				statementId: 's4',
				group: 'shared',
				contributionA: 0.1875,
				contributionB: 0.25,
				difference: -0.0625
			}
		]);
		expect(comparison.decomposition).toMatchObject({
			shared: 0.5,
			onlyA: 0,
			onlyB: 0,
			sharedCount: 3,
			onlyACount: 0,
			onlyBCount: 0
		});
	});

	test('a vs b: different bases decompose into shared and a-only parts', () => {
		const comparison = compareParties(result, 'a', 'b');
		expect(comparison.difference).toBe(0.125);
		expect(comparison.statements.map((s) => [s.statementId, s.group, s.difference])).toEqual([
			['s2', 'only-a', 0.1875],
			['s4', 'shared', -0.0625],
			['s1', 'shared', 0]
		]);
		const d = comparison.decomposition!;
		// Shared statements s1, s4 (Σw = 3): a 11/12, b 9/12.
		expect(d.sharedScoreA).toBeCloseTo(11 / 12, 15);
		expect(d.sharedScoreB).toBe(0.75);
		expect(d.shared).toBeCloseTo(1 / 6, 15);
		expect(d.onlyA).toBeCloseTo(0.875 - 11 / 12, 15);
		expect(d.onlyB).toBeCloseTo(0, 15);
		expect(d.shared + d.onlyA + d.onlyB).toBeCloseTo(comparison.difference!, 15);
	});

	test('b vs a is the mirror image', () => {
		const comparison = compareParties(result, 'b', 'a');
		expect(comparison.aAhead).toBe(false);
		expect(comparison.difference).toBe(-0.125);
		expect(comparison.statements[0]).toMatchObject({ statementId: 's2', group: 'only-b' });
	});

	test('a party without score: no difference, contributions of the other listed', () => {
		const r = rankParties(
			prepareParties(
				['x', 'y', 'z'],
				[
					{ id: 'p', positions: { x: 2, y: 2, z: 2 } },
					{ id: 'q', positions: {} }
				]
			),
			{
				x: { stance: 2, important: false },
				y: { stance: 2, important: false },
				z: { stance: 2, important: false }
			}
		);
		const comparison = compareParties(r, 'p', 'q');
		expect(comparison.difference).toBeNull();
		expect(comparison.decomposition).toBeNull();
		expect(comparison.statements.map((s) => s.group)).toEqual(['only-a', 'only-a', 'only-a']);
	});
});
