/**
 * The Norwegian bokmål messages a quiz page loads first: what the start page and the quiz show
 * before the results. The other pages' words are in `pages.ts`, the results' and sharing's in
 * `later.ts` (a quiz page loads both once the voter is on the way to the results).
 */
import { common } from './common.ts';
import { quiz } from './quiz.ts';
import { home, site } from './site.ts';

export const first = {
	...common,
	site,
	home,
	quiz
};
