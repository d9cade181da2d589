/**
 * What the parts of one search share: the changes, the sums of the node being searched,
 * the candidate new tops per depth and the best set found so far. The bounds (range.ts,
 * paired.ts, oracle.ts) read it; search.ts moves it from node to node.
 */

import type { Changes, Sums } from './changes.ts';

/** Float slack for pruning decisions: bounds prune only when clearly below the threshold. */
export const EPS = 1e-9;

export interface SearchState {
	readonly changes: Changes;
	/** Statements, parties and the largest set size searched. */
	readonly S: number;
	readonly P: number;
	readonly K: number;
	/** Candidates (nodes and change sets) the search may evaluate. */
	readonly budget: number;
	/** The current sole top match (not a valid new top), or −1. */
	readonly forbidden: number;
	/** The sums at the current node: the answers with path[0..depth) applied. */
	readonly sums: Sums;
	/** The changes of the current node, by depth. */
	readonly path: Int32Array;
	/**
	 * Candidate new tops per depth, at [depth·P + p]: `masks` are handed to the node at that
	 * depth, `alive` are those that survive its bound.
	 */
	readonly masks: Uint8Array;
	readonly alive: Uint8Array;
	/** Per depth: the node's smallest possible tie margin, 1 / (largest reachable W). */
	readonly margins: Float64Array;
	/** Candidates evaluated so far; `exhausted` once the budget is spent. */
	count: number;
	exhausted: boolean;
	/** The best set so far: the new top's lead as an exact fraction and as a number. */
	bestLeadNum: number;
	bestLeadDen: number;
	bestLead: number;
	bestTop: number;
	bestPath: number[] | null;
}

/** A fresh state at the root: every party but `forbidden` is a candidate new top. */
export function createState(
	changes: Changes,
	sums: Sums,
	K: number,
	budget: number,
	forbidden: number
): SearchState {
	const { S, P } = changes;
	const masks = new Uint8Array((K + 1) * P);
	for (let p = 0; p < P; p++) masks[p] = p === forbidden ? 0 : 1;
	return {
		changes,
		S,
		P,
		K,
		budget,
		forbidden,
		sums,
		path: new Int32Array(K),
		masks,
		alive: new Uint8Array((K + 1) * P),
		margins: new Float64Array(K + 1),
		count: 0,
		exhausted: false,
		bestLeadNum: 0,
		bestLeadDen: 1,
		bestLead: -Infinity,
		bestTop: -1,
		bestPath: null
	};
}
