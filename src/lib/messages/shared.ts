/**
 * The parts of the results' wording that are the same in every language apart from the words
 * passed in: how a ranking row's notes, percentage and basis are put together, party labels,
 * ranges and percentage points. Each language's results.ts calls `rankingWords` with its own
 * words and formatter.
 */
import type { ChartView, RankingNote, RankingRow } from '#lib/results/index.ts';
import type { Format } from './format.ts';

/**
 * Whose answers the chart's description speaks of: the voter's own («svarene dine»), or a
 * shared result's, told in the third person as the rest of the shared page. Each language's
 * results.ts words its own (`m.results.chartDescription`) and share.ts the shared one
 * (`m.share.chartDescription`).
 */
export interface ChartVoice {
	/** The answers the percentages come from: «svarene dine». */
	answers: string;
	/** Whom a party can have no statements in common with: «med deg». */
	withWhom: string;
	/** The sentence when no party can be ranked. */
	tooFew: string;
}

export function rankingWords(
	format: Format,
	/** The ranking notes, by code. */
	notes: Record<RankingNote, string>,
	/** «3 påstander»: a count of statements. */
	statements: (n: number) => string,
	/** «basert på 3 påstander»: what a percentage is based on. */
	basis: (n: number) => string
) {
	/** The notes of a row, in the order they are shown. */
	const rowNotes = (row: RankingRow): string[] => [
		...(row.tie === null ? [] : [notes[row.tie]]),
		...(row.flag === null ? [] : [notes[row.flag]])
	];
	/** A party with its percentage and notes, for the chart's description. */
	function chartItem(row: RankingRow): string {
		const text =
			row.percent === null ? row.party.name : `${row.party.name} ${format.percent(row.percent)}`;
		const rowNoteList = rowNotes(row);
		return rowNoteList.length === 0 ? text : `${text} (${rowNoteList.join(', ')})`;
	}
	return {
		/** «3–12 påstander», or «12 påstander» when every basis is the same. */
		statementRange(counts: readonly number[]): string {
			const [min, max] = [Math.min(...counts), Math.max(...counts)];
			return min === max ? statements(min) : `${format.integer(min)}–${statements(max)}`;
		},
		/** Tenths of a percentage point as points: 158 → «15,8». */
		points: (tenths: number) => format.decimal(tenths / 10, 1),
		/** Signed: «+1,5», «−1,5». */
		signedPoints: (tenths: number) => format.signed(tenths / 10, 1),
		/** A party's name with its short name: «Arbeiderpartiet (Ap)». */
		partyLabel: (name: string, shortName: string) => `${name} (${shortName})`,
		/** Party names as a list. */
		names: (parties: readonly { name: string }[]) => format.list(parties.map((p) => p.name)),
		chartItem,
		/**
		 * The chart's description: the verdict's sentence, `ranked` («Rangert») with every ranked
		 * party, its percentage and notes, then a sentence per unranked party.
		 */
		describeChart(
			verdict: string,
			chart: ChartView,
			ranked: string,
			unranked: (row: RankingRow) => string
		): string {
			return [
				verdict,
				...(chart.ranked.length === 0
					? []
					: [`${ranked}: ${format.list(chart.ranked.map(chartItem))}.`]),
				...chart.unranked.map(unranked)
			].join(' ');
		},
		/** The notes under a bar: basis, then tie and flag notes. */
		chartNotes: (row: RankingRow) =>
			[...(row.basis > 0 ? [basis(row.basis)] : []), ...rowNotes(row)].join(' · '),
		/** Percentage, basis and notes of a party, on one line. */
		partySummary: (row: RankingRow) =>
			[
				...(row.percent === null ? [] : [format.percent(row.percent)]),
				...(row.basis > 0 ? [basis(row.basis)] : []),
				...rowNotes(row)
			].join(' · ')
	};
}
