/**
 * "What would change the top party": the smallest set of answer changes that would make
 * another party the sole top match, found by an exact branch-and-bound search.
 *
 * A change is one statement answered differently: a different stance, answering a skipped
 * statement, skipping an answered one, toggling importance, or stance and importance
 * together (still one statement, so one change). Every statement therefore has 10
 * alternatives. Goal: after applying the changes, the ranking (see rank.ts) has exactly one
 * top match X, and X is not the current sole top match. When several parties currently
 * share first place, any change that leaves exactly one party first counts (it may be one
 * of the tied parties): it decides the tie.
 *
 * Choice: the fewest changes; among those, the set giving the new top the largest lead
 * over the runner-up (exact comparison); among equal leads, the set that comes first in
 * quiz order (statements, then alternatives by state code).
 *
 * Search: iterative deepening over 1, 2, 3 changes, enumerating sets of distinct statements
 * in quiz order, depth first. At every node and for every party X that could still become
 * the sole top, an upper bound on X's lead over a rival Y that surely stays ranked is
 * compared with the tie margin 1/W' (and with the best lead found so far); X is dropped
 * when the bound cannot beat it, and a node without candidates is cut. Bounds (all sound,
 * i.e. never below the true best):
 * 1. Score range: X's best and Y's worst reachable score with r more changes, from suffix
 *    knapsack tables of the numerator change per change of Σw.
 * 2. Paired gain (r ≥ 2): a set J of changes moves a score exactly by Σ_J (Δn − 4·s·Δw) /
 *    (4·D'), so s'_X − s'_Y ≤ s_X − s_Y + Σ_J h with per-change gain h bounded using the
 *    smallest possible final Σw; the r best statements give the bound, and children with
 *    one change left inherit it per change.
 * 3. Pair oracle (r = 1): the exact maximum of s'_X − s'_Y over all single changes left,
 *    from per-pair tables of Pareto-optimal numerator changes.
 * Every accepted set is then checked with exact integer arithmetic.
 *
 * Budget: every search node and every change set tried counts as one candidate. When
 * `maxCandidates` is reached the search stops and returns the best set found so far with
 * `exhaustive: false` (its size is still minimal, as all smaller sizes were searched
 * completely), or `{ kind: 'robust', exhaustive: false }` when none was found yet.
 */

import type { RankingResult } from './rank.ts';
import type { Answer, Answers } from './types.ts';
import { MIN_BASIS, answeredStance, own } from './types.ts';
import { NO_POSITION } from './prepare.ts';

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

/** Outcome of {@link whatWouldChange}. */
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

/** Options of {@link whatWouldChange}. */
export interface CounterfactualOptions {
	/** Largest set size searched, 1–3. Default 3. */
	readonly maxChanges?: number;
	/** Search budget in candidates (nodes + change sets). Default {@link DEFAULT_MAX_CANDIDATES}. */
	readonly maxCandidates?: number;
}

/** Default search budget, in candidates. */
export const DEFAULT_MAX_CANDIDATES = 100_000;

/** Largest parties × statements the search accepts (it is meant for party-level data). */
export const MAX_SEARCH_CELLS = 100_000;

/** Largest number of statements the search accepts: lead comparisons multiply four integers of size ≤ 8 × statements, exact in a double up to here. */
export const MAX_SEARCH_STATEMENTS = 2_000;

/** Statement state codes: 0 = skipped; 1 + 2·(stance + 2) + (important ? 1 : 0) = answered. */
const CODES = 11;
const ALTERNATIVES = CODES - 1;
/** Float slack for pruning decisions: bounds prune only when clearly below the threshold. */
const EPS = 1e-9;
const GROUPS = 25; // (Δw_t, Δw_y) ∈ [−2, 2]²
const SPAN = 17; // Δn ∈ [−8, 8]
/** Sentinels of the Σ Δn range tables for sums no set of changes reaches. */
const UNREACHABLE_LOW = -128;
const UNREACHABLE_HIGH = 127;
// Module-local copies: a dev-time module runner turns imported-binding reads into getters.
const minBasis = MIN_BASIS;
const noPosition = NO_POSITION;

