/**
 * Bokmål text of the results screen. Part of the messages layer (`m.results`). Names, counts and dates come from the data; these functions put them into words.
 */
import type { Stance } from '#lib/scoring/types.ts';
import { common } from './common.ts';

export const results = {
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
	allClose: 'Partiene ligger svært nær hverandre ut fra svarene dine. Ingen av dem skiller seg ut.',
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
		const s = (stance: Stance | null) => `«${common.stanceName(stance)}»`;
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
	compareExact: (tenths: number) => `Uten avrunding er forskjellen ${points(tenths)} prosentpoeng.`,
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
		count === 1 ? 'Se hva partiet skriver (1 sitat)' : `Se hva partiene skriver (${count} sitater)`,
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
