/**
 * Every string the voter sees, in Norwegian bokmål. Components never hold UI
 * text of their own: they read it from here, so that nynorsk or English can
 * be added as another file of the same shape without touching a component.
 */

import { REGION_NAMES, type RegionId } from '../pledges/types.ts';
import type { Stance } from '../scoring/types.ts';
import { methodology } from './methodology.nb.ts';

const stance = {
	'2': 'Helt enig',
	'1': 'Delvis enig',
	'0': 'Nøytral',
	'-1': 'Delvis uenig',
	'-2': 'Helt uenig',
	none: 'Ingen standpunkt',
	skipped: 'Hoppet over'
} satisfies Record<`${Stance}` | 'none' | 'skipped', string>;

function stanceName(s: Stance | null): string {
	return s === null ? stance.none : stance[`${s}`];
}

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
	stance,
	/** A stance as words; null is «Ingen standpunkt». */
	stanceName,
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
		chooseEditionIntro:
			'Partiene har ulike dokumenter i Akershus og Oslo. Velg området ditt, så sammenligner vi deg med riktige dokumenter.',
		editionLink: (name: string) => `Start valgomaten for ${name}`,
		start: 'Start',
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
		howComputed: 'Slik regnes resultatet ut',
		moreLabel: 'Mer om resultatet',
		otherEditionNote: (name: string) =>
			`Svarene dine beholdes hvis du bytter til ${name}; da sammenlignes de med partienes dokumenter der.`,
		heading: 'Resultatet ditt',
		lead: 'Slik stemmer svarene dine med partienes standpunkter. Prosenten viser hvor enig du er med partiet på påstandene dere begge har tatt stilling til.',
		percent: (n: number) => `${n} %`,
		basis: (n: number) => (n === 1 ? 'basert på 1 påstand' : `basert på ${n} påstander`),
		basisShort: (n: number) => (n === 1 ? '1 påstand' : `${n} påstander`),
		/** The ranking notes, keyed by the codes of `rankingRows`. */
		notes: {
			'shared-first': 'delt førsteplass',
			tied: 'likt med partiet over',
			'too-little-basis': 'for lite grunnlag',
			'no-common-statements': 'ingen felles påstander'
		} as Record<string, string>,
		tooLittleBasis: 'for lite grunnlag',
		noCommon: 'ingen felles påstander',
		sharedFirst: 'delt førsteplass',
		tied: 'likt med partiet over',
		needsMore:
			'Du har svart på for få påstander som partiene har standpunkt i. Svar på flere for å få et resultat.',
		allClose:
			'Partiene ligger svært nær hverandre ut fra svarene dine. Ingen av dem skiller seg ut.',
		sharedTop: (names: string) =>
			`${names} deler førsteplassen: forskjellen mellom dem er så liten at ingen av dem kan kåres som best.`,
		changeAnswers: 'Endre svar',
		changeAnswer: 'Endre svar',
		yourAnswer: 'Ditt svar',
		notAnswered: 'Ikke besvart',
		importantMark: 'viktig for deg',
		continueQuiz: 'Fortsett med påstandene',
		/** Party name with short name, e.g. "Arbeiderpartiet (Ap)". */
		partyLabel: (name: string, shortName: string) => `${name} (${shortName})`,
		/** "A", "A og B", "A, B og C". */
		list: (items: readonly string[]) =>
			items.length <= 1
				? (items[0] ?? '')
				: `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`,

		rankingHeading: 'Hvor enig du er med partiene',
		chartTitle: 'Partiene sortert etter hvor enige de er med deg',
		chartTop: (name: string, percent: number) =>
			`${name} stemmer best med svarene dine, med ${percent} %.`,
		chartSharedTop: (names: string) => `${names} deler førsteplassen.`,
		chartAllClose: (names: string) =>
			`Partiene ligger svært nær hverandre ut fra svarene dine: ${names} deler førsteplassen.`,
		chartNeedsMore: 'Du har svart på for få påstander til at partiene kan rangeres.',
		chartRest: (items: string) => `Alle partiene: ${items}.`,
		chartItem: (name: string, percent: number | null) =>
			percent === null ? `${name} ingen felles påstander` : `${name} ${percent} %`,
		showTable: 'Vis som tabell',
		tableCaption: 'Resultatet som tabell',
		colParty: 'Parti',
		colScore: 'Enighet',
		colBasis: 'Grunnlag',
		noScore: 'ingen',
		unranked: 'Ikke rangert',

		whatIfHeading: 'Dette kunne endret resultatet ditt',
		whatIfOne: (change: string, party: string) =>
			`Hvis du hadde ${change}, ville ${party} vært alene på førsteplass.`,
		whatIfMany: (count: number, party: string) =>
			`Hvis du hadde gjort disse ${count === 2 ? 'to' : 'tre'} endringene, ville ${party} vært alene på førsteplass:`,
		whatIfRobust: 'Ingen endring av tre svar eller færre ville gitt et annet parti førsteplassen.',
		whatIfRobustTied:
			'Ingen endring av tre svar eller færre ville gitt ett av partiene førsteplassen alene.',
		whatIfUnsure:
			'Vi fant ingen endring av tre svar eller færre som ville gitt et annet parti førsteplassen, men vi rakk ikke å prøve alle muligheter.',
		whatIfNoTop:
			'Ingen partier har nok grunnlag til å bli rangert ennå, så det er ingen førsteplass å endre.',
		/** One change of an answer, as a phrase after "Hvis du hadde …". */
		change: (
			change: {
				kind: 'stance' | 'answer' | 'skip' | 'importance' | 'stance-and-importance';
				from: { stance: Stance | null; important: boolean };
				to: { stance: Stance | null; important: boolean };
			},
			statement: string
		) => {
			const s = (stance: Stance | null) => `«${stanceName(stance)}»`;
			const on = `«${statement}»`;
			switch (change.kind) {
				case 'stance':
					return `svart ${s(change.to.stance)} i stedet for ${s(change.from.stance)} på ${on}`;
				case 'stance-and-importance':
					return `svart ${s(change.to.stance)} i stedet for ${s(change.from.stance)} på ${on} og ${change.to.important ? 'markert den som viktig' : 'ikke markert den som viktig'}`;
				case 'importance':
					return change.to.important
						? `markert ${on} som viktig`
						: `latt være å markere ${on} som viktig`;
				case 'answer':
					return `svart ${s(change.to.stance)} på ${on}${change.to.important ? ' og markert den som viktig' : ''} i stedet for å hoppe over den`;
				case 'skip':
					return `hoppet over ${on}`;
			}
		},

		compareHeading: 'Hvorfor ligger ett parti foran et annet?',
		compareIntro: 'Velg to partier for å se hvilke påstander som skiller dem.',
		compareFirst: 'Parti',
		compareSecond: 'sammenlignet med',
		compareSame: 'Velg to ulike partier.',
		compareQuestion: (ahead: string, behind: string) => `Hvorfor er ${ahead} foran ${behind}?`,
		compareQuestionTied: (a: string, b: string) => `Hvorfor ligger ${a} og ${b} likt?`,
		compareNeutral: (a: string, b: string) => `${a} sammenlignet med ${b}`,
		compareScores: (ahead: string, pa: number, behind: string, pb: number) =>
			`${ahead} får ${pa} % og ${behind} ${pb} %.`,
		compareExact: (tenths: number) =>
			`Uten avrunding er forskjellen ${points(tenths)} prosentpoeng.`,
		compareTied:
			'Forskjellen er så liten at én påstand kunne snudd den, så partiene regnes som likt plassert.',
		compareNotComparable: (name: string) =>
			`${name} har ingen standpunkt på påstandene du har svart på, så partiene kan ikke sammenlignes.`,
		compareFlagged: (name: string) =>
			`${name} har standpunkt på for få av påstandene du har svart på til å bli rangert.`,
		compareTopHeading: 'Påstandene som betyr mest for forskjellen',
		compareTopIntro: (ahead: string, behind: string) =>
			`Tallet er påstandens bidrag til forskjellen: pluss taler for ${ahead}, minus for ${behind}.`,
		compareFavours: (tenths: number, ahead: string, behind: string) =>
			`${signedPoints(tenths)} prosentpoeng, taler for ${tenths >= 0 ? ahead : behind}`,
		compareNoDifference: 'Partiene får like mye uttelling på hver påstand.',
		compareBasesHeading: 'Partiene har standpunkt på ulike påstander',
		compareShared: (count: number, ahead: string, tenths: number) =>
			count === 0
				? 'Partiene har ikke standpunkt på noen av de samme påstandene du har svart på.'
				: `På ${statementsCount(count)} som begge partiene har standpunkt på, ${tenths === 0 ? 'er partiene like enige med deg' : `ligger ${ahead} ${points(Math.abs(tenths))} prosentpoeng ${tenths > 0 ? 'foran' : 'bak'}`}.`,
		compareOnly: (count: number, name: string, tenths: number) =>
			`${statementsCount(count, true)} har bare ${name} standpunkt på. ${tenths === 0 ? `${count === 1 ? 'Den' : 'De'} endrer ikke prosenten til ${name}.` : `${count === 1 ? 'Den' : 'De'} trekker ${name} ${tenths > 0 ? 'opp' : 'ned'} med ${points(Math.abs(tenths))} prosentpoeng.`}`,
		compareSplit: (total: number, shared: number, onlyOne: number) =>
			`Av forskjellen på ${points(total)} prosentpoeng kommer ${points(shared)} fra påstander begge har standpunkt på, og ${points(onlyOne)} fra påstander bare ett av partiene har standpunkt på.`,

		statementsHeading: 'Påstand for påstand',
		statementsIntro:
			'Her ser du svaret ditt og partienes standpunkt på hver påstand, med partienes egne ord og lenke til linjen i dokumentet.',
		filterLegend: 'Vis standpunktene til',
		filterAll: 'Alle partier',
		quotesSummary: (count: number) =>
			count === 1
				? 'Se hva partiet skriver (1 sitat)'
				: `Se hva partiene skriver (${count} sitater)`,
		quotesSummaryOne: (name: string, count: number) =>
			`Se hva ${name} skriver (${count === 1 ? '1 sitat' : `${count} sitater`})`,
		noPositionNote: (name: string) =>
			`${name} har ikke tatt stilling til denne påstanden i dokumentene sine.`,
		sourceLink: (organisation: string, lines: readonly [number, number]) =>
			lines[0] === lines[1]
				? `${organisation}, linje ${lines[0]}`
				: `${organisation}, linje ${lines[0]}–${lines[1]}`,
		printedLines: (lines: readonly [number, number]) =>
			lines[0] === lines[1] ? `trykt linje ${lines[0]}` : `trykt linje ${lines[0]}–${lines[1]}`,
		partyStance: (name: string) => `${name}:`,

		partiesHeading: 'Partiene ett for ett',
		partiesIntro:
			'For hvert parti: påstandene der du er mest og minst enig med partiet, og alle standpunktene med kilder.',
		agreeHeading: 'Her er dere mest enige',
		disagreeHeading: 'Her er dere mest uenige',
		noAgree: 'Ingen av svarene dine ligger nær partiets standpunkter.',
		noDisagree: 'Ingen av svarene dine ligger langt fra partiets standpunkter.',
		youVsParty: (you: string, shortName: string, party: string) =>
			`Du: ${you} · ${shortName}: ${party}`,
		partyDetails: (name: string) => `Alle standpunktene og dokumentene til ${name}`,
		documentsHeading: 'Dokumentene',
		positionsHeading: 'Standpunktene',
		positionsCount: (n: number, total: number) =>
			`Partiet har standpunkt på ${n} av ${total} påstander.`,
		documentLink: (organisation: string, title: string) => `${organisation}: ${title}`
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

/** "1 påstand" / "3 påstander"; `capital` starts with a word for one ("Én påstand"). */
function statementsCount(n: number, capital = false): string {
	if (n === 1) return capital ? 'Én påstand' : 'den ene påstanden';
	return capital ? `${n} påstander` : `de ${n} påstandene`;
}

/** Tenths of a percentage point as a Norwegian decimal: 158 → "15,8". */
function points(tenths: number): string {
	const abs = Math.abs(tenths);
	const text = `${Math.floor(abs / 10)},${abs % 10}`;
	return tenths < 0 ? `−${text}` : text;
}

/** Signed: "+1,5", "−1,5". */
function signedPoints(tenths: number): string {
	return tenths > 0 ? `+${points(tenths)}` : points(tenths);
}

function formatDate(iso: string): string {
	const [y, m, d] = iso.split('-');
	return `${Number(d)}.${Number(m)}.${y}`;
}
