import { defineParams } from '@sveltejs/kit/params';
import { REGIONS, type RegionId } from '#lib/pledges/types.ts';
import { unlocalized } from '#lib/paths.ts';

/** `value` as an edition id, or undefined when it is none. */
export function editionParam(value: string): RegionId | undefined {
	return REGIONS.find((r) => r === value);
}

/** Route parameter matchers: `/akershus/`, `/oslo/` are the prerendered quiz routes. */
export const params = defineParams({ edition: editionParam });

/** The edition whose quiz page `pathname` is, in any language ("/nn/oslo/" → "oslo"). */
export function quizEditionAt(pathname: string): RegionId | undefined {
	const segment = /^\/([^/]+)\/$/.exec(unlocalized(pathname))?.[1];
	return segment === undefined ? undefined : editionParam(segment);
}
