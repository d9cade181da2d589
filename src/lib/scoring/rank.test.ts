import { describe, expect, test } from 'vitest';
import { prepareParties } from './prepare.ts';
import { rankParties } from './rank.ts';
import type { RankingResult } from './rank.ts';
import { fnv1a32 } from '#lib/hash.ts';
import { answersSeed, canonicalAnswers, tieBreakKey } from './tiebreak.ts';
import { random, workedExample } from './test-support.ts';
import type { Answers, PartyInput, Stance } from './types.ts';

function rank(ids: string[], parties: PartyInput[], answers: Answers): RankingResult {
	return rankParties(prepareParties(ids, parties), answers);
}

/** Compact view: id, percent, rank, tie, flag. */
function view(result: RankingResult) {
	return result.entries.map((e) => [e.partyId, e.percent, e.rank, e.tiedWithPrevious, e.flag]);
}

function allAnswered(ids: string[], stance: Stance, important = false): Answers {
	return Object.fromEntries(ids.map((id) => [id, { stance, important }]));
}

describe('rankParties', () => {
	test('the worked example of docs/scoring.md', () => {
		const { statementIds, parties, answers } = workedExample;
		const result = rank(statementIds, parties, answers);
		expect(result.totalWeight).toBe(4);
		expect(result.answeredCount).toBe(3);
		expect(result.entries).toEqual([
			{
				partyId: 'a',
				score: 0.875,
				percent: 88,
				numerator: 14,
				denominator: 16,
				weight: 4,
				basis: 3,
				flag: null,
				rank: 1,
				tiedWithPrevious: false
			},
			{
				partyId: 'c',
				score: 0.375,
				percent: 38,
				numerator: 6,
				denominator: 16,
				weight: 4,
				basis: 3,
				flag: null,
				rank: 2,
				tiedWithPrevious: false
			},
			{
				partyId: 'b',
				score: 0.75,
				percent: 75,
				numerator: 9,
				denominator: 12,
				weight: 3,
				basis: 2,
				flag: 'too-little-basis',
				rank: null,
				tiedWithPrevious: false
			}
		]);
		expect(result.topMatches).toEqual(['a']);
		expect(result.allWithinMargin).toBe(false);
		expect(result.needsMoreAnswers).toBe(false);
	});

	test('all skipped: no scores, no top match, more answers needed', () => {
		const { statementIds, parties } = workedExample;
		const result = rank(statementIds, parties, { s1: { stance: null, important: true } });
		expect(result.entries.every((e) => e.score === null && e.flag === 'no-common-statements')).toBe(
			true
		);
		expect(result.entries.every((e) => e.rank === null)).toBe(true);
		expect(result.topMatches).toEqual([]);
		expect(result.needsMoreAnswers).toBe(true);
		expect(result.totalWeight).toBe(0);
	});

	test('all neutral', () => {
		const ids = ['s1', 's2', 's3'];
		const result = rank(
			ids,
			[
				{ id: 'centre', positions: { s1: 0, s2: 0, s3: 1 } },
				{ id: 'edge', positions: { s1: 2, s2: -2, s3: 2 } }
			],
			allAnswered(ids, 0)
		);
		// centre: (4 + 4 + 3) / 12 = 0.9167; edge: (2 + 2 + 2) / 12 = 0.5; margin 1/3
		expect(view(result)).toEqual([
			['centre', 92, 1, false, null],
			['edge', 50, 2, false, null]
		]);
	});

	test('one statement only: everyone has too little basis', () => {
		const result = rank(
			['s1'],
			[
				{ id: 'x', positions: { s1: 2 } },
				{ id: 'y', positions: {} }
			],
			{ s1: { stance: 2, important: false } }
		);
		expect(view(result)).toEqual([
			['x', 100, null, false, 'too-little-basis'],
			['y', null, null, false, 'no-common-statements']
		]);
		expect(result.topMatches).toEqual([]);
		expect(result.needsMoreAnswers).toBe(true);
	});

	test('a party with no positions is listed last with no score', () => {
		const ids = ['s1', 's2', 's3'];
		const result = rank(
			ids,
			[
				{ id: 'empty', positions: {} },
				{ id: 'low', positions: { s1: -2, s2: -2, s3: -2 } },
				{ id: 'thin', positions: { s1: 2 } }
			],
			allAnswered(ids, 2)
		);
		expect(view(result)).toEqual([
			['low', 0, 1, false, null],
			['thin', 100, null, false, 'too-little-basis'],
			['empty', null, null, false, 'no-common-statements']
		]);
		expect(result.topMatches).toEqual(['low']);
	});

	test('ties: inclusive margin for first place, strict and chained below', () => {
		// W = 4, margin 1/4. Scores: 16/16, 12/16, 11/16, 8/16, 4/16.
		const ids = ['s1', 's2', 's3', 's4'];
		const same = (p: Stance[]) => Object.fromEntries(ids.map((id, i) => [id, p[i]!]));
		const parties: PartyInput[] = [
			{ id: 'p5', positions: same([-1, -1, -1, -1]) },
			{ id: 'p3', positions: same([1, 1, 1, 0]) },
			{ id: 'p1', positions: same([2, 2, 2, 2]) },
			{ id: 'p4', positions: same([0, 0, 0, 0]) },
			{ id: 'p2', positions: same([1, 1, 1, 1]) }
		];
		const result = rank(ids, parties, allAnswered(ids, 2));
		expect(view(result)).toEqual([
			['p1', 100, 1, false, null],
			['p2', 75, 1, true, null], // exactly 1/W below the best: shares first place
			['p3', 69, 3, false, null], // < 1/W below p2, but never tied into first place
			['p4', 50, 3, true, null], // 3/16 < 1/4 below p3: tied with it
			['p5', 25, 5, false, null] // exactly 1/4 below p4: not "less than", so not tied
		]);
		expect(result.topMatches).toEqual(['p1', 'p2']);
		expect(result.allWithinMargin).toBe(false);
	});

	test('allWithinMargin when every ranked party is within 1/W of the best', () => {
		const ids = ['s1', 's2', 's3', 's4'];
		const result = rank(
			ids,
			[
				{ id: 'x', positions: { s1: 2, s2: 2, s3: 2, s4: 2 } },
				{ id: 'y', positions: { s1: 1, s2: 1, s3: 1, s4: 1 } },
				{ id: 'z', positions: { s1: 2 } }
			],
			allAnswered(ids, 2)
		);
		expect(result.topMatches).toEqual(['x', 'y']);
		expect(result.allWithinMargin).toBe(true);
	});

	test('importance changes the ranking', () => {
		// A agrees on s1–s6 and opposes s7–s8; B is one step off on s1–s6 and agrees on s7–s8.
		const ids = ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8'];
		const a: PartyInput = {
			id: 'A',
			positions: { s1: 2, s2: 2, s3: 2, s4: 2, s5: 2, s6: 2, s7: 2, s8: 2 }
		};
		const b: PartyInput = {
			id: 'B',
			positions: { s1: 1, s2: 1, s3: 1, s4: 1, s5: 1, s6: 1, s7: -2, s8: -2 }
		};
		const answers = (important: string[]): Answers =>
			Object.fromEntries(
				ids.map((id, i) => [id, { stance: i < 6 ? 2 : -2, important: important.includes(id) }])
			);
		// Unweighted: A 24/32 = 0.75, B 26/32 = 0.8125 → B first, tied (margin 1/8).
		expect(view(rank(ids, [a, b], answers([])))).toEqual([
			['B', 81, 1, false, null],
			['A', 75, 1, true, null]
		]);
		// s1–s6 important: A 48/56, B 44/56; 4/56 = 1/14 = 1/W → A first, still tied (inclusive).
		expect(view(rank(ids, [a, b], answers(ids.slice(0, 6))))).toEqual([
			['A', 86, 1, false, null],
			['B', 79, 1, true, null]
		]);
		// s7–s8 important: A 24/40 = 0.6, B 34/40 = 0.85 → B alone first (margin 1/10).
		const result = rank(ids, [a, b], answers(['s7', 's8']));
		expect(view(result)).toEqual([
			['B', 85, 1, false, null],
			['A', 60, 2, false, null]
		]);
		expect(result.topMatches).toEqual(['B']);
	});

	test('equal score and basis: larger basis first, then the seeded shuffle', () => {
		const ids = ['s1', 's2', 's3', 's4'];
		// Both score 1; "wide" has basis 4, "narrow" 3: wide is listed first.
		const result = rank(
			ids,
			[
				{ id: 'narrow', positions: { s1: 2, s2: 2, s3: 2 } },
				{ id: 'wide', positions: { s1: 2, s2: 2, s3: 2, s4: 2 } }
			],
			allAnswered(ids, 2)
		);
		expect(result.entries.map((e) => e.partyId)).toEqual(['wide', 'narrow']);
	});
});

