/**
 * fast-check arbitraries for the property tests (not part of the public API).
 */

import fc from 'fast-check';
import type { Answer, Answers, PartyInput, Stance } from './types.ts';

export const stanceArb: fc.Arbitrary<Stance> = fc.constantFrom<Stance>(-2, -1, 0, 1, 2);

export interface SmallInstance {
	statementIds: string[];
	parties: PartyInput[];
	answers: Answers;
}

export interface SizeOptions {
	minStatements?: number;
	maxStatements?: number;
	minParties?: number;
	maxParties?: number;
}

/**
 * A random instance. Missing positions and skipped answers appear both as explicit `null`
 * and as absent keys.
 */
export function instanceArb(options: SizeOptions = {}): fc.Arbitrary<SmallInstance> {
	const statements = fc.integer({
		min: options.minStatements ?? 0,
		max: options.maxStatements ?? 8
	});
	const parties = fc.integer({ min: options.minParties ?? 1, max: options.maxParties ?? 5 });
	return fc.tuple(statements, parties).chain(([s, p]) =>
		fc
			.record({
				positions: fc.array(
					fc.array(fc.option(stanceArb, { nil: null, freq: 5 }), { minLength: s, maxLength: s }),
					{ minLength: p, maxLength: p }
				),
				answers: fc.array(
					fc.record({
						stance: fc.option(stanceArb, { nil: null, freq: 5 }),
						important: fc.boolean(),
						omit: fc.boolean()
					}),
					{ minLength: s, maxLength: s }
				)
			})
			.map(({ positions, answers }) => {
				const statementIds = Array.from({ length: s }, (_, i) => `s${i}`);
				const partyInputs = positions.map((row, k): PartyInput => {
					const record: Record<string, Stance | null> = {};
					row.forEach((stance, i) => {
						if (stance !== null || k % 2 === 1) record[statementIds[i]!] = stance;
					});
					return { id: `p${k}`, positions: record };
				});
				const answerRecord: Record<string, Answer> = {};
				answers.forEach((a, i) => {
					if (a.stance === null && a.omit) return;
					answerRecord[statementIds[i]!] = { stance: a.stance, important: a.important };
				});
				return { statementIds, parties: partyInputs, answers: answerRecord };
			})
	);
}

/** A permutation of `items` driven by `keys` (stable sort on the keys). */
export function permute<T>(items: readonly T[], keys: readonly number[]): T[] {
	return items
		.map((item, i) => ({ item, key: keys[i % Math.max(1, keys.length)] ?? 0, i }))
		.sort((a, b) => a.key - b.key || a.i - b.i)
		.map((x) => x.item);
}
