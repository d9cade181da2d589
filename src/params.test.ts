/**
 * The one URL parameter a page reads besides the embed's and the share code: the edition, from
 * the route (`/<edition>/`) and from `?omrade=` on the start page (issue 15: every parser of
 * outside input fuzzed).
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { REGIONS } from '#lib/pledges/types.ts';
import { editionParam } from './params.ts';

describe('editionParam', () => {
	test.prop([fc.constantFrom(...REGIONS)])('reads every edition id as itself', (id) => {
		expect(editionParam(id)).toBe(id);
	});

	test.prop([
		fc.oneof(
			fc.string({ unit: 'binary' }),
			fc.constantFrom(...REGIONS).map((r) => ` ${r.toUpperCase()}`)
		)
	])('reads any other text as no edition, never throwing', (value) => {
		fc.pre(!(REGIONS as readonly string[]).includes(value));
		expect(editionParam(value)).toBeUndefined();
	});
});
