/**
 * The one owner of writing a calendar date (`YYYY-MM-DD` from the data) in each language:
 * Norwegian «4.3.2025»; English «4 March 2025» (all-numeric dates read differently in British
 * and American English). Apart from `format.ts`, because only the pages after the quiz show a
 * date (who publishes the valgomat, the documents' dates): the quiz page's first load does not
 * carry it. Pure: no Svelte, DOM or Node, and the same output on the server and in the browser.
 */
import { INTL_LOCALES, type Locale } from './format.ts';

/** A date in the data: ISO `YYYY-MM-DD`. */
export type IsoDate = `${number}-${number}-${number}`;

/** How each language writes a date, as `Intl.DateTimeFormat` options. */
const DATE_STYLES = {
	nb: { month: 'numeric' },
	nn: { month: 'numeric' },
	en: { month: 'long' }
} as const satisfies Record<Locale, Intl.DateTimeFormatOptions>;

/** The `Intl.DateTimeFormat` options of `locale`'s dates (read in UTC: a day, not a moment). */
export function dateOptions(locale: Locale): Intl.DateTimeFormatOptions {
	return { day: 'numeric', ...DATE_STYLES[locale], year: 'numeric', timeZone: 'UTC' };
}

/**
 * The dates of {@link DATE_STYLES} as Intl writes them, written here: making an
 * `Intl.DateTimeFormat` takes a slow phone about 100–150 ms at 4× (28–31 ms at 1× on the
 * 2-core test machine), in the task that draws who publishes the valgomat under a returning
 * voter's results («sist kontrollert») and in a source page's hydration. Tests compare them
 * with Intl's for random days of years 1000–9999 and for not-quite dates (Node), and for a
 * day every two weeks from 1990 to 2060 (Chromium).
 */
const EN_MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
] as const;
const DATE_WRITERS = {
	nb: (day, month, year) => `${day}.${month}.${year}`,
	nn: (day, month, year) => `${day}.${month}.${year}`,
	en: (day, month, year) => `${day} ${EN_MONTHS[month - 1]} ${year}`
} as const satisfies Record<Locale, (day: number, month: number, year: number) => string>;

/**
 * Whether `iso` is a day of the calendar, written `YYYY-MM-DD` with a four-digit year from
 * 1000 (so `day`, its `Date.UTC`, has the same year, month and day); Intl writes any other.
 */
function calendarDay(iso: string, day: Date): boolean {
	return /^[1-9]\d{3}-\d{2}-\d{2}$/.test(iso) && day.toISOString().startsWith(iso);
}

/** Intl's date format of each language, made the first time a date needs it. */
const intlDates = new Map<Locale, Intl.DateTimeFormat>();

/** A calendar date from `YYYY-MM-DD`: "4.3.2025" (English: "4 March 2025"). */
export function formatDate(locale: Locale, iso: IsoDate): string {
	const [y, m, d] = iso.split('-').map(Number);
	const day = new Date(Date.UTC(y!, m! - 1, d!));
	if (calendarDay(iso, day)) return DATE_WRITERS[locale](d!, m!, y!);
	let intl = intlDates.get(locale);
	if (!intl) {
		intl = new Intl.DateTimeFormat([...INTL_LOCALES[locale]], dateOptions(locale));
		intlDates.set(locale, intl);
	}
	return intl.format(day);
}
