/**
 * Nynorsk text of sharing a result (`m.share`): the share section of the results, the link
 * previews, the downloadable image, the page a shared link opens, its bad-link messages and
 * «Samanlikn med meg». Names, numbers and percentages come from the data.
 */
import type { Headline, RankingRow, Verdict } from '#lib/results/index.ts';
import type { Messages } from '../index.ts';
import type { ChartVoice } from '../shared.ts';
import { common } from './common.ts';
import { chartDescription } from './results.ts';

const { format } = common;

/** «1 påstand», «3 påstandar». */
const statements = (n: number) =>
	`${format.integer(n)} ${format.plural(n, { one: 'påstand', other: 'påstandar' })}`;

/** A party with its percentage: «Senterpartiet (72 %)». */
const withPercent = (row: RankingRow) =>
	row.percent === null ? row.party.name : `${row.party.name} (${format.percent(row.percent)})`;

/**
 * The verdict in one line, with `who` as the subject («Eg», «Den som delte»): the result as
 * the image and the shared page tell it, never as «du».
 */
function verdictOf(who: string, verdict: Verdict, headline: Pick<Headline, 'first'>): string {
	switch (verdict.kind) {
		case 'needs-more':
			return 'For få svar til å rangere partia.';
		case 'all-close':
			return 'Ingen av partia skil seg ut: dei ligg svært nær kvarandre.';
		case 'shared-top':
			return `${who} er omtrent like einig med ${format.list(headline.first.map(withPercent))}.`;
		case 'top':
			return `${who} er mest einig med ${verdict.party.name} (${format.percent(verdict.percent)}).`;
	}
}

/** What a bad link says, and what the voter can do. */
const errors = {
	empty: {
		title: 'Lenkja manglar svara',
		text: 'Denne adressa skal ha svara etter eit #-teikn, men den delen manglar. Kanskje vart lenkja kutta då ho vart kopiert.'
	},
	garbage: {
		title: 'Lenkja kan ikkje lesast',
		text: 'Svara i lenkja er ikkje gyldige. Kanskje vart lenkja endra eller skriven feil.'
	},
	truncated: {
		title: 'Lenkja er ufullstendig',
		text: 'Lenkja er kortare enn ho skal vere, så svara kan ikkje lesast. Kanskje vart ho kutta då ho vart kopiert: be om ei ny lenkje.'
	},
	'too-long': {
		title: 'Lenkja er for lang',
		text: 'Lenkja har meir enn svara i seg, så ho kan ikkje lesast. Kanskje vart noko lagt til då ho vart kopiert.'
	},
	'unknown-version': {
		title: 'Lenkja er frå ein annan versjon',
		text: 'Lenkja er laga av ein versjon av valomaten som denne sida ikkje kjenner.'
	},
	'other-edition': {
		title: 'Lenkja passar ikkje til denne sida',
		text: 'Svara i lenkja høyrer til ei anna utgåve av valomaten enn denne.'
	},
	outdated: {
		title: 'Valomaten er endra sidan lenkja vart laga',
		text: 'Påstandane er endra sidan denne lenkja vart laga, så svara i henne kan ikkje lesast lenger.'
	}
} satisfies Messages['share']['errors'];

/** The first sentence of the notice on a link made against an earlier dataset. */
const recalculated =
	'Valomaten er oppdatert sidan lenkja vart laga, så resultatet er rekna ut på nytt med standpunkta til partia no.';

/** How many of a link's answers are left out: statements changed or removed since. */
const leftOut = (n: number) =>
	format.plural(n, {
		one: `Lenkja hadde ${common.count(n, true)} svar på ein påstand som er endra eller fjerna sidan, og det er ikkje med.`,
		other: `Lenkja hadde ${common.count(n, true)} svar på påstandar som er endra eller fjerna sidan, og dei er ikkje med.`
	});

