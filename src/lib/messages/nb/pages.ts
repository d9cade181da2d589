/**
 * The Norwegian bokmål messages of the pages beside the quiz (sources, methodology, the
 * newsrooms' and embed pages, who publishes): loaded with `first.ts` on those pages, and by a
 * quiz page with `later.ts`.
 */
import { embed } from './embed.ts';
import { methodology } from './methodology.ts';
import { document } from './sources.ts';
import { trust } from './trust.ts';

export const pages = {
	document,
	methodology,
	trust,
	embed
};

/** Kit's pages load these words with `first` (see `loadMessages`). */
export { first } from './first.ts';
