import { REGIONS } from '#lib/pledges/types.ts';
import { quizIsland } from '../island.server.ts';

export function entries() {
	return REGIONS.map((edition) => ({ edition }));
}

/**
 * A quiz page is an island (scripts/vite-island.ts): Kit prerenders it without its client, and
 * its module hydrates the quiz with the props written beside it. The page loads Svelte's
 * runtime, the statechart, the quiz and its first words; no router.
 */
export const csr = false;

export const load = ({ params, url }) => quizIsland('quiz', params.edition, url);
