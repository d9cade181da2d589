/**
 * Bound 2, paired gains (two or more changes left). A set J of changes moves a party's score
 * s exactly by Σ_J (Δn − s·MAX_DISTANCE·Δw) / (MAX_DISTANCE·D'), D' its final Σw; bounding
 * D' from below bounds each change's gain. So s'_X − s'_Y ≤ s_X − s_Y + Σ_J h, with h a
 * change's gain for X plus its loss for the rival Y, and the r best statements bound the
 * node. The per-change gains are kept for the node's children: a child with one change left
 * keeps only targets whose inherited bound (this node's base, the child's change, the best
 * later statement) still reaches the threshold, and its leaves skip statements the same way.
 */

import { denominatorOf, scoreOf } from '../formula.ts';
import { ALTERNATIVES, MAX_WEIGHT } from './codes.ts';
import { MIN_BASIS } from '../types.ts';
import type { SearchState } from './state.ts';
import { EPS } from './state.ts';

// Module-local copies: a dev-time module runner turns imported-binding reads into getters.
const alternatives = ALTERNATIVES;
const maxWeight = MAX_WEIGHT;
const eps = EPS;
const minBasis = MIN_BASIS;
const score = scoreOf;
const denominator = denominatorOf;

export interface Paired {
	/** Per depth: 1 when the node's paired gains below are stored for its children. */
	readonly hasPair: Uint8Array;
	/** Per depth and target t, at [depth·P + t]: s_t − s_rival at the node (∞ when t has no sure rival). */
	readonly pairBase: Float64Array;
	/** Per depth, change c and target t, at [depth·C·P + c·P + t]: the change's paired gain. */
	readonly pairGain: Float64Array;
	/** Per depth, statement i and target t: the best gain of i's alternatives. */
	readonly pairStat: Float64Array;
	/** Per depth, statement i and target t: the best gain of the statements ≥ i. */
	readonly pairSuffix: Float64Array;
	// Scratch of one node.
	readonly up: Float64Array;
	readonly down: Float64Array;
	readonly gains: Float64Array;
	readonly gainsOther: Float64Array;
	readonly scoreNow: Float64Array;
	readonly topValues: Float64Array;
	/** Per target, the gain a leaf's statement must reach (see {@link statementFilter}). */
	readonly need: Float64Array;
}

export function createPaired(S: number, P: number, K: number): Paired {
	const C = S * alternatives;
	return {
		hasPair: new Uint8Array(K),
		pairBase: new Float64Array(K * P),
		pairGain: new Float64Array(K * C * P),
		pairStat: new Float64Array(K * S * P),
		pairSuffix: new Float64Array(K * (S + 1) * P),
		up: new Float64Array(C),
		down: new Float64Array(3 * C),
		gains: new Float64Array(C),
		gainsOther: new Float64Array(C),
		scoreNow: new Float64Array(P),
		topValues: new Float64Array(K),
		need: new Float64Array(P)
	};
}

/**
 * Bound 2 at the node at `depth` (r ≥ 2 changes left), after bound 1: drops targets from
 * alive[depth] and stores the survivors' paired gains; false when none survives. Rivals:
 * the sure rivals with the highest and second-highest current score, and `sureTop`, the one
 * with the highest lowest score (bound 1).
 */
export function pairedBound(
	state: SearchState,
	paired: Paired,
	depth: number,
	start: number,
	r: number,
	sureTop: number
): boolean {
	const { S, P, sums, alive } = state;
	const { N, X, B } = sums;
	const maskAt = depth * P;
	const scoreNow = paired.scoreNow;
	for (let p = 0; p < P; p++) scoreNow[p] = X[p]! > 0 ? score(N[p]!, X[p]!) : 0;
	let nowTop = -1;
	let nowSecond = -1;
	for (let p = 0; p < P; p++) {
		if (B[p]! - r < minBasis) continue;
		if (nowTop < 0 || scoreNow[p]! > scoreNow[nowTop]!) {
			nowSecond = nowTop;
			nowTop = p;
		} else if (nowSecond < 0 || scoreNow[p]! > scoreNow[nowSecond]!) nowSecond = p;
	}
	const rivals = [nowTop, nowSecond, sureTop];
	for (let k = 0; k < 3; k++) {
		if (rivals[k]! >= 0) {
			fillGains(state, rivals[k]!, start, r, false, paired.down, k * S * alternatives);
		}
	}
	const threshold = Math.max(state.margins[depth]!, state.bestLead) - eps;
	paired.hasPair[depth] = 1;
	let any = false;
	for (let t = 0; t < P; t++) {
		paired.pairBase[maskAt + t] = Infinity;
		if (alive[maskAt + t] === 0) continue;
		const y1 = t === nowTop ? 1 : 0;
		const y2 = sureTop !== t && sureTop !== rivals[y1] ? 2 : -1;
		if (rivals[y1]! < 0) {
			any = true; // no sure rival: nothing to pair with
			continue;
		}
		fillGains(state, t, start, r, true, paired.up, 0);
		let value = pairBound(state, paired, y1, start, r, paired.gains);
		let gains = paired.gains;
		let rival = rivals[y1]!;
		if (y2 >= 0) {
			const other = pairBound(state, paired, y2, start, r, paired.gainsOther);
			if (other < value) {
				value = other;
				gains = paired.gainsOther;
				rival = rivals[y2]!;
			}
		}
		value += scoreNow[t]! - scoreNow[rival]!;
		if (value < threshold) {
			alive[maskAt + t] = 0;
			continue;
		}
		any = true;
		storePair(state, paired, depth, t, start, scoreNow[t]! - scoreNow[rival]!, gains);
	}
	return any;
}

