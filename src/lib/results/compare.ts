/**
 * Party against party: why one party is listed before another, in numbers ready to be
 * worded. Differences are in tenths of a percentage point, rounded so that the parts add
 * up exactly to the rounded total.
 */
import type { Statement } from '#lib/content/types.ts';
import type { Party } from '#lib/pledges/types.ts';
import {
	compareParties,
	type Answer,
	type ComparisonGroup,
	type RankingResult,
	type Stance
} from '#lib/scoring/index.ts';
import { found, type Lookup } from './lookup.ts';

/** How many statements a comparison lists at most (those that matter most). */
export const COMPARED_STATEMENT_LIMIT = 5;

/**
 * A score difference in tenths of a percentage point, rounded half away from zero
 * (guarded against floating-point error). 0.158 → 158 (15.8 points).
 */
export function tenthsOfPoint(difference: number): number {
	const tenths = Math.round(Math.abs(difference) * 1000 + 1e-9);
	return difference < 0 ? -tenths : tenths;
}

/** One statement's share of the difference between the two compared parties. */
export interface ComparedStatement {
	readonly index: number;
	readonly statement: Statement;
	readonly group: ComparisonGroup;
	/** Share of the difference in tenths of a point; positive favours the party ahead. */
	readonly tenths: number;
	/** The voter's answer; null when never answered. */
	readonly answer: Answer | null;
	readonly aheadStance: Stance | null;
	readonly behindStance: Stance | null;
}

/** Statements only one of the two parties has a position on, and how they move its score. */
export interface OnlyOne {
	readonly count: number;
	/** In tenths of a point; positive lifts the party's score. */
	readonly tenths: number;
}

/** The difference split by which statements each party has a position on. */
export interface Bases {
	readonly sharedCount: number;
	/** From statements both parties have a position on. */
	readonly sharedTenths: number;
	/** The party ahead's own extra statements; null when it has none. */
	readonly onlyAhead: OnlyOne | null;
	/** The other party's own extra statements; null when it has none. */
	readonly onlyBehind: OnlyOne | null;
	/** The rest of the difference (total − shared). */
	readonly onlyOneTenths: number;
}

/**
 * How the two parties stand: `ahead` (both ranked, different ranks), `tied` (same rank,
 * within the tie margin) or `not-ranked` (at least one is not ranked, so "ahead" is only the
 * listing order of the ranking).
 */
export type Standing = 'ahead' | 'tied' | 'not-ranked';

/** Two different parties, both with a score. */
export interface Compared {
	readonly kind: 'compared';
	/** The party listed first in the ranking. */
	readonly ahead: Party;
	readonly behind: Party;
	readonly percentAhead: number;
	readonly percentBehind: number;
	readonly standing: Standing;
	/** The exact difference in tenths of a point. */
	readonly totalTenths: number;
	/** The exact difference is not the difference of the rounded percentages. */
	readonly exactDiffers: boolean;
	/** Those of the two with too little basis to be ranked, ahead first. */
	readonly flagged: readonly Party[];
	/** The statements that matter most, largest share first (zero shares left out). */
	readonly statements: readonly ComparedStatement[];
	/** Null when both parties have positions on the same statements. */
	readonly bases: Bases | null;
}

export type PairComparison =
	/** The voter chose the same party twice. */
	| { readonly kind: 'same-party'; readonly party: Party }
	/** `unscored` has no common statements with the voter, so there is nothing to compare. */
	| {
			readonly kind: 'not-comparable';
			readonly ahead: Party;
			readonly behind: Party;
			readonly unscored: Party;
	  }
	| Compared;

/** See `comparePair` in view.ts, which builds the lookup. */
export function pairComparison(
	result: RankingResult,
	lookup: Lookup,
	first: string,
	second: string
): PairComparison {
	const entries = new Map(result.entries.map((entry, order) => [entry.partyId, { entry, order }]));
	const a = found(entries.get(first), 'party', first);
	const b = found(entries.get(second), 'party', second);
	const [x, y] = a.order <= b.order ? [a.entry, b.entry] : [b.entry, a.entry];
	const aheadParty = lookup.party(x.partyId);
	const behindParty = lookup.party(y.partyId);
	const ahead = aheadParty.party;
	const behind = behindParty.party;
	if (first === second) return { kind: 'same-party', party: ahead };
	const comparison = compareParties(result, x.partyId, y.partyId);
	const d = comparison.decomposition;
	if (d === null || x.percent === null || y.percent === null) {
		return { kind: 'not-comparable', ahead, behind, unscored: x.percent === null ? ahead : behind };
	}
	const totalTenths = tenthsOfPoint(comparison.difference ?? 0);
	const sharedTenths = tenthsOfPoint(d.shared);
	const onlyOne = (count: number, difference: number): OnlyOne | null =>
		count === 0 ? null : { count, tenths: tenthsOfPoint(difference) };
	const onlyAhead = onlyOne(d.onlyACount, d.onlyA);
	const onlyBehind = onlyOne(d.onlyBCount, -d.onlyB);
	const tied = x.rank !== null && x.rank === y.rank;
	return {
		kind: 'compared',
		ahead,
		behind,
		percentAhead: x.percent,
		percentBehind: y.percent,
		standing: x.rank === null || y.rank === null ? 'not-ranked' : tied ? 'tied' : 'ahead',
		totalTenths,
		exactDiffers: totalTenths !== (x.percent - y.percent) * 10,
		flagged: [x, y]
			.filter((e) => e.flag === 'too-little-basis')
			.map((e) => lookup.party(e.partyId).party),
		statements: comparison.statements
			.map((s) => ({ s, tenths: tenthsOfPoint(s.difference) }))
			.filter(({ tenths }) => tenths !== 0)
			.slice(0, COMPARED_STATEMENT_LIMIT)
			.map(({ s, tenths }) => ({
				...lookup.statement(s.statementId),
				group: s.group,
				tenths,
				answer: lookup.answer(s.statementId),
				aheadStance: lookup.position(aheadParty, s.statementId)?.stance ?? null,
				behindStance: lookup.position(behindParty, s.statementId)?.stance ?? null
			})),
		bases:
			onlyAhead === null && onlyBehind === null
				? null
				: {
						sharedCount: d.sharedCount,
						sharedTenths,
						onlyAhead,
						onlyBehind,
						onlyOneTenths: totalTenths - sharedTenths
					}
	};
}
