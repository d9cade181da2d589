/**
 * English text of sharing a result (`m.share`): the share section of the results, the link
 * previews, the downloadable image, the page a shared link opens, its bad-link messages and
 * "Compare with me". Names, numbers and percentages come from the data.
 */
import type { Headline, RankingRow, Verdict } from '#lib/results/index.ts';
import type { Messages } from '../index.ts';
import type { ChartVoice } from '../shared.ts';
import { common } from './common.ts';
import { chartDescription } from './results.ts';

const { format } = common;

/** «1 statement», «3 statements». */
const statements = (n: number) =>
	`${format.integer(n)} ${format.plural(n, { one: 'statement', other: 'statements' })}`;

/** A party with its percentage: «Senterpartiet (72%)». */
const withPercent = (row: RankingRow) =>
	row.percent === null ? row.party.name : `${row.party.name} (${format.percent(row.percent)})`;

/**
 * The verdict in one line, with `who` as the subject and `agree` its verb («I agree», «The
 * person who shared it agrees»): the result as the image and the shared page tell it, never
 * as «you».
 */
function verdictOf(
	who: string,
	agree: string,
	verdict: Verdict,
	headline: Pick<Headline, 'first'>
): string {
	switch (verdict.kind) {
		case 'needs-more':
			return 'Too few answers to rank the parties.';
		case 'all-close':
			return 'None of the parties stands out: they are very close to each other.';
		case 'shared-top':
			return `${who} ${agree} about equally with ${format.list(headline.first.map(withPercent))}.`;
		case 'top':
			return `${who} ${agree} most with ${verdict.party.name} (${format.percent(verdict.percent)}).`;
	}
}

/** What a bad link says, and what the voter can do. */
const errors = {
	empty: {
		title: 'The link is missing the answers',
		text: 'This address should have the answers after a # sign, but that part is missing. The link may have been cut off when it was copied.'
	},
	garbage: {
		title: 'The link cannot be read',
		text: 'The answers in the link are not valid. The link may have been changed or mistyped.'
	},
	truncated: {
		title: 'The link is incomplete',
		text: 'The link is shorter than it should be, so the answers cannot be read. It may have been cut off when it was copied: ask for a new link.'
	},
	'too-long': {
		title: 'The link is too long',
		text: 'The link contains more than the answers, so it cannot be read. Something may have been added when it was copied.'
	},
	'unknown-version': {
		title: 'The link is from another version',
		text: 'The link was made by a version of the quiz that this page does not know.'
	},
	'other-edition': {
		title: 'The link does not fit this page',
		text: 'The answers in the link belong to a different edition of the quiz than this one.'
	},
	outdated: {
		title: 'The quiz has changed since the link was made',
		text: 'The statements have changed since this link was made, so the answers in it can no longer be read.'
	}
} satisfies Messages['share']['errors'];

/** The first sentence of the notice on a link made against an earlier dataset. */
const recalculated =
	'The quiz has been updated since the link was made, so the result has been worked out again with the parties’ positions as they are now.';

/** How many of a link's answers are left out: statements changed or removed since. */
const leftOut = (n: number) =>
	format.plural(n, {
		one: `The link had ${common.count(n)} answer to a statement that has been changed or removed since, and it is not included.`,
		other: `The link had ${common.count(n)} answers to statements that have been changed or removed since, and they are not included.`
	});

