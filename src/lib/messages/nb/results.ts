/**
 * Bokmål text of the results screen (`m.results`). Words only: the results view model
 * (`#lib/results`) decides what is shown; names, counts and numbers come from it and are
 * formatted with `common.format`.
 */
import type {
	ChangeRow,
	ChartView,
	Headline,
	Highlight,
	PairComparison,
	PartyTopicCount,
	PriorityParty,
	RankingRow,
	ResultSection,
	Verdict,
	WhatIfView
} from '#lib/results/index.ts';
import type { Answer, AnswerChange, Stance } from '#lib/scoring/index.ts';
import { rankingWords, type ChartVoice } from '../shared.ts';
import { common } from './common.ts';
import { notes, resultsHeading } from './results-shared.ts';

const { format, count, stanceName } = common;

/** "1 påstand", "3 påstander". */
const statements = (n: number) =>
	`${format.integer(n)} ${format.plural(n, { one: 'påstand', other: 'påstander' })}`;

/** "den ene påstanden", "de 3 påstandene"; `capital` starts a sentence: "Én påstand", "3 påstander". */
function theStatements(n: number, capital = false): string {
	if (capital) return n === 1 ? 'Én påstand' : statements(n);
	return n === 1 ? 'den ene påstanden' : `de ${format.integer(n)} påstandene`;
}

/**
 * A statement quoted inside a sentence: «…», without the statement's own full stop (the
 * sentence has its own punctuation; a question or exclamation mark stays).
 */
const quoted = (text: string) => `«${text.replace(/\.$/, '')}»`;

/** `text` ended as a sentence: a full stop, unless it already ends with a quoted ? or !. */
const sentence = (text: string) => (/[.?!]»?$/.test(text) ? text : `${text}.`);

/** "1 løfte", "14 løfter". */
const pledges = (n: number) =>
	`${format.integer(n)} ${format.plural(n, { one: 'løfte', other: 'løfter' })}`;

const basis = (n: number) => `basert på ${statements(n)}`;

const {
	statementRange,
	points,
	signedPoints,
	partyLabel,
	names,
	chartNotes,
	describeChart,
	partySummary
} = rankingWords(format, notes, statements, basis);

const ownVoice: ChartVoice = {
	answers: 'svarene dine',
	withWhom: 'med deg',
	tooFew: 'Du har svart på for få påstander til at partiene kan rangeres.'
};

/** Why a party is not ranked, as a sentence for the chart's description. */
function unrankedSentence(voice: ChartVoice, row: RankingRow): string {
	const name = row.party.name;
	if (row.flag === 'no-common-statements' || row.percent === null)
		return `${name} er ikke rangert: ingen felles påstander ${voice.withWhom}.`;
	return `${name} er ikke rangert: for lite grunnlag (${format.percent(row.percent)}, ${basis(row.basis)}).`;
}

/** The first sentence of the chart's description. */
function chartVerdict(voice: ChartVoice, verdict: Verdict): string {
	switch (verdict.kind) {
		case 'needs-more':
			return voice.tooFew;
		case 'all-close':
			return `Partiene ligger svært nær hverandre ut fra ${voice.answers}: ${names(verdict.parties)} deler førsteplassen.`;
		case 'shared-top':
			return `${names(verdict.parties)} deler førsteplassen.`;
		case 'top':
			return `${verdict.party.name} stemmer best med ${voice.answers}, med ${format.percent(verdict.percent)}.`;
	}
}

/** The chart's description in `voice`: the verdict, then every party with its percentage and notes. */
export const chartDescription = (voice: ChartVoice) => (verdict: Verdict, chart: ChartView) =>
	describeChart(chartVerdict(voice, verdict), chart, 'Rangert', (row) =>
		unrankedSentence(voice, row)
	);

/** One change of an answer, as a phrase after "Hvis du hadde …". */
function changePhrase(change: AnswerChange, statement: string): string {
	const s = (stance: Stance | null) => `«${stanceName(stance)}»`;
	const on = quoted(statement);
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
}

