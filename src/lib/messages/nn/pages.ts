/** The nynorsk messages of the pages beside the quiz (see `nb/pages.ts`). */
import type { Messages } from '../index.ts';
import { embed } from './embed.ts';
import { methodology } from './methodology.ts';
import { document } from './sources.ts';
import { trust } from './trust.ts';

export const pages = {
	document,
	methodology,
	trust,
	embed
} satisfies Pick<Messages, 'document' | 'methodology' | 'trust' | 'embed'>;

/** Kit's pages load these words with `first` (see `loadMessages`). */
export { first } from './first.ts';
