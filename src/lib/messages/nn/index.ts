/**
 * Every string the voter sees, in nynorsk, one file per area: the same shape as the bokmål
 * (`satisfies Messages`, so a missing key fails the type check).
 */
import type { Messages } from '../index.ts';
import { common } from './common.ts';
import { embed } from './embed.ts';
import { methodology } from './methodology.ts';
import { quiz } from './quiz.ts';
import { results } from './results.ts';
import { share } from './share.ts';
import { home, site } from './site.ts';
import { document } from './sources.ts';
import { trust } from './trust.ts';

export const nn = {
	...common,
	site,
	home,
	quiz,
	results,
	document,
	methodology,
	trust,
	embed,
	share
} satisfies Messages;
