/**
 * Statement state codes. The search keeps each statement's answer as one of CODES states:
 * 0 = skipped (or not answered), 1 + 2·(stance + 2) + (important ? 1 : 0) = answered. A
 * change puts a statement in one of its ALTERNATIVES other states; change c = i·ALTERNATIVES
 * + o is statement i's o-th other state in code order.
 */

import type { Answer, Answers, Stance } from '../types.ts';
import { answeredStance, weightOf } from '../types.ts';

// Module-local copy: a dev-time module runner turns imported-binding reads into getters.
const answerOf = answeredStance;

export const CODES = 11;
export const ALTERNATIVES = CODES - 1;

/** The code of an answer (null: skipped). */
export function codeOf(answer: Answer | null): number {
	return answer === null ? 0 : 1 + 2 * (answer.stance! + 2) + (answer.important ? 1 : 0);
}

/** The code of every statement's current answer, in quiz order. */
export function codesOf(statementIds: readonly string[], answers: Answers): Uint8Array {
	return Uint8Array.from(statementIds, (id) => codeOf(answerOf(answers, id)));
}

/** The answer a code stands for; null for code 0 (skipped). */
export function answerOfCode(code: number): Answer | null {
	if (code === 0) return null;
	return { stance: (((code - 1) >> 1) - 2) as Stance, important: ((code - 1) & 1) === 1 };
}

/** Per code: the stance (0 when skipped) and the weight (0 when skipped), for the loops. */
export const STANCE_OF_CODE = new Int8Array(CODES);
export const WEIGHT_OF_CODE = new Int8Array(CODES);
for (let code = 1; code < CODES; code++) {
	const answer = answerOfCode(code)!;
	STANCE_OF_CODE[code] = answer.stance!;
	WEIGHT_OF_CODE[code] = weightOf(answer);
}

/** The largest weight, so a change moves a party's Σw by at most this much either way. */
export const MAX_WEIGHT = Math.max(...WEIGHT_OF_CODE);

/** The code of the o-th alternative of a statement whose current code is `current`. */
export function alternativeCode(current: number, o: number): number {
	return o < current ? o : o + 1;
}
