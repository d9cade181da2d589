/**
 * View models for the result screen: what the ranking, the explanations and the
 * statement-by-statement view show, as plain data (codes and numbers, no text; the
 * messages module words them). Pure: no Svelte, DOM or Node imports.
 */
import { partiesInListingOrder } from '#lib/pledges/order.ts';
import type { Party } from '#lib/pledges/types.ts';
import {
	compareParties,
	explainParty,
	type AnswerChange,
	type Answer,
	type Answers,
	type ComparisonGroup,
	type Counterfactual,
	type RankingResult,
	type StatementExplanation
} from '#lib/scoring/index.ts';
import type { Edition, EditionParty, ResolvedPosition, Statement } from './types.ts';

/** A note beside a party in the ranking, in the order they are shown. */
export type RankingNote = 'shared-first' | 'tied' | 'too-little-basis' | 'no-common-statements';

/** One party's line in the ranking (chart and table show exactly these). */
export interface RankingRow {
	readonly party: Party;
	readonly percent: number | null;
	readonly basis: number;
	/** Competition rank (1, 1, 3 …); null for flagged parties. */
	readonly rank: number | null;
	readonly notes: readonly RankingNote[];
}

function partyOf(edition: Edition, partyId: string): EditionParty {
	const found = edition.parties.find((p) => p.party.id === partyId);
	if (!found) throw new RangeError(`Unknown party ${JSON.stringify(partyId)}`);
	return found;
}

/** Every party of the edition in the scoring order, with its tie and flag notes. */
export function rankingRows(result: RankingResult, edition: Edition): RankingRow[] {
	const sharedTop = result.topMatches.length > 1;
	return result.entries.map((entry) => {
		const notes: RankingNote[] = [];
		if (entry.rank === 1 && sharedTop) notes.push('shared-first');
		else if (entry.rank !== null && entry.tiedWithPrevious) notes.push('tied');
		if (entry.flag !== null) notes.push(entry.flag);
		return {
			party: partyOf(edition, entry.partyId).party,
			percent: entry.percent,
			basis: entry.basis,
			rank: entry.rank,
			notes
		};
	});
}

/**
 * What the result says as a whole: `needs-more` (no party has enough basis), `all-close`
 * (every ranked party shares first place), `shared-top` (some share first place) or `top`.
 */
export type ResultSummary =
	| { readonly kind: 'needs-more' }
	| { readonly kind: 'all-close'; readonly parties: readonly Party[] }
	| { readonly kind: 'shared-top'; readonly parties: readonly Party[] }
	| { readonly kind: 'top'; readonly party: Party };

/** The headline of the result (used for the chart's title and description and the callouts). */
export function resultSummary(result: RankingResult, edition: Edition): ResultSummary {
	if (result.needsMoreAnswers) return { kind: 'needs-more' };
	const parties = result.topMatches.map((id) => partyOf(edition, id).party);
	if (result.allWithinMargin) return { kind: 'all-close', parties };
	if (parties.length > 1) return { kind: 'shared-top', parties };
	return { kind: 'top', party: parties[0]! };
}

/**
 * Index of the statement to go back to for more answers: the first one never answered,
 * else the first skipped one, else the first statement.
 */
export function firstUnanswered(statementIds: readonly string[], answers: Answers): number {
	const missing = statementIds.findIndex((id) => !Object.hasOwn(answers, id));
	if (missing !== -1) return missing;
	const skipped = statementIds.findIndex((id) => answers[id]?.stance === null);
	return skipped === -1 ? 0 : skipped;
}

/** One party's position on one statement, or null when it has none. */
export interface PartyPosition {
	readonly party: Party;
	readonly position: ResolvedPosition | null;
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

/** The edition's parties in the neutral listing order (never the data-file order). */
export function listedParties(edition: Edition): EditionParty[] {
	return partiesInListingOrder(edition.parties.map((p) => ({ ...p, name: p.party.name })));
}

/** Every statement in quiz order with the voter's answer and each party's position. */
export function statementRows(
	statements: readonly Statement[],
	edition: Edition,
	answers: Answers
): StatementRow[] {
	const parties = listedParties(edition);
	return statements.map((statement, index) => ({
		index,
		statement,
		answer: Object.hasOwn(answers, statement.id) ? answers[statement.id]! : null,
		parties: parties.map((p) => ({
			party: p.party,
			position: Object.hasOwn(p.positions, statement.id) ? p.positions[statement.id]! : null
		}))
	}));
}

/** The statements where the voter and a party are closest and furthest apart. */
export interface Highlights {
	/** Counted statements with distance ≤ 1, closest first (then important first, quiz order). */
	readonly agree: readonly StatementExplanation[];
	/** Counted statements with distance ≥ 3, furthest first (then important first, quiz order). */
	readonly disagree: readonly StatementExplanation[];
}

/** Up to `limit` statements each where the voter agrees and disagrees most with `partyId`. */
export function partyHighlights(result: RankingResult, partyId: string, limit = 3): Highlights {
	const rows = explainParty(result, partyId).rows.map((row, i) => ({ row, i }));
	const counted = rows.filter((r) => r.row.distance !== null);
	const agree = counted
		.filter((r) => r.row.distance! <= 1)
		.sort((x, y) => x.row.distance! - y.row.distance! || y.row.weight - x.row.weight || x.i - y.i);
	const disagree = counted
		.filter((r) => r.row.distance! >= 3)
		.sort((x, y) => y.row.distance! - x.row.distance! || y.row.weight - x.row.weight || x.i - y.i);
	return {
		agree: agree.slice(0, limit).map((r) => r.row),
		disagree: disagree.slice(0, limit).map((r) => r.row)
	};
}

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
	readonly statementId: string;
	readonly index: number;
	readonly group: ComparisonGroup;
	/** Share of the difference in tenths of a point; positive favours the party ahead. */
	readonly tenths: number;
}

