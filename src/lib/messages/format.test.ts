import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { createFormat, INTL_LOCALES } from './format.ts';
import { m } from './index.ts';

const nb = createFormat('nb');
const NBSP = '\u00a0';

describe('format (nb)', () => {
	test('joins lists the Norwegian way', () => {
		expect(nb.list([])).toBe('');
		expect(nb.list(['Ap'])).toBe('Ap');
		expect(nb.list(['Ap', 'H'])).toBe('Ap og H');
		expect(nb.list(['Ap', 'H', 'Sp'])).toBe('Ap, H og Sp');
		expect(nb.list(['Akershus', 'Oslo'], 'disjunction')).toBe('Akershus eller Oslo');
	});

	test('writes percentages with a no-break space and numbers with a decimal comma', () => {
		expect(nb.percent(69)).toBe(`69${NBSP}%`);
		expect(nb.decimal(0.125)).toBe('0,125');
		expect(nb.decimal(1.5)).toBe('1,5');
		expect(nb.integer(1234)).toBe(`1${NBSP}234`);
	});

	test('uses a true minus sign, and never shows «−0»', () => {
		expect(nb.decimal(-1.5)).toBe('−1,5');
		expect(nb.decimal(-0.0001)).toBe('0');
		expect(nb.signed(1.5)).toBe('+1,5');
		expect(nb.signed(-1.5)).toBe('−1,5');
		expect(nb.signed(0)).toBe('0,0');
	});

	test.prop([fc.double({ min: -1000, max: 1000, noNaN: true })])(
		'decimal shows at most three decimals and reads back to the rounded value',
		(value) => {
			const text = nb.decimal(value);
			expect(text).not.toMatch(/^−0$/);
			const [, decimals = ''] = text.split(',');
			expect(decimals.length).toBeLessThanOrEqual(3);
			const parsed = Number(text.replace('−', '-').replace(/\s/g, '').replace(',', '.'));
			expect(Math.abs(parsed - value)).toBeLessThanOrEqual(0.0005 + 1e-9);
		}
	);

	test('picks plural forms with Intl.PluralRules', () => {
		const forms = { one: 'påstand', other: 'påstander' };
		expect(nb.plural(1, forms)).toBe('påstand');
		expect(nb.plural(0, forms)).toBe('påstander');
		expect(nb.plural(34, forms)).toBe('påstander');
		expect(nb.plural(1, { other: 'svar' })).toBe('svar');
	});

	test('is created once per locale', () => {
		expect(createFormat('nb')).toBe(nb);
		expect(createFormat('nn')).toBe(createFormat('nn'));
		expect(createFormat('nn')).not.toBe(nb);
	});
});

describe('format (nn, en)', () => {
	test('nynorsk writes lists and numbers as bokmål does', () => {
		const nn = createFormat('nn');
		expect(nn.list(['Ap', 'H', 'Sp'])).toBe('Ap, H og Sp');
		expect(nn.list(['Akershus', 'Oslo'], 'disjunction')).toBe('Akershus eller Oslo');
		expect(nn.percent(69)).toBe(`69${NBSP}%`);
		expect(nn.plural(2, { one: 'påstand', other: 'påstandar' })).toBe('påstandar');
	});

	test('English is British English: no serial comma, day before month, decimal point', () => {
		const en = createFormat('en');
		expect(en.list(['a', 'b', 'c'])).toBe('a, b and c');
		expect(en.list(['Akershus', 'Oslo'], 'disjunction')).toBe('Akershus or Oslo');
		expect(en.percent(69)).toBe('69%');
		expect(en.decimal(15.8, 1)).toBe('15.8');
		expect(en.integer(12345)).toBe('12,345');
		expect(en.plural(1, { one: 'statement', other: 'statements' })).toBe('statement');
	});
});

