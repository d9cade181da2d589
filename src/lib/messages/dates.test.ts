import { fc, test } from '@fast-check/vitest';
import { describe, expect, vi } from 'vitest';
import { dateOptions, formatDate, type IsoDate } from './dates.ts';
import { INTL_LOCALES } from './format.ts';

describe('formatDate', () => {
	// First in the file, before a test makes the Intl format for an odd date (it is kept).
	test('makes no Intl.DateTimeFormat for a calendar day', () => {
		const made = vi.spyOn(Intl, 'DateTimeFormat');
		for (const locale of ['nb', 'nn', 'en'] as const) formatDate(locale, '2026-11-20');
		expect(made).not.toHaveBeenCalled();
		made.mockRestore();
	});

	test('writes calendar days from YYYY-MM-DD, whatever the time zone', () => {
		expect(formatDate('nb', '2025-03-04')).toBe('4.3.2025');
		expect(formatDate('nb', '2024-12-31')).toBe('31.12.2024');
		expect(formatDate('nn', '2025-03-04')).toBe('4.3.2025');
		// English is British English: day before month.
		expect(formatDate('en', '2025-03-04')).toBe('4 March 2025');
	});
});

describe('formatDate against Intl', () => {
	const locales = ['nb', 'nn', 'en'] as const;
	const pad = (n: number, width: number) => String(n).padStart(width, '0');
	const intlDates = new Map<string, Intl.DateTimeFormat>();
	const intlDate = (locale: (typeof locales)[number]) => {
		let intl = intlDates.get(locale);
		if (!intl) {
			intl = new Intl.DateTimeFormat([...INTL_LOCALES[locale]], dateOptions(locale));
			intlDates.set(locale, intl);
		}
		return intl;
	};
	test('give what Intl gives for the first and last day of every month', () => {
		for (const locale of locales) {
			for (let month = 0; month < 24; month++) {
				for (const t of [Date.UTC(2024, month, 1), Date.UTC(2024, month + 1, 0)]) {
					const iso = new Date(t).toISOString().slice(0, 10) as IsoDate;
					expect(formatDate(locale, iso)).toBe(intlDate(locale).format(new Date(t)));
				}
			}
		}
	});
	test.prop(
		[
			fc.constantFrom(...locales),
			fc.oneof(
				// Every day of years 1000–9999 (the days in the data).
				fc
					.integer({ min: Date.UTC(1000, 0, 1) / 864e5, max: Date.UTC(9999, 11, 31) / 864e5 })
					.map((days) => new Date(days * 864e5).toISOString().slice(0, 10)),
				// Days that are not (30 February, month 13, day 0) and years Intl writes otherwise.
				fc
					.tuple(
						fc.integer({ min: 0, max: 12_000 }),
						fc.integer({ min: 0, max: 13 }),
						fc.integer({ min: 0, max: 32 })
					)
					.map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`)
			)
		],
		{ numRuns: 2000 }
	)('give what Intl gives for dates', (locale, iso) => {
		const [y, m, d] = iso.split('-').map(Number);
		expect(formatDate(locale, iso as IsoDate)).toBe(
			intlDate(locale).format(new Date(Date.UTC(y!, m! - 1, d!)))
		);
	});
});
