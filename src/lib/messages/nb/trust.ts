/**
 * Bokmål text of the trust context: who publishes the valgomat, for which election, when its
 * content was last checked and where to ask for a correction (`content/site.yaml`), and where
 * a party document comes from (its original and the day it was retrieved). Part of the
 * messages layer: `m.trust`. The values come from the data; unset ones are shown as
 * placeholders that are obviously placeholders.
 */
import type { SiteField } from '#lib/content/site/schema.ts';
import type { PublishedDate } from '#lib/pledges/types.ts';
import { formatDate, type IsoDate } from '../dates.ts';

const dateText = (iso: IsoDate) => formatDate('nb', iso);

type Day = Exclude<PublishedDate, 'unknown'>;

/** What the pages show for a value the publisher has not set. */
const unset = {
	publisher: '[Utgiver ikke satt]',
	occasion: '[Valg ikke satt]',
	lastChecked: '[Dato ikke satt]',
	corrections: '[Kontakt for rettelser ikke satt]'
} satisfies Record<SiteField, string>;

export const trust = {
	heading: 'Om valgomaten',
	labels: {
		publisher: 'Utgiver',
		occasion: 'Laget for',
		lastChecked: 'Innholdet sist kontrollert',
		corrections: 'Rettelser'
	} satisfies Record<SiteField, string>,
	unset,
	publisher: (name: string | null) => name ?? unset.publisher,
	occasion: (occasion: string | null) => occasion ?? unset.occasion,
	lastChecked: (date: Day | null) => (date === null ? unset.lastChecked : dateText(date)),
	/** The link to the methodology's section on corrections. */
	howToCorrect: 'Slik ber du om en rettelse',

	/** Where a party document comes from (the source pages), or that we have not recorded it. */
	original: 'Originalen',
	noOriginal: 'Lenke til originalen ikke registrert',
	retrieved: (date: Day | undefined) =>
		date === undefined ? 'Hentedato ikke registrert' : `Hentet ${dateText(date)}`
};
