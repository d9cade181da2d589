/**
 * Every string the voter sees, in Norwegian bokmål. Components never hold UI
 * text of their own: they read it from here, so that nynorsk or English can
 * be added as another file of the same shape without touching a component.
 */

import { REGION_NAMES, type RegionId } from '../pledges/types.ts';
import { methodology } from './methodology.nb.ts';

export const nb = {
	lang: 'nb',
	methodology,
	site: {
		name: 'Valgomat: helse og omsorg',
		shortName: 'Valgomat',
		skipToContent: 'Hopp til innholdet',
		navLabel: 'Hovedmeny',
		navHome: 'Start',
		navSources: 'Kilder',
		privacy: 'Ingen sporing, ingen informasjonskapsler: svarene dine forlater aldri enheten din.',
		privacyLabel: 'Personvern',
		footerSource: 'Åpen kildekode. Partienes standpunkter er hentet fra deres egne dokumenter.'
	},
	home: {
		title: 'Valgomat: helse og omsorg',
		lead: 'Se hvor enig du er med partiene om helse og omsorg. Hvert standpunkt er hentet fra partienes egne dokumenter, og du kan lese de nøyaktige ordene.',
		partiesHeading: 'Partiene og dokumentene',
		partiesIntro:
			'Valgomaten sammenligner deg med tre partier. Standpunktene bygger på disse dokumentene:',
		pledgeCount: (n: number) => (n === 1 ? '1 løfte' : `${n} løfter`)
	},
	region: {
		name: (region: RegionId | null) => (region === null ? 'Hele landet' : REGION_NAMES[region])
	},
	stance: {
		'2': 'Helt enig',
		'1': 'Delvis enig',
		'0': 'Nøytral',
		'-1': 'Delvis uenig',
		'-2': 'Helt uenig',
		none: 'Ingen standpunkt',
		skipped: 'Hoppet over'
	} as Record<string, string>,
	quiz: {
		progress: (position: number, total: number) => `Påstand ${position} av ${total}`,
		progressLabel: 'Framdrift',
		answersLabel: 'Svaralternativer',
		skip: 'Hopp over',
		important: 'Viktig for meg',
		back: 'Tilbake',
		showResults: 'Se resultatet',
		readMore: 'Les mer',
		chosen: 'valgt',
		answeredAs: (label: string) => `Ditt svar: ${label}`,
		skippedNote: 'Du hoppet over denne påstanden.',
		shortcutsHeading: 'Hurtigtaster',
		shortcutsIntro: 'Når markøren er i påstanden eller svarknappene, kan du bruke disse tastene:',
		shortcuts: [
			['1–5', 'svar fra «Helt enig» (1) til «Helt uenig» (5)'],
			['S', 'hopp over'],
			['V', 'merk som viktig for meg'],
			['←', 'tilbake til forrige påstand']
		] as [string, string][],
		clear: 'Slett svarene mine',
		clearConfirm: 'Vil du slette alle svarene dine? Dette kan ikke angres.',
		clearYes: 'Ja, slett',
		clearNo: 'Avbryt',
		cleared: 'Svarene dine er slettet.',
		storageOnly: 'Svarene dine lagres bare på denne enheten.',
		storageUnavailable:
			'Nettleseren lar oss ikke lagre svarene. Quizen virker, men svarene forsvinner hvis du lukker siden.',
		restored: 'Vi fant svarene dine fra sist, og du kan fortsette der du slapp.',
		restoredPartial: (kept: number, dropped: number) =>
			`Vi fant svarene dine fra sist. Noen påstander er endret siden da, så ${dropped === 1 ? 'ett svar' : `${dropped} svar`} ble fjernet og ${kept === 1 ? 'ett' : kept} beholdt.`,
		restoredReset: 'Vi kunne ikke lese de lagrede svarene dine, så quizen starter på nytt.',
		chooseEdition: 'Hvor bor du?',
		chooseEditionIntro:
			'Partiene har ulike dokumenter i Akershus og Oslo. Velg området ditt, så sammenligner vi deg med riktige dokumenter.',
		editionLink: (name: string) => `Start valgomaten for ${name}`,
		start: 'Start',
		startOver: 'Start på nytt',
		changeEdition: 'Bytt område',
		otherEdition: (name: string) => `Bytt til ${name}`,
		editionHeading: (name: string) => `Valgomat for ${name}`,
		introLead: (statements: number) =>
			`Du får ${statements} påstander om helse og omsorg. Svar så godt du kan; du kan hoppe over påstander og merke dem som er viktige for deg.`,
		introParties: (names: string) => `Du sammenlignes med ${names}.`,
		dismiss: 'Lukk meldingen',
		unknownEdition: (value: string) =>
			`Vi kjenner ikke området «${value}» i lenken. Velg Akershus eller Oslo.`
	},
	results: {
		heading: 'Resultatet ditt',
		lead: 'Slik stemmer svarene dine med partienes standpunkter.',
		percent: (n: number) => `${n} %`,
		basis: (n: number) => (n === 1 ? 'basert på 1 påstand' : `basert på ${n} påstander`),
		tooLittleBasis: 'for lite grunnlag',
		noCommon: 'ingen felles påstander',
		sharedFirst: 'delt førsteplass',
		tied: 'likt med partiet over',
		needsMore:
			'Du har svart på for få påstander som partiene har standpunkt i. Svar på flere for å få et resultat.',
		allClose:
			'Partiene ligger svært nær hverandre ut fra svarene dine. Ingen av dem skiller seg ut.',
		changeAnswers: 'Endre svar',
		changeAnswer: 'Endre svar',
		yourAnswer: 'Ditt svar',
		continueQuiz: 'Fortsett med påstandene'
	},
	document: {
		published: (date: string) =>
			date === 'unknown' ? 'Publiseringsdato ikke oppgitt' : `Publisert ${formatDate(date)}`,
		organisation: 'Avsender',
		region: 'Gjelder',
		kind: 'Type',
		kinds: {
			resolution: 'Uttalelse',
			'web-page': 'Nettside',
			'programme-section': 'Programkapittel'
		} as Record<string, string>,
		textHeading: 'Dokumentets tekst',
		textIntro: (pledges: number) =>
			`Teksten er gjengitt ordrett. Linjenumrene til venstre viser linjen i filen; ${pledges === 1 ? 'løftet' : `de ${pledges} løftene`} partiet lister opp er markert.`,
		printedIntro:
			'Dokumentet er hentet fra en PDF. Tallet i grått er linjenummeret som står i den trykte utgaven.',
		lineLabel: (line: number) => `Linje ${line}`,
		printedLabel: (printed: number) => `trykt linje ${printed}`,
		pledgeMarker: 'Løfte',
		pledgeStart: 'Løfte starter',
		pledgeEnd: 'Løfte slutter',
		backToStart: 'Tilbake til start',
		rawFile: 'Last ned råteksten'
	}
};

function formatDate(iso: string): string {
	const [y, m, d] = iso.split('-');
	return `${Number(d)}.${Number(m)}.${y}`;
}
