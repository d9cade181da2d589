/**
 * The one owner of formatting lists, numbers, percentages and plural categories, all on
 * `Intl` with the locale passed in (dates: `dates.ts`, which only the pages after the quiz
 * load). Message files put words around what these return; nothing else joins lists, formats
 * a number or picks a plural form. Pure: no
 * Svelte, DOM or Node, and the same output on the server and in the browser.
 */

import type { Locale } from '#lib/content/locales.ts';

/** The languages the messages layer is written in (owned by `content/locales.ts`). */
export type { Locale };

/**
 * The `Intl` locales of each language, the first a runtime supports. Nynorsk falls back to
 * bokmål, which writes lists, numbers and numeric dates the same way: Chromium's ICU has no
 * `nn` list, number or date formats (it would fall back to English: «A, B, and C»), Node's
 * has, so without the fallback a prerendered nynorsk page would change as it hydrates.
 * English is British English: day before month, no serial comma, as readers in Norway expect.
 */
export const INTL_LOCALES = {
	nb: ['nb'],
	nn: ['nn', 'nb'],
	en: ['en-GB']
} as const satisfies Record<Locale, readonly string[]>;

/** A plural category as `Intl.PluralRules` names it (Norwegian and English use one/other). */
export type PluralCategory = Intl.LDMLPluralRule;

/** Word forms keyed by plural category; `other` is required, the rest fall back to it. */
export type PluralForms<T = string> = Partial<Record<PluralCategory, T>> & { other: T };

export interface Format {
	readonly locale: Locale;
	/** "A", "A og B", "A, B og C" (conjunction) or "A eller B" (disjunction). */
	list(items: readonly string[], type?: 'conjunction' | 'disjunction'): string;
	/** A whole number: "1 234". */
	integer(n: number): string;
	/** A number with at most `maxDigits` decimals, locale separators and a true minus sign. */
	decimal(value: number, maxDigits?: number): string;
	/** A signed number with exactly `digits` decimals: "+1,5", "−1,5", "0,0". */
	signed(value: number, digits?: number): string;
	/** A whole percentage: `percent(69)` is "69 %" (with a no-break space in Norwegian). */
	percent(n: number): string;
	/** The plural category of `n`. */
	pluralCategory(n: number): PluralCategory;
	/** The form for `n` (falling back to `other`). */
	plural<T>(n: number, forms: PluralForms<T>): T;
}

/**
 * The word before a list's last item. Lists are joined here, not by `Intl.ListFormat`: these
 * three languages join every list as «A, B og C» (no serial comma in British English), and
 * making an `Intl.ListFormat` costs about 50 ms at 4× on a slow phone, on the quiz's first
 * screen. A property test compares the two for every kind of list.
 */
const LIST_WORDS = {
	nb: { conjunction: 'og', disjunction: 'eller' },
	nn: { conjunction: 'og', disjunction: 'eller' },
	en: { conjunction: 'and', disjunction: 'or' }
} as const satisfies Record<Locale, Record<'conjunction' | 'disjunction', string>>;

function joinList(items: readonly string[], word: string): string {
	if (items.length <= 1) return items[0] ?? '';
	return `${items.slice(0, -1).join(', ')} ${word} ${items.at(-1)}`;
}

const formats = new Map<Locale, Format>();

/** `make()`'s value, made on the first call. */
function once<T>(make: () => T): () => T {
	let value: T | undefined;
	return () => (value ??= make());
}

/** The formatter for `locale` (created once per locale and reused). */
/** What follows a whole percentage in each language, as Intl writes it. */
const PERCENT_SIGN = { nb: '\u00a0%', nn: '\u00a0%', en: '%' } as const satisfies Record<
	Locale,
	string
>;

/** The minus sign and the decimal mark each language writes, as Intl writes them. */
const NUMBER_MARKS = {
	nb: { minus: '\u2212', mark: ',' },
	nn: { minus: '\u2212', mark: ',' },
	en: { minus: '-', mark: '.' }
} as const satisfies Record<Locale, { minus: string; mark: string }>;

/**
 * `value` as a sign and its digits, with `digits` decimals, when it is exactly a number of that
 * many decimals under 1000 (the double nearest to one: 1.5, 15.8, −0.125), which Intl then
 * writes with no rounding and no grouping; null for any other value, which Intl writes.
 */