export const share = {
	// The share section of the results.
	heading: 'Del resultatet',
	shareButton: 'Del resultatet',
	contains:
		'Lenkja inneheld svara dine: alle som får henne, kan lese dei. Svara står berre i lenkja, dei blir ikkje sende til oss.',
	/** Announced (politely) when the link is on the clipboard. */
	copied: 'Lenkje kopiert',
	manualLabel: 'Lenkje til resultatet ditt',
	manualHint: 'Kopier lenkja og del henne der du vil.',
	/** The title a share sheet shows. */
	shareTitle: (edition) => `Resultatet mitt i valomaten for ${edition}`,

	downloadHeading: 'Last ned bilete',
	downloadIntro:
		'Eit bilete av resultatet ditt som viser kor einig du er med kvart parti, i prosent. Det blir laga her på telefonen din, ikkje hos oss.',
	downloads: {
		story: 'Last ned bilete av resultatet for historier (1080 × 1920 pikslar)',
		square: 'Last ned kvadratisk bilete av resultatet (1080 × 1080 pikslar)'
	},
	downloadFailed: 'Biletet kunne ikkje lagast i denne nettlesaren.',
	fileName: (edition, format) =>
		`valomat-${edition}-${format === 'story' ? 'historie' : 'kvadrat'}.png`,

	/** The downloadable image's words. */
	image: {
		kicker: (edition) => `Valomaten · ${edition}`,
		title: 'Resultatet mitt',
		verdict: (verdict, headline) => verdictOf('Eg', verdict, headline),
		label: (row) => row.party.name,
		value: (row) =>
			row.percent === null
				? 'ingen felles påstandar'
				: row.rank === null
					? `${format.percent(row.percent)}, ikkje rangert`
					: format.percent(row.percent),
		footer: 'Kor einig eg er med partia, ut frå svara mine'
	},

	/** The link preview (Open Graph, Twitter) of a shared result page. */
	preview: {
		kicker: (edition) => `Valomaten · ${edition}`,
		title: (party) => (party === null ? 'Sjå resultatet mitt' : `Mest einig med ${party}`),
		lead: 'Sjå resultatet, ta valomaten sjølv og samanlikn.',
		description: (edition) =>
			`Eit delt resultat frå valomaten for ${edition}. Ta valomaten sjølv og samanlikn.`,
		alt: (title, edition) => `${title}: eit delt resultat frå valomaten for ${edition}`
	},
	pageTitle: (title, site) => `${title} – ${site}`,

	// The page a shared link opens.
	sharedHeading: 'Dette er eit delt resultat',
	sharedLead: (edition) =>
		`Nokon har delt resultatet sitt frå valomaten for ${edition}. Svara står i lenkja, og sida har ikkje sendt dei nokon stad.`,
	sharedVerdict: (verdict, headline) => verdictOf('Den som delte', verdict, headline),
	/** The chart's accessible name and description, about the shared answers. */
	chartTitle: 'Partia sorterte etter kor einige dei er med den som delte',
	chartDescription: chartDescription({
		answers: 'svara i det delte resultatet',
		withWhom: 'med den som delte',
		tooFew: 'Den som delte, har svart på for få påstandar til at partia kan rangerast.'
	} satisfies ChartVoice),
	sharedAnswer: 'Svar i det delte resultatet',
	/** The sharer's answer with its importance mark, never «viktig for deg». */
	sharedAnswerText: (answer) =>
		answer?.stance != null && answer.important
			? `${common.answerName(answer)} (viktig for den som delte)`
			: common.answerName(answer),
	takeQuiz: 'Ta valomaten sjølv',
	updated: (dropped) => (dropped === 0 ? recalculated : `${recalculated} ${leftOut(dropped)}`),
	loading: 'Les svara i lenkja …',
	loadFailed: 'Det delte resultatet kunne ikkje hentast. Sjekk nettsambandet og prøv igjen.',
	noscript:
		'Det delte resultatet blir berre vist med JavaScript slått på. Du kan ta valomaten sjølv.',
	errors,
	badLinkNext: 'Du kan ta valomaten sjølv og få ditt eige resultat.',

	// «Samanlikn med meg».
	compareButton: 'Samanlikn med meg',
	compareHeading: 'Du og det delte resultatet',
	compareLater:
		'Har du teke valomaten i denne nettlesaren, kan du samanlikne resultatet ditt med dette. Opne lenkja igjen når du har svart.',
	compareNote: 'Samanlikninga blir laga her på sida. Ingenting om det delte resultatet blir lagra.',
	compareTableCaption: 'Semje med partia, i prosent',
	columns: { party: 'Parti', theirs: 'Delt resultat', mine: 'Deg' },
	percentCell: (row) =>
		row.percent === null ? 'ingen felles påstandar' : format.percent(row.percent),
	agreed: (comparison) =>
		comparison.differences.length === 0
			? 'De har svart likt på alle påstandane.'
			: `De har svart likt på ${statements(comparison.agreed)} og ulikt på ${statements(comparison.differences.length)}.`,
	differencesHeading: 'Her svara de ulikt',
	theirAnswer: 'Delt svar',
	myAnswer: 'Svaret ditt'
} satisfies Messages['share'];
