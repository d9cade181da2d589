/**
 * The ranking as the results screen shows it: one row per party with its tie and flag
 * notes, the one-line verdict, and the chart's two groups (ranked, then not ranked).
 */
import type { Party } from '#lib/pledges/types.ts';
import type { Flag, RankingResult } from '#lib/scoring/index.ts';
import type { Lookup } from './lookup.ts';

/** How a ranked party's place relates to the others: shares first place, or ties the one above. */
export type TieNote = 'shared-first' | 'tied';

/** Every note a ranking row can carry: a tie note or a flag (why the party is not ranked). */
export type RankingNote = TieNote | Flag;

/** One party's line in the ranking (the chart, the table and the party views show these). */
export interface RankingRow {
	readonly party: Party;
	/** 0–100; null when the party has no score (no common statements). */
	readonly percent: number | null;
	/** Statements that counted for the party (the voter answered, the party has a position). */
	readonly basis: number;
	/** Competition rank (1, 1, 3 …); null for a party that is not ranked. */
	readonly rank: number | null;
	/** `shared-first` on every party sharing first place; `tied` on a lower party tying the one above. */
	readonly tie: TieNote | null;
	/** Why the party is not ranked; null when it is. */
	readonly flag: Flag | null;
}

/**
 * What the result says in one line: `needs-more` (no party has enough basis to be ranked),
 * `all-close` (every ranked party shares first place), `shared-top` (some do) or `top`.
 */
export type Verdict =
	| { readonly kind: 'needs-more' }
	| { readonly kind: 'all-close'; readonly parties: readonly Party[] }
	| { readonly kind: 'shared-top'; readonly parties: readonly Party[] }
	| { readonly kind: 'top'; readonly party: Party; readonly percent: number };

/** The chart's rows: the ranked parties in rank order, then those not ranked. */
export interface ChartView {
	readonly ranked: readonly RankingRow[];
	readonly unranked: readonly RankingRow[];
}

/** Every party of the edition in the ranking's order, with its notes. */
export function rankingRows(result: RankingResult, lookup: Lookup): RankingRow[] {
	const sharedTop = result.topMatches.length > 1;
	return result.entries.map((entry) => ({
		party: lookup.party(entry.partyId).party,
		percent: entry.percent,
		basis: entry.basis,
		rank: entry.rank,
		tie:
			entry.rank === 1 && sharedTop
				? 'shared-first'
				: entry.rank !== null && entry.tiedWithPrevious
					? 'tied'
					: null,
		flag: entry.flag
	}));
}

/** The verdict of `result`; `rows` are its ranking rows (for the top party's percentage). */
export function verdictOf(result: RankingResult, rows: readonly RankingRow[]): Verdict {
	if (result.needsMoreAnswers) return { kind: 'needs-more' };
	const top = rows.filter((row) => row.rank === 1);
	const parties = top.map((row) => row.party);
	if (result.allWithinMargin) return { kind: 'all-close', parties };
	const [first] = top;
	if (top.length === 1 && first !== undefined && first.percent !== null) {
		return { kind: 'top', party: first.party, percent: first.percent };
	}
	return { kind: 'shared-top', parties };
}

/** The ranking rows split into the chart's two groups. */
export function chartOf(rows: readonly RankingRow[]): ChartView {
	return {
		ranked: rows.filter((row) => row.rank !== null),
		unranked: rows.filter((row) => row.rank === null)
	};
}
