/**
 * Bokmål UI text of the methodology page (`/metode/`): the header link to it, the scope
 * sentence on the start page, and the labels of the page's data blocks (document list,
 * editions, pledge counts, the worked example's tables). The page's prose is Markdown,
 * `content/methodology/nb.md`. Part of the messages layer: `m.methodology`. Names, counts and
 * dates come from the data; numbers, lists and dates are formatted by `format`.
 */
import type { PublishedDate } from '#lib/pledges/types.ts';
import type { Flag } from '#lib/scoring/types.ts';
import { common } from './common.ts';
import { notes } from './results-shared.ts';
import { formatDate, type IsoDate } from '../dates.ts';

const dateText = (iso: IsoDate) => formatDate('nb', iso);

const { count, format } = common;

export const methodology = {
	navLink: 'Slik fungerer valgomaten',

	home: {
		scope: (parties: readonly string[], documents: number) =>
			`Valgomaten dekker bare helse og omsorg. Den bygger på ${count(documents, true)} ${format.plural(documents, { one: 'dokument', other: 'dokumenter' })} fra ${format.list(parties)}, ikke på noe annet partiene har sagt eller skrevet.`,
		link: 'Les hvordan valgomaten er laget og regner ut resultatet'
	},

	tocHeading: 'Innhold',

	/** The document list. */
	documents: {
		organisation: 'Avsender',
		region: 'Gjelder',
		regionName: (name: string | null) => name ?? 'Hele landet',
		date: (published: PublishedDate) =>
			published === 'unknown' ? 'Dato ikke oppgitt' : `Publisert ${dateText(published)}`
	},

	/** Which documents apply in which edition. */
	editions: {
		edition: (name: string) => `Utgaven for ${name}`,
		document: (title: string, region: string | null) => `«${title}» (${region ?? 'hele landet'})`,
		positions: (n: number) =>
			`standpunkt på ${n} ${format.plural(n, { one: 'påstand', other: 'påstander' })}`
	},

	/** Pledges per document. */
	pledges: {
		count: (n: number) => `${n} ${format.plural(n, { one: 'løfte', other: 'løfter' })}`,
		leadIn: (leadIn: string, others: number) =>
			others === 0
				? `innledet med «${leadIn}»`
				: `blant annet innledet med «${leadIn}» (og ${count(others)} ${format.plural(others, { one: 'annen innledning', other: 'andre innledninger' })})`
	},

	scaleLabel: 'Svarskalaen',

	/** The measures of how well the statements separate the parties, per edition. */
	measures: {
		responseCaption: 'Resultatet når du svarer likt på alt',
		party: 'Parti',
		/** A column: every statement answered with `answer` («Helt enig» på alt). */
		allSame: (answer: string) => `«${answer}» på alt`,
		withinTarget: 'Innenfor målet',
		yesNo: (pass: boolean) => (pass ? 'ja' : 'nei'),
		directionCaption: 'Partienes standpunkter: enig, nøytral og uenig',
		agree: 'Enig',
		neutral: 'Nøytral',
		disagree: 'Uenig',
		disagreeShare: 'Andel uenig',
		randomCaption: 'Førsteplass hos tilfeldige velgere',
		sole: 'Alene først',
		shared: 'Delt først',
		/** A percentage that does not exist (the party has no position). */
		none: '–'
	},

	/** The worked example's tables. */
	example: {
		answersCaption: 'Svarene i eksempelet',
		statement: 'Påstand',
		statementNumber: (n: number) => `Påstand ${n}`,
		you: 'Ditt svar',
		partyCaption: (party: string) => `Utregning for ${party}`,
		distance: 'Avstand d',
		agreement: 'Enighet a',
		weight: 'Vekt w',
		weighted: 'w · a',
		notCounted: {
			skipped: 'teller ikke: du hoppet over',
			'skipped-no-position': 'teller ikke: du hoppet over',
			'no-position': 'teller ikke: partiet har ikke standpunkt'
		} satisfies Record<'skipped' | 'no-position' | 'skipped-no-position', string>,
		sum: 'Sum',
		sumWeight: 'Σ w',
		sumWeighted: 'Σ w · a',
		rankingCaption: 'Resultatet i eksempelet',
		party: 'Parti',
		place: 'Plass',
		percent: 'Prosent',
		basis: 'Grunnlag',
		note: 'Merknad',
		noPlace: '–',
		topMatch: 'beste treff',
		/** The same words as the results screen's notes. */
		flag: {
			'too-little-basis': notes['too-little-basis'],
			'no-common-statements': notes['no-common-statements']
		} satisfies Record<Flag, string>
	}
};
