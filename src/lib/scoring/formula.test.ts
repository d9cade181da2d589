import { describe, expect, test } from 'vitest';
import { MAX_DISTANCE, agreementOf, distanceOf, scoreOf, termOf } from './formula.ts';
import { SCALE } from './types.ts';

describe('formula', () => {
	test('MAX_DISTANCE is the distance between the ends of the scale', () => {
		expect(MAX_DISTANCE).toBe(Math.max(...SCALE) - Math.min(...SCALE));
		expect(distanceOf(Math.max(...SCALE), Math.min(...SCALE))).toBe(MAX_DISTANCE);
	});

	test('agreement runs from 1 at distance 0 to 0 at MAX_DISTANCE in quarter steps', () => {
		const distances = Array.from({ length: MAX_DISTANCE + 1 }, (_, d) => d);
		expect(distances.map(agreementOf)).toEqual([1, 0.75, 0.5, 0.25, 0]);
	});

	test('a term over its denominator is the weighted agreement, for every pair of stances', () => {
		for (const voter of SCALE) {
			for (const party of SCALE) {
				expect(distanceOf(voter, party)).toBe(distanceOf(party, voter));
				for (const weight of [1, 2]) {
					const term = termOf(weight, voter, party);
					expect(term).toBe(weight * MAX_DISTANCE * agreementOf(distanceOf(voter, party)));
					expect(scoreOf(term, weight)).toBe(agreementOf(distanceOf(voter, party)));
				}
			}
		}
	});
});