describe('seeded tie-break', () => {
	const ids = Array.from({ length: 6 }, (_, i) => `s${i}`);
	const twins: PartyInput[] = ['twin-a', 'twin-b', 'twin-c'].map((id) => ({
		id,
		positions: Object.fromEntries(ids.map((s) => [s, 1]))
	}));

	function randomAnswers(seed: number): Answers {
		const next = random(seed);
		return Object.fromEntries(
			ids.map((id) => [
				id,
				{ stance: (Math.floor(next() * 5) - 2) as Stance, important: next() < 0.3 }
			])
		);
	}

	test('same answers give the same order, whatever the input order', () => {
		const answers = randomAnswers(7);
		const order = rank(ids, twins, answers).entries.map((e) => e.partyId);
		expect(rank(ids, [...twins].reverse(), answers).entries.map((e) => e.partyId)).toEqual(order);
		expect(rank(ids, twins, { ...answers }).entries.map((e) => e.partyId)).toEqual(order);
	});

	test('equal entries are ordered by tieBreakKey(seed, fnv1a32(party id))', () => {
		for (let seed = 1; seed <= 20; seed++) {
			const result = rank(ids, twins, randomAnswers(seed));
			const byKey = twins
				.map((t) => t.id)
				.sort(
					(a, b) => tieBreakKey(result.seed, fnv1a32(a)) - tieBreakKey(result.seed, fnv1a32(b))
				);
			expect(result.entries.map((e) => e.partyId)).toEqual(byKey);
		}
	});

	test('skipped and missing answers serialise the same', () => {
		const a: Answers = {
			s0: { stance: 1, important: false },
			s1: { stance: null, important: true }
		};
		const b: Answers = { s0: { stance: 1, important: false } };
		expect(canonicalAnswers(ids, a)).toBe('[["s0",1,false]]');
		expect(answersSeed(ids, a)).toBe(answersSeed(ids, b));
	});

	test('no party is systematically first', () => {
		const firsts = new Map<string, number>();
		for (let seed = 1; seed <= 600; seed++) {
			const first = rank(ids, twins, randomAnswers(seed)).entries[0]!.partyId;
			firsts.set(first, (firsts.get(first) ?? 0) + 1);
		}
		for (const twin of twins) {
			// Expected 200 each; a fair shuffle is below 150 with probability < 1e-5.
			expect(firsts.get(twin.id)).toBeGreaterThan(150);
		}
	});
});
