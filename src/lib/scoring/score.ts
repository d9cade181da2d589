/**
 * The score of one party: a weighted mean of per-statement agreement over the statements
 * the voter answered and the party has a position on, kept as exact integers
 * (numerator Σ w·(MAX_DISTANCE − d), denominator MAX_DISTANCE·Σw; formula.ts owns the
 * formula).
 */

import { MAX_DISTANCE, denominatorOf, termOf } from './formula.ts';
import { percentOf } from './fraction.ts';
import type { PreparedParties } from './prepare.ts';
import { NO_POSITION } from './prepare.ts';
import type { Answers, PartyInput } from './types.ts';
import { answeredStance, isStance, own, weightOf } from './types.ts';

// Module-local copies: a dev-time module runner turns imported-binding reads into getters.
const answerOf = answeredStance;
const maxDistance = MAX_DISTANCE;
const weightOfAnswer = weightOf;
const denominator = denominatorOf;
const percentOfLocal = percentOf;

/** A party's score with the exact integers behind it. */
export interface PartyScore {
	/** numerator / denominator, or null when the basis is 0 (never 0 or NaN for "no data"). */
	readonly score: number | null;
	/** Displayed percentage, exactly rounded half up; null when the score is null. */
	readonly percent: number | null;
	/** Σ w·(MAX_DISTANCE − |voter − party|) over counted statements. */
	readonly numerator: number;
	/** MAX_DISTANCE · Σ w over counted statements. */
	readonly denominator: number;
	/** Σ w over counted statements. */
	readonly weight: number;
	/** Number of counted statements. */
	readonly basis: number;
}

/** The voter's answered statements as parallel arrays (internal). */
export interface VoterVector {
	/** Statement indices of answered statements, ascending. */
	readonly index: Int32Array;
	readonly stance: Int8Array;
	readonly weight: Int8Array;
	/** Number of answered statements. */
	readonly count: number;
	/** W: total weight of the answered statements. */
	readonly totalWeight: number;
}

/** Compacts the answers into a {@link VoterVector} (validating them). */
export function voterVector(statementIds: readonly string[], answers: Answers): VoterVector {
	const s = statementIds.length;
	const index = new Int32Array(s);
	const stance = new Int8Array(s);
	const weight = new Int8Array(s);
	let count = 0;
	let totalWeight = 0;
	for (let i = 0; i < s; i++) {
		const answer = answerOf(answers, statementIds[i]!);
		if (answer === null) continue;
		const w = weightOfAnswer(answer);
		index[count] = i;
		stance[count] = answer.stance!;
		weight[count] = w;
		totalWeight += w;
		count++;
	}
	return { index, stance, weight, count, totalWeight };
}

/** Raw per-party sums (internal): numerator, Σw and basis, in party input order. */
export interface ScoreArrays {
	readonly numerators: Int32Array;
	readonly weights: Int32Array;
	readonly bases: Int32Array;
}

/** The hot loop: scores every prepared party against the voter vector. */
export function scoreArrays(prepared: PreparedParties, voter: VoterVector): ScoreArrays {
	const s = prepared.statementIds.length;
	const partyCount = prepared.parties.length;
	const positions = prepared.positions;
	const none = NO_POSITION;
	const { index, stance, weight, count } = voter;
	const numerators = new Int32Array(partyCount);
	const weights = new Int32Array(partyCount);
	const bases = new Int32Array(partyCount);
	for (let p = 0; p < partyCount; p++) {
		const row = p * s;
		let n = 0;
		let w = 0;
		let b = 0;
		for (let k = 0; k < count; k++) {
			const q = positions[row + index[k]!]!;
			if (q === none) continue;
			const wk = weight[k]!;
			// termOf(wk, stance, q) written out (formula.ts owns it): as a call it measurably
			// slows this loop. score.test.ts checks that the two agree for every case.
			n += wk * (maxDistance - Math.abs(stance[k]! - q));
			w += wk;
			b++;
		}
		numerators[p] = n;
		weights[p] = w;
		bases[p] = b;
	}
	return { numerators, weights, bases };
}

/** Builds a {@link PartyScore} from its integer sums. */
export function partyScoreOf(numerator: number, weight: number, basis: number): PartyScore {
	// One object shape on both paths, so an optimising compiler can drop the allocation when
	// the caller copies the fields out (rank.ts).
	const counted = basis > 0;
	const d = denominator(weight);
	return {
		score: counted ? numerator / d : null,
		percent: counted ? percentOfLocal(numerator, d) : null,
		numerator: counted ? numerator : 0,
		denominator: counted ? d : 0,
		weight: counted ? weight : 0,
		basis
	};
}

/**
 * Scores one party directly from its input (a straightforward reference implementation;
 * use {@link rankParties} for many parties).
 */
export function scoreParty(
	statementIds: readonly string[],
	party: PartyInput,
	answers: Answers
): PartyScore {
	let numerator = 0;
	let weight = 0;
	let basis = 0;
	if (new Set(statementIds).size !== statementIds.length) {
		throw new RangeError('Duplicate statement id');
	}
	for (const id of statementIds) {
		const answer = answeredStance(answers, id);
		const position = own(party.positions, id);
		if (answer === null || position === undefined || position === null) continue;
		if (!isStance(position)) throw new RangeError(`Invalid party stance on ${JSON.stringify(id)}`);
		const w = weightOf(answer);
		numerator += termOf(w, answer.stance!, position);
		weight += w;
		basis++;
	}
	return partyScoreOf(numerator, weight, basis);
}
