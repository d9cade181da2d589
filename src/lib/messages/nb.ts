/**
 * Every string the voter sees, in Norwegian bokmål. Components never hold UI
 * text of their own: they read it from here, so that nynorsk or English can
 * be added as another file of the same shape without touching a component.
 */

const regionNames = { akershus: 'Akershus', oslo: 'Oslo' } as const;

export const nb = {
	lang: 'nb',
	site: {
		name: 'Valgomat: helse og omsorg',
		shortName: 'Valgomat',
		skipToContent: 'Hopp til innholdet',
		navLabel: 'Hovedmeny',
		navHome: 'Start',
		navSources: 'Kilder',
		privacy: 'Svarene dine lagres bare på denne enheten. Ingenting sendes til oss eller andre.',
		footerSource: 'Åpen kildekode. Partienes standpunkter er hentet fra deres egne dokumenter.'
	},
	home: {
		title: 'Valgomat: helse og omsorg',
		lead: 'Se hvor enig du er med partiene om helse og omsorg. Hvert standpunkt er hentet fra partienes egne dokumenter, og du kan lese de nøyaktige ordene.',
		partiesHeading: 'Partiene og dokumentene',
		partiesIntro:
			'Valgomaten sammenligner deg med tre partier. Standpunktene bygger på disse dokumentene:',
		pledgeCount: (n: number) => (n === 1 ? '1 løfte' : `${n} løfter`),
		comingSoon: 'Spørsmålene kommer snart.'
	},
	region: {
		name: (region: keyof typeof regionNames | null) =>
			region === null ? 'Hele landet' : regionNames[region]
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
