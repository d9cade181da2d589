/**
 * Nynorsk text of the trust context: who publishes, for which election, when the content was
 * last checked, where to ask for a correction, and where a party document comes from
 * (`m.trust`).
 */
import type { Messages } from '../index.ts';
import { formatDate, type IsoDate } from '../dates.ts';

const dateText = (iso: IsoDate) => formatDate('nn', iso);

const unset = {
	publisher: '[Utgjevar ikkje sett]',
	occasion: '[Val ikkje sett]',
	lastChecked: '[Dato ikkje sett]',
	corrections: '[Kontakt for rettingar ikkje sett]'
} satisfies Messages['trust']['unset'];

export const trust = {
	heading: 'Om valomaten',
	labels: {
		publisher: 'Utgjevar',
		occasion: 'Laga for',
		lastChecked: 'Innhaldet sist kontrollert',
		corrections: 'Rettingar'
	},
	unset,
	publisher: (name) => name ?? unset.publisher,
	occasion: (occasion) => occasion ?? unset.occasion,
	lastChecked: (date) => (date === null ? unset.lastChecked : dateText(date)),
	howToCorrect: 'Slik ber du om ei retting',
	original: 'Originalen',
	noOriginal: 'Lenkje til originalen er ikkje registrert',
	retrieved: (date) =>
		date === undefined ? 'Hentedato er ikkje registrert' : `Henta ${dateText(date)}`
} satisfies Messages['trust'];