/** Why `ahead` is listed before `behind`, in numbers ready to be worded. */
export interface ComparisonView {
	/** The party listed first in the ranking. */
	readonly ahead: string;
	readonly behind: string;
	readonly percentAhead: number | null;
	readonly percentBehind: number | null;
	/** Both ranked with the same rank (within the tie margin). */
	readonly tied: boolean;
	/** Both have enough basis to be ranked (otherwise "ahead" is only the listing order). */
	readonly bothRanked: boolean;
	/** False when either party has no score (no common statements). */
	readonly comparable: boolean;
	/** The exact difference in tenths of a point. */
	readonly totalTenths: number;
	/** Of that, from statements both parties have a position on. */
	readonly sharedTenths: number;
	/** The rest (total − shared): from statements only one of them has a position on. */
	readonly onlyOneTenths: number;
	/** How the ahead party's own extra statements move its score, in tenths. */
	readonly onlyAheadTenths: number;
	/** How the other party's own extra statements move its score, in tenths. */
	readonly onlyBehindTenths: number;
	readonly sharedCount: number;
	readonly onlyAheadCount: number;
	readonly onlyBehindCount: number;
	/** The statements that matter most, largest share first (zero shares left out). */
	readonly statements: readonly ComparedStatement[];
}

/**
 * Compares two parties the way the ranking orders them: whichever is listed first is
 * `ahead`. The parts are rounded so that they add up exactly to the rounded total.
 */
export function comparisonView(
	result: RankingResult,
	x: string,
	y: string,
	limit = 5
): ComparisonView {
	const order = result.entries.map((e) => e.partyId);
	const [ahead, behind] = order.indexOf(x) <= order.indexOf(y) ? [x, y] : [y, x];
	const comparison = compareParties(result, ahead, behind);
	const entryA = result.entries.find((e) => e.partyId === ahead)!;
	const entryB = result.entries.find((e) => e.partyId === behind)!;
	const index = new Map(result.prepared.statementIds.map((id, i) => [id, i]));
	const d = comparison.decomposition;
	const totalTenths = tenthsOfPoint(comparison.difference ?? 0);
	const sharedTenths = d === null ? 0 : tenthsOfPoint(d.shared);
	const statements = comparison.statements
		.map((s) => ({
			statementId: s.statementId,
			index: index.get(s.statementId)!,
			group: s.group,
			tenths: tenthsOfPoint(s.difference)
		}))
		.filter((s) => s.tenths !== 0)
		.slice(0, limit);
	return {
		ahead,
		behind,
		percentAhead: entryA.percent,
		percentBehind: entryB.percent,
		tied: entryA.rank !== null && entryA.rank === entryB.rank,
		bothRanked: entryA.rank !== null && entryB.rank !== null,
		comparable: d !== null,
		totalTenths,
		sharedTenths,
		onlyOneTenths: totalTenths - sharedTenths,
		onlyAheadTenths: d === null ? 0 : tenthsOfPoint(d.onlyA),
		onlyBehindTenths: d === null ? 0 : tenthsOfPoint(-d.onlyB),
		sharedCount: d?.sharedCount ?? 0,
		onlyAheadCount: d?.onlyACount ?? 0,
		onlyBehindCount: d?.onlyBCount ?? 0,
		statements
	};
}

/** One suggested change with the statement it concerns. */
export interface ChangeRow {
	readonly index: number;
	readonly statement: Statement;
	readonly change: AnswerChange;
}

/** The changes of a counterfactual, with their statements, in quiz order. */
export function changeRows(
	counterfactual: Counterfactual,
	statements: readonly Statement[]
): ChangeRow[] {
	if (counterfactual.kind !== 'change') return [];
	return counterfactual.changes.map((change) => {
		const index = statements.findIndex((s) => s.id === change.statementId);
		if (index === -1) throw new RangeError(`Unknown statement ${change.statementId}`);
		return { index, statement: statements[index]!, change };
	});
}
