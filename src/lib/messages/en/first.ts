/** The English messages a quiz page loads first (see `nb/first.ts`). */
import type { Messages } from '../index.ts';
import { common } from './common.ts';
import type { later } from './later.ts';
import type { pages } from './pages.ts';
import { quiz } from './quiz.ts';
import { home, site } from './site.ts';

export const first = {
	...common,
	site,
	home,
	quiz
} satisfies Omit<Messages, keyof typeof later | keyof typeof pages>;