describe('format’s own paths (no Intl formatter made for lists and small whole numbers)', () => {
	const locales = ['nb', 'nn', 'en'] as const;
	test.prop([
		fc.constantFrom(...locales),
		fc.oneof(fc.integer({ min: -5000, max: 5000 }), fc.double(), fc.constant(-0))
	])('give what Intl gives for integers and plural categories', (locale, n) => {
		const format = createFormat(locale);
		const intl = [...INTL_LOCALES[locale]];
		expect(format.integer(n)).toBe(
			new Intl.NumberFormat(intl, { maximumFractionDigits: 0 }).format(n)
		);
		expect(format.pluralCategory(n)).toBe(new Intl.PluralRules(intl).select(n));
	});

	test.prop([
		fc.constantFrom(...locales),
		fc.oneof(
			fc.integer({ min: -5, max: 1005 }),
			fc.double({ min: -5, max: 1005 }),
			// Halves, where rounding could differ, and products like a share × 100.
			fc.integer({ min: 0, max: 2001 }).map((i) => i / 2),
			fc
				.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 1000 }))
				.map(([a, b]) => (Math.min(a, b) / b) * 100),
			fc.constantFrom(-0, 999.4999, 999.5, Number.NaN, Number.POSITIVE_INFINITY)
		)
	])('give what Intl gives for percentages', (locale, n) => {
		const intl = [...INTL_LOCALES[locale]];
		expect(createFormat(locale).percent(n)).toBe(
			new Intl.NumberFormat(intl, {
				style: 'unit',
				unit: 'percent',
				maximumFractionDigits: 0
			}).format(n)
		);
	});

	const fewDecimals = fc.oneof(
		// Tenths, hundredths and thousandths (the points of the comparison: tenths / 10).
		fc
			.tuple(fc.integer({ min: -1_000_500, max: 1_000_500 }), fc.constantFrom(1, 10, 100, 1000))
			.map(([units, scale]) => units / scale),
		fc.double({ min: -1005, max: 1005 }),
		fc.constantFrom(-0, 0, 0.1 + 0.2, 999.95, 999.9995, -999.5, 0.0005, -0.0005, 1e-7, 1000)
	);
	test.prop([fc.constantFrom(...locales), fewDecimals, fc.integer({ min: 0, max: 4 })])(
		'give what Intl gives for decimals and signed numbers',
		(locale, value, digits) => {
			const intl = [...INTL_LOCALES[locale]];
			const format = createFormat(locale);
			const shown = Math.abs(value) < 0.5 * 10 ** -digits ? 0 : value;
			expect(format.decimal(value, digits)).toBe(
				new Intl.NumberFormat(intl, { maximumFractionDigits: digits }).format(shown)
			);
			expect(format.signed(value, digits)).toBe(
				new Intl.NumberFormat(intl, {
					minimumFractionDigits: digits,
					maximumFractionDigits: digits,
					signDisplay: 'exceptZero'
				}).format(value)
			);
		}
	);

	test.prop([
		fc.constantFrom(...locales),
		fc.constantFrom('conjunction' as const, 'disjunction' as const),
		fc.array(fc.oneof(fc.string(), fc.constantFrom('Ap', 'H', 'Sp', 'Akershus og Oslo', 'a, b')), {
			maxLength: 7
		})
	])('join lists as Intl.ListFormat does', (locale, type, items) => {
		const intl = [...INTL_LOCALES[locale]];
		expect(createFormat(locale).list(items, type)).toBe(
			new Intl.ListFormat(intl, { type }).format(items)
		);
	});
});

describe('answers and stances in words (nb/common)', () => {
	test('a voter answer, a skip and no answer read differently', () => {
		expect(m.answerName({ stance: 2, important: false })).toBe('Helt enig');
		expect(m.answerName({ stance: null, important: true })).toBe('Hoppet over');
		expect(m.answerName(undefined)).toBe('Ikke besvart');
		expect(m.answerWithImportance({ stance: -1, important: true })).toBe(
			'Delvis uenig (viktig for deg)'
		);
		// Importance on a skipped statement has no effect, so it is not mentioned.
		expect(m.answerWithImportance({ stance: null, important: true })).toBe('Hoppet over');
	});

	test('a party without a position has «Ingen standpunkt», never a disagreeing label', () => {
		expect(m.stanceName(null)).toBe('Ingen standpunkt');
		expect(m.stanceName(-2)).toBe('Helt uenig');
	});

	test('counts in running text use words up to twelve', () => {
		expect(m.count(3)).toBe('tre');
		expect(m.count(1)).toBe('én');
		expect(m.count(1, true)).toBe('ett');
		expect(m.count(34)).toBe('34');
	});
});
