/**
 * Bound 1, score ranges. Suffix knapsack tables give, for party p, the statements from i on
 * and at most r more changes, the largest and smallest reachable Σ Δn for every total Δ Σw;
 * from them p's highest and lowest reachable score. A candidate new top X is dropped when
 * its highest score cannot lead the best lowest score of the other sure-ranked parties by
 * the tie margin (or by the best lead found so far).
 */

import { scoreOf } from '../formula.ts';
import type { Changes, Sums } from './changes.ts';
import { ALTERNATIVES, MAX_WEIGHT } from './codes.ts';
import { MIN_BASIS } from '../types.ts';
import type { SearchState } from './state.ts';
import { EPS } from './state.ts';

/** Sentinels for sums of Δn that no set of changes reaches (|Σ Δn| ≤ 3 · 8 fits an Int8). */
const UNREACHABLE_LOW = -128;
const UNREACHABLE_HIGH = 127;
// Module-local copies: a dev-time module runner turns imported-binding reads into getters.
const alternatives = ALTERNATIVES;
const maxWeight = MAX_WEIGHT;
const eps = EPS;
const minBasis = MIN_BASIS;
const score = scoreOf;
/** Δ Σw of one change, shifted to an index 0 … 2·maxWeight. */
const WEIGHT_STEPS = 2 * maxWeight + 1;

export interface Ranges {
	readonly S: number;
	readonly K: number;
	/**
	 * best/worst at {@link at}(p, i, r) + dw: the largest/smallest Σ Δn of party p over at most r
	 * changes on distinct statements ≥ i whose Δ Σw for p sums to dw.
	 */
	readonly best: Int8Array;
	readonly worst: Int8Array;
	/** voterGain[i·(K + 1) + r]: the largest Σ voter Δw over at most r changes on statements ≥ i. */
	readonly voterGain: Float64Array;
	/** Set by {@link rangeBound}: the sure-ranked party with the highest lowest score, or −1. */
	sureTop: number;
}

/** Index of dw = 0 for party p, statements from i on, r changes left. */
function at(ranges: Ranges, p: number, i: number, r: number): number {
	const { S, K } = ranges;
	return ((p * (S + 1) + i) * (K + 1) + r) * (2 * maxWeight * K + 1) + maxWeight * K;
}

/** The tables for at most K changes. */
export function buildRanges(changes: Changes, K: number): Ranges {
	const { S, P, dN, dX, dW } = changes;
	const OFF = maxWeight * K;
	const size = P * (S + 1) * (K + 1) * (2 * OFF + 1);
	const ranges: Ranges = {
		S,
		K,
		best: new Int8Array(size).fill(UNREACHABLE_LOW),
		worst: new Int8Array(size).fill(UNREACHABLE_HIGH),
		voterGain: new Float64Array((S + 1) * (K + 1)),
		sureTop: -1
	};
	const { best, worst, voterGain } = ranges;
	const bucketHi = new Int8Array(WEIGHT_STEPS);
	const bucketLo = new Int8Array(WEIGHT_STEPS);
	for (let p = 0; p < P; p++) {
		for (let r = 0; r <= K; r++) {
			best[at(ranges, p, S, r)] = 0;
			worst[at(ranges, p, S, r)] = 0;
		}
		for (let i = S - 1; i >= 0; i--) {
			// The statement's alternatives, bucketed by Δw: the largest and smallest Δn.
			bucketHi.fill(UNREACHABLE_LOW);
			bucketLo.fill(UNREACHABLE_HIGH);
			for (let o = 0; o < alternatives; o++) {
				const c = (i * alternatives + o) * P + p;
				const x = dX[c]! + maxWeight;
				if (dN[c]! > bucketHi[x]!) bucketHi[x] = dN[c]!;
				if (dN[c]! < bucketLo[x]!) bucketLo[x] = dN[c]!;
			}
			for (let r = 0; r <= K; r++) {
				const to = at(ranges, p, i, r);
				const from = at(ranges, p, i + 1, r);
				for (let dw = -OFF; dw <= OFF; dw++) {
					best[to + dw] = best[from + dw]!;
					worst[to + dw] = worst[from + dw]!;
				}
				if (r === 0) continue;
				const prev = at(ranges, p, i + 1, r - 1);
				for (let x = -maxWeight; x <= maxWeight; x++) {
					const nHi = bucketHi[x + maxWeight]!;
					const nLo = bucketLo[x + maxWeight]!;
					if (nHi === UNREACHABLE_LOW) continue;
					for (let dw = Math.max(-OFF, x - OFF); dw <= Math.min(OFF, x + OFF); dw++) {
						const hi = best[prev + dw - x]!;
						if (hi !== UNREACHABLE_LOW && hi + nHi > best[to + dw]!) best[to + dw] = hi + nHi;
						const lo = worst[prev + dw - x]!;
						if (lo !== UNREACHABLE_HIGH && lo + nLo < worst[to + dw]!) worst[to + dw] = lo + nLo;
					}
				}
			}
		}
	}
	const R = K + 1;
	for (let i = S - 1; i >= 0; i--) {
		let gain = -Infinity;
		for (let o = 0; o < alternatives; o++) gain = Math.max(gain, dW[i * alternatives + o]!);
		for (let r = 0; r <= K; r++) {
			const keep = voterGain[(i + 1) * R + r]!;
			const take = r > 0 ? voterGain[(i + 1) * R + r - 1]! + gain : -Infinity;
			voterGain[i * R + r] = Math.max(keep, take);
		}
	}
	return ranges;
}

