/**
 * What the site's Kit pages know of its islands (pages Kit prerenders without its client, see
 * scripts/vite-island.ts): where an island page's "new version" offer is mounted (the root
 * layout leaves it empty), and which routes are islands (Kit's client, which does not run there,
 * loads them as pages instead of rendering them itself).
 */
export const UPDATE_PROMPT_ID = 'app-update';

export const ISLAND_ROUTES: readonly string[] = [
	'/',
	'/[edition=edition]',
	'/embed/[edition=edition]'
];
