/**
 * Formatting in Chromium: the browser hydrates what Node prerendered, so each language must
 * format the same there (Chromium's ICU lacks some locales Node has, such as `nn`).
 */
import { describe, expect, it } from 'vitest';
import { dateOptions, formatDate, type IsoDate } from './dates.ts';
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
			expect(formatDate(locale, '2025-03-04')).toBe('4.3.2025');
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

	it.each(['nb', 'nn', 'en'] as const)(
		'writes %s dates as Chromium’s Intl does, without making it',
		(locale) => {
			const intl = new Intl.DateTimeFormat([...INTL_LOCALES[locale]], dateOptions(locale));
			// A day every 13 days from 1990 to 2060, and the ends of each month of a leap year.
			const days = [];
			for (let t = Date.UTC(1990, 0, 1); t < Date.UTC(2060, 0, 1); t += 13 * 864e5) days.push(t);
			for (let month = 0; month < 12; month++) days.push(Date.UTC(2024, month + 1, 0));
			for (const t of days) {
				const iso = new Date(t).toISOString().slice(0, 10) as IsoDate;
				expect(formatDate(locale, iso)).toBe(intl.format(new Date(t)));
			}
		}
	);

	it('writes English the British way', () => {
		const format = createFormat('en');
		expect(format.list(['a', 'b', 'c'])).toBe('a, b and c');
		expect(format.percent(69)).toBe('69%');
		expect(formatDate('en', '2025-03-04')).toBe('4 March 2025');
	});
});
