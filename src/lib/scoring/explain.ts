/**
 * Explanations a voter can check by hand: the per-statement breakdown of one party's
 * score, and why one party is ahead of another.
 */

import { agreementOf, denominatorOf, distanceOf, scoreOf, termOf } from './formula.ts';
import type { PreparedParties } from './prepare.ts';
import { NO_POSITION } from './prepare.ts';
import type { RankingResult } from './rank.ts';
import { partyScoreOf } from './score.ts';
import type { Stance } from './types.ts';
import { answeredStance, own, weightOf } from './types.ts';

/**
 * Whether a statement counted for a party: `counted`, or why not: the voter skipped it
 * (`skipped`), the party has no position (`no-position`), or both (`skipped-no-position`).
 */
export type StatementStatus = 'counted' | 'skipped' | 'no-position' | 'skipped-no-position';

/** One row of a party's breakdown. */
export interface StatementExplanation {
	readonly statementId: string;
	/** The voter's stance, or null when skipped / not answered. */
	readonly voterStance: Stance | null;
	/** The voter's importance flag (only matters when the statement is answered). */
	readonly important: boolean;
	/** The party's stance, or null when it has none. */
	readonly partyStance: Stance | null;
	readonly status: StatementStatus;
	/** |voter − party|, 0 to MAX_DISTANCE; null unless counted. */
	readonly distance: number | null;
	/** 1 − distance / MAX_DISTANCE; null unless counted. */
	readonly agreement: number | null;
	/** 2 when important, 1 otherwise; 0 when the statement does not count. */
	readonly weight: 0 | 1 | 2;
	/** w·a / Σw: this statement's share of the score (they sum to the score); null unless counted. */
	readonly contribution: number | null;
	/** Exact numerator of the contribution, w·(MAX_DISTANCE − distance), over the party's denominator MAX_DISTANCE·Σw. */
	readonly contributionNumerator: number;
}

/** A party's score broken down per statement, in quiz order. */
export interface PartyExplanation {
	readonly partyId: string;
	readonly score: number | null;
	readonly percent: number | null;
	/** Σ w·(MAX_DISTANCE − distance). */
	readonly numerator: number;
	/** MAX_DISTANCE · Σ w. */
	readonly denominator: number;
	readonly basis: number;
	readonly rows: readonly StatementExplanation[];
}

/** Internal per-statement terms of one party: n_i = w·(MAX_DISTANCE − d), w_i (0 when not counted). */
interface Terms {
	readonly n: Int32Array;
	readonly w: Int32Array;
	readonly numerator: number;
	readonly weight: number;
	readonly basis: number;
}

function partyIndexOf(prepared: PreparedParties, partyId: string): number {
	const p = prepared.partyIndex.get(partyId);
	if (p === undefined) throw new RangeError(`Unknown party ${JSON.stringify(partyId)}`);
	return p;
}

function termsOf(result: RankingResult, p: number): Terms {
	const { statementIds, positions } = result.prepared;
	const s = statementIds.length;
	const n = new Int32Array(s);
	const w = new Int32Array(s);
	let numerator = 0;
	let weight = 0;
	let basis = 0;
	for (let i = 0; i < s; i++) {
		const answer = answeredStance(result.answers, statementIds[i]!);
		const q = positions[p * s + i]!;
		if (answer === null || q === NO_POSITION) continue;
		const wi = weightOf(answer);
		n[i] = termOf(wi, answer.stance!, q);
		w[i] = wi;
		numerator += n[i]!;
		weight += wi;
		basis++;
	}
	return { n, w, numerator, weight, basis };
}

/** The per-statement breakdown of `partyId`'s score in `result`, including statements that did not count. */
export function explainParty(result: RankingResult, partyId: string): PartyExplanation {
	const { statementIds, positions } = result.prepared;
	const s = statementIds.length;
	const p = partyIndexOf(result.prepared, partyId);
	const terms = termsOf(result, p);
	const total = partyScoreOf(terms.numerator, terms.weight, terms.basis);
	const rows = statementIds.map((statementId, i): StatementExplanation => {
		const answer = answeredStance(result.answers, statementId);
		const raw = own(result.answers, statementId);
		const q = positions[p * s + i]!;
		const partyStance = q === NO_POSITION ? null : (q as Stance);
		const voterStance = answer === null ? null : answer.stance;
		const important = raw?.important === true;
		if (answer === null || partyStance === null) {
			return {
				statementId,
				voterStance,
				important,
				partyStance,
				status:
					answer === null
						? partyStance === null
							? 'skipped-no-position'
							: 'skipped'
						: 'no-position',
				distance: null,
				agreement: null,
				weight: 0,
				contribution: null,
				contributionNumerator: 0
			};
		}
		const distance = distanceOf(answer.stance!, partyStance);
		return {
			statementId,
			voterStance,
			important,
			partyStance,
			status: 'counted',
			distance,
			agreement: agreementOf(distance),
			weight: weightOf(answer),
			contribution: terms.n[i]! / total.denominator,
			contributionNumerator: terms.n[i]!
		};
	});
	const { score, percent, numerator, denominator, basis } = total;
	return { partyId, score, percent, numerator, denominator, basis, rows };
}

/** Which party has a position on a statement that counts for at least one of the two. */
export type ComparisonGroup = 'shared' | 'only-a' | 'only-b';

