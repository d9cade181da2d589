/**
 * Nynorsk UI text of the methodology page (`m.methodology`): the header link, the scope
 * sentence on the start page, and the labels of the page's data blocks. The page's prose is
 * Markdown (content/methodology/).
 */
import type { Messages } from '../index.ts';
import { common } from './common.ts';
import { notes } from './results-shared.ts';
import { formatDate, type IsoDate } from '../dates.ts';

const dateText = (iso: IsoDate) => formatDate('nn', iso);

const { count, format } = common;

export const methodology = {
	navLink: 'Slik verkar valomaten',

	home: {
		scope: (parties, documents) =>
			`Valomaten dekkjer berre helse og omsorg. Han byggjer på ${count(documents, true)} ${format.plural(documents, { one: 'dokument', other: 'dokument' })} frå ${format.list(parties)}, ikkje på noko anna partia har sagt eller skrive.`,
		link: 'Les korleis valomaten er laga og reknar ut resultatet'
	},

	tocHeading: 'Innhald',

	documents: {
		organisation: 'Avsendar',
		region: 'Gjeld',
		regionName: (name) => name ?? 'Heile landet',
		date: (published) =>
			published === 'unknown' ? 'Dato ikkje oppgitt' : `Publisert ${dateText(published)}`
	},

	editions: {
		edition: (name) => `Utgåva for ${name}`,
		document: (title, region) => `«${title}» (${region ?? 'heile landet'})`,
		positions: (n) =>
			`standpunkt i ${n} ${format.plural(n, { one: 'påstand', other: 'påstandar' })}`
	},

	pledges: {
		count: (n) => `${n} ${format.plural(n, { one: 'lovnad', other: 'lovnader' })}`,
		leadIn: (leadIn, others) =>
			others === 0
				? `innleidd med «${leadIn}»`
				: `mellom anna innleidd med «${leadIn}» (og ${count(others)} ${format.plural(others, { one: 'anna innleiing', other: 'andre innleiingar' })})`
	},

	scaleLabel: 'Svarskalaen',

	measures: {
		responseCaption: 'Resultatet når du svarar likt på alt',
		party: 'Parti',
		allSame: (answer) => `«${answer}» på alt`,
		withinTarget: 'Innanfor målet',
		yesNo: (pass) => (pass ? 'ja' : 'nei'),
		directionCaption: 'Standpunkta til partia: einig, nøytral og ueinig',
		agree: 'Einig',
		neutral: 'Nøytral',
		disagree: 'Ueinig',
		disagreeShare: 'Del ueinig',
		randomCaption: 'Førsteplass hos tilfeldige veljarar',
		sole: 'Åleine først',
		shared: 'Delt først',
		none: '–'
	},

	example: {
		answersCaption: 'Svara i dømet',
		statement: 'Påstand',
		statementNumber: (n) => `Påstand ${n}`,
		you: 'Svaret ditt',
		partyCaption: (party) => `Utrekning for ${party}`,
		distance: 'Avstand d',
		agreement: 'Semje a',
		weight: 'Vekt w',
		weighted: 'w · a',
		notCounted: {
			skipped: 'tel ikkje: du hoppa over',
			'skipped-no-position': 'tel ikkje: du hoppa over',
			'no-position': 'tel ikkje: partiet har ikkje noko standpunkt'
		},
		sum: 'Sum',
		sumWeight: 'Σ w',
		sumWeighted: 'Σ w · a',
		rankingCaption: 'Resultatet i dømet',
		party: 'Parti',
		place: 'Plass',
		percent: 'Prosent',
		basis: 'Grunnlag',
		note: 'Merknad',
		noPlace: '–',
		topMatch: 'beste treff',
		flag: {
			'too-little-basis': notes['too-little-basis'],
			'no-common-statements': notes['no-common-statements']
		}
	}
} satisfies Messages['methodology'];
