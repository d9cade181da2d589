import type { Reroute } from '@sveltejs/kit/hooks';
import { unlocalized } from '#lib/paths.ts';

/**
 * Every route in every language: `/nn/metode/` and `/en/metode/` render the route of
 * `/metode/`. The language is read from the URL by the root layout (`localeOf`); no route
 * file is repeated per language.
 */
export const reroute: Reroute = ({ url }) => unlocalized(url.pathname);
