/**
 * "What would change the result": the smallest set of changed answers that would give
 * another party first place alone (scoring's `whatWouldChange`), with its statements.
 */
import type { Statement } from '#lib/content/types.ts';
import type { Party } from '#lib/pledges/types.ts';
import {
	whatWouldChange,
	type AnswerChange,
	type Counterfactual,
	type CounterfactualOptions,
	type RankingResult
} from '#lib/scoring/index.ts';
import type { Lookup } from './lookup.ts';

/** The search the results screen runs: at most three changed answers. */
export const WHAT_IF_OPTIONS = { maxChanges: 3 } as const satisfies CounterfactualOptions;

/** One suggested change with the statement it concerns. */
export interface ChangeRow {
	/** Index of the statement in the quiz. */
	readonly index: number;
	readonly statement: Statement;
	readonly change: AnswerChange;
}

export type WhatIfView =
	/** No party is ranked, so there is no first place to change. */
	| { readonly kind: 'no-top' }
	/**
	 * No change of at most `maxChanges` answers gives another party first place alone.
	 * `exhaustive` is false when the search budget ran out before it could prove this;
	 * `sharedTop` when several parties share first place now.
	 */
	| {
			readonly kind: 'robust';
			readonly exhaustive: boolean;
			readonly sharedTop: boolean;
			readonly maxChanges: number;
	  }
	/** These changes (one to `maxChanges`, in quiz order) would make `newTop` first alone. */
	| {
			readonly kind: 'change';
			readonly newTop: Party;
			readonly changes: readonly [ChangeRow, ...ChangeRow[]];
	  };

/**
 * The view of "what would change" for `result`, from the search's answer: searched here unless
 * given (a search of `result` with {@link WHAT_IF_OPTIONS} done elsewhere, as in a worker).
 */
export function whatIfView(
	result: RankingResult,
	lookup: Lookup,
	counterfactual: Counterfactual = whatWouldChange(result, WHAT_IF_OPTIONS)
): WhatIfView {
	switch (counterfactual.kind) {
		case 'no-top':
			return { kind: 'no-top' };
		case 'robust':
			return {
				kind: 'robust',
				exhaustive: counterfactual.exhaustive,
				sharedTop: result.topMatches.length > 1,
				maxChanges: WHAT_IF_OPTIONS.maxChanges
			};
		case 'change': {
			const [first, ...rest] = counterfactual.changes.map((change) => ({
				...lookup.statement(change.statementId),
				change
			}));
			if (first === undefined) throw new RangeError('A counterfactual without changes');
			return {
				kind: 'change',
				newTop: lookup.party(counterfactual.newTop).party,
				changes: [first, ...rest]
			};
		}
	}
}
