import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { instanceArb, permute } from './arbitraries.ts';
import { compareParties, explainParty } from './explain.ts';
import { MAX_DISTANCE } from './formula.ts';
import { prepareParties } from './prepare.ts';
import { rankParties } from './rank.ts';
import type { RankingResult } from './rank.ts';
import { scoreParty } from './score.ts';
import type { Answer, Answers, PartyInput, Stance } from './types.ts';
import { MIN_BASIS, answeredStance, own, weightOf } from './types.ts';

const instance = instanceArb();

/** −1, 0 or 1 (never −0). */
const sign = (value: number) => (value > 0 ? 1 : value < 0 ? -1 : 0);

/** The numbers of a party's score in a result. */
function scoreIn(result: RankingResult, partyId: string) {
	const { score, percent, numerator, denominator, weight, basis } = result.entries.find(
		(e) => e.partyId === partyId
	)!;
	return { score, percent, numerator, denominator, weight, basis };
}

function rank(ids: string[], parties: PartyInput[], answers: Answers): RankingResult {
	return rankParties(prepareParties(ids, parties), answers);
}

/** What must not depend on input order: each entry's numbers, rank, tie flag and flag. */
function summary(result: RankingResult) {
	return {
		entries: result.entries,
		topMatches: result.topMatches,
		allWithinMargin: result.allWithinMargin,
		needsMoreAnswers: result.needsMoreAnswers
	};
}

describe('score properties', () => {
	test.prop([instance])('scores lie in [0, 1], or are null exactly when basis is 0', (x) => {
		const result = rank(x.statementIds, x.parties, x.answers);
		for (const entry of result.entries) {
			if (entry.basis === 0) expect(entry.score).toBeNull();
			else {
				expect(entry.score).toBeGreaterThanOrEqual(0);
				expect(entry.score).toBeLessThanOrEqual(1);
				expect(entry.percent).toBe(Math.round(entry.score! * 100 + 1e-9));
			}
		}
	});

	test.prop([instance])('the fast ranking agrees with the reference scoreParty', (x) => {
		const result = rank(x.statementIds, x.parties, x.answers);
		for (const party of x.parties) {
			const entry = result.entries.find((e) => e.partyId === party.id)!;
			const { score, numerator, denominator, basis, weight, percent } = entry;
			expect({ score, numerator, denominator, basis, weight, percent }).toEqual(
				scoreParty(x.statementIds, party, x.answers)
			);
		}
	});

	test.prop([instance])('a party with the voter’s own answers scores 1', (x) => {
		const positions: Record<string, Stance | null> = {};
		for (const id of x.statementIds) positions[id] = answeredStance(x.answers, id)?.stance ?? null;
		const score = scoreParty(x.statementIds, { id: 'mirror', positions }, x.answers);
		const answered = x.statementIds.some((id) => answeredStance(x.answers, id) !== null);
		expect(score.score).toBe(answered ? 1 : null);
	});

	test.prop([
		fc.array(fc.record({ extreme: fc.constantFrom<Stance>(-2, 2), important: fc.boolean() }), {
			minLength: 1,
			maxLength: 12
		})
	])('opposite extremes score 0', (rows) => {
		const ids = rows.map((_, i) => `s${i}`);
		const answers: Answers = Object.fromEntries(
			rows.map((r, i) => [ids[i], { stance: r.extreme, important: r.important }])
		);
		const positions = Object.fromEntries(rows.map((r, i) => [ids[i], -r.extreme as Stance]));
		expect(scoreParty(ids, { id: 'opposite', positions }, answers).score).toBe(0);
	});

	test.prop([instance, fc.nat()])(
		'skipping a statement equals the party having no position on it',
		(x, pick) => {
			fc.pre(x.statementIds.length > 0);
			const id = x.statementIds[pick % x.statementIds.length]!;
			const skipped: Answers = { ...x.answers, [id]: { stance: null, important: false } };
			for (const party of x.parties) {
				const silent: PartyInput = { id: party.id, positions: { ...party.positions, [id]: null } };
				expect(scoreParty(x.statementIds, party, skipped)).toEqual(
					scoreParty(x.statementIds, silent, x.answers)
				);
			}
		}
	);

	test.prop([instance, fc.array(fc.double({ noNaN: true })), fc.array(fc.double({ noNaN: true }))])(
		'results do not depend on the order of statements or parties',
		(x, statementKeys, partyKeys) => {
			const base = rank(x.statementIds, x.parties, x.answers);
			const shuffled = rank(
				permute(x.statementIds, statementKeys),
				permute(x.parties, partyKeys),
				x.answers
			);
			expect(summary(shuffled)).toEqual(summary(base));
			expect(shuffled.seed).toBe(base.seed);
		}
	);

	test.prop([instance, fc.nat()])(
		'marking a statement important moves a score toward the agreement on it',
		(x, pick) => {
			const unmarked = x.statementIds.filter((id) => {
				const a = answeredStance(x.answers, id);
				return a !== null && !a.important;
			});
			fc.pre(unmarked.length > 0);
			const id = unmarked[pick % unmarked.length]!;
			const voter = answeredStance(x.answers, id)!;
			const marked: Answers = { ...x.answers, [id]: { stance: voter.stance, important: true } };
			for (const party of x.parties) {
				const before = scoreParty(x.statementIds, party, x.answers);
				const after = scoreParty(x.statementIds, party, marked);
				const position = own(party.positions, id);
				if (position === undefined || position === null) {
					expect(after).toEqual(before); // the statement does not count for this party
					continue;
				}
				// after − before has the sign of agreement − score, i.e. of
				// (MAX_DISTANCE − d)/MAX_DISTANCE − n/den, compared exactly.
				const d = Math.abs(voter.stance! - position);
				const toward = (MAX_DISTANCE - d) * before.denominator - MAX_DISTANCE * before.numerator;
				const moved = after.numerator * before.denominator - before.numerator * after.denominator;
				expect(sign(moved)).toBe(sign(toward));
			}
		}
	);
});