export const share = {
	// The share section of the results.
	heading: 'Share your result',
	shareButton: 'Share your result',
	contains:
		'The link contains your answers: anyone who gets it can read them. The answers are only in the link; they are not sent to us.',
	/** Announced (politely) when the link is on the clipboard. */
	copied: 'Link copied',
	manualLabel: 'Link to your result',
	manualHint: 'Copy the link and share it wherever you like.',
	/** The title a share sheet shows. */
	shareTitle: (edition) => `My result in the election quiz for ${edition}`,

	downloadHeading: 'Download an image',
	downloadIntro:
		'An image of your result that shows how much you agree with each party, as a percentage. It is made here on your phone, not by us.',
	downloads: {
		story: 'Download an image of the result for stories (1080 × 1920 pixels)',
		square: 'Download a square image of the result (1080 × 1080 pixels)'
	},
	downloadFailed: 'The image could not be made in this browser.',
	fileName: (edition, format) =>
		`election-quiz-${edition}-${format === 'story' ? 'story' : 'square'}.png`,

	/** The downloadable image's words. */
	image: {
		kicker: (edition) => `Election quiz · ${edition}`,
		title: 'My result',
		verdict: (verdict, headline) => verdictOf('I', 'agree', verdict, headline),
		label: (row) => row.party.name,
		value: (row) =>
			row.percent === null
				? 'no statements in common'
				: row.rank === null
					? `${format.percent(row.percent)}, not ranked`
					: format.percent(row.percent),
		footer: 'How much I agree with the parties, based on my answers'
	},

	/** The link preview (Open Graph, Twitter) of a shared result page. */
	preview: {
		kicker: (edition) => `Election quiz · ${edition}`,
		title: (party) => (party === null ? 'See my result' : `Most in agreement with ${party}`),
		lead: 'See the result, take the quiz yourself and compare.',
		description: (edition) =>
			`A shared result from the election quiz for ${edition}. Take the quiz yourself and compare.`,
		alt: (title, edition) => `${title}: a shared result from the election quiz for ${edition}`
	},
	pageTitle: (title, site) => `${title} – ${site}`,

	// The page a shared link opens.
	sharedHeading: 'This is a shared result',
	sharedLead: (edition) =>
		`Someone has shared their result from the election quiz for ${edition}. The answers are in the link, and this page has not sent them anywhere.`,
	sharedVerdict: (verdict, headline) =>
		verdictOf('The person who shared it', 'agrees', verdict, headline),
	/** The chart's accessible name and description, about the shared answers. */
	chartTitle: 'The parties sorted by how much they agree with the person who shared it',
	chartDescription: chartDescription({
		answers: 'the shared answers',
		withWhom: 'with the person who shared it',
		tooFew: 'The person who shared it answered too few statements for the parties to be ranked.'
	} satisfies ChartVoice),
	sharedAnswer: 'Answer in the shared result',
	/** The sharer's answer with its importance mark, never «important to you». */
	sharedAnswerText: (answer) =>
		answer?.stance != null && answer.important
			? `${common.answerName(answer)} (important to the person who shared it)`
			: common.answerName(answer),
	takeQuiz: 'Take the quiz yourself',
	updated: (dropped) => (dropped === 0 ? recalculated : `${recalculated} ${leftOut(dropped)}`),
	loading: 'Reading the answers in the link …',
	loadFailed: 'The shared result could not be loaded. Check your connection and try again.',
	noscript:
		'The shared result is only shown with JavaScript turned on. You can take the quiz yourself.',
	errors,
	badLinkNext: 'You can take the quiz yourself and get your own result.',

	// "Compare with me".
	compareButton: 'Compare with me',
	compareHeading: 'You and the shared result',
	compareLater:
		'If you have taken the quiz in this browser, you can compare your result with this one. Open the link again when you have answered.',
	compareNote:
		'The comparison is made here on the page. Nothing about the shared result is stored.',
	compareTableCaption: 'Agreement with the parties, as a percentage',
	columns: { party: 'Party', theirs: 'Shared result', mine: 'You' },
	percentCell: (row) =>
		row.percent === null ? 'no statements in common' : format.percent(row.percent),
	agreed: (comparison) =>
		comparison.differences.length === 0
			? 'You have answered all the statements the same way.'
			: `You answered ${statements(comparison.agreed)} the same way and ${statements(comparison.differences.length)} differently.`,
	differencesHeading: 'Where you answered differently',
	theirAnswer: 'Shared answer',
	myAnswer: 'Your answer'
} satisfies Messages['share'];
