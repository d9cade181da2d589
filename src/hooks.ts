import type { Reroute } from '@sveltejs/kit/hooks';
import { resolve } from '$app/paths';
import { unlocalized, useRoot } from '#lib/paths.ts';

/**
 * Every route in every language: `/nn/metode/` and `/en/metode/` render the route of
 * `/metode/`. The language is read from the URL by the root layout (`localeOf`); no route
 * file is repeated per language.
 */
export const reroute: Reroute = ({ url }) => unlocalized(url.pathname);

// Kit loads this module on the server and in the browser before any page renders: links are
// built on Kit's root, relative to the page being rendered (islands set theirs themselves).
useRoot(() => resolve('/'));