describe('laws of NRK’s published algorithm', () => {
	test.prop([instance])(
		'with nothing marked important, swapping voter and party keeps the score',
		(x) => {
			const ids = x.statementIds;
			const plain: Answers = Object.fromEntries(
				ids.map((id) => [
					id,
					{ stance: answeredStance(x.answers, id)?.stance ?? null, important: false }
				])
			);
			// The voter as a party: skipped is no position.
			const voterAsParty: PartyInput = {
				id: 'voter',
				positions: Object.fromEntries(ids.map((id) => [id, plain[id]!.stance]))
			};
			for (const party of x.parties) {
				// The party as a voter: no position is skipped.
				const partyAsVoter: Answers = Object.fromEntries(
					ids.map((id) => [id, { stance: own(party.positions, id) ?? null, important: false }])
				);
				expect(scoreParty(ids, voterAsParty, partyAsVoter)).toEqual(scoreParty(ids, party, plain));
			}
		}
	);

	test.prop([instance, fc.nat()])(
		'moving one answer one step toward a party’s position never lowers that party’s score',
		(x, pick) => {
			// Every (party, statement) that counts with the voter not yet at the party's position.
			const moves = x.parties.flatMap((party) =>
				x.statementIds.flatMap((id) => {
					const answer = answeredStance(x.answers, id);
					const position = own(party.positions, id);
					if (answer === null || position === undefined || position === null) return [];
					return answer.stance === position ? [] : [{ party, id, answer, position }];
				})
			);
			fc.pre(moves.length > 0);
			const { party, id, answer, position } = moves[pick % moves.length]!;
			const step = (answer.stance! + Math.sign(position - answer.stance!)) as Stance;
			const moved: Answers = { ...x.answers, [id]: { stance: step, important: answer.important } };
			const before = rank(x.statementIds, x.parties, x.answers);
			const after = rank(x.statementIds, x.parties, moved);
			// Exactly: the same statements count with the same weights, and this statement's term
			// w·(MAX_DISTANCE − d) grows by w, so the score rises by w / (MAX_DISTANCE·Σw).
			const was = scoreIn(before, party.id);
			const now = scoreIn(after, party.id);
			expect(now.denominator).toBe(was.denominator);
			expect(now.numerator).toBe(was.numerator + weightOf(answer));
			expect(now.score!).toBeGreaterThan(was.score!);
			expect(now.percent!).toBeGreaterThanOrEqual(was.percent!);
			// Parties without a position on the statement are not moved at all.
			for (const other of x.parties) {
				const silent = own(other.positions, id);
				if (silent === undefined || silent === null) {
					expect(scoreIn(after, other.id)).toEqual(scoreIn(before, other.id));
				}
			}
		}
	);
});

