/**
 * Nynorsk text of the source pages (a party document with numbered lines) and the document
 * cards (`m.document`).
 */
import type { Messages } from '../index.ts';
import { format } from './common.ts';
import { formatDate, type IsoDate } from '../dates.ts';

const dateText = (iso: IsoDate) => formatDate('nn', iso);

export const document = {
	published: (date) =>
		date === 'unknown' ? 'Publiseringsdato ikkje oppgitt' : `Publisert ${dateText(date)}`,
	organisation: 'Avsendar',
	region: 'Gjeld',
	national: 'Heile landet',
	kind: 'Type',
	kinds: {
		resolution: 'Fråsegn',
		'web-page': 'Nettside',
		'programme-section': 'Programkapittel',
		programme: 'Partiprogram'
	},
	pledgeCount: (n) =>
		`${format.integer(n)} ${format.plural(n, { one: 'lovnad', other: 'lovnader' })}`,
	description: (title, organisation) =>
		`«${title}» frå ${organisation}, ordrett med nummererte linjer: ei av kjeldene valomaten siterer standpunkta til partia frå.`,
	textHeading: 'Teksten i dokumentet',
	textIntro: (pledges) =>
		`Teksten er attgitt ordrett, på bokmål. Linjenummera til venstre viser linja i fila; ${format.plural(pledges, { one: 'lovnaden', other: `dei ${format.integer(pledges)} lovnadene` })} partiet listar opp, er markerte.`,
	printedIntro:
		'Dokumentet er henta frå ein PDF. Talet i grått er linjenummeret i den trykte utgåva.',
	lineLabel: (line) => `Linje ${line}`,
	printedLabel: (printed) => `trykt linje ${printed}`,
	pledgeMarker: 'Lovnad',
	backToResults: 'Tilbake til resultatet ditt'
} satisfies Messages['document'];