/** The largest voter W reachable from a node with total weight W, statements ≥ start, r changes. */
export function maxVoterWeight(ranges: Ranges, W: number, start: number, r: number): number {
	return W + ranges.voterGain[start * (ranges.K + 1) + r]!;
}

/** Party p's highest reachable score with at most r changes on statements ≥ i. */
function maxScore(ranges: Ranges, sums: Sums, p: number, i: number, r: number): number {
	const base = at(ranges, p, i, r);
	const n = sums.N[p]!;
	const x = sums.X[p]!;
	let m = -Infinity;
	for (let dw = -maxWeight * r; dw <= maxWeight * r; dw++) {
		const t = ranges.best[base + dw]!;
		if (t === UNREACHABLE_LOW || x + dw <= 0) continue;
		const v = score(n + t, x + dw);
		if (v > m) m = v;
	}
	return m;
}

/** Party p's lowest reachable score with at most r changes on statements ≥ i. */
function minScore(ranges: Ranges, sums: Sums, p: number, i: number, r: number): number {
	const base = at(ranges, p, i, r);
	const n = sums.N[p]!;
	const x = sums.X[p]!;
	let m = Infinity;
	for (let dw = -maxWeight * r; dw <= maxWeight * r; dw++) {
		const t = ranges.worst[base + dw]!;
		if (t === UNREACHABLE_HIGH || x + dw <= 0) continue;
		const v = score(n + t, x + dw);
		if (v < m) m = v;
	}
	return m;
}

/**
 * Bound 1 at the node at `depth` (statements from `start`, r changes left): writes the
 * node's margin and the surviving candidates to alive[depth]; false when no candidate
 * survives. Records the sure rival with the highest lowest score in `ranges.sureTop`.
 */
export function rangeBound(
	state: SearchState,
	ranges: Ranges,
	depth: number,
	start: number,
	r: number
): boolean {
	const { P, sums, masks, alive } = state;
	const B = sums.B;
	const maskAt = depth * P;
	const maxW = maxVoterWeight(ranges, sums.W, start, r);
	if (maxW <= 0) return false;
	const margin = 1 / maxW;
	state.margins[depth] = margin;
	// The sure rivals (ranked whatever the changes) with the highest two lowest scores.
	let minTop = -1;
	let first = -Infinity;
	let second = -Infinity;
	for (let p = 0; p < P; p++) {
		if (B[p]! - r < minBasis) continue;
		const v = minScore(ranges, sums, p, start, r);
		if (v > first) {
			second = first;
			first = v;
			minTop = p;
		} else if (v > second) second = v;
	}
	ranges.sureTop = minTop;
	const lead = state.bestLead;
	let any = false;
	for (let p = 0; p < P; p++) {
		alive[maskAt + p] = 0;
		if (masks[maskAt + p] === 0 || B[p]! + r < minBasis) continue;
		const rival = p === minTop ? second : first;
		const threshold = rival === -Infinity ? lead : Math.max(margin, lead);
		if (maxScore(ranges, sums, p, start, r) - Math.max(rival, 0) < threshold - eps) continue;
		alive[maskAt + p] = 1;
		any = true;
	}
	return any;
}
