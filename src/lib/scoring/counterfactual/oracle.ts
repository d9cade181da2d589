/**
 * Bound 3, the pair oracle (one change left): the exact maximum of s'_X − s'_Y over every
 * single change on the remaining statements, for target X and rival Y. For fixed weight
 * changes (Δw_X, Δw_Y), s'_X − s'_Y grows with X's numerator change and falls with Y's, so
 * only the Pareto-optimal (Δn_X, Δn_Y) of each weight group can be best; they are tabulated
 * per pair and start statement on first use.
 */

import { MAX_DISTANCE, denominatorOf } from '../formula.ts';
import { ALTERNATIVES, MAX_WEIGHT } from './codes.ts';
import type { SearchState } from './state.ts';

// Module-local copies: a dev-time module runner turns imported-binding reads into getters.
const alternatives = ALTERNATIVES;
const maxWeight = MAX_WEIGHT;
const denominator = denominatorOf;
/** Δw of one change, shifted to 0 … 2·maxWeight. */
const WEIGHT_STEPS = 2 * maxWeight + 1;
/** (Δw_X, Δw_Y) pairs. */
const GROUPS = WEIGHT_STEPS * WEIGHT_STEPS;
/** The largest |Δn| of one change: a term w·(MAX_DISTANCE − d) is 0 … MAX_WEIGHT·MAX_DISTANCE. */
const MAX_TERM = maxWeight * MAX_DISTANCE;
/** Δn shifted to 0 … 2·MAX_TERM. */
const SPAN = 2 * MAX_TERM + 1;

/** Pareto points (Δw_X + MAX_WEIGHT, Δw_Y + MAX_WEIGHT, Δn_X, Δn_Y) per start statement. */
interface PairTable {
	readonly points: Int8Array;
	/** Points for start i: [offsets[i], offsets[i + 1]) (in points, 4 numbers each). */
	readonly offsets: Int32Array;
}

export interface Oracle {
	/** Tables by ordered pair, key X·P + Y. */
	readonly tables: Map<number, PairTable>;
	/** Scratch: 1 / (MAX_DISTANCE·Σw') of X and Y per weight change (−1: Σw' is not positive). */
	readonly invT: Float64Array;
	readonly invY: Float64Array;
}

export function createOracle(): Oracle {
	return {
		tables: new Map(),
		invT: new Float64Array(WEIGHT_STEPS),
		invY: new Float64Array(WEIGHT_STEPS)
	};
}

/** The table of the ordered pair (t, y), built on first use. */
function pairTable(state: SearchState, oracle: Oracle, t: number, y: number): PairTable {
	const { S, P } = state;
	const { dN, dX } = state.changes;
	const key = t * P + y;
	const cached = oracle.tables.get(key);
	if (cached !== undefined) return cached;
	const minB = new Int8Array(GROUPS * SPAN).fill(127);
	const chunks: number[][] = [];
	for (let i = S - 1; i >= 0; i--) {
		for (let o = 0; o < alternatives; o++) {
			const c = (i * alternatives + o) * P;
			const group = (dX[c + t]! + maxWeight) * WEIGHT_STEPS + dX[c + y]! + maxWeight;
			const at = group * SPAN + dN[c + t]! + MAX_TERM;
			if (dN[c + y]! < minB[at]!) minB[at] = dN[c + y]!;
		}
		const chunk: number[] = [];
		for (let g = 0; g < GROUPS; g++) {
			let runMin = 127;
			for (let a = SPAN - 1; a >= 0; a--) {
				const b = minB[g * SPAN + a]!;
				if (b >= runMin) continue;
				runMin = b;
				chunk.push(Math.floor(g / WEIGHT_STEPS), g % WEIGHT_STEPS, a - MAX_TERM, b);
			}
		}
		chunks[i] = chunk;
	}
	const offsets = new Int32Array(S + 1);
	let total = 0;
	for (let i = 0; i < S; i++) {
		offsets[i] = total;
		total += chunks[i]!.length / 4;
	}
	offsets[S] = total;
	const points = new Int8Array(total * 4);
	for (let i = 0; i < S; i++) points.set(chunks[i]!, offsets[i]! * 4);
	const table = { points, offsets };
	oracle.tables.set(key, table);
	return table;
}

/** The exact maximum of s'_t − s'_y over single changes on statements ≥ start. */
export function pairOracle(
	state: SearchState,
	oracle: Oracle,
	t: number,
	y: number,
	start: number
): number {
	const { points, offsets } = pairTable(state, oracle, t, y);
	const { invT, invY } = oracle;
	const { N, X } = state.sums;
	const xt = X[t]!;
	const xy = X[y]!;
	for (let u = 0; u < WEIGHT_STEPS; u++) {
		const wt = xt + u - maxWeight;
		const wy = xy + u - maxWeight;
		invT[u] = wt > 0 ? 1 / denominator(wt) : -1;
		invY[u] = wy > 0 ? 1 / denominator(wy) : -1;
	}
	const nt = N[t]!;
	const ny = N[y]!;
	let best = -Infinity;
	const end = offsets[start + 1]! * 4;
	for (let k = offsets[start]! * 4; k < end; k += 4) {
		const it = invT[points[k]!]!;
		const iy = invY[points[k + 1]!]!;
		if (it < 0 || iy < 0) continue;
		const v = (nt + points[k + 2]!) * it - (ny + points[k + 3]!) * iy;
		if (v > best) best = v;
	}
	return best;
}
