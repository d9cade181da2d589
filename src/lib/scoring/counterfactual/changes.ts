/**
 * The changes the search tries, as deltas built once per search: for every change c (see
 * codes.ts) the voter's Δw and, per party, the change of its numerator, of its Σw and of its
 * basis. Applying a change to the sums of a search node is then a loop over parties.
 */

import { termOf } from '../formula.ts';
import { NO_POSITION } from '../prepare.ts';
import type { RankingResult } from '../rank.ts';
import type { Answer, Answers } from '../types.ts';
import { answeredStance, own } from '../types.ts';
import {
	ALTERNATIVES,
	STANCE_OF_CODE,
	WEIGHT_OF_CODE,
	alternativeCode,
	answerOfCode
} from './codes.ts';
import type { AnswerChange, ChangeKind } from './types.ts';

// Module-local copies: a dev-time module runner turns imported-binding reads into getters.
const alternatives = ALTERNATIVES;
const noPosition = NO_POSITION;
const stanceOfCode = STANCE_OF_CODE;
const weightOfCode = WEIGHT_OF_CODE;
const term = termOf;
const alternativeOf = alternativeCode;

/** The per-change deltas of a search over S statements and P parties. Immutable. */
export interface Changes {
	readonly S: number;
	readonly P: number;
	/** Voter Δw of change c, at [c]. */
	readonly dW: Int8Array;
	/** Party p's Δ numerator, Δ Σw and Δ basis under change c, at [c·P + p]. */
	readonly dN: Int8Array;
	readonly dX: Int8Array;
	readonly dB: Int8Array;
}

/** The sums at a search node: per party numerator N, Σw X and basis B; the voter's total weight W. */
export interface Sums {
	readonly N: Int32Array;
	readonly X: Int32Array;
	readonly B: Int32Array;
	W: number;
}

/** A statement's numerator term in state `code` against party stance q (0 when it does not count). */
function countedTerm(code: number, q: number): number {
	return code === 0 || q === noPosition ? 0 : term(weightOfCode[code]!, stanceOfCode[code]!, q);
}

/** The statement's weight in Σw in state `code` against party stance q (0 when it does not count). */
function countedWeight(code: number, q: number): number {
	return code === 0 || q === noPosition ? 0 : weightOfCode[code]!;
}

/**
 * The deltas of every change and the sums of the current answers (`current`: a code per
 * statement), for `positions` laid out as in {@link PreparedParties}.
 */
export function buildChanges(
	current: Uint8Array,
	positions: Int8Array,
	P: number
): { changes: Changes; sums: Sums } {
	const S = current.length;
	const C = S * alternatives;
	const dW = new Int8Array(C);
	const dN = new Int8Array(C * P);
	const dX = new Int8Array(C * P);
	const dB = new Int8Array(C * P);
	const sums: Sums = { N: new Int32Array(P), X: new Int32Array(P), B: new Int32Array(P), W: 0 };
	const { N, X, B } = sums;
	for (let i = 0; i < S; i++) {
		const cur = current[i]!;
		sums.W += weightOfCode[cur]!;
		for (let p = 0; p < P; p++) {
			const q = positions[p * S + i]!;
			N[p] = N[p]! + countedTerm(cur, q);
			X[p] = X[p]! + countedWeight(cur, q);
			B[p] = B[p]! + (countedWeight(cur, q) > 0 ? 1 : 0);
		}
		for (let o = 0; o < alternatives; o++) {
			const code = alternativeOf(cur, o);
			const c = i * alternatives + o;
			dW[c] = weightOfCode[code]! - weightOfCode[cur]!;
			for (let p = 0; p < P; p++) {
				const q = positions[p * S + i]!;
				dN[c * P + p] = countedTerm(code, q) - countedTerm(cur, q);
				dX[c * P + p] = countedWeight(code, q) - countedWeight(cur, q);
				dB[c * P + p] = (countedWeight(code, q) > 0 ? 1 : 0) - (countedWeight(cur, q) > 0 ? 1 : 0);
			}
		}
	}
	return { changes: { S, P, dW, dN, dX, dB }, sums };
}

/** Applies change c to the node's sums (sign 1), or takes it back (sign −1). */
export function applyChange(changes: Changes, sums: Sums, c: number, sign: number): void {
	const { P, dW, dN, dX, dB } = changes;
	const { N, X, B } = sums;
	sums.W += sign * dW[c]!;
	const o = c * P;
	for (let p = 0; p < P; p++) {
		N[p] = N[p]! + sign * dN[o + p]!;
		X[p] = X[p]! + sign * dX[o + p]!;
		B[p] = B[p]! + sign * dB[o + p]!;
	}
}

/** Returns a copy of `answers` with `changes` applied. */
export function applyChanges(answers: Answers, changes: readonly AnswerChange[]): Answers {
	const next: Record<string, Answer> = { ...answers };
	for (const change of changes) next[change.statementId] = { ...change.to };
	return next;
}

/**
 * The change of `statementId`'s answer to `next` (null: skipped, keeping the importance
 * flag, which then has no effect), with the answer it replaces and its kind.
 */
export function describeChange(
	answers: Answers,
	statementId: string,
	next: Answer | null
): AnswerChange {
	const from: Answer = {
		stance: answeredStance(answers, statementId)?.stance ?? null,
		important: own(answers, statementId)?.important === true
	};
	const to: Answer = next ?? { stance: null, important: from.important };
	const kind: ChangeKind =
		from.stance === null
			? 'answer'
			: to.stance === null
				? 'skip'
				: from.stance === to.stance
					? 'importance'
					: from.important === to.important
						? 'stance'
						: 'stance-and-importance';
	return { statementId, kind, from, to };
}

/** Change c of a search over `result` (statement c / ALTERNATIVES, its (c mod ALTERNATIVES)-th alternative). */
export function changeOf(result: RankingResult, c: number, current: Uint8Array): AnswerChange {
	const i = Math.floor(c / alternatives);
	const code = alternativeOf(current[i]!, c % alternatives);
	return describeChange(result.answers, result.prepared.statementIds[i]!, answerOfCode(code));
}
