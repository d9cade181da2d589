/**
 * Compiles the party side of the quiz into flat typed arrays once, so that scoring a
 * new set of answers is a tight loop without object lookups.
 */

import { fnv1a32 } from '#lib/hash.ts';
import type { PartyInput } from './types.ts';

const hasOwn = Object.hasOwn;

/** Sentinel in {@link PreparedParties.positions} for "no position". */
export const NO_POSITION = -128;

/**
 * Largest supported number of statements. Tie comparisons multiply three integers of size
 * at most 8 × statements; below this limit every product is exact in a double.
 */
export const MAX_STATEMENTS = 40_000;

/** Parties and statements compiled for fast scoring. Treat as opaque and immutable. */
export interface PreparedParties {
	/** Statement ids in quiz order. */
	readonly statementIds: readonly string[];
	/** The parties as given. */
	readonly parties: readonly PartyInput[];
	/** `positions[p * statementIds.length + i]`: party p's stance on statement i, or NO_POSITION. */
	readonly positions: Int8Array;
	/** `fnv1a32` (FNV-1a over UTF-8, `#lib/hash.ts`) of each party id, for the tie-break key. */
	readonly partyHashes: Uint32Array;
	/** Index of each party id in `parties`. */
	readonly partyIndex: ReadonlyMap<string, number>;
}

/**
 * Validates and compiles `parties` against the ordered `statementIds`. Throws on duplicate
 * ids or on a position that is not a stance. Positions on unknown statements are ignored.
 */
export function prepareParties(
	statementIds: readonly string[],
	parties: readonly PartyInput[]
): PreparedParties {
	const s = statementIds.length;
	if (s > MAX_STATEMENTS) throw new RangeError(`At most ${MAX_STATEMENTS} statements`);
	if (new Set(statementIds).size !== s) throw new RangeError('Duplicate statement id');
	const positions = new Int8Array(s * parties.length);
	const partyHashes = new Uint32Array(parties.length);
	const partyIndex = new Map<string, number>();
	parties.forEach((party, p) => {
		if (partyIndex.has(party.id)) {
			throw new RangeError(`Duplicate party id ${JSON.stringify(party.id)}`);
		}
		partyIndex.set(party.id, p);
		partyHashes[p] = fnv1a32(party.id);
		const record = party.positions;
		for (let i = 0; i < s; i++) {
			const id = statementIds[i]!;
			// Own properties only (ids such as `constructor` must not hit Object.prototype).
			const stance: unknown = hasOwn(record, id) ? record[id] : undefined;
			if (stance === undefined || stance === null) positions[p * s + i] = NO_POSITION;
			else if (stance === -2 || stance === -1 || stance === 0 || stance === 1 || stance === 2) {
				positions[p * s + i] = stance;
			} else {
				throw new RangeError(
					`Party ${JSON.stringify(party.id)} has an invalid stance on ${JSON.stringify(statementIds[i])}`
				);
			}
		}
	});
	return { statementIds, parties, positions, partyHashes, partyIndex };
}
