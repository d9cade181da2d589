/**
 * Bokmål text of the source pages (a party document with numbered lines) and the document
 * cards. Part of the messages layer (`m.document`).
 */
import type { DocumentKind, PublishedDate } from '#lib/pledges/types.ts';
import { format } from './common.ts';
import { formatDate, type IsoDate } from '../dates.ts';

const dateText = (iso: IsoDate) => formatDate('nb', iso);

export const document = {
	published: (date: PublishedDate) =>
		date === 'unknown' ? 'Publiseringsdato ikke oppgitt' : `Publisert ${dateText(date)}`,
	organisation: 'Avsender',
	region: 'Gjelder',
	/** A document that applies everywhere (no region). */
	national: 'Hele landet',
	kind: 'Type',
	kinds: {
		resolution: 'Uttalelse',
		'web-page': 'Nettside',
		'programme-section': 'Programkapittel',
		programme: 'Partiprogram'
	} satisfies Record<DocumentKind, string>,
	pledgeCount: (n: number) =>
		`${format.integer(n)} ${format.plural(n, { one: 'løfte', other: 'løfter' })}`,
	/** The page's description for search engines and link previews. */
	description: (title: string, organisation: string) =>
		`«${title}» fra ${organisation}, ordrett med nummererte linjer: en av kildene valgomaten siterer partienes standpunkter fra.`,
	textHeading: 'Dokumentets tekst',
	textIntro: (pledges: number) =>
		`Teksten er gjengitt ordrett. Linjenumrene til venstre viser linjen i filen; ${format.plural(pledges, { one: 'løftet', other: `de ${format.integer(pledges)} løftene` })} partiet lister opp er markert.`,
	printedIntro:
		'Dokumentet er hentet fra en PDF. Tallet i grått er linjenummeret som står i den trykte utgaven.',
	lineLabel: (line: number) => `Linje ${line}`,
	printedLabel: (printed: number) => `trykt linje ${printed}`,
	pledgeMarker: 'Løfte',
	/** Back from a quote's line to the results the voter came from. */
	backToResults: 'Tilbake til resultatet ditt'
};
