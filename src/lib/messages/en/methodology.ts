/**
 * English UI text of the methodology page (`m.methodology`): the header link, the scope
 * sentence on the start page, and the labels of the page's data blocks. The page's prose is
 * Markdown (content/methodology/).
 */
import type { Messages } from '../index.ts';
import { common } from './common.ts';
import { notes } from './results-shared.ts';
import { formatDate, type IsoDate } from '../dates.ts';

const dateText = (iso: IsoDate) => formatDate('en', iso);

const { count, format } = common;

export const methodology = {
	navLink: 'How the quiz works',

	home: {
		scope: (parties, documents) =>
			`The quiz covers health and care only. It is based on ${count(documents)} ${format.plural(documents, { one: 'document', other: 'documents' })} from ${format.list(parties)}, not on anything else the parties have said or written.`,
		link: 'Read how the quiz is made and how it calculates the result'
	},

	tocHeading: 'Contents',

	documents: {
		organisation: 'Published by',
		region: 'Applies to',
		regionName: (name) => name ?? 'All of Norway',
		date: (published) =>
			published === 'unknown' ? 'Date not given' : `Published ${dateText(published)}`
	},

	editions: {
		edition: (name) => `The edition for ${name}`,
		document: (title, region) => `“${title}” (${region ?? 'all of Norway'})`,
		positions: (n) =>
			`a position on ${n} ${format.plural(n, { one: 'statement', other: 'statements' })}`
	},

	pledges: {
		count: (n) => `${n} ${format.plural(n, { one: 'pledge', other: 'pledges' })}`,
		leadIn: (leadIn, others) =>
			others === 0
				? `introduced by “${leadIn}”`
				: `introduced by “${leadIn}”, among others (and ${count(others)} other ${format.plural(others, { one: 'introduction', other: 'introductions' })})`
	},

	scaleLabel: 'The answer scale',

	measures: {
		responseCaption: 'The result when you give the same answer to everything',
		party: 'Party',
		allSame: (answer) => `“${answer}” to everything`,
		withinTarget: 'Within the target',
		yesNo: (pass) => (pass ? 'yes' : 'no'),
		directionCaption: 'The parties’ positions: agree, neutral and disagree',
		agree: 'Agree',
		neutral: 'Neutral',
		disagree: 'Disagree',
		disagreeShare: 'Share disagreeing',
		randomCaption: 'First place among random voters',
		sole: 'First alone',
		shared: 'Shared first',
		none: '–'
	},

	example: {
		answersCaption: 'The answers in the example',
		statement: 'Statement',
		statementNumber: (n) => `Statement ${n}`,
		you: 'Your answer',
		partyCaption: (party) => `Calculation for ${party}`,
		distance: 'Distance d',
		agreement: 'Agreement a',
		weight: 'Weight w',
		weighted: 'w · a',
		notCounted: {
			skipped: 'does not count: you skipped it',
			'skipped-no-position': 'does not count: you skipped it',
			'no-position': 'does not count: the party has no position'
		},
		sum: 'Sum',
		sumWeight: 'Σ w',
		sumWeighted: 'Σ w · a',
		rankingCaption: 'The result in the example',
		party: 'Party',
		place: 'Place',
		percent: 'Percentage',
		basis: 'Basis',
		note: 'Note',
		noPlace: '–',
		topMatch: 'best match',
		flag: {
			'too-little-basis': notes['too-little-basis'],
			'no-common-statements': notes['no-common-statements']
		}
	}
} satisfies Messages['methodology'];
