/**
 * Formatting in Chromium: the browser hydrates what Node prerendered, so each language must
 * format the same there (Chromium's ICU lacks some locales Node has, such as `nn`).
 */
import { describe, expect, it } from 'vitest';
import { createFormat, INTL_LOCALES } from './format.ts';

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

	it.each(['nb', 'nn', 'en'] as const)(
		'writes %s decimals and signed numbers as Chromium’s Intl does, without making it',
		(locale) => {
			const format = createFormat(locale);
			const intl = [...INTL_LOCALES[locale]];
			for (let digits = 0; digits <= 3; digits++) {
				const decimal = new Intl.NumberFormat(intl, { maximumFractionDigits: digits });
				const signed = new Intl.NumberFormat(intl, {
					minimumFractionDigits: digits,
					maximumFractionDigits: digits,
					signDisplay: 'exceptZero'
				});
				for (let units = -9999; units <= 9999; units += 37) {
					const value = units / 10 ** (digits === 0 ? 1 : digits);
					expect(format.signed(value, digits)).toBe(signed.format(value));
					const shown = Math.abs(value) < 0.5 * 10 ** -digits ? 0 : value;
					expect(format.decimal(value, digits)).toBe(decimal.format(shown));
				}
			}
		}
	);

	it('writes English the British way', () => {
		const format = createFormat('en');
		expect(format.list(['a', 'b', 'c'])).toBe('a, b and c');
		expect(format.percent(69)).toBe('69%');
		expect(format.date('2025-03-04')).toBe('4 March 2025');
	});
});
