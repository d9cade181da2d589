/**
 * Nynorsk text of the quiz screens: intro, answering, notices (`m.quiz`).
 */
import type { QuizNotice } from '#lib/quiz/index.ts';
import type { Messages } from '../index.ts';
import { isStorageNotice, type StorageNotice } from '../notices.ts';
import { common } from './common.ts';
import { resultsHeading } from './results-shared.ts';
import { site } from './site.ts';

const { count, format } = common;

/** The notices without data, by code. */
const notices = {
	restored: 'Vi fann svara dine frå sist, og du kan halde fram der du slapp.',
	reset: 'Vi kunne ikkje lese dei lagra svara dine, så valomaten startar på nytt.',
	cleared: 'Svara dine er sletta.',
	memory:
		'Nettlesaren let oss ikkje lagre svara. Valomaten verkar, men svara forsvinn om du lukkar sida.'
} satisfies Record<
	Exclude<QuizNotice['code'], 'partial' | 'switched' | 'expired' | StorageNotice['code']>,
	string
>;

/** «Valomat for Akershus». */
const editionHeading = (name: string) => `Valomat for ${name}`;

export const quiz = {
	progress: (position, total) => `Påstand ${format.integer(position)} av ${format.integer(total)}`,
	progressLabel: 'Framdrift',
	answersLabel: 'Svaralternativ',
	skip: 'Hopp over',
	back: 'Tilbake',
	showResults: 'Sjå resultatet',
	readMore: 'Les meir',
	/** In "Les mer" until the backgrounds have loaded (they load once the quiz is answerable). */
	backgroundLoading: 'Hentar bakgrunnen …',
	/** When they could not be loaded (the button under it, `retry`, tries again). */
	backgroundFailed: 'Bakgrunnen kunne ikkje hentast. Sjekk nettsambandet og prøv igjen.',
	skippedNote: 'Du hoppa over denne påstanden.',
	shortcutsHeading: 'Hurtigtastar',
	shortcutsIntro: 'Medan du svarar på påstandane, kan du bruke desse tastane:',
	shortcuts: (scale) => [
		[
			`1–${format.integer(scale.length)}`,
			`svar frå «${common.stanceName(scale[0] ?? null)}» (1) til «${common.stanceName(scale.at(-1) ?? null)}» (${format.integer(scale.length)})`
		],
		['S', 'hopp over'],
		['V', 'merk som viktig for meg'],
		['←', 'tilbake til førre påstand']
	],
	clear: 'Slett svara mine',
	clearConfirm: 'Vil du slette alle svara dine? Dette kan ikkje gjerast om.',
	clearYes: 'Ja, slett',
	clearNo: 'Avbryt',
	storageOnly: (days) =>
		`Svara dine blir berre lagra på denne eininga, og blir sletta ${count(days, true)} dagar etter at du svara sist.`,
	notice: (notice) =>
		isStorageNotice(notice)
			? storageNotice(notice)
			: notice.code === 'partial'
				? `Vi fann svara dine frå sist. Nokre påstandar er endra sidan då, så ${count(notice.dropped, true)} svar vart fjerna${
						notice.kept === 0 ? '' : ` og ${count(notice.kept, true)} halde på`
					}.`
				: notice.code === 'switched'
					? `Du bytte frå ${notice.from} til ${notice.to}. Svara dine vart med, og påstandar du alt har svart på, får du ikkje på nytt.`
					: notice.code === 'expired'
						? `Svara dine frå sist er sletta, fordi det var meir enn ${count(notice.days, true)} dagar sidan du svara. Du kan byrje på nytt.`
						: notices[notice.code],
	dismiss: 'Lukk meldinga',
	chooseEdition: 'Kvar bur du?',
	chooseEditionIntro: (editions) =>
		`Partia har ulike dokument i ${format.list(editions)}. Vel området ditt, så samanliknar vi deg med dei rette dokumenta.`,
	editionLink: (name) => `Start valomaten for ${name}`,
	start: 'Start',
	loading: 'Lastar valomaten …',
	resultsLoading: 'Hentar resultatet …',
	resultsFailed:
		'Resultatet kunne ikkje hentast. Sjekk nettsambandet og prøv igjen. Svara dine er lagra.',
	retry: 'Prøv igjen',
	restoreFailed:
		'Svara dine kunne ikkje hentast fram. Sjekk nettsambandet og prøv igjen. Svara er framleis lagra på denne eininga.',
	needsScript:
		'Valomaten treng JavaScript for å verke. Slå på JavaScript i nettlesaren, eller opne sida i ein annan nettlesar.',
	otherEdition: (name) => `Byt til ${name}`,
	editionLabel: 'Område',
	switchEditionLabel: 'Byt område',
	editionHeading,
	introLead: (statements, minutes) =>
		`Du får ${count(statements)} ${format.plural(statements, { one: 'påstand', other: 'påstandar' })} om helse og omsorg. Det tek om lag ${count(minutes, true)} minutt.`,
	introHowHeading: 'Slik svarar du',
	introFirst: 'Den første påstanden',
	introHow: [
		'Vel kor einig eller ueinig du er i kvar påstand. Du kan gå tilbake og endre svara.',
		'«Hopp over» går vidare utan svar. Påstanden tel då ikkje med i resultatet ditt.',
		'«Viktig for meg» gir påstanden meir vekt i resultatet. Du kan merke han før eller etter at du svarar.'
	],
	introParties: (names) => `Du blir samanlikna med ${format.list(names)}.`,
	pageTitle: (view, edition) => {
		const base = `${editionHeading(edition)} – ${site.name}`;
		return view.screen === 'results' ? `${resultsHeading} – ${base}` : base;
	}
} satisfies Messages['quiz'];

// ─── Saving and other tabs ──────────────────────────────────────────────────────────────────

const storageNotices = {
	'cleared-elsewhere': 'Svara dine vart sletta i ei anna fane.',
	unsaved:
		'Nettlesaren har slutta å lagre svara dine, kanskje fordi lagringsplassen er full. Svara finst no berre i denne fana og forsvinn om du lukkar henne eller lastar sida på nytt.'
} satisfies Record<Exclude<StorageNotice['code'], 'incomplete'>, string>;

function storageNotice(notice: StorageNotice): string {
	if (notice.code !== 'incomplete') return storageNotices[notice.code];
	return notice.kept === 0
		? 'Lagringa i nettlesaren slutta å verke sist, så svara du gav då, vart ikkje lagra.'
		: `Vi fann ${count(notice.kept, true)} svar frå sist. Lagringa i nettlesaren slutta å verke undervegs, så svar du gav etter det, vart ikkje lagra.`;
}
