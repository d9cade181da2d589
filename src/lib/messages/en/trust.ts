/**
 * English text of the trust context: who publishes, for which election, when the content was
 * last checked, where to ask for a correction, and where a party document comes from
 * (`m.trust`).
 */
import type { Messages } from '../index.ts';
import { formatDate, type IsoDate } from '../dates.ts';

const dateText = (iso: IsoDate) => formatDate('en', iso);

const unset = {
	publisher: '[Publisher not set]',
	occasion: '[Election not set]',
	lastChecked: '[Date not set]',
	corrections: '[Contact for corrections not set]'
} satisfies Messages['trust']['unset'];

export const trust = {
	heading: 'About this quiz',
	labels: {
		publisher: 'Publisher',
		occasion: 'Made for',
		lastChecked: 'Content last checked',
		corrections: 'Corrections'
	},
	unset,
	publisher: (name) => name ?? unset.publisher,
	occasion: (occasion) => occasion ?? unset.occasion,
	lastChecked: (date) => (date === null ? unset.lastChecked : dateText(date)),
	howToCorrect: 'How to ask for a correction',
	original: 'The original',
	noOriginal: 'No link to the original recorded',
	retrieved: (date) =>
		date === undefined ? 'Date retrieved not recorded' : `Retrieved ${dateText(date)}`
} satisfies Messages['trust'];
