/**
 * Bokmål words of the results that other areas use too (the quiz's page title, the methodology's
 * notes), kept apart from `results.ts` so those areas load without the results' messages.
 */
import type { RankingNote } from '#lib/results/index.ts';

/** The results screen's heading. */
export const resultsHeading = 'Resultatet ditt';

/** The ranking notes, by code. */
export const notes = {
	'shared-first': 'delt førsteplass',
	tied: 'likt med partiet over',
	'too-little-basis': 'for lite grunnlag',
	'no-common-statements': 'ingen felles påstander'
} satisfies Record<RankingNote, string>;
