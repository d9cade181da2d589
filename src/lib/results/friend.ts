/**
 * "Sammenlign med meg": a shared result beside the visitor's own, in one edition. Built from
 * two results views of the same edition, so both sides are computed exactly as the results
 * screen computes them. Pure.
 */
import type { Party } from '#lib/pledges/types.ts';
import type { Answer } from '#lib/scoring/index.ts';
import type { RankingRow } from './ranking.ts';
import type { PartyPosition, StatementRow } from './statements.ts';
import type { ResultsView } from './view.ts';

/** One party's line: the shared result's and the visitor's. */
export interface FriendParty {
	readonly party: Party;
	readonly theirs: RankingRow;
	readonly mine: RankingRow;
}

/** A statement the two answered differently (a skip or no answer counts as an answer here). */
export interface FriendDifference {
	readonly statement: StatementRow['statement'];
	readonly theirs: Answer | null;
	readonly mine: Answer | null;
	/** Every party's position, in listing order. */
	readonly parties: readonly PartyPosition[];
}

export interface FriendComparison {
	/** Every party of the edition once, in the neutral listing order. */
	readonly parties: readonly FriendParty[];
	/** In quiz order. */
	readonly differences: readonly FriendDifference[];
	/** Statements both answered with the same stance. */
	readonly agreed: number;
}

/** The stance of an answer, null for a skip or no answer (importance aside). */
const stanceOf = (answer: Answer | null) => answer?.stance ?? null;

/**
 * The shared result `theirs` beside `mine`. Both must be views of the same edition (a
 * RangeError otherwise).
 */
export function friendComparison(theirs: ResultsView, mine: ResultsView): FriendComparison {
	if (theirs.edition.id !== mine.edition.id) {
		throw new RangeError(`Cannot compare ${theirs.edition.id} with ${mine.edition.id}`);
	}
	const mineById = new Map(mine.ranking.map((row) => [row.party.id, row]));
	const theirsById = new Map(theirs.ranking.map((row) => [row.party.id, row]));
	const parties = theirs.parties.map(({ party }) => ({
		party,
		theirs: theirsById.get(party.id)!,
		mine: mineById.get(party.id)!
	}));
	const differences: FriendDifference[] = [];
	let agreed = 0;
	theirs.statements.forEach((row, i) => {
		const other = mine.statements[i]!.answer;
		if (stanceOf(row.answer) !== stanceOf(other)) {
			differences.push({
				statement: row.statement,
				theirs: row.answer,
				mine: other,
				parties: row.parties
			});
		} else if (stanceOf(other) !== null) agreed++;
	});
	return { parties, differences, agreed };
}
