/**
 * Statement by statement: every statement the edition asks, in quiz order, with the voter's
 * answer and every party's position and quotes, parties in the neutral listing order.
 */
import type { Statement } from '#lib/content/types.ts';
import type { Party } from '#lib/pledges/types.ts';
import type { Answer } from '#lib/scoring/index.ts';
import type { Lookup, PositionView } from './lookup.ts';

/** One party's position on one statement; `position` is null when the party has none. */
export interface PartyPosition {
	readonly party: Party;
	readonly position: PositionView | null;
}

/** One statement in the statement-by-statement view. */
export interface StatementRow {
	/** Index in the quiz (for "Endre svar"). */
	readonly index: number;
	readonly statement: Statement;
	/** The voter's answer; null when never answered. `stance: null` means skipped. */
	readonly answer: Answer | null;
	/** Every party of the edition, in listing order. */
	readonly parties: readonly PartyPosition[];
}

/** The parties of a statement row shown for a filter, and how many quotes they have. */
export interface ShownPositions {
	readonly parties: readonly PartyPosition[];
	/** The party, when exactly one is shown. */
	readonly single: Party | null;
	readonly quotes: number;
}

/** Every statement the edition asks, in quiz order, with the voter's answer and each party's position. */
export function statementRows(lookup: Lookup): StatementRow[] {
	return lookup.statements.map((statement, index) => ({
		index,
		statement,
		answer: lookup.answer(statement.id),
		parties: lookup.listed.map((p) => ({
			party: p.party,
			position: lookup.position(p, statement.id)
		}))
	}));
}

/** The row's parties as filtered by `partyId` (null: every party), with their quote count. */
export function shownPositions(row: StatementRow, partyId: string | null): ShownPositions {
	const parties =
		partyId === null ? row.parties : row.parties.filter((p) => p.party.id === partyId);
	return {
		parties,
		single: parties.length === 1 ? (parties[0]?.party ?? null) : null,
		quotes: parties.reduce(
			(n, p) => p.position?.readings.reduce((m, r) => m + r.sources.length, n) ?? n,
			0
		)
	};
}