export const results = {
	howComputed: 'Slik regnes resultatet ut',
	moreLabel: 'Mer om resultatet',
	otherEditionNote: (name: string) =>
		`Svarene dine beholdes hvis du bytter til ${name}; da sammenlignes de med partienes dokumenter der.`,
	heading: resultsHeading,
	/**
	 * The verdict in one line: the party in first place with its percentage (among those that
	 * can be ranked, when some cannot), or why there is none.
	 */
	verdictLine: (verdict: Verdict, headline: Pick<Headline, 'first' | 'unranked'>) => {
		const withPercent = (row: RankingRow) =>
			row.percent === null ? row.party.name : `${row.party.name} (${format.percent(row.percent)})`;
		const among = headline.unranked > 0 ? ' av partiene som kan rangeres' : '';
		switch (verdict.kind) {
			case 'needs-more':
				return 'For lite grunnlag til å rangere partiene ennå.';
			case 'all-close':
				return 'Ingen av partiene skiller seg ut: de ligger svært nær hverandre ut fra svarene dine.';
			case 'shared-top':
				return `Du er omtrent like enig med ${format.list(headline.first.map(withPercent))}${among}.`;
			case 'top':
				return `Du er mest enig med ${verdict.party.name} (${format.percent(verdict.percent)})${among}.`;
		}
	},
	/** What the verdict rests on: the bases of the parties in first place, or what ranking needs. */
	verdictBasis: (verdict: Verdict, headline: Headline) => {
		const bases = headline.first.map((row) => row.basis);
		switch (verdict.kind) {
			case 'needs-more':
				return `Et parti rangeres når du og partiet begge har tatt stilling til minst ${statements(headline.minBasis)}.`;
			case 'top':
				return `Prosenten bygger på ${statementRange(bases)} som både du og partiet har tatt stilling til.`;
			case 'shared-top':
			case 'all-close':
				return `Forskjellen er så liten at ingen av dem kan kåres som best. Prosentene bygger på ${statementRange(bases)} som både du og partiet har tatt stilling til.`;
		}
	},
	fewShared:
		'Partiene har tatt stilling til få av de samme påstandene, så prosentene deres bygger for det meste på ulike påstander.',
	/** How far the voter has come, shown with «Fortsett med påstandene». */
	progress: (p: Headline['progress']) =>
		`Du har svart på ${format.integer(p.answered)} av ${statements(p.asked)}${p.skipped > 0 ? ` og hoppet over ${format.integer(p.skipped)}` : ''}.`,
	lead: 'Prosenten viser hvor enig du er med partiet på påstandene dere begge har tatt stilling til.',
	notes,
	changeAnswer: 'Endre svar',
	yourAnswer: 'Ditt svar',
	continueQuiz: 'Fortsett med påstandene',
	restart: 'Ta valgomaten på nytt',
	restartQuestion: 'Vil du starte på nytt? Svarene dine blir slettet fra denne enheten.',
	restartYes: 'Ja, slett svarene og start på nytt',
	restartNo: 'Avbryt',
	partyLabel,

	/** The page's navigation to its sections. */
	sectionsLabel: 'Resultatet i detalj',
	sections: {
		robustness: 'Hvor sikkert er resultatet?',
		statements: 'Påstand for påstand',
		parties: 'Partiene ett for ett',
		compare: 'Sammenlign to partier',
		priorities: 'Hva partiene prioriterer'
	} satisfies Record<ResultSection, string>,
	/** The sections' short names in the page's navigation. */
	sectionLinks: {
		robustness: 'Hvor sikkert?',
		statements: 'Påstand for påstand',
		parties: 'Partiene',
		compare: 'Sammenlign',
		priorities: 'Prioriteringer'
	} satisfies Record<ResultSection, string>,
	toTop: 'Til toppen av resultatet',

	chartTitle: 'Partiene sortert etter hvor enige de er med deg',
	/** The chart's description: the verdict, then every party with its percentage and notes. */
	chartDescription: chartDescription(ownVoice),
	chartNotes,
	showTable: 'Vis som tabell',
	hideTable: 'Skjul tabell',
	tableCaption: 'Resultatet som tabell',
	colParty: 'Parti',
	colScore: 'Enighet og grunnlag',
	noScore: 'ingen',
	unranked: 'Ikke rangert',

	whatIfIntro:
		'Her ser du hvor lite som skal til før et annet parti havner øverst. Det sier hvor tett partiene ligger, ikke hva du bør mene.',
	/** While «Hva om» is being worked out (a search, off the page's main thread). */
	whatIfSearching: 'Regner ut hva som skulle til …',
	whatIfOne: (row: ChangeRow, party: string) =>
		`Resultatet henger på ett svar: hadde du ${changePhrase(row.change, row.statement.text)}, ville ${party} vært alene på førsteplass.`,
	whatIfMany: (changes: number, party: string) =>
		`Resultatet henger på ${count(changes)} svar: med disse endringene ville ${party} vært alene på førsteplass.`,
	whatIfRobust: (view: Extract<WhatIfView, { kind: 'robust' }>) => {
		const most = `${count(view.maxChanges, true)} svar eller færre`;
		if (!view.exhaustive)
			return `Vi fant ingen endring av ${most} som ville gitt et annet parti førsteplassen, men vi rakk ikke å prøve alle muligheter.`;
		return view.sharedTop
			? `Delingen står seg: ingen endring av ${most} ville gitt ett av partiene førsteplassen alene.`
			: `Resultatet står seg: ingen endring av ${most} ville gitt et annet parti førsteplassen.`;
	},
	whatIfNoTop:
		'Ingen partier har nok grunnlag til å bli rangert ennå, så det er ingen førsteplass å endre.',
	/** One of several changes, as a list item. */
	changeItem: (row: ChangeRow) => {
		const phrase = changePhrase(row.change, row.statement.text);
		return sentence(`${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}`);
	},
	compareIntro:
		'Hvorfor ligger ett parti foran et annet? Velg to partier for å se hvilke påstander som skiller dem.',
	compareFirst: 'Parti',
	compareSecond: 'sammenlignet med',
	compareSame: 'Velg to ulike partier.',
	/** The comparison's heading: a question only when both parties are ranked. */
	compareTitle: (c: Exclude<PairComparison, { kind: 'same-party' }>) => {
		const [ahead, behind] = [c.ahead.name, c.behind.name];
		switch (c.kind === 'compared' ? c.standing : 'not-ranked') {
			case 'ahead':
				return `Hvorfor er ${ahead} foran ${behind}?`;
			case 'tied':
				return `Hvorfor ligger ${ahead} og ${behind} likt?`;
			case 'not-ranked':
				return `${ahead} sammenlignet med ${behind}`;
		}
	},
	compareScores: (ahead: string, percentAhead: number, behind: string, percentBehind: number) =>
		`${ahead} får ${format.percent(percentAhead)} og ${behind} ${format.percent(percentBehind)}.`,
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
	/** The voter's answer and both parties' stances on a compared statement. */
	compareDetail: (
		answer: Answer | null,
		ahead: { shortName: string; stance: Stance | null },
		behind: { shortName: string; stance: Stance | null }
	) =>
		`Ditt svar: ${common.answerWithImportance(answer)} · ${ahead.shortName}: ${stanceName(ahead.stance)} · ${behind.shortName}: ${stanceName(behind.stance)}`,
	compareNoDifference: 'Partiene får like mye uttelling på hver påstand.',
	compareBasesHeading: 'Partiene har standpunkt på ulike påstander',
	compareShared: (n: number, ahead: string, tenths: number) =>
		n === 0
			? 'Partiene har ikke standpunkt på noen av de samme påstandene du har svart på.'
			: `På ${theStatements(n)} som begge partiene har standpunkt på, ${tenths === 0 ? 'er partiene like enige med deg' : `ligger ${ahead} ${points(Math.abs(tenths))} prosentpoeng ${tenths > 0 ? 'foran' : 'bak'}`}.`,
	compareOnly: (n: number, name: string, tenths: number) => {
		const they = n === 1 ? 'Den' : 'De';
		const effect =
			tenths === 0
				? `${they} endrer ikke prosenten til ${name}.`
				: `${they} trekker ${name} ${tenths > 0 ? 'opp' : 'ned'} med ${points(Math.abs(tenths))} prosentpoeng.`;
		return `${theStatements(n, true)} har bare ${name} standpunkt på. ${effect}`;
	},
	compareSplit: (total: number, shared: number, onlyOne: number) =>
		`Av forskjellen på ${points(total)} prosentpoeng kommer ${points(shared)} fra påstander begge har standpunkt på, og ${points(onlyOne)} fra påstander bare ett av partiene har standpunkt på.`,

	statementsIntro:
		'Her ser du svaret ditt og partienes standpunkt på hver påstand, med partienes egne ord og lenke til linjen i dokumentet.',
	/** Shown where the page's language is not the documents' (`DOCUMENTS_LANG`). */
	quotesLanguageNote: 'Sitatene står slik partiene skrev dem, på bokmål.',
	filterLegend: 'Vis standpunktene til',
	filterAll: 'Alle partier',
	/** The disclosure of quotes; `party` when only one party is shown. */
	quotesSummary: (quotes: number, party: string | null) => {
		const n = `${format.integer(quotes)} ${format.plural(quotes, { one: 'sitat', other: 'sitater' })}`;
		if (party !== null) return `Se hva ${party} skriver (${n})`;
		return `Se hva ${format.plural(quotes, { one: 'partiet', other: 'partiene' })} skriver (${n})`;
	},
	noPositionNote: (name: string) =>
		`${name} har ikke tatt stilling til denne påstanden i dokumentene sine.`,
	sourceLink: (organisation: string, lines: readonly [number, number]) =>
		lines[0] === lines[1]
			? `${organisation}, linje ${lines[0]}`
			: `${organisation}, linje ${lines[0]}–${lines[1]}`,
	printedLines: (lines: readonly [number, number]) =>
		lines[0] === lines[1] ? `trykt linje ${lines[0]}` : `trykt linje ${lines[0]}–${lines[1]}`,
	/** Before the editors' reason for reading a document's quotes as the stance shown. */
	readingLabel: 'Slik leste vi det',
	partyStance: (name: string, stance: Stance) => `${name}: ${stanceName(stance)}`,

	partiesIntro:
		'For hvert parti: påstandene der du er mest og minst enig med partiet, og alle standpunktene. Sitatene og kildene står under hver påstand i «Påstand for påstand»: trykk på en påstand for å gå dit.',
	partySummary,
	agreeHeading: 'Her er dere mest enige',
	disagreeHeading: 'Her er dere mest uenige',
	noAgree: 'Ingen av svarene dine ligger nær partiets standpunkter.',
	noDisagree: 'Ingen av svarene dine ligger langt fra partiets standpunkter.',
	youVsParty: (h: Highlight, shortName: string) =>
		`Du: ${stanceName(h.voterStance)} · ${shortName}: ${stanceName(h.partyStance)}${h.important ? ` · ${common.importantMark}` : ''}`,
	partyDetails: (name: string) => `Alle standpunktene og dokumentene til ${name}`,
	documentsHeading: 'Dokumentene',
	positionsHeading: 'Standpunktene',
	positionsCount: (n: number, total: number) =>
		`Partiet har standpunkt på ${format.integer(n)} av ${statements(total)}.`,
	documentLink: (organisation: string, title: string) => `${organisation}: ${title}`,

	prioritiesIntro:
		'Her ser du hvor mange av løftene i partienes dokumenter som handler om hvert tema. Tallene er talt opp fra dokumentene, ikke fra svarene dine. Mange løfter om et tema betyr ikke nødvendigvis at partiet mener temaet er viktigere enn andre.',
	prioritiesHow:
		'Dokumentene er ulikt lange. Prosenten og stolpen viser derfor hvor stor del av partiets egne løfter som handler om temaet: en hel stolpe er alle løftene.',
	/** How the topics are ordered; `important`: the voter marked a statement as important. */
	prioritiesOrder: (important: boolean) =>
		important
			? 'Temaene til påstandene du har merket som viktige, står først. Deretter kommer temaene som får størst del av partienes løfter.'
			: 'Temaene som får størst del av partienes løfter, står først. Merker du en påstand som viktig, kommer temaet dens først.',
	prioritiesMethod: 'Slik har vi talt opp løftene',
	prioritiesPartiesLabel: 'Løftene i partienes dokumenter',
	/** A party's pledges, document by document when it has more than one. */
	prioritiesParty: (p: PriorityParty) => {
		const total = `${partyLabel(p.party.name, p.party.shortName)}: ${pledges(p.pledges)}`;
		if (p.documents.length < 2) return total;
		const parts = p.documents.map(
			(d) => `${format.integer(d.pledges)} fra ${d.document.organisation}`
		);
		return `${total} (${format.list(parts)})`;
	},
	prioritiesBothLevels:
		'Har et parti både et regionalt og et nasjonalt dokument, teller løftene i begge med.',
	prioritiesOther: 'Andre temaer',
	prioritiesOtherNote: 'Løfter som ikke handler om noen av temaene i påstandene.',
	prioritiesNone: 'Ingen av partiene har løfter om dette temaet i dokumentene sine.',
	prioritiesColParty: 'Parti',
	prioritiesColPledges: 'Løfter om temaet',
	/** A party's pledges on a topic out of all its pledges, with the share. */
	prioritiesCount: (c: PartyTopicCount) =>
		c.of === 0
			? pledges(0)
			: `${format.integer(c.count)} av ${pledges(c.of)} (${format.percent(c.share * 100)})`
};
