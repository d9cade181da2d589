/**
 * Ranking: flags, ordering, ties and the seeded tie-break.
 *
 * Margin: W = total weight of the voter's answered statements; 1/W is the most one
 * unimportant statement can move a score. First place is shared by every ranked party whose
 * score is within 1/W of the best score, inclusive (best − s ≤ 1/W). Below first place a
 * party is tied with the entry directly above it when their scores differ by strictly less
 * than 1/W (prev − s < 1/W); these ties chain. The first entry after the top group is never
 * tied into first place. All comparisons cross-multiply the integer numerators and
 * denominators, so floating point never decides an order or a tie.
 */

import { denominatorOf } from './formula.ts';
import type { PreparedParties } from './prepare.ts';
import type { PartyScore, ScoreArrays } from './score.ts';
import { partyScoreOf, scoreArrays, voterVector } from './score.ts';
import { answersSeed, compareCodeUnits, tieBreakKey } from './tiebreak.ts';
import type { Answers, Flag } from './types.ts';
import { MIN_BASIS } from './types.ts';

// Module-local copies of imported bindings used per party: a dev-time module runner (Vite,
// Vitest) turns every access to an imported binding into a getter call.
const minBasis = MIN_BASIS;
const partyScoreOfLocal = partyScoreOf;
const denominatorOfLocal = denominatorOf;
const tieBreakKeyLocal = tieBreakKey;

/** One party's line in the result. */
export interface RankedEntry extends PartyScore {
	readonly partyId: string;
	/** null when the party is ranked; otherwise why it is listed after the ranked parties. */
	readonly flag: Flag | null;
	/**
	 * 1-based competition rank shared by tied entries (1, 1, 3, …); null for flagged
	 * entries, which are listed after all ranked ones and never ranked.
	 */
	readonly rank: number | null;
	/** True when this entry shares its rank with the entry directly above it. */
	readonly tiedWithPrevious: boolean;
}

/** The ranked result for one set of answers. */
export interface RankingResult {
	/** The compiled parties the result was computed from (used by the explanations). */
	readonly prepared: PreparedParties;
	/** The answers the result was computed from. */
	readonly answers: Answers;
	/** All parties: ranked ones first in rank order, then flagged ones. */
	readonly entries: readonly RankedEntry[];
	/** Ids of the parties sharing first place (rank 1), in display order; empty when none is ranked. */
	readonly topMatches: readonly string[];
	/** True when at least two parties are ranked and all of them lie within 1/W of the best. */
	readonly allWithinMargin: boolean;
	/** True when no party has enough basis, so there is no top match: more answers are needed. */
	readonly needsMoreAnswers: boolean;
	/** Number of statements the voter answered. */
	readonly answeredCount: number;
	/** W: total weight of the answered statements. The tie margin is 1/W. */
	readonly totalWeight: number;
	/** The tie-break seed derived from the answers. */
	readonly seed: number;
}

/**
 * Orders party indices by score (descending), then basis (descending), then tie-break key,
 * then party id (only on a 32-bit key collision).
 */
function sortGroup(
	group: number[],
	sums: ScoreArrays,
	keys: Uint32Array,
	prepared: PreparedParties
): void {
	const { numerators: n, weights: w, bases: b } = sums;
	group.sort((x, y) => {
		// s_y − s_x has the sign of n_y·w_x − n_x·w_y (the factor MAX_DISTANCE cancels).
		const byScore = n[y]! * w[x]! - n[x]! * w[y]!;
		if (byScore !== 0) return byScore;
		const byBasis = b[y]! - b[x]!;
		if (byBasis !== 0) return byBasis;
		const byKey = keys[x]! - keys[y]!;
		if (byKey !== 0) return byKey;
		return compareCodeUnits(prepared.parties[x]!.id, prepared.parties[y]!.id);
	});
}

/**
 * How far party a's score lies above party b's beyond the margin 1/W, as an exact integer
 * with the sign of s_a − s_b − 1/W. Scores are n/(MAX_DISTANCE·w), so
 * s_a − s_b ≤ 1/W ⇔ (n_a·w_b − n_b·w_a)·W ≤ MAX_DISTANCE·w_a·w_b.
 */
function beyondMargin(sums: ScoreArrays, W: number, a: number, b: number): number {
	const { numerators: n, weights: w } = sums;
	return (n[a]! * w[b]! - n[b]! * w[a]!) * W - denominatorOfLocal(w[a]!) * w[b]!;
}

/**
 * Scores and ranks every party for `answers`. Pure and deterministic: the same inputs give
 * the same result, whatever the order of parties or statements.
 */
export function rankParties(prepared: PreparedParties, answers: Answers): RankingResult {
	const voter = voterVector(prepared.statementIds, answers);
	const sums = scoreArrays(prepared, voter);
	const seed = answersSeed(prepared.statementIds, answers);
	const partyCount = prepared.parties.length;
	const keys = new Uint32Array(partyCount);
	for (let p = 0; p < partyCount; p++) keys[p] = tieBreakKeyLocal(seed, prepared.partyHashes[p]!);

	const ranked: number[] = [];
	const thin: number[] = [];
	const none: number[] = [];
	for (let p = 0; p < partyCount; p++) {
		const basis = sums.bases[p]!;
		(basis >= minBasis ? ranked : basis > 0 ? thin : none).push(p);
	}
	sortGroup(ranked, sums, keys, prepared);
	sortGroup(thin, sums, keys, prepared);
	sortGroup(none, sums, keys, prepared);

	const W = voter.totalWeight;
	const entries: RankedEntry[] = [];
	const topMatches: string[] = [];
	const best = ranked[0];
	let inTop = true;
	let previousRank = 0;
	ranked.forEach((p, position) => {
		if (inTop && best !== undefined) inTop = beyondMargin(sums, W, best, p) <= 0;
		let tied: boolean;
		let rank: number;
		if (inTop) {
			tied = position > 0;
			rank = 1;
			topMatches.push(prepared.parties[p]!.id);
		} else {
			const previous = ranked[position - 1]!;
			tied = position > topMatches.length && beyondMargin(sums, W, previous, p) < 0;
			rank = tied ? previousRank : position + 1;
		}
		previousRank = rank;
		entries.push(entryOf(prepared, sums, p, null, rank, tied));
	});
	for (const p of thin) entries.push(entryOf(prepared, sums, p, 'too-little-basis', null, false));
	for (const p of none) {
		entries.push(entryOf(prepared, sums, p, 'no-common-statements', null, false));
	}

	return {
		prepared,
		answers,
		entries,
		topMatches,
		allWithinMargin: ranked.length >= 2 && topMatches.length === ranked.length,
		needsMoreAnswers: ranked.length === 0,
		answeredCount: voter.count,
		totalWeight: W,
		seed
	};
}

function entryOf(
	prepared: PreparedParties,
	sums: ScoreArrays,
	p: number,
	flag: Flag | null,
	rank: number | null,
	tiedWithPrevious: boolean
): RankedEntry {
	const { score, percent, numerator, denominator, weight, basis } = partyScoreOfLocal(
		sums.numerators[p]!,
		sums.weights[p]!,
		sums.bases[p]!
	);
	const partyId = prepared.parties[p]!.id;
	return {
		partyId,
		score,
		percent,
		numerator,
		denominator,
		weight,
		basis,
		flag,
		rank,
		tiedWithPrevious
	};
}
