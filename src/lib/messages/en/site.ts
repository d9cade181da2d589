/**
 * English text of the site frame and the start page (`m.site`, with the error pages, and
 * `m.home`).
 */
import type { Messages } from '../index.ts';
import { common, format } from './common.ts';

const SITE_NAME = 'Election quiz: health and care';

export const home = {
	title: SITE_NAME,
	lead: 'See how much you agree with the parties on health and care. Every position is taken from the parties’ own documents, and you can read their exact words.',
	partiesHeading: 'The parties and their documents',
	partiesIntro: (parties) =>
		`The quiz compares you with ${common.count(parties)} ${format.plural(parties, { one: 'party', other: 'parties' })}. Their positions are based on these documents:`,
	unknownArea: (editions) =>
		`The link points to an area this quiz does not cover. Choose ${format.list(editions, 'disjunction')}.`,
	resume: {
		heading: 'Continue where you left off',
		progress: (answered, total, edition) =>
			`You have answered ${format.integer(answered)} of ${format.integer(total)} statements in ${edition}.`,
		continueQuiz: (edition) => `Continue the quiz for ${edition}`,
		showResults: (edition) => `See your result for ${edition}`
	}
} satisfies Messages['home'];

const errors = {
	notFound: {
		title: 'Page not found',
		text: 'This address does not exist on the site. The link may be mistyped, or the page may have moved.'
	},
	offline: {
		title: 'No internet connection',
		text: 'The page could not load because the connection is gone. Your answers are safe: they are stored on this device, and you can continue when you are back online.'
	},
	other: {
		title: 'Something went wrong',
		text: 'The page could not be shown. Your answers are safe: they are stored on this device.'
	},
	retry: 'Try again',
	toStart: 'Go to the start page',
	pageTitle: (title) => `${title} – ${SITE_NAME}`
} satisfies Messages['site']['errors'];

export const site = {
	name: SITE_NAME,
	shortName: 'Election quiz',
	skipToContent: 'Skip to content',
	navLabel: 'Main menu',
	languagesLabel: 'Language',
	privacy: 'No tracking, no cookies: your answers never leave your device.',
	privacyLabel: 'Privacy',
	footerSource: 'Open source. The parties’ positions are taken from their own documents.',
	update: {
		text: 'A new version of the quiz is ready.',
		action: 'Load the new version'
	},
	errors
} satisfies Messages['site'];
