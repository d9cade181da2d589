/**
 * Bokmål text of the quiz screens: intro, answering, notices. Part of the messages layer (`m.quiz`). Names, counts and dates come from the data; these functions put them into words.
 */
import { common } from './common.ts';

export const quiz = {
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
	noPositionsHere: (area: string) =>
		`Ingen av partiene har standpunkt i dette i dokumentene for ${area}, så svaret teller ikke i resultatet for ${area}.`,
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
	chooseEditionIntro: (editions: readonly string[]) =>
		`Partiene har ulike dokumenter i ${common.format.list(editions)}. Velg området ditt, så sammenligner vi deg med riktige dokumenter.`,
	editionLink: (name: string) => `Start valgomaten for ${name}`,
	start: 'Start',
	changeEdition: 'Bytt område',
	otherEdition: (name: string) => `Bytt til ${name}`,
	editionHeading: (name: string) => `Valgomat for ${name}`,
	introLead: (statements: number) =>
		`Du får ${statements} påstander om helse og omsorg. Svar så godt du kan; du kan hoppe over påstander og merke dem som er viktige for deg.`,
	introParties: (names: string) => `Du sammenlignes med ${names}.`,
	dismiss: 'Lukk meldingen',
	unknownEdition: (value: string, editions: readonly string[]) =>
		`Vi kjenner ikke området «${value}» i lenken. Velg ${common.format.list(editions, 'disjunction')}.`
};
