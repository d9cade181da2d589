/**
 * English words of the results that other areas use too (the quiz's page title, the methodology's
 * notes), kept apart from `results.ts` so those areas load without the results' messages.
 */
import type { Messages } from '../index.ts';

/** The results screen's heading. */
export const resultsHeading = 'Your result';

/** The ranking notes, by code. */
export const notes = {
	'shared-first': 'shared first place',
	tied: 'level with the party above',
	'too-little-basis': 'too little basis',
	'no-common-statements': 'no statements in common'
} satisfies Messages['results']['notes'];
