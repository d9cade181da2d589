/** The public vocabulary of "what would change the top party" (see index.ts). */

import type { Answer } from '../types.ts';

/** How an answer changes. `answer`: a skipped statement gets a stance; `skip`: the reverse. */
export type ChangeKind = 'stance' | 'answer' | 'skip' | 'importance' | 'stance-and-importance';

/** One changed answer. */
export interface AnswerChange {
	readonly statementId: string;
	readonly kind: ChangeKind;
	/** The current answer (`{ stance: null, important: false }` when not answered at all). */
	readonly from: Answer;
	/** The answer after the change. A skip keeps the importance flag, which then has no effect. */
	readonly to: Answer;
}

/** Outcome of `whatWouldChange`. */
export type Counterfactual =
	| {
			readonly kind: 'change';
			/** The changes, in quiz order. */
			readonly changes: readonly AnswerChange[];
			/** The party that would be the sole top match. */
			readonly newTop: string;
			/** False when the budget ran out: the set is minimal in size but maybe not the most decisive. */
			readonly exhaustive: boolean;
			readonly candidatesEvaluated: number;
	  }
	| {
			/** No set of at most `maxChanges` changes makes another party the sole top match. */
			readonly kind: 'robust';
			/** False when the budget ran out before the search could prove this. */
			readonly exhaustive: boolean;
			readonly candidatesEvaluated: number;
	  }
	| {
			/** No party has enough basis, so there is no top match to change. */
			readonly kind: 'no-top';
	  };

/** Options of `whatWouldChange`. */
export interface CounterfactualOptions {
	/** Largest set size searched, 1–3. Default 3. */
	readonly maxChanges?: number;
	/** Search budget in candidates (nodes + change sets). Default `DEFAULT_MAX_CANDIDATES`. */
	readonly maxCandidates?: number;
}
