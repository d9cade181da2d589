/**
 * "What would change the top party": the smallest set of answer changes that would make
 * another party the sole top match, found by an exact branch-and-bound search.
 *
 * A change is one statement answered differently: a different stance, answering a skipped
 * statement, skipping an answered one, toggling importance, or stance and importance
 * together (still one statement, so one change). Every statement therefore has 10
 * alternatives (codes.ts). Goal: after applying the changes, the ranking (see rank.ts) has
 * exactly one top match X, and X is not the current sole top match. When several parties
 * currently share first place, any change that leaves exactly one party first counts (it may
 * be one of the tied parties): it decides the tie.
 *
 * Choice: the fewest changes; among those, the set giving the new top the largest lead
 * over the runner-up (exact comparison); among equal leads, the set that comes first in
 * quiz order (statements, then alternatives by state code).
 *
 * Search (search.ts): iterative deepening over 1, 2, 3 changes, enumerating sets of
 * distinct statements in quiz order, depth first. At every node and for every party X that
 * could still become the sole top, an upper bound on X's lead over a rival Y that surely
 * stays ranked is compared with the tie margin 1/W' (and with the best lead found so far); X
 * is dropped when the bound cannot beat it, and a node without candidates is cut. Bounds
 * (all sound, i.e. never below the true best):
 * 1. Score range (range.ts): X's best and Y's worst reachable score with r more changes.
 * 2. Paired gain (paired.ts, r ≥ 2): per-change gains of X's lead over Y; the r best
 *    statements give the bound, and children with one change left inherit it per change.
 * 3. Pair oracle (oracle.ts, r = 1): the exact maximum of s'_X − s'_Y over all single
 *    changes left.
 * Every accepted set is then checked with exact integer arithmetic. reference.ts is the
 * brute-force version the tests compare this search with.
 *
 * Budget: every search node and every change set tried counts as one candidate. When
 * `maxCandidates` is reached the search stops and returns the best set found so far with
 * `exhaustive: false` (its size is still minimal, as all smaller sizes were searched
 * completely), or `{ kind: 'robust', exhaustive: false }` when none was found yet.
 */

import type { RankingResult } from '../rank.ts';
import { buildChanges, changeOf } from './changes.ts';
import { codesOf } from './codes.ts';
import { createSearch, dfs } from './search.ts';
import type { Counterfactual, CounterfactualOptions } from './types.ts';

export type { AnswerChange, ChangeKind, Counterfactual, CounterfactualOptions } from './types.ts';
/** Returns a copy of the answers with the changes applied. */
export { applyChanges } from './changes.ts';
/** The brute-force reference the tests compare {@link whatWouldChange} with. */
export { whatWouldChangeByBruteForce } from './reference.ts';

/** Default search budget, in candidates. */
export const DEFAULT_MAX_CANDIDATES = 100_000;

/** Largest parties × statements the search accepts (it is meant for party-level data). */
export const MAX_SEARCH_CELLS = 100_000;

/** Largest number of statements the search accepts: lead comparisons multiply four integers of size ≤ 8 × statements, exact in a double up to here. */
export const MAX_SEARCH_STATEMENTS = 2_000;

/**
 * The smallest set of answer changes (at most `maxChanges`, default 3) that would make a
 * party other than the current top match the sole top match. Deterministic: the same
 * result always gives the same answer.
 */
export function whatWouldChange(
	result: RankingResult,
	options: CounterfactualOptions = {}
): Counterfactual {
	if (result.topMatches.length === 0) return { kind: 'no-top' };
	const K = options.maxChanges ?? 3;
	const budget = options.maxCandidates ?? DEFAULT_MAX_CANDIDATES;
	if (!Number.isInteger(K) || K < 1 || K > 3) throw new RangeError('maxChanges must be 1, 2 or 3');
	if (!(budget >= 1)) throw new RangeError('maxCandidates must be positive');

	const { statementIds, positions, parties, partyIndex } = result.prepared;
	const S = statementIds.length;
	const P = parties.length;
	if (S * P > MAX_SEARCH_CELLS || S > MAX_SEARCH_STATEMENTS) {
		throw new RangeError('Too many parties or statements to search');
	}
	const current = codesOf(statementIds, result.answers);
	const forbidden = result.topMatches.length === 1 ? partyIndex.get(result.topMatches[0]!)! : -1;
	const { changes, sums } = buildChanges(current, positions, P);
	const search = createSearch(changes, sums, K, budget, forbidden);
	const state = search.state;

	for (let k = 1; k <= K; k++) {
		dfs(search, 0, 0, k);
		const candidatesEvaluated = Math.min(state.count, budget);
		if (state.bestPath !== null) {
			return {
				kind: 'change',
				changes: state.bestPath.map((c) => changeOf(result, c, current)),
				newTop: parties[state.bestTop]!.id,
				exhaustive: !state.exhausted,
				candidatesEvaluated
			};
		}
		if (state.exhausted) return { kind: 'robust', exhaustive: false, candidatesEvaluated };
	}
	return { kind: 'robust', exhaustive: true, candidatesEvaluated: state.count };
}
