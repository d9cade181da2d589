/**
 * The results view model: everything the results screen shows, as plain data (parties,
 * codes and numbers; no text) that the messages layer words and thin components render.
 * Pure: no Svelte, DOM or Node. It depends only on the dataset, an edition and a set of
 * answers, never on the quiz actor, so the quiz, a decoded share link or an embed render
 * the same view from the same answers.
 *
 * ```ts
 * const view = resultsView(dataset, edition, answers);
 * view.verdict;    // needs-more | all-close | shared-top | top
 * view.headline;   // with the verdict: first place's bases, progress, "the parties share few statements"
 * view.ranking;    // every party once: percent, basis, rank, tie and flag notes
 * view.chart;      // the same rows as the chart groups them: ranked, then not ranked
 * view.whatIf;     // the smallest change of answers that gives another party first place alone
 * view.statements; // statement by statement (those the edition asks): the answer and every party's position with quotes and reasons
 * view.parties;    // party by party: closest and furthest statements, positions, documents
 * view.priorities; // every party's pledges per topic in its documents, important topics first
 * comparePair(view, 'ap', 'h'); // same-party | not-comparable | compared
 * ```
 *
 * Parties appear in the ranking's order in `ranking` and `chart`, and in the neutral listing
 * order (`partiesInListingOrder`, which `Edition.parties` is in) everywhere else.
 *
 * @module
 */
export { resultsView, comparePair, type ResultsView, type ComparisonChoice } from './view.ts';
export {
	type RankingRow,
	type RankingNote,
	type TieNote,
	type Verdict,
	type ChartView
} from './ranking.ts';
export {
	shownPositions,
	type StatementRow,
	type PartyPosition,
	type ShownPositions
} from './statements.ts';
export { HIGHLIGHT_LIMIT, type PartyView, type Highlight, type PartyStatement } from './parties.ts';
export { WHAT_IF_OPTIONS, type WhatIfView, type ChangeRow } from './what-if.ts';
export {
	COMPARED_STATEMENT_LIMIT,
	tenthsOfPoint,
	type PairComparison,
	type Compared,
	type ComparedStatement,
	type Standing,
	type Bases,
	type OnlyOne
} from './compare.ts';
export type { Headline, Progress } from './headline.ts';
export { RESULT_SECTIONS, resultSections, type ResultSection } from './sections.ts';
export type { SourceView, PositionView, ReadingView } from './lookup.ts';
export type { PrioritiesView, PriorityParty, PriorityRow } from './priorities.ts';
export type { PartyTopicCount, TopicPledges } from '#lib/content/priorities.ts';
export {
	friendComparison,
	type FriendComparison,
	type FriendDifference,
	type FriendParty
} from './friend.ts';
