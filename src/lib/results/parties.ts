/**
 * Party by party: for each party of the edition, in the neutral listing order, its ranking
 * row, the statements where the voter is closest to it and furthest from it, its positions
 * with quotes and its documents.
 */
import type { Statement } from '#lib/content/types.ts';
import type { DocumentMeta, Party } from '#lib/pledges/types.ts';
import { explainParty, type RankingResult, type Stance } from '#lib/scoring/index.ts';
import { found, type Lookup, type PositionView } from './lookup.ts';
import type { RankingRow } from './ranking.ts';

/** How many statements each of "closest" and "furthest" lists at most. */
export const HIGHLIGHT_LIMIT = 3;

/** A counted statement where the voter and the party are close (distance ≤ 1) or far apart (≥ 3). */
export interface Highlight {
	readonly statement: Statement;
	readonly voterStance: Stance;
	readonly partyStance: Stance;
	/** The voter marked the statement important (it counts double). */
	readonly important: boolean;
	/** |voter − party|, 0–4. */
	readonly distance: number;
}

/** A statement the party has a position on, with the position's quotes. */
export interface PartyStatement {
	readonly statement: Statement;
	readonly position: PositionView;
}

export interface PartyView {
	readonly party: Party;
	/** The party's ranking row (percentage, basis, notes). */
	readonly ranking: RankingRow;
	/** Closest first, then important first, then quiz order; at most {@link HIGHLIGHT_LIMIT}. */
	readonly agree: readonly Highlight[];
	/** Furthest first, then important first, then quiz order; at most {@link HIGHLIGHT_LIMIT}. */
	readonly disagree: readonly Highlight[];
	/** The party's documents that apply in this edition. */
	readonly documents: readonly DocumentMeta[];
	/** Every statement the party has a position on, in quiz order. */
	readonly positions: readonly PartyStatement[];
}

function highlights(result: RankingResult, partyId: string, lookup: Lookup) {
	const counted: Highlight[] = explainParty(result, partyId).rows.flatMap((row) =>
		row.distance === null || row.voterStance === null || row.partyStance === null
			? []
			: [
					{
						statement: lookup.statement(row.statementId).statement,
						voterStance: row.voterStance,
						partyStance: row.partyStance,
						important: row.important,
						distance: row.distance
					}
				]
	);
	// `counted` is in quiz order and sort is stable: ties keep quiz order.
	const importantFirst = (x: Highlight, y: Highlight) => Number(y.important) - Number(x.important);
	return {
		agree: counted
			.filter((h) => h.distance <= 1)
			.sort((x, y) => x.distance - y.distance || importantFirst(x, y))
			.slice(0, HIGHLIGHT_LIMIT),
		disagree: counted
			.filter((h) => h.distance >= 3)
			.sort((x, y) => y.distance - x.distance || importantFirst(x, y))
			.slice(0, HIGHLIGHT_LIMIT)
	};
}

/** Every party of the edition in listing order; `rows` are the ranking rows. */
export function partyViews(
	result: RankingResult,
	rows: readonly RankingRow[],
	lookup: Lookup
): PartyView[] {
	const rowOf = new Map(rows.map((row) => [row.party.id, row]));
	return lookup.listed.map((p) => ({
		party: p.party,
		ranking: found(rowOf.get(p.party.id), 'party', p.party.id),
		...highlights(result, p.party.id, lookup),
		documents: p.documents.map((id) => lookup.document(id)),
		positions: lookup.statements.flatMap((statement) => {
			const position = lookup.position(p, statement.id);
			return position === null ? [] : [{ statement, position }];
		})
	}));
}
