/**
 * Bokmål text of the quiz screens: intro, answering, notices. Part of the messages layer
 * (`m.quiz`). Names, counts and dates come from the data; these functions put them into words.
 */
import type { QuizNotice, QuizView } from '#lib/quiz/index.ts';
import type { Stance } from '#lib/scoring/types.ts';
import { isStorageNotice, type StorageNotice } from '../notices.ts';
import { common } from './common.ts';
import { resultsHeading } from './results-shared.ts';
import { site } from './site.ts';

const { count, format } = common;

/** The notices without data, by code. */
const notices = {
	restored: 'Vi fant svarene dine fra sist, og du kan fortsette der du slapp.',
	reset: 'Vi kunne ikke lese de lagrede svarene dine, så quizen starter på nytt.',
	cleared: 'Svarene dine er slettet.',
	memory:
		'Nettleseren lar oss ikke lagre svarene. Quizen virker, men svarene forsvinner hvis du lukker siden.'
} satisfies Record<
	Exclude<QuizNotice['code'], 'partial' | 'switched' | 'expired' | StorageNotice['code']>,
	string
>;

/** "Valgomat for Akershus". */
const editionHeading = (name: string) => `Valgomat for ${name}`;
/** "Påstand 3 av 34". */
const progress = (position: number, total: number) =>
	`Påstand ${format.integer(position)} av ${format.integer(total)}`;