/** Per-change gains of party p from the node: increases (up) or decreases (down) of its score. */
function fillGains(
	state: SearchState,
	p: number,
	start: number,
	r: number,
	increase: boolean,
	into: Float64Array,
	offset: number
): void {
	const { P, S, sums, changes } = state;
	const { dN, dX } = changes;
	const x = sums.X[p]!;
	const s = x > 0 ? score(sums.N[p]!, x) : 0;
	// A change keeps the score when its Δn is s·MAX_DISTANCE per unit of Δw.
	const perWeight = s * denominator(1);
	// The smallest final Σw: a ranked party keeps at least minBasis statements of weight ≥ 1.
	const inverse = 1 / denominator(Math.max(minBasis, x - maxWeight * r));
	const end = S * alternatives;
	for (let c = start * alternatives; c < end; c++) {
		const e = dN[c * P + p]! - perWeight * dX[c * P + p]!;
		into[offset + c] = increase ? (e > 0 ? e * inverse : 0) : e < 0 ? -e * inverse : 0;
	}
}

/** Sum of the r best per-statement gains (target up + rival down); writes per-change gains. */
function pairBound(
	state: SearchState,
	paired: Paired,
	rivalSlot: number,
	start: number,
	r: number,
	gains: Float64Array
): number {
	const S = state.S;
	const { up, down, topValues } = paired;
	const offset = rivalSlot * S * alternatives;
	topValues.fill(0);
	for (let i = start; i < S; i++) {
		let h = 0;
		for (let o = 0; o < alternatives; o++) {
			const c = i * alternatives + o;
			const v = up[c]! + down[offset + c]!;
			gains[c] = v;
			if (v > h) h = v;
		}
		if (h > topValues[r - 1]!) {
			let j = r - 1;
			while (j > 0 && topValues[j - 1]! < h) {
				topValues[j] = topValues[j - 1]!;
				j--;
			}
			topValues[j] = h;
		}
	}
	let sum = 0;
	for (let j = 0; j < r; j++) sum += topValues[j]!;
	return sum;
}

/** Keeps target t's paired gains of the node at `depth` for its children. */
function storePair(
	state: SearchState,
	paired: Paired,
	depth: number,
	t: number,
	start: number,
	base: number,
	gains: Float64Array
): void {
	const { S, P } = state;
	const C = S * alternatives;
	paired.pairBase[depth * P + t] = base;
	const gainAt = depth * C * P;
	const statAt = depth * S * P;
	const suffixAt = depth * (S + 1) * P;
	paired.pairSuffix[suffixAt + S * P + t] = 0;
	for (let i = S - 1; i >= start; i--) {
		let h = 0;
		for (let o = 0; o < alternatives; o++) {
			const c = i * alternatives + o;
			const v = gains[c]!;
			paired.pairGain[gainAt + c * P + t] = v;
			if (v > h) h = v;
		}
		paired.pairStat[statAt + i * P + t] = h;
		paired.pairSuffix[suffixAt + i * P + t] = Math.max(
			h,
			paired.pairSuffix[suffixAt + (i + 1) * P + t]!
		);
	}
}

/**
 * The child of the node at `depth` (r = 2) through change c on statement i, which will have
 * one change left: writes its candidate targets to masks[depth + 1], keeping those whose
 * inherited paired bound still reaches the threshold; false when none is left.
 */
export function inheritTargets(
	state: SearchState,
	paired: Paired,
	depth: number,
	i: number,
	c: number
): boolean {
	const { S, P, alive, masks } = state;
	const C = S * alternatives;
	const aliveAt = depth * P;
	const childAt = (depth + 1) * P;
	const threshold = Math.max(state.margins[depth]!, state.bestLead) - eps;
	let open = false;
	for (let t = 0; t < P; t++) {
		masks[childAt + t] = 0;
		if (alive[aliveAt + t] === 0) continue;
		const v =
			paired.pairBase[aliveAt + t]! +
			paired.pairGain[depth * C * P + c * P + t]! +
			paired.pairSuffix[depth * (S + 1) * P + (i + 1) * P + t]!;
		if (v >= threshold) {
			masks[childAt + t] = 1;
			open = true;
		}
	}
	return open;
}

/**
 * For the leaves at `depth` (one change left) whose parent stored paired gains: sets, per
 * target in targets[0..count), the gain a statement must reach for the target to stay
 * open. False when the parent stored none (then every statement is open).
 */
export function statementFilter(
	state: SearchState,
	paired: Paired,
	depth: number,
	targets: Int32Array,
	count: number
): boolean {
	if (depth === 0 || paired.hasPair[depth - 1] !== 1) return false;
	const { S, P, path } = state;
	const C = S * alternatives;
	const threshold = Math.max(state.margins[depth - 1]!, state.bestLead) - eps;
	const g = (depth - 1) * C * P + path[depth - 1]! * P;
	const need = paired.need;
	need.fill(Infinity);
	for (let j = 0; j < count; j++) {
		const t = targets[j]!;
		need[t] = threshold - paired.pairBase[(depth - 1) * P + t]! - paired.pairGain[g + t]!;
	}
	return true;
}

/** Whether statement i can still open one of the targets, by {@link statementFilter}'s needs. */
export function statementOpen(
	state: SearchState,
	paired: Paired,
	depth: number,
	i: number,
	targets: Int32Array,
	count: number
): boolean {
	const { S, P } = state;
	const statAt = (depth - 1) * S * P;
	for (let j = 0; j < count; j++) {
		const t = targets[j]!;
		if (paired.pairStat[statAt + i * P + t]! >= paired.need[t]!) return true;
	}
	return false;
}