function codeOf(answer: Answer | null): number {
	return answer === null ? 0 : 1 + 2 * (answer.stance! + 2) + (answer.important ? 1 : 0);
}
function stanceOf(code: number): number {
	return ((code - 1) >> 1) - 2;
}
function weightOfCode(code: number): number {
	return code === 0 ? 0 : ((code - 1) & 1) + 1;
}

/** Returns a copy of `answers` with `changes` applied. */
export function applyChanges(answers: Answers, changes: readonly AnswerChange[]): Answers {
	const next: Record<string, Answer> = { ...answers };
	for (const change of changes) next[change.statementId] = { ...change.to };
	return next;
}

/** Per ordered pair (t, y): Pareto points (Δw_t + 2, Δw_y + 2, Δn_t, Δn_y) per start statement. */
interface PairTable {
	readonly points: Int8Array;
	/** Points for start i: [offsets[i], offsets[i + 1]) (in points, 4 numbers each). */
	readonly offsets: Int32Array;
}

class Search {
	// Problem.
	readonly S: number;
	readonly P: number;
	readonly K: number;
	readonly budget: number;
	/** Current sole top (not a valid target), or −1. */
	readonly forbidden: number;
	// Change c = i·10 + o: voter Δw, and per party Δn, Δw, Δbasis at [c·P + p].
	readonly dW: Int8Array;
	readonly dN: Int8Array;
	readonly dX: Int8Array;
	readonly dB: Int8Array;
	// State at the current node: per party n, Σw, basis; voter W.
	readonly N: Int32Array;
	readonly X: Int32Array;
	readonly B: Int32Array;
	W: number;
	// Bound 1 tables.
	/** Σ Δn bounds (integers in [−24, 24]); UNREACHABLE_LOW / _HIGH mark impossible sums. */
	readonly best: Int8Array;
	readonly worst: Int8Array;
	readonly voterGain: Float64Array;
	// Per-depth target masks: `masks` are handed to a node, `alive` survive its bound.
	readonly masks: Uint8Array;
	readonly alive: Uint8Array;
	readonly margins: Float64Array;
	readonly path: Int32Array;
	// Bound 2 (paired gains) of the node at depth d, inherited by its children.
	readonly hasPair: Uint8Array;
	readonly pairBase: Float64Array;
	readonly pairGain: Float64Array;
	readonly pairStat: Float64Array;
	readonly pairSuffix: Float64Array;
	readonly up: Float64Array;
	readonly down: Float64Array;
	readonly gains: Float64Array;
	readonly gainsOther: Float64Array;
	readonly scoreNow: Float64Array;
	readonly topValues: Float64Array;
	// Bound 3 (pair oracle).
	readonly pairTables = new Map<number, PairTable>();
	readonly invT = new Float64Array(5);
	readonly invY = new Float64Array(5);
	readonly targetList: Int32Array;
	readonly rivalList: Int32Array;
	readonly need: Float64Array;
	// Outcome.
	count = 0;
	exhausted = false;
	bestLeadNum = 0;
	bestLeadDen = 1;
	bestLead = -Infinity;
	bestTop = -1;
	bestPath: number[] | null = null;

	constructor(
		S: number,
		P: number,
		K: number,
		budget: number,
		forbidden: number,
		current: Uint8Array,
		positions: Int8Array
	) {
		this.S = S;
		this.P = P;
		this.K = K;
		this.budget = budget;
		this.forbidden = forbidden;
		const C = S * ALTERNATIVES;
		this.dW = new Int8Array(C);
		this.dN = new Int8Array(C * P);
		this.dX = new Int8Array(C * P);
		this.dB = new Int8Array(C * P);
		this.N = new Int32Array(P);
		this.X = new Int32Array(P);
		this.B = new Int32Array(P);
		this.W = 0;
		this.buildChanges(current, positions);
		const R = K + 1;
		const WD = 4 * K + 1;
		this.best = new Int8Array(P * (S + 1) * R * WD);
		this.worst = new Int8Array(P * (S + 1) * R * WD);
		this.voterGain = new Float64Array((S + 1) * R);
		this.buildRanges();
		this.masks = new Uint8Array((K + 1) * P);
		this.alive = new Uint8Array((K + 1) * P);
		this.margins = new Float64Array(K + 1);
		this.path = new Int32Array(K);
		this.hasPair = new Uint8Array(K);
		this.pairBase = new Float64Array(K * P);
		this.pairGain = new Float64Array(K * C * P);
		this.pairStat = new Float64Array(K * S * P);
		this.pairSuffix = new Float64Array(K * (S + 1) * P);
		this.up = new Float64Array(C);
		this.down = new Float64Array(3 * C);
		this.gains = new Float64Array(C);
		this.gainsOther = new Float64Array(C);
		this.scoreNow = new Float64Array(P);
		this.topValues = new Float64Array(K);
		this.targetList = new Int32Array(P);
		this.rivalList = new Int32Array(P);
		this.need = new Float64Array(P);
	}

