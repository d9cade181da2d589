/**
 * Bokmål text of sharing a result (`m.share`): the share section of the results, the link
 * previews, the downloadable image, the page a shared link opens, its bad-link messages and
 * «Sammenlign med meg». Names, numbers and percentages come from the data.
 */
import type { FriendComparison, Headline, RankingRow, Verdict } from '#lib/results/index.ts';
import type { Answer } from '#lib/scoring/index.ts';
import type { ShareError } from '#lib/share/index.ts';
import type { ImageFormat } from '#lib/share/image.ts';
import { common } from './common.ts';
import type { ChartVoice } from '../shared.ts';
import { chartDescription } from './results.ts';

const { format } = common;

const statements = (n: number) =>
	`${format.integer(n)} ${format.plural(n, { one: 'påstand', other: 'påstander' })}`;

/** A party with its percentage: «Senterpartiet (72 %)». */
const withPercent = (row: RankingRow) =>
	row.percent === null ? row.party.name : `${row.party.name} (${format.percent(row.percent)})`;

/**
 * The verdict in one line, with `who` as the subject («Jeg», «Den som delte»): the result as
 * the image and the shared page tell it, never as «du».
 */
function verdictOf(who: string, verdict: Verdict, headline: Pick<Headline, 'first'>): string {
	switch (verdict.kind) {
		case 'needs-more':
			return 'For få svar til å rangere partiene.';
		case 'all-close':
			return 'Ingen av partiene skiller seg ut: de ligger svært nær hverandre.';
		case 'shared-top':
			return `${who} er omtrent like enig med ${format.list(headline.first.map(withPercent))}.`;
		case 'top':
			return `${who} er mest enig med ${verdict.party.name} (${format.percent(verdict.percent)}).`;
	}
}

/** What a bad link says, and what the voter can do. */
const errors = {
	empty: {
		title: 'Lenken mangler svarene',
		text: 'Denne adressen skal ha svarene etter et #-tegn, men den delen mangler. Kanskje ble lenken kuttet da den ble kopiert.'
	},
	garbage: {
		title: 'Lenken kan ikke leses',
		text: 'Svarene i lenken er ikke gyldige. Kanskje ble lenken endret eller skrevet feil.'
	},
	truncated: {
		title: 'Lenken er ufullstendig',
		text: 'Lenken er kortere enn den skal være, så svarene kan ikke leses. Kanskje ble den kuttet da den ble kopiert: be om en ny lenke.'
	},
	'too-long': {
		title: 'Lenken er for lang',
		text: 'Lenken har mer enn svarene i seg, så den kan ikke leses. Kanskje ble noe lagt til da den ble kopiert.'
	},
	'unknown-version': {
		title: 'Lenken er fra en annen versjon',
		text: 'Lenken er laget av en versjon av valgomaten som denne siden ikke kjenner.'
	},
	'other-edition': {
		title: 'Lenken passer ikke til denne siden',
		text: 'Svarene i lenken hører til en annen utgave av valgomaten enn denne.'
	},
	outdated: {
		title: 'Valgomaten er endret siden lenken ble laget',
		text: 'Påstandene er endret siden denne lenken ble laget, så svarene i den kan ikke leses lenger.'
	}
} as const satisfies Record<ShareError, { title: string; text: string }>;

/** The first sentence of the notice on a link made against an earlier dataset. */
const recalculated =
	'Valgomaten er oppdatert siden lenken ble laget, så resultatet er regnet ut på nytt med partienes standpunkter nå.';

/** How many of a link's answers are left out: statements changed or removed since. */
const leftOut = (n: number) =>
	format.plural(n, {
		one: `Lenken hadde ${common.count(n, true)} svar på en påstand som er endret eller fjernet siden, og det er ikke med.`,
		other: `Lenken hadde ${common.count(n, true)} svar på påstander som er endret eller fjernet siden, og de er ikke med.`
	});

