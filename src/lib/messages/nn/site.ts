/**
 * Nynorsk text of the site frame and the start page (`m.site`, with the error pages, and
 * `m.home`).
 */
import type { Messages } from '../index.ts';
import { common, format } from './common.ts';

const SITE_NAME = 'Valomat: helse og omsorg';

export const home = {
	title: SITE_NAME,
	lead: 'Sjå kor einig du er med partia om helse og omsorg. Kvart standpunkt er henta frå dokumenta til partia sjølve, og du kan lese dei nøyaktige orda.',
	partiesHeading: 'Partia og dokumenta',
	partiesIntro: (parties) =>
		`Valomaten samanliknar deg med ${common.count(parties, true)} parti. Standpunkta byggjer på desse dokumenta:`,
	unknownArea: (editions) =>
		`Lenkja viser til eit område valomaten ikkje har. Vel ${format.list(editions, 'disjunction')}.`,
	resume: {
		heading: 'Hald fram der du slapp',
		progress: (answered, total, edition) =>
			`Du har svart på ${format.integer(answered)} av ${format.integer(total)} påstandar i ${edition}.`,
		continueQuiz: (edition) => `Hald fram med valomaten for ${edition}`,
		showResults: (edition) => `Sjå resultatet ditt for ${edition}`
	}
} satisfies Messages['home'];

const errors = {
	notFound: {
		title: 'Fann ikkje sida',
		text: 'Adressa finst ikkje i valomaten. Kanskje lenkja er skriven feil, eller sida er flytt.'
	},
	offline: {
		title: 'Ikkje noko nettsamband',
		text: 'Sida kunne ikkje lastast fordi sambandet er borte. Svara dine er trygge: dei er lagra på denne eininga, og du kan halde fram når du er på nett igjen.'
	},
	other: {
		title: 'Noko gjekk gale',
		text: 'Sida kunne ikkje visast. Svara dine er trygge: dei er lagra på denne eininga.'
	},
	retry: 'Prøv igjen',
	toStart: 'Til framsida',
	pageTitle: (title) => `${title} – ${SITE_NAME}`
} satisfies Messages['site']['errors'];

export const site = {
	name: SITE_NAME,
	shortName: 'Valomat',
	skipToContent: 'Hopp til innhaldet',
	navLabel: 'Hovudmeny',
	languagesLabel: 'Språk',
	privacy: 'Inga sporing, ingen informasjonskapslar: svara dine forlèt aldri eininga di.',
	privacyLabel: 'Personvern',
	footerSource: 'Open kjeldekode. Standpunkta til partia er henta frå dokumenta deira.',
	update: {
		text: 'Ein ny versjon av valomaten er klar.',
		action: 'Last inn ny versjon'
	},
	errors
} satisfies Messages['site'];
