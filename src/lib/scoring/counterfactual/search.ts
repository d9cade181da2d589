/**
 * The depth-first search over sets of exactly k changes on distinct statements in quiz
 * order, with the three bounds cutting nodes and targets, and the exact evaluation of every
 * change set that survives them.
 */

import { denominatorOf, scoreOf } from '../formula.ts';
import { MIN_BASIS } from '../types.ts';
import type { Changes, Sums } from './changes.ts';
import { applyChange } from './changes.ts';
import { ALTERNATIVES } from './codes.ts';
import type { Oracle } from './oracle.ts';
import { createOracle, pairOracle } from './oracle.ts';
import type { Paired } from './paired.ts';
import {
	createPaired,
	inheritTargets,
	pairedBound,
	statementFilter,
	statementOpen
} from './paired.ts';
import type { Ranges } from './range.ts';
import { buildRanges, maxVoterWeight, rangeBound } from './range.ts';
import type { SearchState } from './state.ts';
import { EPS, createState } from './state.ts';

// Module-local copies: a dev-time module runner turns imported-binding reads into getters.
const alternatives = ALTERNATIVES;
const eps = EPS;
const minBasis = MIN_BASIS;
const score = scoreOf;
const denominator = denominatorOf;
const apply = applyChange;
const oracleBound = pairOracle;
const inheritOpen = inheritTargets;
const openStatement = statementOpen;
const filterStatements = statementFilter;
const bound1 = rangeBound;
const bound2 = pairedBound;
const largestW = maxVoterWeight;

/** A search: the shared state, each bound's tables and the leaves' scratch. */
export interface Search {
	readonly state: SearchState;
	readonly ranges: Ranges;
	readonly paired: Paired;
	readonly oracle: Oracle;
	/** The leaves' targets and the rival each is checked against. */
	readonly targetList: Int32Array;
	readonly rivalList: Int32Array;
}

/** A search of sets of up to K changes from the sums of the current answers. */
export function createSearch(
	changes: Changes,
	sums: Sums,
	K: number,
	budget: number,
	forbidden: number
): Search {
	const { S, P } = changes;
	return {
		state: createState(changes, sums, K, budget, forbidden),
		ranges: buildRanges(changes, K),
		paired: createPaired(S, P, K),
		oracle: createOracle(),
		targetList: new Int32Array(P),
		rivalList: new Int32Array(P)
	};
}

/** Bounds 1 and 2 at a node with r ≥ 2 changes left; false when no target survives. */
function bound(search: Search, depth: number, start: number, r: number): boolean {
	search.paired.hasPair[depth] = 0;
	if (!bound1(search.state, search.ranges, depth, start, r)) return false;
	return bound2(search.state, search.paired, depth, start, r, search.ranges.sureTop);
}

/** Node at `depth` (changes path[0..depth) applied), next statements from `start`, sets of k. */
export function dfs(search: Search, depth: number, start: number, k: number): void {
	const { state, paired } = search;
	const { S, P, alive, masks } = state;
	const r = k - depth;
	if (++state.count > state.budget) {
		state.exhausted = true;
		return;
	}
	const last = S - r;
	if (r === 1) {
		// Bound 3 (inside `leaves`) subsumes bound 1 here and is cheaper per target.
		leaves(search, depth, start, last);
		return;
	}
	if (!bound(search, depth, start, r)) return;
	const aliveAt = depth * P;
	const childAt = (depth + 1) * P;
	const inherit = paired.hasPair[depth] === 1 && r === 2;
	for (let i = start; i <= last; i++) {
		for (let o = 0; o < alternatives; o++) {
			const c = i * alternatives + o;
			if (inherit) {
				// Children with one change left inherit this node's paired bound per change.
				if (!inheritOpen(state, paired, depth, i, c)) continue;
			} else {
				for (let t = 0; t < P; t++) masks[childAt + t] = alive[aliveAt + t]!;
			}
			state.path[depth] = c;
			apply(state.changes, state.sums, c, 1);
			dfs(search, depth + 1, i + 1, k);
			apply(state.changes, state.sums, c, -1);
			if (state.exhausted) return;
		}
	}
}

