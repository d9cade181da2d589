/**
 * Bokmål text of the site frame and the start page. Part of the messages layer (`m.site`, `m.home`). Names, counts and dates come from the data; these functions put them into words.
 */
import { common } from './common.ts';

export const site = {
	name: 'Valgomat: helse og omsorg',
	shortName: 'Valgomat',
	skipToContent: 'Hopp til innholdet',
	navLabel: 'Hovedmeny',
	privacy: 'Ingen sporing, ingen informasjonskapsler: svarene dine forlater aldri enheten din.',
	privacyLabel: 'Personvern',
	footerSource: 'Åpen kildekode. Partienes standpunkter er hentet fra deres egne dokumenter.'
};

export const home = {
	title: 'Valgomat: helse og omsorg',
	lead: 'Se hvor enig du er med partiene om helse og omsorg. Hvert standpunkt er hentet fra partienes egne dokumenter, og du kan lese de nøyaktige ordene.',
	partiesHeading: 'Partiene og dokumentene',
	partiesIntro: (parties: number) =>
		`Valgomaten sammenligner deg med ${common.count(parties)} partier. Standpunktene bygger på disse dokumentene:`
};
