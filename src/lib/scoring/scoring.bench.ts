/**
 * Benchmarks (`npx vitest bench --run --project 'node (bench)' src/lib/scoring`). Data are
 * random but seeded (test-support.ts), so runs are comparable. Figures are recorded in
 * docs/scoring.md. These are measurements, not timed tests: no assertion depends on speed;
 * each checks the results the benchmarked calls returned against the reference
 * (`scoreParty`) or by re-ranking.
 */

import { expect, test } from 'vitest';
import type { Counterfactual } from './counterfactual/index.ts';
import { applyChanges, whatWouldChange } from './counterfactual/index.ts';
import { prepareParties } from './prepare.ts';
import { rankParties } from './rank.ts';
import type { RankingResult } from './rank.ts';
import { scoreParty } from './score.ts';
import { makeInstance } from './test-support.ts';
import type { Instance, InstanceOptions } from './test-support.ts';

/** Rankings of `count` seeded instances; `close` keeps only races within 0.1 at the top. */
function rankings(options: Omit<InstanceOptions, 'seed'>, count: number, close: boolean) {
	const results: RankingResult[] = [];
	for (let seed = 1; results.length < count; seed++) {
		const instance = makeInstance({ ...options, seed });
		const result = rankParties(
			prepareParties(instance.statementIds, instance.parties),
			instance.answers
		);
		const [first, second] = result.entries;
		if (result.topMatches.length === 0 || first === undefined || second === undefined) continue;
		if (close && (second.score === null || first.score! - second.score > 0.1)) continue;
		results.push(result);
	}
	return results;
}

/** Checks every party's score in `result` against the reference `scoreParty`. */
function expectReferenceScores(instance: Instance, result: RankingResult | null): void {
	expect(result?.entries).toHaveLength(instance.parties.length);
	const byId = new Map(result!.entries.map((e) => [e.partyId, e]));
	for (const party of instance.parties) {
		const { score, percent, numerator, denominator, weight, basis } = byId.get(party.id)!;
		expect({ score, percent, numerator, denominator, weight, basis }).toEqual(
			scoreParty(instance.statementIds, party, instance.answers)
		);
	}
}

for (const [name, parties, statements, seed, time] of [
	['10 parties × 30 statements', 10, 30, 1, 1000],
	['10 000 candidates × 100 statements', 10_000, 100, 2, 2000]
] as const) {
	test(`score + rank, ${name}`, async ({ bench }) => {
		const instance = makeInstance({ statements, parties, seed });
		const prepared = prepareParties(instance.statementIds, instance.parties);
		let last: RankingResult | null = null;
		let lastFresh: RankingResult | null = null;
		await bench.compare(
			bench('rankParties (prepared parties)', () => {
				last = rankParties(prepared, instance.answers);
			}),
			bench('prepareParties + rankParties', () => {
				const fresh = prepareParties(instance.statementIds, instance.parties);
				lastFresh = rankParties(fresh, instance.answers);
			}),
			{ time }
		);
		expectReferenceScores(instance, last);
		expectReferenceScores(instance, lastFresh);
	});
}

test('whatWouldChange', async ({ bench }) => {
	const cases: [string, RankingResult[]][] = [
		['30 × 10, 50 close races', rankings({ statements: 30, parties: 10 }, 50, true)],
		['30 × 10, 50 typical', rankings({ statements: 30, parties: 10 }, 50, false)],
		['26 × 3, 50 close races', rankings({ statements: 26, parties: 3 }, 50, true)],
		['26 × 3, 50 typical', rankings({ statements: 26, parties: 3 }, 50, false)]
	];
	// The slowest sampled instance: a robust top with a near miss at three changes.
	const hard = makeInstance({ statements: 30, parties: 10, seed: 1193, noise: 0.3 });
	const hardResult = rankParties(prepareParties(hard.statementIds, hard.parties), hard.answers);
	const outcomes = new Map<RankingResult, Counterfactual>();
	await bench.compare(
		...cases.map(([name, results]) => {
			let next = 0;
			return bench(`${name} (one call, round robin)`, () => {
				const result = results[next++ % results.length]!;
				outcomes.set(result, whatWouldChange(result));
			});
		}),
		bench('30 × 10 hardest sampled (robust, full proof)', () => {
			outcomes.set(hardResult, whatWouldChange(hardResult));
		}),
		{ time: 1500 }
	);
	// Every outcome the benchmark saw: a change makes its new top the sole top match.
	expect(outcomes.get(hardResult)).toMatchObject({ kind: 'robust', exhaustive: true });
	for (const [result, outcome] of outcomes) {
		if (outcome.kind !== 'change') continue;
		const after = rankParties(result.prepared, applyChanges(result.answers, outcome.changes));
		expect(after.topMatches).toEqual([outcome.newTop]);
	}
});
