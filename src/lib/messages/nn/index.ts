/**
 * Every string the voter sees, in nynorsk, one file per area: the same shape as the bokmål
 * (`satisfies Messages`, so a missing key fails the type check).
 */
import type { Messages } from '../index.ts';
import { first } from './first.ts';
import { later } from './later.ts';
import { pages } from './pages.ts';

export const nn = { ...first, ...pages, ...later } satisfies Messages;
