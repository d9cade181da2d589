import { describe, expect, test } from 'vitest';
import { termOf } from './formula.ts';
import { percent, percentOf } from './fraction.ts';
import { prepareParties } from './prepare.ts';
import { rankParties } from './rank.ts';
import { scoreParty } from './score.ts';
import type { Answer, Answers, PartyInput, Stance } from './types.ts';
import { SCALE, weightOf } from './types.ts';

describe('percent', () => {
	test('rounds halves up, exactly', () => {
		expect(percent(0.625)).toBe(63);
		expect(percent(0.875)).toBe(88);
		expect(percent(0.375)).toBe(38);
		expect(percent(57 / 200)).toBe(29); // 0.285 × 100 = 28.499999999999996 in floating point
		expect(percent(0)).toBe(0);
		expect(percent(1)).toBe(100);
		expect(percent(null)).toBeNull();
	});

	test('percentOf uses integer arithmetic', () => {
		expect(percentOf(5, 8)).toBe(63);
		expect(percentOf(57, 200)).toBe(29);
		expect(percentOf(1, 3)).toBe(33);
		expect(percentOf(2, 3)).toBe(67);
		expect(percentOf(0, 12)).toBe(0);
		expect(() => percentOf(1, 0)).toThrow(RangeError);
	});

	test('percent agrees with percentOf for every fraction with a small denominator', () => {
		const mismatches: string[] = [];
		for (let d = 4; d <= 800; d += 4) {
			for (let n = 0; n <= d; n++)
				if (percent(n / d) !== percentOf(n, d)) mismatches.push(`${n}/${d}`);
		}
		expect(mismatches).toEqual([]);
	});
});

describe('the hot loop (scoreArrays)', () => {
	test('its inline term equals termOf for every pair of stances and both weights', () => {
		const cases = SCALE.flatMap((voter) =>
			SCALE.flatMap((party) => [false, true].map((important) => ({ voter, party, important })))
		);
		// One statement per case, all answered, one party per case holding a position on its own.
		const ids = cases.map((_, i) => `s${i}`);
		const answers: Answers = Object.fromEntries(
			cases.map((c, i) => [ids[i], { stance: c.voter, important: c.important }])
		);
		const parties = cases.map((c, i) => ({ id: `p${i}`, positions: { [ids[i]!]: c.party } }));
		const result = rankParties(prepareParties(ids, parties), answers);
		const numerators = new Map(result.entries.map((e) => [e.partyId, e.numerator]));
		cases.forEach((c, i) => {
			const weight = weightOf({ stance: c.voter, important: c.important });
			expect(numerators.get(`p${i}`)).toBe(termOf(weight, c.voter, c.party));
		});
	});
});

describe('scoreParty', () => {
	const ids = ['s1', 's2', 's3', 's4'];

	test('hand-computed: agreement, weights and basis', () => {
		// s1: voter 2 (important), party 1 → d 1, a 0.75, w 2 → 2·3 = 6
		// s2: voter -1, party -2 → d 1 → 3;  s3: skipped;  s4: voter 0, party 2 → d 2 → 2
		const answers: Answers = {
			s1: { stance: 2, important: true },
			s2: { stance: -1, important: false },
			s3: { stance: null, important: true },
			s4: { stance: 0, important: false }
		};
		const party: PartyInput = { id: 'x', positions: { s1: 1, s2: -2, s3: 2, s4: 2 } };
		expect(scoreParty(ids, party, answers)).toEqual({
			score: 11 / 16,
			percent: 69,
			numerator: 11,
			denominator: 16,
			weight: 4,
			basis: 3
		});
	});

	test('all skipped gives null, never 0 or NaN', () => {
		const party: PartyInput = { id: 'x', positions: { s1: 1, s2: 2, s3: 0, s4: -1 } };
		const score = scoreParty(ids, party, {});
		expect(score.score).toBeNull();
		expect(score.percent).toBeNull();
		expect(score.basis).toBe(0);
	});

	test('all neutral: distance is the party stance’s magnitude', () => {
		const answers: Answers = Object.fromEntries(
			ids.map((id) => [id, { stance: 0, important: false }])
		);
		const party: PartyInput = { id: 'x', positions: { s1: 2, s2: -2, s3: 1, s4: 0 } };
		// a = 0.5, 0.5, 0.75, 1 → mean 0.6875
		expect(scoreParty(ids, party, answers).score).toBe(0.6875);
	});

	test('one statement only', () => {
		const score = scoreParty(
			['only'],
			{ id: 'x', positions: { only: -1 } },
			{ only: { stance: 2, important: true } }
		);
		expect(score).toMatchObject({ score: 0.25, numerator: 2, denominator: 8, basis: 1 });
	});

	test('a party with no positions has no score', () => {
		const answers: Answers = { s1: { stance: 2, important: false } };
		expect(scoreParty(ids, { id: 'x', positions: {} }, answers).score).toBeNull();
		expect(scoreParty(ids, { id: 'x', positions: { s1: null } }, answers).score).toBeNull();
	});

	test('ids that are Object.prototype keys are not inherited', () => {
		// Built by assignment: in an object literal TS types these keys as Object's methods.
		const positions: Record<string, Stance> = {};
		positions['toString'] = 2;
		const answers: Record<string, Answer> = {};
		answers['constructor'] = { stance: 2, important: false };
		answers['toString'] = { stance: 2, important: false };
		const score = scoreParty(['constructor', 'toString'], { id: 'x', positions }, answers);
		expect(score).toMatchObject({ score: 1, basis: 1 });
	});

	test('invalid input is rejected', () => {
		const bad = { s1: { stance: 3, important: false } } as unknown as Answers;
		expect(() => scoreParty(ids, { id: 'x', positions: { s1: 1 } }, bad)).toThrow(RangeError);
		expect(() => prepareParties(['a', 'a'], [])).toThrow(RangeError);
		expect(() =>
			prepareParties(
				['a'],
				[
					{ id: 'x', positions: {} },
					{ id: 'x', positions: {} }
				]
			)
		).toThrow(RangeError);
		expect(() =>
			prepareParties(['a'], [{ id: 'x', positions: { a: 0.5 } } as unknown as PartyInput])
		).toThrow(RangeError);
	});
});