/** The last change of a set: pair oracle per target, then filtered exact evaluation. */
function leaves(search: Search, depth: number, start: number, last: number): void {
	const { state, paired, oracle, targetList, rivalList } = search;
	const { P, masks } = state;
	const { dN, dX, dB, dW } = state.changes;
	const { N, X, B, W } = state.sums;
	const maskAt = depth * P;
	const maxW = largestW(search.ranges, W, start, 1);
	if (maxW <= 0) return;
	state.margins[depth] = 1 / maxW;
	// Rival of each target: the sure rival with the highest current score.
	let first = -1;
	let second = -1;
	for (let p = 0; p < P; p++) {
		if (B[p]! - 1 < minBasis) continue;
		if (first < 0 || N[p]! * X[first]! > N[first]! * X[p]!) {
			second = first;
			first = p;
		} else if (second < 0 || N[p]! * X[second]! > N[second]! * X[p]!) second = p;
	}
	const nodeThreshold = Math.max(state.margins[depth]!, state.bestLead) - eps;
	let targets = 0;
	for (let t = 0; t < P; t++) {
		if (masks[maskAt + t] === 0 || B[t]! + 1 < minBasis) continue;
		const y = t === first ? second : first;
		if (y >= 0 && oracleBound(state, oracle, t, y, start) < nodeThreshold) continue;
		targetList[targets] = t;
		rivalList[targets++] = y;
	}
	if (targets === 0) return;
	// Statement filter inherited from the parent's paired gains.
	const filter = filterStatements(state, paired, depth, targetList, targets);
	for (let i = start; i <= last; i++) {
		if (filter && !openStatement(state, paired, depth, i, targetList, targets)) continue;
		state.count += alternatives;
		if (state.count > state.budget) {
			state.exhausted = true;
			return;
		}
		for (let o = 0; o < alternatives; o++) {
			const c = i * alternatives + o;
			const w = W + dW[c]!;
			if (w <= 0) continue;
			const threshold = Math.max(1 / w, state.bestLead) - eps;
			const row = c * P;
			let open = false;
			for (let j = 0; j < targets && !open; j++) {
				const t = targetList[j]!;
				const y = rivalList[j]!;
				if (y < 0) open = true;
				else if (B[t]! + dB[row + t]! >= minBasis) {
					const st = score(N[t]! + dN[row + t]!, X[t]! + dX[row + t]!);
					const sy = score(N[y]! + dN[row + y]!, X[y]! + dX[row + y]!);
					open = st - sy >= threshold;
				}
			}
			if (open) leaf(state, c, depth);
		}
	}
}

/** Evaluates the current path plus the change c exactly; records it if it is better. */
function leaf(state: SearchState, c: number, depth: number): void {
	const { P } = state;
	const { dN, dX, dB, dW } = state.changes;
	const { N, X, B } = state.sums;
	const w = state.sums.W + dW[c]!;
	if (w <= 0) return;
	const o = c * P;
	let top = -1;
	let tn = 0;
	let tx = 1;
	let runner = -1;
	let rn = 0;
	let rx = 1;
	for (let p = 0; p < P; p++) {
		if (B[p]! + dB[o + p]! < minBasis) continue;
		const n = N[p]! + dN[o + p]!;
		const x = X[p]! + dX[o + p]!;
		if (top < 0 || n * tx > tn * x) {
			runner = top;
			rn = tn;
			rx = tx;
			top = p;
			tn = n;
			tx = x;
		} else if (runner < 0 || n * rx > rn * x) {
			runner = p;
			rn = n;
			rx = x;
		}
	}
	if (top < 0 || top === state.forbidden) return;
	let leadNum: number;
	let leadDen: number;
	if (runner < 0) {
		leadNum = tn;
		leadDen = denominator(tx);
	} else {
		// lead = tn/(MAX_DISTANCE·tx) − rn/(MAX_DISTANCE·rx); sole top ⇔ lead > 1/w.
		leadNum = tn * rx - rn * tx;
		leadDen = denominator(tx) * rx;
		if (leadNum * w <= leadDen) return;
	}
	if (state.bestPath !== null && leadNum * state.bestLeadDen <= state.bestLeadNum * leadDen) return;
	state.bestLeadNum = leadNum;
	state.bestLeadDen = leadDen;
	state.bestLead = leadNum / leadDen;
	state.bestTop = top;
	const chosen = Array.from(state.path.subarray(0, depth));
	chosen.push(c);
	state.bestPath = chosen;
}
