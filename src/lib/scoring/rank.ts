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

import { percentOf } from './fraction.ts';
import type { PreparedParties } from './prepare.ts';
import type { PartyScore, ScoreArrays } from './score.ts';
import { scoreArrays, voterVector } from './score.ts';
import { answersSeed, compareCodeUnits, mulberry32 } from './tiebreak.ts';
import type { Answers, Flag } from './types.ts';
import { MIN_BASIS } from './types.ts';

// Module-local copies of imported bindings used per party: a dev-time module runner (Vite,
// Vitest) turns every access to an imported binding into a getter call.
const minBasis = MIN_BASIS;
const percentOfLocal = percentOf;
const mix = mulberry32;

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
		// s_y − s_x has the sign of n_y·w_x − n_x·w_y (the factor 4 cancels).
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
 * Scores and ranks every party for `answers`. Pure and deterministic: the same inputs give
 * the same result, whatever the order of parties or statements.
 */
export function rankParties(prepared: PreparedParties, answers: Answers): RankingResult {
	const voter = voterVector(prepared.statementIds, answers);
	const sums = scoreArrays(prepared, voter);
	const seed = answersSeed(prepared.statementIds, answers);
	const partyCount = prepared.parties.length;
	const keys = new Uint32Array(partyCount);
	// Tie-break key: mulberry32(seed XOR fnv1a32(party id)), see tiebreak.ts.
	for (let p = 0; p < partyCount; p++) keys[p] = mix((seed ^ prepared.partyHashes[p]!) >>> 0);

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

	const { numerators: n, weights: w } = sums;
	const W = voter.totalWeight;
	const entries: RankedEntry[] = [];
	const topMatches: string[] = [];
	const best = ranked[0];
	let inTop = true;
	let previousRank = 0;
	ranked.forEach((p, position) => {
		// Scores are n/(4w); "s_a − s_b ≤ 1/W" ⇔ (n_a·w_b − n_b·w_a)·W ≤ 4·w_a·w_b.
		if (inTop && best !== undefined) {
			inTop = (n[best]! * w[p]! - n[p]! * w[best]!) * W <= 4 * w[best]! * w[p]!;
		}
		let tied: boolean;
		let rank: number;
		if (inTop) {
			tied = position > 0;
			rank = 1;
			topMatches.push(prepared.parties[p]!.id);
		} else {
			const previous = ranked[position - 1]!;
			tied =
				position > topMatches.length &&
				(n[previous]! * w[p]! - n[p]! * w[previous]!) * W < 4 * w[previous]! * w[p]!;
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
	const partyId = prepared.parties[p]!.id;
	const basis = sums.bases[p]!;
	if (basis === 0) {
		return {
			partyId,
			score: null,
			percent: null,
			numerator: 0,
			denominator: 0,
			weight: 0,
			basis: 0,
			flag,
			rank,
			tiedWithPrevious
		};
	}
	const numerator = sums.numerators[p]!;
	const weight = sums.weights[p]!;
	const denominator = 4 * weight;
	return {
		partyId,
		score: numerator / denominator,
		percent: percentOfLocal(numerator, denominator),
		numerator,
		denominator,
		weight,
		basis,
		flag,
		rank,
		tiedWithPrevious
	};
}