export const share = {
	// The share section of the results.
	heading: 'Del resultatet',
	shareButton: 'Del resultatet',
	contains:
		'Lenken inneholder svarene dine: alle som får den, kan lese dem. Svarene står bare i lenken, de sendes ikke til oss.',
	/** Announced (politely) when the link is on the clipboard. */
	copied: 'Lenke kopiert',
	manualLabel: 'Lenke til resultatet ditt',
	manualHint: 'Kopier lenken og del den der du vil.',
	/** The title a share sheet shows. */
	shareTitle: (edition: string) => `Resultatet mitt i valgomaten for ${edition}`,

	downloadHeading: 'Last ned bilde',
	downloadIntro:
		'Et bilde av resultatet ditt som viser hvor enig du er med hvert parti, i prosent. Det lages her på telefonen din, ikke hos oss.',
	downloads: {
		story: 'Last ned bilde av resultatet for historier (1080 × 1920 piksler)',
		square: 'Last ned kvadratisk bilde av resultatet (1080 × 1080 piksler)'
	} satisfies Record<ImageFormat, string>,
	downloadFailed: 'Bildet kunne ikke lages i denne nettleseren.',
	fileName: (edition: string, format: ImageFormat) =>
		`valgomat-${edition}-${format === 'story' ? 'historie' : 'kvadrat'}.png`,

	/** The downloadable image's words. */
	image: {
		kicker: (edition: string) => `Valgomaten · ${edition}`,
		title: 'Mitt resultat',
		verdict: (verdict: Verdict, headline: Pick<Headline, 'first'>) =>
			verdictOf('Jeg', verdict, headline),
		label: (row: RankingRow) => row.party.name,
		value: (row: RankingRow) =>
			row.percent === null
				? 'ingen felles påstander'
				: row.rank === null
					? `${format.percent(row.percent)}, ikke rangert`
					: format.percent(row.percent),
		footer: 'Hvor enig jeg er med partiene, ut fra svarene mine'
	},

	/** The link preview (Open Graph, Twitter) of a shared result page. */
	preview: {
		kicker: (edition: string) => `Valgomaten · ${edition}`,
		title: (party: string | null) =>
			party === null ? 'Se resultatet mitt' : `Mest enig med ${party}`,
		lead: 'Se resultatet, ta valgomaten selv og sammenlign.',
		description: (edition: string) =>
			`Et delt resultat fra valgomaten for ${edition}. Ta valgomaten selv og sammenlign.`,
		alt: (title: string, edition: string) =>
			`${title}: et delt resultat fra valgomaten for ${edition}`
	},
	pageTitle: (title: string, site: string) => `${title} – ${site}`,

	// The page a shared link opens.
	sharedHeading: 'Dette er et delt resultat',
	sharedLead: (edition: string) =>
		`Noen har delt resultatet sitt fra valgomaten for ${edition}. Svarene står i lenken, og siden har ikke sendt dem noe sted.`,
	sharedVerdict: (verdict: Verdict, headline: Pick<Headline, 'first'>) =>
		verdictOf('Den som delte', verdict, headline),
	/** The chart's accessible name and description, about the shared answers (never «deg»). */
	chartTitle: 'Partiene sortert etter hvor enige de er med den som delte',
	chartDescription: chartDescription({
		answers: 'svarene i det delte resultatet',
		withWhom: 'med den som delte',
		tooFew: 'Den som delte, har svart på for få påstander til at partiene kan rangeres.'
	} satisfies ChartVoice),
	sharedAnswer: 'Svar i det delte resultatet',
	/** The sharer's answer with its importance mark, never «viktig for deg». */
	sharedAnswerText: (answer: Answer | null | undefined) =>
		answer?.stance != null && answer.important
			? `${common.answerName(answer)} (viktig for den som delte)`
			: common.answerName(answer),
	takeQuiz: 'Ta valgomaten selv',
	/** The link was made against an earlier dataset: `dropped` of its answers are not counted. */
	updated: (dropped: number) =>
		dropped === 0 ? recalculated : `${recalculated} ${leftOut(dropped)}`,
	loading: 'Leser svarene i lenken …',
	/** When the result's files could not be loaded (the button under it tries again). */
	loadFailed: 'Det delte resultatet kunne ikke hentes. Sjekk nettforbindelsen og prøv igjen.',
	noscript: 'Det delte resultatet vises bare med JavaScript påslått. Du kan ta valgomaten selv.',
	errors,
	badLinkNext: 'Du kan ta valgomaten selv og få ditt eget resultat.',

	// «Sammenlign med meg».
	compareButton: 'Sammenlign med meg',
	compareHeading: 'Du og det delte resultatet',
	compareLater:
		'Har du tatt valgomaten i denne nettleseren, kan du sammenligne resultatet ditt med dette. Åpne lenken igjen når du har svart.',
	compareNote: 'Sammenligningen lages her på siden. Ingenting om det delte resultatet lagres.',
	compareTableCaption: 'Enighet med partiene, i prosent',
	columns: { party: 'Parti', theirs: 'Delt resultat', mine: 'Deg' },
	percentCell: (row: RankingRow) =>
		row.percent === null ? 'ingen felles påstander' : format.percent(row.percent),
	agreed: (comparison: FriendComparison) =>
		comparison.differences.length === 0
			? 'Dere har svart likt på alle påstandene.'
			: `Dere har svart likt på ${statements(comparison.agreed)} og ulikt på ${statements(comparison.differences.length)}.`,
	differencesHeading: 'Her svarte dere ulikt',
	theirAnswer: 'Delt svar',
	myAnswer: 'Ditt svar'
};
