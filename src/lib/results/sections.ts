/**
 * The results page's sections after the verdict and the chart, in page order: each is
 * reachable from the page's own navigation and starts closed.
 */
import type { ResultsView } from './view.ts';

export const RESULT_SECTIONS = [
	/** How much it would take for another party to come first ("what would change"). */
	'robustness',
	/** Statement by statement: the voter's answer, every party's stance, the quotes. */
	'statements',
	/** Party by party: closest and furthest statements, positions, documents. */
	'parties',
	/** Why one party is listed before another. */
	'compare',
	/** Every party's pledges per topic. */
	'priorities'
] as const;

export type ResultSection = (typeof RESULT_SECTIONS)[number];

/** The sections `view` has, in page order: comparing needs a party to compare. */
export function resultSections(view: Pick<ResultsView, 'comparison'>): ResultSection[] {
	return RESULT_SECTIONS.filter((s) => s !== 'compare' || view.comparison !== null);
}
