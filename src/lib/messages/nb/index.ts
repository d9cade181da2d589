/**
 * Every string the voter sees, in Norwegian bokmål, one file per area. Nynorsk and English
 * are further folders of the same shape (`Messages`), so adding a language never touches a
 * component.
 */
import { common } from './common.ts';
import { embed } from './embed.ts';
import { methodology } from './methodology.ts';
import { quiz } from './quiz.ts';
import { results } from './results.ts';
import { share } from './share.ts';
import { home, site } from './site.ts';
import { document } from './sources.ts';
import { trust } from './trust.ts';

export const nb = {
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
};
