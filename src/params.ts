import { defineParams } from '@sveltejs/kit/params';
import { REGIONS, type RegionId } from '#lib/pledges/types.ts';

/** `value` as an edition id, or undefined when it is none. */
export function editionParam(value: string): RegionId | undefined {
	return REGIONS.find((r) => r === value);
}

/** Route parameter matchers: `/akershus/`, `/oslo/` are the prerendered quiz routes. */
export const params = defineParams({ edition: editionParam });
