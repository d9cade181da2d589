/**
 * Bokmål text of the site frame and the start page. Part of the messages layer (`m.site`, with the error pages, and `m.home`). Names, counts and dates come from the data; these functions put them into words.
 */
import { common, format } from './common.ts';

const SITE_NAME = 'Valgomat: helse og omsorg';

export const home = {
	title: SITE_NAME,
	lead: 'Se hvor enig du er med partiene om helse og omsorg. Hvert standpunkt er hentet fra partienes egne dokumenter, og du kan lese de nøyaktige ordene.',
	partiesHeading: 'Partiene og dokumentene',
	partiesIntro: (parties: number) =>
		`Valgomaten sammenligner deg med ${common.count(parties)} partier. Standpunktene bygger på disse dokumentene:`,
	/**
	 * `?omrade=` named no area we have. Never repeats what the link said: a fixed sentence
	 * with the areas there are.
	 */
	unknownArea: (editions: readonly string[]) =>
		`Lenken viser til et område valgomaten ikke har. Velg ${format.list(editions, 'disjunction')}.`,
	resume: {
		heading: 'Fortsett der du slapp',
		/** How far the voter got, in `edition`. */
		progress: (answered: number, total: number, edition: string) =>
			`Du har svart på ${format.integer(answered)} av ${format.integer(total)} påstander i ${edition}.`,
		continueQuiz: (edition: string) => `Fortsett valgomaten for ${edition}`,
		showResults: (edition: string) => `Se resultatet ditt for ${edition}`
	}
};

/** The error pages: a missing page (404), no connection, anything else (`m.site.errors`). */
const errors = {
	notFound: {
		title: 'Fant ikke siden',
		text: 'Adressen finnes ikke i valgomaten. Kanskje lenken er skrevet feil, eller siden er flyttet.'
	},
	offline: {
		title: 'Ingen nettforbindelse',
		text: 'Siden kunne ikke lastes fordi forbindelsen er borte. Svarene dine er trygge: de er lagret på denne enheten, og du kan fortsette når du er på nett igjen.'
	},
	other: {
		title: 'Noe gikk galt',
		text: 'Siden kunne ikke vises. Svarene dine er trygge: de er lagret på denne enheten.'
	},
	retry: 'Prøv igjen',
	toStart: 'Til forsiden',
	/** The page title: what went wrong, the site. */
	pageTitle: (title: string) => `${title} – ${SITE_NAME}`
};

export const site = {
	name: SITE_NAME,
	shortName: 'Valgomat',
	skipToContent: 'Hopp til innholdet',
	navLabel: 'Hovedmeny',
	/** The language switch in the header (the languages are named in their own language). */
	languagesLabel: 'Språk',
	privacy: 'Ingen sporing, ingen informasjonskapsler: svarene dine forlater aldri enheten din.',
	privacyLabel: 'Personvern',
	footerSource: 'Åpen kildekode. Partienes standpunkter er hentet fra deres egne dokumenter.',
	/** A new deployment is ready (offered only between quizzes). */
	update: {
		text: 'En ny versjon av valgomaten er klar.',
		action: 'Last inn ny versjon'
	},
	errors
};
