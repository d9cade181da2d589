/** The Norwegian bokmål messages of the results and of sharing them, loaded after `first.ts`. */
import { results } from './results.ts';
import { share } from './share.ts';

export const later = { results, share };