	/** Base sums and the per-change deltas. */
	private buildChanges(current: Uint8Array, positions: Int8Array): void {
		const { S, P, dW, dN, dX, dB, N, X, B } = this;
		const termN = (code: number, q: number): number =>
			code === 0 || q === noPosition ? 0 : weightOfCode(code) * (4 - Math.abs(stanceOf(code) - q));
		const termX = (code: number, q: number): number =>
			code === 0 || q === noPosition ? 0 : weightOfCode(code);
		for (let i = 0; i < S; i++) {
			const cur = current[i]!;
			this.W += weightOfCode(cur);
			for (let p = 0; p < P; p++) {
				const q = positions[p * S + i]!;
				N[p] = N[p]! + termN(cur, q);
				X[p] = X[p]! + termX(cur, q);
				B[p] = B[p]! + (termX(cur, q) > 0 ? 1 : 0);
			}
			let o = 0;
			for (let code = 0; code < CODES; code++) {
				if (code === cur) continue;
				const c = i * ALTERNATIVES + o++;
				dW[c] = weightOfCode(code) - weightOfCode(cur);
				for (let p = 0; p < P; p++) {
					const q = positions[p * S + i]!;
					dN[c * P + p] = termN(code, q) - termN(cur, q);
					dX[c * P + p] = termX(code, q) - termX(cur, q);
					dB[c * P + p] = (termX(code, q) > 0 ? 1 : 0) - (termX(cur, q) > 0 ? 1 : 0);
				}
			}
		}
	}

	private at(p: number, i: number, r: number): number {
		return ((p * (this.S + 1) + i) * (this.K + 1) + r) * (4 * this.K + 1) + 2 * this.K;
	}