describe('ranking properties', () => {
	test.prop([instance])('ties, ranks and flags follow the documented rules exactly', (x) => {
		const result = rank(x.statementIds, x.parties, x.answers);
		const W = result.totalWeight;
		const ranked = result.entries.filter((e) => e.flag === null);
		const flagged = result.entries.filter((e) => e.flag !== null);
		expect(result.entries.slice(0, ranked.length)).toEqual(ranked); // ranked first
		for (const e of ranked) expect(e.basis).toBeGreaterThanOrEqual(MIN_BASIS);
		for (const e of flagged) {
			expect(e.rank).toBeNull();
			expect(e.flag).toBe(e.basis === 0 ? 'no-common-statements' : 'too-little-basis');
		}
		// s_a − s_b as an exact fraction compared with 1/W: (n_a·d_b − n_b·d_a)·W vs d_a·d_b.
		const gap = (a: (typeof ranked)[0], b: (typeof ranked)[0]) =>
			(a.numerator * b.denominator - b.numerator * a.denominator) * W -
			a.denominator * b.denominator;
		const best = ranked[0];
		ranked.forEach((e, i) => {
			if (i > 0) {
				const prev = ranked[i - 1]!;
				const order = e.numerator * prev.denominator - prev.numerator * e.denominator;
				expect(order < 0 || (order === 0 && prev.basis >= e.basis)).toBe(true);
			}
			const inTop = gap(best!, e) <= 0;
			expect(e.rank === 1).toBe(inTop);
			if (!inTop) {
				const prev = ranked[i - 1]!;
				const tied = prev.rank !== 1 && gap(prev, e) < 0;
				expect(e.tiedWithPrevious).toBe(tied);
				expect(e.rank).toBe(tied ? prev.rank : i + 1);
			} else expect(e.tiedWithPrevious).toBe(i > 0);
		});
		expect(result.topMatches).toEqual(ranked.filter((e) => e.rank === 1).map((e) => e.partyId));
		expect(result.needsMoreAnswers).toBe(ranked.length === 0);
		expect(result.allWithinMargin).toBe(ranked.length >= 2 && ranked.every((e) => e.rank === 1));
	});

	test.prop([instance])(
		'same answers, same order (the tie-break is a function of the answers)',
		(x) => {
			const a = rank(x.statementIds, x.parties, x.answers);
			const copy: Record<string, Answer> = structuredClone({ ...x.answers });
			expect(rank(x.statementIds, x.parties, copy).entries).toEqual(a.entries);
		}
	);
});

describe('explanation properties', () => {
	test.prop([instance])('contributions sum to the score and rows cover every statement', (x) => {
		const result = rank(x.statementIds, x.parties, x.answers);
		for (const party of x.parties) {
			const explanation = explainParty(result, party.id);
			expect(explanation.rows.map((r) => r.statementId)).toEqual(x.statementIds);
			const numerator = explanation.rows.reduce((s, r) => s + r.contributionNumerator, 0);
			expect(numerator).toBe(explanation.numerator);
			const sum = explanation.rows.reduce((s, r) => s + (r.contribution ?? 0), 0);
			if (explanation.score === null) expect(sum).toBe(0);
			else expect(sum).toBeCloseTo(explanation.score, 12);
		}
	});

	test.prop([instance, fc.nat(), fc.nat()])(
		'comparison parts and statement differences sum to the score difference',
		(x, i, j) => {
			const result = rank(x.statementIds, x.parties, x.answers);
			const a = x.parties[i % x.parties.length]!.id;
			const b = x.parties[j % x.parties.length]!.id;
			const comparison = compareParties(result, a, b);
			if (comparison.difference === null) {
				expect(comparison.decomposition).toBeNull();
				return;
			}
			const d = comparison.decomposition!;
			expect(d.shared + d.onlyA + d.onlyB).toBeCloseTo(comparison.difference, 12);
			const sum = comparison.statements.reduce((s, r) => s + r.difference, 0);
			expect(sum).toBeCloseTo(comparison.difference, 12);
			for (let k = 1; k < comparison.statements.length; k++) {
				expect(Math.abs(comparison.statements[k - 1]!.difference)).toBeGreaterThanOrEqual(
					Math.abs(comparison.statements[k]!.difference) - 1e-12
				);
			}
			expect(d.sharedCount + d.onlyACount + d.onlyBCount).toBe(comparison.statements.length);
		}
	);
});
