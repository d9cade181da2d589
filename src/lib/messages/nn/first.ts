/**
 * The nynorsk messages every page loads first: all but those of the results and of sharing
 * them (`later.ts`), which a quiz page loads only once the voter is on the way to the results.
 */
import type { Messages } from '../index.ts';
import { common } from './common.ts';
import { embed } from './embed.ts';
import type { later } from './later.ts';
import { methodology } from './methodology.ts';
import { quiz } from './quiz.ts';
import { home, site } from './site.ts';
import { document } from './sources.ts';
import { trust } from './trust.ts';

export const first = {
	...common,
	site,
	home,
	quiz,
	document,
	methodology,
	trust,
	embed
} satisfies Omit<Messages, keyof typeof later>;
