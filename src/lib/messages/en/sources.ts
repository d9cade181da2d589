/**
 * English text of the source pages (a party document with numbered lines) and the document
 * cards (`m.document`).
 */
import type { Messages } from '../index.ts';
import { format } from './common.ts';
import { formatDate, type IsoDate } from '../dates.ts';

const dateText = (iso: IsoDate) => formatDate('en', iso);

export const document = {
	published: (date) =>
		date === 'unknown' ? 'Publication date not given' : `Published ${dateText(date)}`,
	organisation: 'Published by',
	region: 'Applies to',
	national: 'All of Norway',
	kind: 'Type',
	kinds: {
		resolution: 'Resolution',
		'web-page': 'Web page',
		'programme-section': 'Manifesto chapter',
		programme: 'Party manifesto'
	},
	pledgeCount: (n) =>
		`${format.integer(n)} ${format.plural(n, { one: 'pledge', other: 'pledges' })}`,
	description: (title, organisation) =>
		`“${title}” by ${organisation}, word for word with numbered lines: one of the sources the quiz quotes the parties’ positions from.`,
	textHeading: 'The text of the document',
	textIntro: (pledges) =>
		`The text is reproduced word for word, in Norwegian. The line numbers on the left give the line in the file; ${format.plural(pledges, { one: 'the pledge', other: `the ${format.integer(pledges)} pledges` })} the party lists ${format.plural(pledges, { one: 'is', other: 'are' })} highlighted.`,
	printedIntro:
		'The document comes from a PDF. The number in grey is the line number in the printed edition.',
	lineLabel: (line) => `Line ${line}`,
	printedLabel: (printed) => `printed line ${printed}`,
	pledgeMarker: 'Pledge',
	backToResults: 'Back to your result'
} satisfies Messages['document'];
