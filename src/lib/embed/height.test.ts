import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { heightMessages, readHeight } from './height.ts';

describe('heightMessages', () => {
	it('speaks Datawrapper and pym.js', () => {
		expect(heightMessages('valgomat-1', 812.2)).toEqual([
			{ 'datawrapper-height': { 'valgomat-1': 813 } },
			'pymxPYMxvalgomat-1xPYMxheightxPYMx813'
		]);
	});

	test.prop([fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/), fc.integer({ min: 1, max: 50_000 })])(
		'carries the height and the id, nothing else',
		(id, h) => {
			const [dw, pym] = heightMessages(id, h);
			expect(JSON.parse(JSON.stringify(dw))).toEqual({ 'datawrapper-height': { [id]: h } });
			expect(readHeight(dw)).toBe(h);
			expect(pym.split('xPYMx')).toEqual(['pym', id, 'height', String(h)]);
		}
	);
});

describe('readHeight', () => {
	it('reads nothing from other messages', () => {
		for (const data of [
			null,
			'x',
			3,
			{},
			{ 'datawrapper-height': 5 },
			{ 'datawrapper-height': { a: 'x' } },
			{ 'datawrapper-height': { a: -1 } }
		]) {
			expect(readHeight(data)).toBeUndefined();
		}
	});
});
