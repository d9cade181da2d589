/**
 * Every string the voter sees, in Norwegian bokmål, one file per area. Nynorsk and English
 * are further folders of the same shape (`Messages`), so adding a language never touches a
 * component.
 */
import { first } from './first.ts';
import { later } from './later.ts';
import { pages } from './pages.ts';

export const nb = { ...first, ...pages, ...later };
