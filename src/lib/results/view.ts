/**
 * `resultsView`: everything the results screen shows, computed once from the dataset, the
 * edition and the voter's answers.
 */
import type { Dataset, Edition, EditionId } from '#lib/content/types.ts';
import { prepareEdition } from '#lib/content/scoring-input.ts';
import type { Party } from '#lib/pledges/types.ts';
import {
	rankParties,
	type Answers,
	type Counterfactual,
	type RankingResult
} from '#lib/scoring/index.ts';
import { pairComparison, type PairComparison } from './compare.ts';
import { headlineOf, type Headline } from './headline.ts';
import { createLookup } from './lookup.ts';
import { partyViews, type PartyView } from './parties.ts';
import { prioritiesView, type PrioritiesView } from './priorities.ts';
import {
	chartOf,
	rankingRows,
	verdictOf,
	type ChartView,
	type RankingRow,
	type Verdict
} from './ranking.ts';
import { statementRows, type StatementRow } from './statements.ts';
import { whatIfView, type WhatIfView } from './what-if.ts';

/** The two parties compared when the screen opens, and the parties the voter can choose from. */
export interface ComparisonChoice {
	/** The edition's parties in the neutral listing order. */
	readonly parties: readonly Party[];
	/** The first two parties of the ranking (the same one twice when the edition has one). */
	readonly first: string;
	readonly second: string;
}

export interface ResultsView {
	readonly dataset: Dataset;
	readonly edition: Edition;
	/** The scoring module's ranking the whole view is built from. */
	readonly result: RankingResult;
	readonly verdict: Verdict;
	/** What the first lines say with the verdict: first place's bases, progress, shared statements. */
	readonly headline: Headline;
	/** Every party once, in ranking order: ranked parties by rank, then those not ranked. */
	readonly ranking: readonly RankingRow[];
	readonly chart: ChartView;
	readonly whatIf: WhatIfView;
	/**
	 * `whatIf` from the answer of a search for `result` done elsewhere (a worker, off the main
	 * thread), with the same options (`WHAT_IF_OPTIONS`): then `whatIf` reads it too.
	 */
	whatIfFrom(counterfactual: Counterfactual): WhatIfView;
	/** Every statement the edition asks, in quiz order. */
	readonly statements: readonly StatementRow[];
	/** Every party once, in the neutral listing order. */
	readonly parties: readonly PartyView[];
	/** Null only for an edition without parties. */
	readonly comparison: ComparisonChoice | null;
	/** Every party's pledges per topic in the edition's documents, important topics first. */
	readonly priorities: PrioritiesView;
	/** The dataset's other editions, where the same answers can be compared too. */
	readonly otherEditions: readonly { readonly id: EditionId; readonly name: string }[];
}

/** `compute`'s value, computed on the first call and kept for every later one. */
function once<T>(compute: () => T): () => T {
	let computed: { value: T } | undefined;
	return () => (computed ??= { value: compute() }).value;
}

/**
 * Everything the results screen shows for `answers` in `edition` of `dataset`. Only the
 * statements the edition asks count and are shown; answers to others are ignored.
 *
 * The parts only the results' closed sections show (`whatIf`, `statements`, `parties`,
 * `priorities`) are computed when first read, then kept: the first screenful of the results
 * (the verdict and the ranking) needs none of them, and "what would change" alone is a search
 * over the answers that costs more than the rest of the view together. Each is still computed
 * at most once per view, and reads the same as when it was computed with the others.
 */
export function resultsView(dataset: Dataset, edition: Edition, answers: Answers): ResultsView {
	const lookup = createLookup(dataset, edition, answers);
	const result = rankParties(
		prepareEdition(
			edition,
			lookup.statements.map((s) => s.id)
		),
		answers
	);
	const ranking = rankingRows(result, lookup);
	const [first, second] = ranking;
	const verdict = verdictOf(result, ranking);
	let searched: Counterfactual | undefined;
	const whatIf = once(() => whatIfView(result, lookup, searched));
	const statements = once(() => statementRows(lookup));
	const parties = once(() => partyViews(result, ranking, lookup));
	const priorities = once(() => prioritiesView(dataset, edition, lookup));
	return {
		dataset,
		edition,
		result,
		verdict,
		headline: headlineOf(dataset, edition, verdict, ranking, lookup),
		ranking,
		chart: chartOf(ranking),
		get whatIf() {
			return whatIf();
		},
		whatIfFrom(counterfactual) {
			searched ??= counterfactual;
			return whatIf();
		},
		get statements() {
			return statements();
		},
		get parties() {
			return parties();
		},
		comparison:
			first === undefined
				? null
				: {
						parties: lookup.listed.map((p) => p.party),
						first: first.party.id,
						second: (second ?? first).party.id
					},
		get priorities() {
			return priorities();
		},
		otherEditions: dataset.editions
			.filter((e) => e.id !== edition.id)
			.map(({ id, name }) => ({ id, name }))
	};
}

/**
 * Why one of two parties of `view` is listed before the other (a pure function of the
 * view, for the voter's choice of two parties). Throws a RangeError for an id not in the
 * edition.
 */
export function comparePair(view: ResultsView, first: string, second: string): PairComparison {
	return pairComparison(
		view.result,
		createLookup(view.dataset, view.edition, view.result.answers),
		first,
		second
	);
}