	/**
	 * Bound 1 tables. best/worst[p][i][r][dw]: max/min Σ Δn over ≤ r changes on distinct
	 * statements ≥ i whose Δw for party p sums to dw. voterGain[i][r]: max Σ voter Δw.
	 */
	private buildRanges(): void {
		const { S, P, K, dN, dX, dW, best, worst, voterGain } = this;
		const OFF = 2 * K;
		best.fill(UNREACHABLE_LOW);
		worst.fill(UNREACHABLE_HIGH);
		const bucketHi = new Int8Array(5);
		const bucketLo = new Int8Array(5);
		for (let p = 0; p < P; p++) {
			for (let r = 0; r <= K; r++) {
				best[this.at(p, S, r)] = 0;
				worst[this.at(p, S, r)] = 0;
			}
			for (let i = S - 1; i >= 0; i--) {
				// The statement's alternatives, bucketed by Δw: the largest and smallest Δn.
				bucketHi.fill(UNREACHABLE_LOW);
				bucketLo.fill(UNREACHABLE_HIGH);
				for (let o = 0; o < ALTERNATIVES; o++) {
					const c = (i * ALTERNATIVES + o) * P + p;
					const x = dX[c]! + 2;
					if (dN[c]! > bucketHi[x]!) bucketHi[x] = dN[c]!;
					if (dN[c]! < bucketLo[x]!) bucketLo[x] = dN[c]!;
				}
				for (let r = 0; r <= K; r++) {
					const to = this.at(p, i, r);
					const from = this.at(p, i + 1, r);
					for (let dw = -OFF; dw <= OFF; dw++) {
						best[to + dw] = best[from + dw]!;
						worst[to + dw] = worst[from + dw]!;
					}
					if (r === 0) continue;
					const prev = this.at(p, i + 1, r - 1);
					for (let x = -2; x <= 2; x++) {
						const nHi = bucketHi[x + 2]!;
						const nLo = bucketLo[x + 2]!;
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
			for (let o = 0; o < ALTERNATIVES; o++) gain = Math.max(gain, dW[i * ALTERNATIVES + o]!);
			for (let r = 0; r <= K; r++) {
				const keep = voterGain[(i + 1) * R + r]!;
				const take = r > 0 ? voterGain[(i + 1) * R + r - 1]! + gain : -Infinity;
				voterGain[i * R + r] = Math.max(keep, take);
			}
		}
	}

	private maxScore(p: number, i: number, r: number): number {
		const base = this.at(p, i, r);
		const n = this.N[p]!;
		const x = this.X[p]!;
		let m = -Infinity;
		for (let dw = -2 * r; dw <= 2 * r; dw++) {
			const t = this.best[base + dw]!;
			if (t === UNREACHABLE_LOW || x + dw <= 0) continue;
			const v = (n + t) / (4 * (x + dw));
			if (v > m) m = v;
		}
		return m;
	}

	private minScore(p: number, i: number, r: number): number {
		const base = this.at(p, i, r);
		const n = this.N[p]!;
		const x = this.X[p]!;
		let m = Infinity;
		for (let dw = -2 * r; dw <= 2 * r; dw++) {
			const t = this.worst[base + dw]!;
			if (t === UNREACHABLE_HIGH || x + dw <= 0) continue;
			const v = (n + t) / (4 * (x + dw));
			if (v < m) m = v;
		}
		return m;
	}

	/**
	 * The node's bound: writes surviving targets to alive[depth]; false when none survives.
	 * Bound 1 for every candidate target, then bound 2 when r ≥ 2.
	 */
	private bound(depth: number, start: number, r: number): boolean {
		const { P, N, X, B } = this;
		const maskAt = depth * P;
		const maxW = this.W + this.voterGain[start * (this.K + 1) + r]!;
		if (maxW <= 0) return false;
		const margin = 1 / maxW;
		this.margins[depth] = margin;
		let minTop = -1;
		let first = -Infinity;
		let second = -Infinity;
		for (let p = 0; p < P; p++) {
			if (B[p]! - r < minBasis) continue;
			const v = this.minScore(p, start, r);
			if (v > first) {
				second = first;
				first = v;
				minTop = p;
			} else if (v > second) second = v;
		}
		const lead = this.bestLead;
		let any = false;
		for (let p = 0; p < P; p++) {
			this.alive[maskAt + p] = 0;
			if (this.masks[maskAt + p] === 0 || B[p]! + r < minBasis) continue;
			const rival = p === minTop ? second : first;
			const threshold = rival === -Infinity ? lead : Math.max(margin, lead);
			if (this.maxScore(p, start, r) - Math.max(rival, 0) < threshold - EPS) continue;
			this.alive[maskAt + p] = 1;
			any = true;
		}
		this.hasPair[depth] = 0;
		if (!any || r < 2) return any;

		// Bound 2. Rivals: the sure rivals with the highest and second-highest current score,
		// and the one with the highest worst-case score.
		const scoreNow = this.scoreNow;
		for (let p = 0; p < P; p++) scoreNow[p] = X[p]! > 0 ? N[p]! / (4 * X[p]!) : 0;
		let nowTop = -1;
		let nowSecond = -1;
		for (let p = 0; p < P; p++) {
			if (B[p]! - r < minBasis) continue;
			if (nowTop < 0 || scoreNow[p]! > scoreNow[nowTop]!) {
				nowSecond = nowTop;
				nowTop = p;
			} else if (nowSecond < 0 || scoreNow[p]! > scoreNow[nowSecond]!) nowSecond = p;
		}
		const rivals = [nowTop, nowSecond, minTop];
		for (let k = 0; k < 3; k++) {
			if (rivals[k]! >= 0)
				this.fillGains(rivals[k]!, start, r, false, this.down, k * this.S * ALTERNATIVES);
		}
		const threshold = Math.max(margin, lead) - EPS;
		this.hasPair[depth] = 1;
		any = false;
		for (let t = 0; t < P; t++) {
			this.pairBase[maskAt + t] = Infinity;
			if (this.alive[maskAt + t] === 0) continue;
			const y1 = t === nowTop ? 1 : 0;
			const y2 = minTop !== t && minTop !== rivals[y1] ? 2 : -1;
			if (rivals[y1]! < 0) {
				any = true; // no sure rival: nothing to pair with
				continue;
			}
			this.fillGains(t, start, r, true, this.up, 0);
			let value = this.pairBound(y1, start, r, this.gains);
			let gains = this.gains;
			let rival = rivals[y1]!;
			if (y2 >= 0) {
				const other = this.pairBound(y2, start, r, this.gainsOther);
				if (other < value) {
					value = other;
					gains = this.gainsOther;
					rival = rivals[y2]!;
				}
			}
			value += scoreNow[t]! - scoreNow[rival]!;
			if (value < threshold) {
				this.alive[maskAt + t] = 0;
				continue;
			}
			any = true;
			this.storePair(depth, t, start, scoreNow[t]! - scoreNow[rival]!, gains);
		}
		return any;
	}

	/** Per-change gains of party p from the node: increases (up) or decreases (down) of its score. */
	private fillGains(
		p: number,
		start: number,
		r: number,
		increase: boolean,
		into: Float64Array,
		offset: number
	): void {
		const { P, X, N, dN, dX } = this;
		const x = X[p]!;
		const s = x > 0 ? N[p]! / (4 * x) : 0;
		const inverse = 1 / (4 * Math.max(minBasis, x - 2 * r));
		const end = this.S * ALTERNATIVES;
		for (let c = start * ALTERNATIVES; c < end; c++) {
			const e = dN[c * P + p]! - 4 * s * dX[c * P + p]!;
			into[offset + c] = increase ? (e > 0 ? e * inverse : 0) : e < 0 ? -e * inverse : 0;
		}
	}

	/** Sum of the r best per-statement gains (target up + rival down); writes per-change gains. */
	private pairBound(rivalSlot: number, start: number, r: number, gains: Float64Array): number {
		const { S, up, down, topValues } = this;
		const offset = rivalSlot * S * ALTERNATIVES;
		topValues.fill(0);
		for (let i = start; i < S; i++) {
			let h = 0;
			for (let o = 0; o < ALTERNATIVES; o++) {
				const c = i * ALTERNATIVES + o;
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
	private storePair(depth: number, t: number, start: number, base: number, gains: Float64Array) {
		const { S, P } = this;
		const C = S * ALTERNATIVES;
		this.pairBase[depth * P + t] = base;
		const gainAt = depth * C * P;
		const statAt = depth * S * P;
		const suffixAt = depth * (S + 1) * P;
		this.pairSuffix[suffixAt + S * P + t] = 0;
		for (let i = S - 1; i >= start; i--) {
			let h = 0;
			for (let o = 0; o < ALTERNATIVES; o++) {
				const c = i * ALTERNATIVES + o;
				const v = gains[c]!;
				this.pairGain[gainAt + c * P + t] = v;
				if (v > h) h = v;
			}
			this.pairStat[statAt + i * P + t] = h;
			this.pairSuffix[suffixAt + i * P + t] = Math.max(
				h,
				this.pairSuffix[suffixAt + (i + 1) * P + t]!
			);
		}
	}

	/** Bound 3 tables for the ordered pair (t, y), built on first use. */
	private pairTable(t: number, y: number): PairTable {
		const { S, P, dN, dX } = this;
		const key = t * P + y;
		const cached = this.pairTables.get(key);
		if (cached !== undefined) return cached;
		const minB = new Int8Array(GROUPS * SPAN).fill(127);
		const chunks: number[][] = [];
		for (let i = S - 1; i >= 0; i--) {
			for (let o = 0; o < ALTERNATIVES; o++) {
				const c = (i * ALTERNATIVES + o) * P;
				const at = ((dX[c + t]! + 2) * 5 + dX[c + y]! + 2) * SPAN + dN[c + t]! + 8;
				if (dN[c + y]! < minB[at]!) minB[at] = dN[c + y]!;
			}
			const chunk: number[] = [];
			for (let g = 0; g < GROUPS; g++) {
				let runMin = 127;
				for (let a = SPAN - 1; a >= 0; a--) {
					const b = minB[g * SPAN + a]!;
					if (b >= runMin) continue;
					runMin = b;
					chunk.push(Math.floor(g / 5), g % 5, a - 8, b);
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
		this.pairTables.set(key, table);
		return table;
	}

	/** Exact max of s'_t − s'_y over single changes on statements ≥ start. */
	private pairOracle(t: number, y: number, start: number): number {
		const { points, offsets } = this.pairTable(t, y);
		const { invT, invY } = this;
		const xt = this.X[t]!;
		const xy = this.X[y]!;
		for (let u = 0; u < 5; u++) {
			invT[u] = xt + u - 2 > 0 ? 1 / (4 * (xt + u - 2)) : -1;
			invY[u] = xy + u - 2 > 0 ? 1 / (4 * (xy + u - 2)) : -1;
		}
		const nt = this.N[t]!;
		const ny = this.N[y]!;
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

	private apply(c: number, sign: number): void {
		const { P, N, X, B, dN, dX, dB } = this;
		this.W += sign * this.dW[c]!;
		const o = c * P;
		for (let p = 0; p < P; p++) {
			N[p] = N[p]! + sign * dN[o + p]!;
			X[p] = X[p]! + sign * dX[o + p]!;
			B[p] = B[p]! + sign * dB[o + p]!;
		}
	}

	/** Evaluates the current path plus the change c exactly; records it if it is better. */
	private leaf(c: number, depth: number): void {
		const { P, N, X, B, dN, dX, dB } = this;
		const w = this.W + this.dW[c]!;
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
		if (top < 0 || top === this.forbidden) return;
		let leadNum: number;
		let leadDen: number;
		if (runner < 0) {
			leadNum = tn;
			leadDen = 4 * tx;
		} else {
			// lead = tn/(4tx) − rn/(4rx); sole top ⇔ lead > 1/w.
			leadNum = tn * rx - rn * tx;
			leadDen = 4 * tx * rx;
			if (leadNum * w <= leadDen) return;
		}
		if (this.bestPath !== null && leadNum * this.bestLeadDen <= this.bestLeadNum * leadDen) return;
		this.bestLeadNum = leadNum;
		this.bestLeadDen = leadDen;
		this.bestLead = leadNum / leadDen;
		this.bestTop = top;
		const chosen = Array.from(this.path.subarray(0, depth));
		chosen.push(c);
		this.bestPath = chosen;
	}

	/** Node at `depth` (changes path[0..depth) applied), next statements from `start`. */
	dfs(depth: number, start: number, k: number): void {
		const { S, P } = this;
		const r = k - depth;
		if (++this.count > this.budget) {
			this.exhausted = true;
			return;
		}
		const last = S - r;
		if (r === 1) {
			// Bound 3 (inside `leaves`) subsumes bound 1 here and is cheaper per target.
			this.leaves(depth, start, last);
			return;
		}
		if (!this.bound(depth, start, r)) return;
		const aliveAt = depth * P;
		const childAt = (depth + 1) * P;
		const inherit = this.hasPair[depth] === 1 && r === 2;
		const C = S * ALTERNATIVES;
		for (let i = start; i <= last; i++) {
			for (let o = 0; o < ALTERNATIVES; o++) {
				const c = i * ALTERNATIVES + o;
				let open = false;
				if (inherit) {
					// Children with one change left inherit this node's paired bound per change.
					const threshold = Math.max(this.margins[depth]!, this.bestLead) - EPS;
					for (let t = 0; t < P; t++) {
						this.masks[childAt + t] = 0;
						if (this.alive[aliveAt + t] === 0) continue;
						const v =
							this.pairBase[aliveAt + t]! +
							this.pairGain[depth * C * P + c * P + t]! +
							this.pairSuffix[depth * (S + 1) * P + (i + 1) * P + t]!;
						if (v >= threshold) {
							this.masks[childAt + t] = 1;
							open = true;
						}
					}
				} else {
					for (let t = 0; t < P; t++) this.masks[childAt + t] = this.alive[aliveAt + t]!;
					open = true;
				}
				if (!open) continue;
				this.path[depth] = c;
				this.apply(c, 1);
				this.dfs(depth + 1, i + 1, k);
				this.apply(c, -1);
				if (this.exhausted) return;
			}
		}
	}

	/** The last change of a set: pair oracle per target, then filtered exact evaluation. */
	private leaves(depth: number, start: number, last: number): void {
		const { S, P, N, X, B, dN, dX, dB, dW, targetList, rivalList, need } = this;
		const maskAt = depth * P;
		const maxW = this.W + this.voterGain[start * (this.K + 1) + 1]!;
		if (maxW <= 0) return;
		this.margins[depth] = 1 / maxW;
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
		const nodeThreshold = Math.max(this.margins[depth]!, this.bestLead) - EPS;
		let targets = 0;
		for (let t = 0; t < P; t++) {
			if (this.masks[maskAt + t] === 0 || B[t]! + 1 < minBasis) continue;
			const y = t === first ? second : first;
			if (y >= 0 && this.pairOracle(t, y, start) < nodeThreshold) continue;
			targetList[targets] = t;
			rivalList[targets++] = y;
		}
		if (targets === 0) return;
		// Statement filter inherited from the parent's paired gains.
		const inherit = depth > 0 && this.hasPair[depth - 1] === 1;
		const C = S * ALTERNATIVES;
		if (inherit) {
			const threshold = Math.max(this.margins[depth - 1]!, this.bestLead) - EPS;
			const g = (depth - 1) * C * P + this.path[depth - 1]! * P;
			for (let t = 0; t < P; t++) need[t] = Infinity;
			for (let j = 0; j < targets; j++) {
				const t = targetList[j]!;
				need[t] = threshold - this.pairBase[(depth - 1) * P + t]! - this.pairGain[g + t]!;
			}
		}
		const statAt = (depth - 1) * S * P;
		for (let i = start; i <= last; i++) {
			if (inherit) {
				let open = false;
				for (let j = 0; j < targets && !open; j++) {
					const t = targetList[j]!;
					open = this.pairStat[statAt + i * P + t]! >= need[t]!;
				}
				if (!open) continue;
			}
			this.count += ALTERNATIVES;
			if (this.count > this.budget) {
				this.exhausted = true;
				return;
			}
			for (let o = 0; o < ALTERNATIVES; o++) {
				const c = i * ALTERNATIVES + o;
				const w = this.W + dW[c]!;
				if (w <= 0) continue;
				const threshold = Math.max(1 / w, this.bestLead) - EPS;
				const row = c * P;
				let open = false;
				for (let j = 0; j < targets && !open; j++) {
					const t = targetList[j]!;
					const y = rivalList[j]!;
					if (y < 0) open = true;
					else if (B[t]! + dB[row + t]! >= minBasis) {
						const st = (N[t]! + dN[row + t]!) / (4 * (X[t]! + dX[row + t]!));
						const sy = (N[y]! + dN[row + y]!) / (4 * (X[y]! + dX[row + y]!));
						open = st - sy >= threshold;
					}
				}
				if (open) this.leaf(c, depth);
			}
		}
	}
}

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
	const current = new Uint8Array(S);
	for (let i = 0; i < S; i++) current[i] = codeOf(answeredStance(result.answers, statementIds[i]!));
	const forbidden = result.topMatches.length === 1 ? partyIndex.get(result.topMatches[0]!)! : -1;
	const search = new Search(S, P, K, budget, forbidden, current, positions);
	for (let p = 0; p < P; p++) search.masks[p] = p === forbidden ? 0 : 1;

	for (let k = 1; k <= K; k++) {
		search.dfs(0, 0, k);
		const candidatesEvaluated = Math.min(search.count, budget);
		if (search.bestPath !== null) {
			return {
				kind: 'change',
				changes: search.bestPath.map((c) => changeOf(result, c, current)),
				newTop: parties[search.bestTop]!.id,
				exhaustive: !search.exhausted,
				candidatesEvaluated
			};
		}
		if (search.exhausted) return { kind: 'robust', exhaustive: false, candidatesEvaluated };
	}
	return { kind: 'robust', exhaustive: true, candidatesEvaluated: search.count };
}

/** The change c (statement c / 10, its (c mod 10)-th alternative) as an AnswerChange. */
function changeOf(result: RankingResult, c: number, current: Uint8Array): AnswerChange {
	const i = Math.floor(c / ALTERNATIVES);
	const o = c % ALTERNATIVES;
	const code = o < current[i]! ? o : o + 1;
	const statementId = result.prepared.statementIds[i]!;
	const answered = answeredStance(result.answers, statementId);
	const from: Answer = {
		stance: answered?.stance ?? null,
		important: own(result.answers, statementId)?.important === true
	};
	const to: Answer =
		code === 0
			? { stance: null, important: from.important }
			: { stance: stanceOf(code) as Answer['stance'], important: weightOfCode(code) === 2 };
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