/** One statement's part in the score difference between A and B. */
export interface StatementDifference {
	readonly statementId: string;
	readonly group: ComparisonGroup;
	/** A's contribution w·a_A/Σw_A (0 when it does not count for A). */
	readonly contributionA: number;
	/** B's contribution (0 when it does not count for B). */
	readonly contributionB: number;
	/** contributionA − contributionB; these sum to scoreA − scoreB. Positive favours A. */
	readonly difference: number;
}

/**
 * scoreA − scoreB split by statement sets. Let sharedScoreX be X's score computed on the
 * shared statements only (both parties have a position; the weights are the voter's, so
 * the same for both). Then
 *   shared = sharedScoreA − sharedScoreB   (who matches better where both can be compared)
 *   onlyA  = scoreA − sharedScoreA         (how A's own extra statements move A's score)
 *   onlyB  = −(scoreB − sharedScoreB)      (how B's extra statements move B's score, negated)
 * and shared + onlyA + onlyB = scoreA − scoreB exactly. With no shared statement the
 * shared scores are taken as 0, so shared = 0, onlyA = scoreA, onlyB = −scoreB.
 */
export interface ScoreDecomposition {
	readonly shared: number;
	readonly onlyA: number;
	readonly onlyB: number;
	readonly sharedCount: number;
	readonly onlyACount: number;
	readonly onlyBCount: number;
	/** A's score on the shared statements only; null when there are none. */
	readonly sharedScoreA: number | null;
	readonly sharedScoreB: number | null;
}

/** Why A is ahead of (or behind) B. */
export interface PartyComparison {
	readonly a: string;
	readonly b: string;
	readonly scoreA: number | null;
	readonly scoreB: number | null;
	/** True when A is listed before B in the result. */
	readonly aAhead: boolean;
	/** scoreA − scoreB; null when either score is null. */
	readonly difference: number | null;
	/** Null when either score is null. */
	readonly decomposition: ScoreDecomposition | null;
	/**
	 * Every statement that counts for A or B, largest |difference| first (compared exactly),
	 * then quiz order. When a score is null its contributions are 0.
	 */
	readonly statements: readonly StatementDifference[];
}

/** Explains the difference between parties `a` and `b` in `result` (see {@link ScoreDecomposition}). */
export function compareParties(result: RankingResult, a: string, b: string): PartyComparison {
	const { statementIds } = result.prepared;
	const pa = partyIndexOf(result.prepared, a);
	const pb = partyIndexOf(result.prepared, b);
	const ta = termsOf(result, pa);
	const tb = termsOf(result, pb);
	const da = denominatorOf(ta.weight);
	const db = denominatorOf(tb.weight);
	// Exact per-statement difference numerators over the common denominator da·db (a zero
	// denominator is replaced by 1: that party's terms are all 0).
	const ea = da === 0 ? 1 : da;
	const eb = db === 0 ? 1 : db;
	const rows: { row: StatementDifference; exact: number; i: number }[] = [];
	let sharedN_A = 0;
	let sharedN_B = 0;
	let sharedW = 0;
	let sharedCount = 0;
	let onlyACount = 0;
	let onlyBCount = 0;
	statementIds.forEach((statementId, i) => {
		const inA = ta.w[i]! > 0;
		const inB = tb.w[i]! > 0;
		if (!inA && !inB) return;
		const group: ComparisonGroup = inA && inB ? 'shared' : inA ? 'only-a' : 'only-b';
		if (group === 'shared') {
			sharedN_A += ta.n[i]!;
			sharedN_B += tb.n[i]!;
			sharedW += ta.w[i]!;
			sharedCount++;
		} else if (group === 'only-a') onlyACount++;
		else onlyBCount++;
		const contributionA = ta.n[i]! / ea;
		const contributionB = tb.n[i]! / eb;
		rows.push({
			row: {
				statementId,
				group,
				contributionA,
				contributionB,
				difference: contributionA - contributionB
			},
			exact: ta.n[i]! * eb - tb.n[i]! * ea,
			i
		});
	});
	rows.sort((x, y) => Math.abs(y.exact) - Math.abs(x.exact) || x.i - y.i);

	const scoreA = partyScoreOf(ta.numerator, ta.weight, ta.basis).score;
	const scoreB = partyScoreOf(tb.numerator, tb.weight, tb.basis).score;
	let decomposition: ScoreDecomposition | null = null;
	if (scoreA !== null && scoreB !== null) {
		const sharedScoreA = sharedCount === 0 ? null : scoreOf(sharedN_A, sharedW);
		const sharedScoreB = sharedCount === 0 ? null : scoreOf(sharedN_B, sharedW);
		decomposition = {
			shared: (sharedScoreA ?? 0) - (sharedScoreB ?? 0),
			onlyA: scoreA - (sharedScoreA ?? 0),
			onlyB: (sharedScoreB ?? 0) - scoreB,
			sharedCount,
			onlyACount,
			onlyBCount,
			sharedScoreA,
			sharedScoreB
		};
	}
	const order = result.entries.map((entry) => entry.partyId);
	return {
		a,
		b,
		scoreA,
		scoreB,
		aAhead: order.indexOf(a) < order.indexOf(b),
		difference: scoreA === null || scoreB === null ? null : scoreA - scoreB,
		decomposition,
		statements: rows.map((r) => r.row)
	};
}