export const quiz = {
	progress,
	progressLabel: 'Framdrift',
	answersLabel: 'Svaralternativer',
	skip: 'Hopp over',
	back: 'Tilbake',
	showResults: 'Se resultatet',
	readMore: 'Les mer',
	/** In "Les mer" until the backgrounds have loaded (they load once the quiz is answerable). */
	backgroundLoading: 'Henter bakgrunnen …',
	/** When they could not be loaded (the button under it, `retry`, tries again). */
	backgroundFailed: 'Bakgrunnen kunne ikke hentes. Sjekk nettforbindelsen og prøv igjen.',
	skippedNote: 'Du hoppet over denne påstanden.',
	shortcutsHeading: 'Hurtigtaster',
	shortcutsIntro: 'Mens du svarer på påstandene, kan du bruke disse tastene:',
	/** The keys and what they do; the digits follow the answer scale in on-screen order. */
	shortcuts: (scale: readonly Stance[]): [key: string, what: string][] => [
		[
			`1–${format.integer(scale.length)}`,
			`svar fra «${common.stanceName(scale[0] ?? null)}» (1) til «${common.stanceName(scale.at(-1) ?? null)}» (${format.integer(scale.length)})`
		],
		['S', 'hopp over'],
		['V', 'merk som viktig for meg'],
		['←', 'tilbake til forrige påstand']
	],
	clear: 'Slett svarene mine',
	clearConfirm: 'Vil du slette alle svarene dine? Dette kan ikke angres.',
	clearYes: 'Ja, slett',
	clearNo: 'Avbryt',
	/** Where the answers are kept, and for how long after the last change. */
	storageOnly: (days: number) =>
		`Svarene dine lagres bare på denne enheten, og slettes ${count(days, true)} dager etter at du svarte sist.`,
	/** What a notice tells the voter. */
	notice: (notice: QuizNotice): string =>
		isStorageNotice(notice)
			? storageNotice(notice)
			: notice.code === 'partial'
				? `Vi fant svarene dine fra sist. Noen påstander er endret siden da, så ${count(notice.dropped, true)} svar ble fjernet${
						notice.kept === 0 ? '' : ` og ${count(notice.kept, true)} beholdt`
					}.`
				: notice.code === 'switched'
					? `Du byttet fra ${notice.from} til ${notice.to}. Svarene dine ble med, og påstander du alt har svart på, får du ikke på nytt.`
					: notice.code === 'expired'
						? `Svarene dine fra sist er slettet, fordi det var mer enn ${count(notice.days, true)} dager siden du svarte. Du kan begynne på nytt.`
						: notices[notice.code],
	dismiss: 'Lukk meldingen',
	chooseEdition: 'Hvor bor du?',
	chooseEditionIntro: (editions: readonly string[]) =>
		`Partiene har ulike dokumenter i ${format.list(editions)}. Velg området ditt, så sammenligner vi deg med riktige dokumenter.`,
	editionLink: (name: string) => `Start valgomaten for ${name}`,
	start: 'Start',
	/** On the Start button and the screen until the page has loaded its scripts. */
	loading: 'Laster valgomaten …',
	/** While the results' code and data load (once, usually before the last answer). */
	resultsLoading: 'Henter resultatet …',
	/** When they could not be loaded (no network and nothing stored yet). */
	resultsFailed:
		'Resultatet kunne ikke hentes. Sjekk nettforbindelsen og prøv igjen. Svarene dine er lagret.',
	retry: 'Prøv igjen',
	/** When a returning voter's stored answers could not be read (their code did not load). */
	restoreFailed:
		'Svarene dine kunne ikke hentes fram. Sjekk nettforbindelsen og prøv igjen. Svarene er fortsatt lagret på denne enheten.',
	/** Shown when JavaScript is off. */
	needsScript:
		'Valgomaten trenger JavaScript for å virke. Slå på JavaScript i nettleseren, eller åpne siden i en annen nettleser.',
	otherEdition: (name: string) => `Bytt til ${name}`,
	/** Above each statement: whose quiz this is ("Valgomat for Akershus"). */
	editionLabel: 'Område',
	switchEditionLabel: 'Bytt område',
	editionHeading,
	introLead: (statements: number, minutes: number) =>
		`Du får ${count(statements)} ${format.plural(statements, { one: 'påstand', other: 'påstander' })} om helse og omsorg. Det tar omtrent ${count(minutes, true)} ${format.plural(minutes, { one: 'minutt', other: 'minutter' })}.`,
	introHowHeading: 'Slik svarer du',
	/** Over the first statement on the intro. */
	introFirst: 'Den første påstanden',
	/** What the answering screen's buttons mean, for the intro. */
	introHow: [
		'Velg hvor enig eller uenig du er i hver påstand. Du kan gå tilbake og endre svarene.',
		'«Hopp over» går videre uten svar. Påstanden teller da ikke i resultatet ditt.',
		'«Viktig for meg» gir påstanden mer vekt i resultatet. Du kan merke den før eller etter at du svarer.'
	],
	introParties: (names: readonly string[]) => `Du sammenlignes med ${format.list(names)}.`,
	/**
	 * The page title: the results or the quiz, the edition, the site. It stays the same from
	 * statement to statement: each step is a history entry, and SvelteKit reads a changed title
	 * aloud (assertively) after every step, over the statement the focus has just moved to.
	 */
	pageTitle: (view: QuizView, edition: string): string => {
		const base = `${editionHeading(edition)} – ${site.name}`;
		return view.screen === 'results' ? `${resultsHeading} – ${base}` : base;
	}
};

// ─── Saving and other tabs (issue 11: two tabs, full storage) ────────────────────────────────

/** The notices of {@link StorageNotice} without data, by code. */
const storageNotices = {
	'cleared-elsewhere': 'Svarene dine ble slettet i en annen fane.',
	unsaved:
		'Nettleseren har sluttet å lagre svarene dine, kanskje fordi lagringsplassen er full. Svarene finnes nå bare i denne fanen og forsvinner hvis du lukker den eller laster siden på nytt.'
} satisfies Record<Exclude<StorageNotice['code'], 'incomplete'>, string>;

function storageNotice(notice: StorageNotice): string {
	if (notice.code !== 'incomplete') return storageNotices[notice.code];
	return notice.kept === 0
		? 'Lagringen i nettleseren sluttet å virke sist, så svarene du ga da, ble ikke lagret.'
		: `Vi fant ${count(notice.kept, true)} svar fra sist. Lagringen i nettleseren sluttet å virke underveis, så svar du ga etter det, ble ikke lagret.`;
}
