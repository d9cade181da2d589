import { quizIsland } from '../../island.server.ts';

// The same quiz as the edition's own page.
export { entries } from '../../[edition=edition]/+page.server.ts';

/**
 * An island too, as the edition's own page (its module adds the embed's frame): Kit prerenders
 * it without its client, within the embed layout (no site header, links out in a new tab).
 */
export const csr = false;

export const load = ({ params, url }) => quizIsland('embed', params.edition, url);
