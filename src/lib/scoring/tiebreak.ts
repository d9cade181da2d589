/**
 * The seeded tie-break. Parties with exactly equal score and basis are ordered by a key
 * derived from a hash of the voter's answers and a hash of the party id: the same answers
 * always give the same order, but no party is systematically first across voters. Both
 * hashes are `fnv1a32` from `#lib/hash.ts`, the project's one hash function: 32-bit FNV-1a
 * over the UTF-8 bytes of the string (scoring no longer has a hash of its own).
 */

import { fnv1a32 } from '#lib/hash.ts';
import type { Answers } from './types.ts';
import { answeredStance } from './types.ts';

// Module-local copy: a dev-time module runner turns imported-binding reads into getters.
const answerOf = answeredStance;
/** One step of the mulberry32 generator: the first output for `seed`, as an unsigned 32-bit int. */
export function mulberry32(seed: number): number {
	let a = (seed + 0x6d2b79f5) | 0;
	let t = Math.imul(a ^ (a >>> 15), 1 | a);
	t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
	a = (t ^ (t >>> 14)) >>> 0;
	return a;
}

/** Code-unit order, independent of locale. */
export function compareCodeUnits(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The canonical serialisation of the answers that count: `[id, stance, important]` for
 * every answered statement in `statementIds`, sorted by statement id (code units), as
 * JSON. Skipped and missing answers are left out, so they serialise identically.
 */
export function canonicalAnswers(statementIds: readonly string[], answers: Answers): string {
	const rows: [string, number, boolean][] = [];
	for (const id of statementIds) {
		const answer = answerOf(answers, id);
		if (answer !== null) rows.push([id, answer.stance as number, answer.important]);
	}
	rows.sort((x, y) => compareCodeUnits(x[0], y[0]));
	return JSON.stringify(rows);
}

/** The tie-break seed: `fnv1a32` (FNV-1a over UTF-8, `#lib/hash.ts`) of {@link canonicalAnswers}. */
export function answersSeed(statementIds: readonly string[], answers: Answers): number {
	return fnv1a32(canonicalAnswers(statementIds, answers));
}

/**
 * A party's tie-break key under `seed`: mulberry32(seed XOR fnv1a32(partyId)), where
 * `partyHash` is fnv1a32(partyId) (precomputed in `PreparedParties.partyHashes`). Lower sorts first.
 */
export function tieBreakKey(seed: number, partyHash: number): number {
	return mulberry32((seed ^ partyHash) >>> 0);
}