function exactDecimal(value: number, digits: number) {
	const size = Math.abs(value);
	if (!(size < 1000) || !Number.isInteger(digits) || digits < 0 || digits > 3) return null;
	const scale = 10 ** digits;
	const units = Math.round(size * scale);
	if (units / scale !== size) return null;
	const text = String(units).padStart(digits + 1, '0');
	return {
		negative: value < 0 && units > 0,
		zero: units === 0,
		whole: text.slice(0, text.length - digits),
		fraction: text.slice(text.length - digits)
	};
}

export function createFormat(locale: Locale): Format {
	const cached = formats.get(locale);
	if (cached) return cached;
	const intl = [...INTL_LOCALES[locale]];
	// Each formatter is made the first time it is used: making them all costs tens of
	// milliseconds on a slow phone, and a quiz page uses few of them before its results.
	const integer = once(() => new Intl.NumberFormat(intl, { maximumFractionDigits: 0 }));
	const decimals = new Map<number, Intl.NumberFormat>();
	const signed = new Map<number, Intl.NumberFormat>();
	const percent = once(
		() => new Intl.NumberFormat(intl, { style: 'unit', unit: 'percent', maximumFractionDigits: 0 })
	);
	const plurals = once(() => new Intl.PluralRules(intl));
	const pluralCategory = (n: number): PluralCategory =>
		Number.isSafeInteger(n) ? (Math.abs(n) === 1 ? 'one' : 'other') : plurals().select(n);
	const cachedFormat = (
		cache: Map<number, Intl.NumberFormat>,
		digits: number,
		options: Intl.NumberFormatOptions
	) => {
		let f = cache.get(digits);
		if (!f) {
			f = new Intl.NumberFormat(intl, options);
			cache.set(digits, f);
		}
		return f;
	};
	// Fast paths, equal to Intl's output in these locales (a property test compares them), so
	// that a quiz page need not make an Intl formatter as it hydrates: its first screen counts
	// statements and minutes, and ICU takes about 70 ms at 4× to set up a number format and
	// plural rules on a slow phone. Whole numbers under 1000 have no separators, and in
	// Norwegian and English a whole number's plural category is `one` for 1 and −1 only.
	const smallWhole = (n: number) => Number.isInteger(n) && n >= 0 && n < 1000 && !Object.is(n, -0);
	// The results' percentages too (0–100, rounded half up as Intl rounds a positive number): the
	// sign after a no-break space in Norwegian, straight after the number in English. Making
	// the percent format was the longest single task (about 90 ms at 4×) before the results show.
	const smallPercent = (n: number) => n >= 0 && n < 999.5 && !Object.is(n, -0);
	// And numbers with a few decimals under 1000 (the comparison's points, «15,8», «+1,5»): the
	// number formats were about 90 ms at 4× of the first drawing of the results' comparison.
	const marks = NUMBER_MARKS[locale];
	const format: Format = {
		locale,
		list: (items, type = 'conjunction') => joinList(items, LIST_WORDS[locale][type]),
		integer: (n) => (smallWhole(n) ? String(n) : integer().format(n)),
		decimal: (value, maxDigits = 3) => {
			// Never "−0": a value that rounds to zero is shown as 0.
			const shown = Math.abs(value) < 0.5 * 10 ** -maxDigits ? 0 : value;
			const exact = exactDecimal(shown, maxDigits);
			if (exact === null) {
				return cachedFormat(decimals, maxDigits, { maximumFractionDigits: maxDigits }).format(
					shown
				);
			}
			const fraction = exact.fraction.replace(/0+$/, '');
			return `${exact.negative ? marks.minus : ''}${exact.whole}${fraction ? marks.mark + fraction : ''}`;
		},
		signed: (value, digits = 1) => {
			const exact = exactDecimal(value, digits);
			if (exact === null) {
				return cachedFormat(signed, digits, {
					minimumFractionDigits: digits,
					maximumFractionDigits: digits,
					signDisplay: 'exceptZero'
				}).format(value);
			}
			const sign = exact.zero ? '' : exact.negative ? marks.minus : '+';
			return `${sign}${exact.whole}${digits > 0 ? marks.mark + exact.fraction : ''}`;
		},
		percent: (n) =>
			smallPercent(n) ? `${Math.round(n)}${PERCENT_SIGN[locale]}` : percent().format(n),
		pluralCategory: (n) => pluralCategory(n),
		plural: (n, forms) => forms[pluralCategory(n)] ?? forms.other
	};
	formats.set(locale, format);
	return format;
}
