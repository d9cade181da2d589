/**
 * What comes with the verdict on the results page's first lines: the percentages and bases of
 * the parties in first place, how far the voter has come, whether the quiz can go
 * on, and whether the edition's parties share few statements (so their percentages rest
 * mostly on different statements).
 */
import { sharedStatements } from '#lib/content/editions.ts';
import { THRESHOLDS } from '#lib/content/report.ts';
import type { Dataset, Edition } from '#lib/content/types.ts';
import { MIN_BASIS } from '#lib/scoring/index.ts';
import type { Lookup } from './lookup.ts';
import type { RankingRow, Verdict } from './ranking.ts';

/** How far the voter has come through the statements the edition asks. */
export interface Progress {
	/** The statements the edition asks. */
	readonly asked: number;
	/** Answered with a stance. */
	readonly answered: number;
	/** Skipped (or only marked important). */
	readonly skipped: number;
	/** Never reached: no answer at all. */
	readonly open: number;
}

export interface Headline {
	/** The parties in first place, in ranking order (one for `top`); empty for `needs-more`. */
	readonly first: readonly RankingRow[];
	/** How many of the edition's parties are not ranked (too little basis, or none). */
	readonly unranked: number;
	/** The fewest statements a party must share with the voter to be ranked. */
	readonly minBasis: number;
	readonly progress: Progress;
	/**
	 * "Fortsett med påstandene" is offered: some statements are still open, or there is too
	 * little to rank and the quiz has statements to go back to.
	 */
	readonly canContinue: boolean;
	/**
	 * Fewer than `THRESHOLDS.multiPartyTarget` of the statements the edition asks have
	 * positions from two or more of its parties (the content check warns at the same share).
	 */
	readonly fewShared: boolean;
}

/** How far the voter has come: every statement the edition asks is answered, skipped or open. */
export function progressOf(lookup: Lookup): Progress {
	let answered = 0;
	let skipped = 0;
	for (const s of lookup.statements) {
		const answer = lookup.answer(s.id);
		if (answer === null) continue;
		if (answer.stance === null) skipped++;
		else answered++;
	}
	const asked = lookup.statements.length;
	return { asked, answered, skipped, open: asked - answered - skipped };
}

/** What comes with `verdict` at the top of a results view; `ranking` is the view's ranking. */
export function headlineOf(
	dataset: Dataset,
	edition: Edition,
	verdict: Verdict,
	ranking: readonly RankingRow[],
	lookup: Lookup
): Headline {
	const progress = progressOf(lookup);
	return {
		first: verdict.kind === 'needs-more' ? [] : ranking.filter((row) => row.rank === 1),
		unranked: ranking.filter((row) => row.rank === null).length,
		minBasis: MIN_BASIS,
		progress,
		canContinue: progress.open > 0 || (verdict.kind === 'needs-more' && progress.skipped > 0),
		fewShared:
			progress.asked > 0 &&
			sharedStatements(dataset, edition).length / progress.asked < THRESHOLDS.multiPartyTarget
	};
}
