/**
 * Benchmarks (`npx vitest bench --run --project 'node (bench)' src/lib/scoring`). Data are
 * random but seeded (test-support.ts), so runs are comparable. Figures are recorded in
 * docs/scoring.md. These are measurements, not timed tests: the assertions only check that
 * each benchmark did its work.
 */

import { expect, test } from 'vitest';
import { whatWouldChange } from './counterfactual/index.ts';
import { prepareParties } from './prepare.ts';
import { rankParties } from './rank.ts';
import type { RankingResult } from './rank.ts';
import { makeInstance } from './test-support.ts';
import type { InstanceOptions } from './test-support.ts';

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

test('score + rank, 10 parties × 30 statements', async ({ bench }) => {
	const instance = makeInstance({ statements: 30, parties: 10, seed: 1 });
	const prepared = prepareParties(instance.statementIds, instance.parties);
	let top = '';
	await bench.compare(
		bench('rankParties (prepared parties)', () => {
			top = rankParties(prepared, instance.answers).topMatches[0] ?? '';
		}),
		bench('prepareParties + rankParties', () => {
			const fresh = prepareParties(instance.statementIds, instance.parties);
			top = rankParties(fresh, instance.answers).topMatches[0] ?? '';
		}),
		{ time: 1000 }
	);
	expect(top).not.toBe('');
});

test('score + rank, 10 000 candidates × 100 statements', async ({ bench }) => {
	const instance = makeInstance({ statements: 100, parties: 10_000, seed: 2 });
	const prepared = prepareParties(instance.statementIds, instance.parties);
	let entries = 0;
	await bench.compare(
		bench('rankParties (prepared parties)', () => {
			entries = rankParties(prepared, instance.answers).entries.length;
		}),
		bench('prepareParties + rankParties', () => {
			const fresh = prepareParties(instance.statementIds, instance.parties);
			entries = rankParties(fresh, instance.answers).entries.length;
		}),
		{ time: 2000 }
	);
	expect(entries).toBe(10_000);
});

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
	const kinds = new Set<string>();
	await bench.compare(
		...cases.map(([name, results]) => {
			let next = 0;
			return bench(`${name} (one call, round robin)`, () => {
				kinds.add(whatWouldChange(results[next++ % results.length]!).kind);
			});
		}),
		bench('30 × 10 hardest sampled (robust, full proof)', () => {
			kinds.add(whatWouldChange(hardResult).kind);
		}),
		{ time: 1500 }
	);
	expect(kinds.has('change')).toBe(true);
});
