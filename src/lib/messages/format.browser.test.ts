/**
 * Formatting in Chromium: the browser hydrates what Node prerendered, so each language must
 * format the same there (Chromium's ICU lacks some locales Node has, such as `nn`).
 */
import { describe, expect, it } from 'vitest';
import { createFormat } from './format.ts';

const NBSP = '\u00a0';

describe('format in the browser', () => {
	it.each(['nb', 'nn'] as const)(
		'writes %s lists, numbers and dates the Norwegian way',
		(locale) => {
			const format = createFormat(locale);
			expect(format.list(['Ap', 'H', 'Sp'])).toBe('Ap, H og Sp');
			expect(format.list(['Akershus', 'Oslo'], 'disjunction')).toBe('Akershus eller Oslo');
			expect(format.percent(69)).toBe(`69${NBSP}%`);
			expect(format.decimal(15.8, 1)).toBe('15,8');
			expect(format.date('2025-03-04')).toBe('4.3.2025');
		}
	);

	it('writes English the British way', () => {
		const format = createFormat('en');
		expect(format.list(['a', 'b', 'c'])).toBe('a, b and c');
		expect(format.percent(69)).toBe('69%');
		expect(format.date('2025-03-04')).toBe('4 March 2025');
	});
});
