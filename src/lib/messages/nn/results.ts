/**
 * Nynorsk text of the results screen (`m.results`). Words only: the results view model
 * decides what is shown; names, counts and numbers come from it.
 */
import type { ChangeRow, ChartView, RankingRow, Verdict } from '#lib/results/index.ts';
import type { AnswerChange, Stance } from '#lib/scoring/index.ts';
import type { Messages } from '../index.ts';
import { rankingWords, type ChartVoice } from '../shared.ts';
import { common } from './common.ts';
import { notes, resultsHeading } from './results-shared.ts';

const { format, count, stanceName } = common;

/** «1 påstand», «3 påstandar». */
const statements = (n: number) =>
	`${format.integer(n)} ${format.plural(n, { one: 'påstand', other: 'påstandar' })}`;

/** «den eine påstanden», «dei 3 påstandane»; `capital` starts a sentence: «Éin påstand». */
function theStatements(n: number, capital = false): string {
	if (capital) return n === 1 ? 'Éin påstand' : statements(n);
	return n === 1 ? 'den eine påstanden' : `dei ${format.integer(n)} påstandane`;
}

/** A statement quoted inside a sentence: «…», without its own full stop. */
const quoted = (text: string) => `«${text.replace(/\.$/, '')}»`;

/** `text` ended as a sentence. */
const sentence = (text: string) => (/[.?!]»?$/.test(text) ? text : `${text}.`);

/** «1 lovnad», «14 lovnader». */
const pledges = (n: number) =>
	`${format.integer(n)} ${format.plural(n, { one: 'lovnad', other: 'lovnader' })}`;

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
	answers: 'svara dine',
	withWhom: 'med deg',
	tooFew: 'Du har svart på for få påstandar til at partia kan rangerast.'
};

function unrankedSentence(voice: ChartVoice, row: RankingRow): string {
	const name = row.party.name;
	if (row.flag === 'no-common-statements' || row.percent === null)
		return `${name} er ikkje rangert: ingen felles påstandar ${voice.withWhom}.`;
	return `${name} er ikkje rangert: for lite grunnlag (${format.percent(row.percent)}, ${basis(row.basis)}).`;
}

function chartVerdict(voice: ChartVoice, verdict: Verdict): string {
	switch (verdict.kind) {
		case 'needs-more':
			return voice.tooFew;
		case 'all-close':
			return `Partia ligg svært nær kvarandre ut frå ${voice.answers}: ${names(verdict.parties)} deler førsteplassen.`;
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

/** One change of an answer, as a phrase after «Viss du hadde …». */
function changePhrase(change: AnswerChange, statement: string): string {
	const s = (stance: Stance | null) => `«${stanceName(stance)}»`;
	const on = quoted(statement);
	switch (change.kind) {
		case 'stance':
			return `svart ${s(change.to.stance)} i staden for ${s(change.from.stance)} på ${on}`;
		case 'stance-and-importance':
			return `svart ${s(change.to.stance)} i staden for ${s(change.from.stance)} på ${on} og ${change.to.important ? 'merkt han som viktig' : 'ikkje merkt han som viktig'}`;
		case 'importance':
			return change.to.important ? `merkt ${on} som viktig` : `late vere å merkje ${on} som viktig`;
		case 'answer':
			return `svart ${s(change.to.stance)} på ${on}${change.to.important ? ' og merkt han som viktig' : ''} i staden for å hoppe over han`;
		case 'skip':
			return `hoppa over ${on}`;
	}
}

export const results = {
	howComputed: 'Slik blir resultatet rekna ut',
	moreLabel: 'Meir om resultatet',
	otherEditionNote: (name) =>
		`Svara dine blir med om du byter til ${name}; då blir dei samanlikna med dokumenta til partia der.`,
	heading: resultsHeading,
	verdictLine: (verdict, headline) => {
		const withPercent = (row: RankingRow) =>
			row.percent === null ? row.party.name : `${row.party.name} (${format.percent(row.percent)})`;
		const among = headline.unranked > 0 ? ' av partia som kan rangerast' : '';
		switch (verdict.kind) {
			case 'needs-more':
				return 'For lite grunnlag til å rangere partia enno.';
			case 'all-close':
				return 'Ingen av partia skil seg ut: dei ligg svært nær kvarandre ut frå svara dine.';
			case 'shared-top':
				return `Du er omtrent like einig med ${format.list(headline.first.map(withPercent))}${among}.`;
			case 'top':
				return `Du er mest einig med ${verdict.party.name} (${format.percent(verdict.percent)})${among}.`;
		}
	},
	verdictBasis: (verdict, headline) => {
		const bases = headline.first.map((row) => row.basis);
		switch (verdict.kind) {
			case 'needs-more':
				return `Eit parti blir rangert når både du og partiet har teke stilling til minst ${statements(headline.minBasis)}.`;
			case 'top':
				return `Prosenten byggjer på ${statementRange(bases)} som både du og partiet har teke stilling til.`;
			case 'shared-top':
			case 'all-close':
				return `Skilnaden er så liten at ingen av dei kan kårast som best. Prosentane byggjer på ${statementRange(bases)} som både du og partiet har teke stilling til.`;
		}
	},
	fewShared:
		'Partia har teke stilling til få av dei same påstandane, så prosentane deira byggjer for det meste på ulike påstandar.',
	progress: (p) =>
		`Du har svart på ${format.integer(p.answered)} av ${statements(p.asked)}${p.skipped > 0 ? ` og hoppa over ${format.integer(p.skipped)}` : ''}.`,
	lead: 'Prosenten viser kor einig du er med partiet i påstandane de begge har teke stilling til.',
	notes,
	changeAnswer: 'Endre svar',
	yourAnswer: 'Svaret ditt',
	continueQuiz: 'Hald fram med påstandane',
	restart: 'Ta valomaten på nytt',
	restartQuestion: 'Vil du starte på nytt? Svara dine blir sletta frå denne eininga.',
	restartYes: 'Ja, slett svara og start på nytt',
	restartNo: 'Avbryt',
	partyLabel,

	sectionsLabel: 'Resultatet i detalj',
	sections: {
		robustness: 'Kor sikkert er resultatet?',
		statements: 'Påstand for påstand',
		parties: 'Partia eitt for eitt',
		compare: 'Samanlikn to parti',
		priorities: 'Kva partia prioriterer'
	},
	sectionLinks: {
		robustness: 'Kor sikkert?',
		statements: 'Påstand for påstand',
		parties: 'Partia',
		compare: 'Samanlikn',
		priorities: 'Prioriteringar'
	},
	toTop: 'Til toppen av resultatet',

	chartTitle: 'Partia sorterte etter kor einige dei er med deg',
	chartDescription: chartDescription(ownVoice),
	chartNotes,
	showTable: 'Vis som tabell',
	hideTable: 'Skjul tabellen',
	tableCaption: 'Resultatet som tabell',
	colParty: 'Parti',
	colScore: 'Semje og grunnlag',
	noScore: 'ingen',
	unranked: 'Ikkje rangert',

	whatIfIntro:
		'Her ser du kor lite som skal til før eit anna parti hamnar øvst. Det seier kor tett partia ligg, ikkje kva du bør meine.',
	/** While «Hva om» is being worked out (a search, off the page's main thread). */
	whatIfSearching: 'Reknar ut kva som skulle til …',
	whatIfOne: (row: ChangeRow, party) =>
		`Resultatet heng på eitt svar: hadde du ${changePhrase(row.change, row.statement.text)}, ville ${party} vore åleine på førsteplass.`,
	whatIfMany: (changes, party) =>
		`Resultatet heng på ${count(changes, true)} svar: med desse endringane ville ${party} vore åleine på førsteplass.`,
	whatIfRobust: (view) => {
		const most = `${count(view.maxChanges, true)} svar eller færre`;
		if (!view.exhaustive)
			return `Vi fann inga endring av ${most} som ville gitt eit anna parti førsteplassen, men vi rakk ikkje å prøve alle moglegheiter.`;
		return view.sharedTop
			? `Delinga står seg: inga endring av ${most} ville gitt eitt av partia førsteplassen åleine.`
			: `Resultatet står seg: inga endring av ${most} ville gitt eit anna parti førsteplassen.`;
	},
	whatIfNoTop:
		'Ikkje noko parti har nok grunnlag til å bli rangert enno, så det finst ingen førsteplass å endre.',
	changeItem: (row) => {
		const phrase = changePhrase(row.change, row.statement.text);
		return sentence(`${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}`);
	},
	compareIntro:
		'Kvifor ligg eitt parti framfor eit anna? Vel to parti for å sjå kva påstandar som skil dei.',
	compareFirst: 'Parti',
	compareSecond: 'samanlikna med',
	compareSame: 'Vel to ulike parti.',
	compareTitle: (c) => {
		const [ahead, behind] = [c.ahead.name, c.behind.name];
		switch (c.kind === 'compared' ? c.standing : 'not-ranked') {
			case 'ahead':
				return `Kvifor er ${ahead} framfor ${behind}?`;
			case 'tied':
				return `Kvifor ligg ${ahead} og ${behind} likt?`;
			case 'not-ranked':
				return `${ahead} samanlikna med ${behind}`;
		}
	},
	compareScores: (ahead, percentAhead, behind, percentBehind) =>
		`${ahead} får ${format.percent(percentAhead)} og ${behind} ${format.percent(percentBehind)}.`,
	compareExact: (tenths) => `Utan avrunding er skilnaden ${points(tenths)} prosentpoeng.`,
	compareTied:
		'Skilnaden er så liten at éin påstand kunne snudd han, så partia blir rekna som likt plasserte.',
	compareNotComparable: (name) =>
		`${name} har ikkje noko standpunkt i påstandane du har svart på, så partia kan ikkje samanliknast.`,
	compareFlagged: (name) =>
		`${name} har standpunkt i for få av påstandane du har svart på til å bli rangert.`,
	compareTopHeading: 'Påstandane som betyr mest for skilnaden',
	compareTopIntro: (ahead, behind) =>
		`Talet er kor mykje påstanden bidreg til skilnaden: pluss talar for ${ahead}, minus for ${behind}.`,
	compareFavours: (tenths, ahead, behind) =>
		`${signedPoints(tenths)} prosentpoeng, talar for ${tenths >= 0 ? ahead : behind}`,
	compareDetail: (answer, ahead, behind) =>
		`Svaret ditt: ${common.answerWithImportance(answer)} · ${ahead.shortName}: ${stanceName(ahead.stance)} · ${behind.shortName}: ${stanceName(behind.stance)}`,
	compareNoDifference: 'Partia får like mykje uttelling i kvar påstand.',
	compareBasesHeading: 'Partia har standpunkt i ulike påstandar',
	compareShared: (n, ahead, tenths) =>
		n === 0
			? 'Partia har ikkje standpunkt i nokon av dei same påstandane du har svart på.'
			: `I ${theStatements(n)} som begge partia har standpunkt i, ${tenths === 0 ? 'er partia like einige med deg' : `ligg ${ahead} ${points(Math.abs(tenths))} prosentpoeng ${tenths > 0 ? 'framfor' : 'bak'}`}.`,
	compareOnly: (n, name, tenths) => {
		const they = n === 1 ? 'Han' : 'Dei';
		const effect =
			tenths === 0
				? `${they} endrar ikkje prosenten til ${name}.`
				: `${they} trekkjer ${name} ${tenths > 0 ? 'opp' : 'ned'} med ${points(Math.abs(tenths))} prosentpoeng.`;
		return `${theStatements(n, true)} har berre ${name} standpunkt i. ${effect}`;
	},
	compareSplit: (total, shared, onlyOne) =>
		`Av skilnaden på ${points(total)} prosentpoeng kjem ${points(shared)} frå påstandar begge har standpunkt i, og ${points(onlyOne)} frå påstandar berre eitt av partia har standpunkt i.`,

	statementsIntro:
		'Her ser du svaret ditt og standpunkta til partia i kvar påstand, med orda til partia sjølve og lenke til linja i dokumentet.',
	quotesLanguageNote: 'Sitata står slik partia skreiv dei, på bokmål.',
	filterLegend: 'Vis standpunkta til',
	filterAll: 'Alle parti',
	quotesSummary: (quotes, party) => {
		const n = `${format.integer(quotes)} ${format.plural(quotes, { one: 'sitat', other: 'sitat' })}`;
		if (party !== null) return `Sjå kva ${party} skriv (${n})`;
		return `Sjå kva ${format.plural(quotes, { one: 'partiet', other: 'partia' })} skriv (${n})`;
	},
	noPositionNote: (name) => `${name} har ikkje teke stilling til denne påstanden i dokumenta sine.`,
	sourceLink: (organisation, lines) =>
		lines[0] === lines[1]
			? `${organisation}, linje ${lines[0]}`
			: `${organisation}, linje ${lines[0]}–${lines[1]}`,
	printedLines: (lines) =>
		lines[0] === lines[1] ? `trykt linje ${lines[0]}` : `trykt linje ${lines[0]}–${lines[1]}`,
	readingLabel: 'Slik las vi det',
	partyStance: (name, stance) => `${name}: ${stanceName(stance)}`,

	partiesIntro:
		'For kvart parti: påstandane der du er mest og minst einig med partiet, og alle standpunkta. Sitata og kjeldene står under kvar påstand i «Påstand for påstand»: trykk på ein påstand for å gå dit.',
	partySummary,
	agreeHeading: 'Her er de mest einige',
	disagreeHeading: 'Her er de mest ueinige',
	noAgree: 'Ingen av svara dine ligg nær standpunkta til partiet.',
	noDisagree: 'Ingen av svara dine ligg langt frå standpunkta til partiet.',
	youVsParty: (h, shortName) =>
		`Du: ${stanceName(h.voterStance)} · ${shortName}: ${stanceName(h.partyStance)}${h.important ? ` · ${common.importantMark}` : ''}`,
	partyDetails: (name) => `Alle standpunkta og dokumenta til ${name}`,
	documentsHeading: 'Dokumenta',
	positionsHeading: 'Standpunkta',
	positionsCount: (n, total) =>
		`Partiet har standpunkt i ${format.integer(n)} av ${statements(total)}.`,
	documentLink: (organisation, title) => `${organisation}: ${title}`,

	prioritiesIntro:
		'Her ser du kor mange av lovnadene i dokumenta til partia som handlar om kvart tema. Tala er talde opp frå dokumenta, ikkje frå svara dine. Mange lovnader om eit tema tyder ikkje naudsynt at partiet meiner temaet er viktigare enn andre.',
	prioritiesHow:
		'Dokumenta er ulikt lange. Prosenten og stolpen viser difor kor stor del av lovnadene til partiet sjølv som handlar om temaet: ein heil stolpe er alle lovnadene.',
	prioritiesOrder: (important) =>
		important
			? 'Temaa til påstandane du har merkt som viktige, står først. Deretter kjem temaa som får størst del av lovnadene til partia.'
			: 'Temaa som får størst del av lovnadene til partia, står først. Merkjer du ein påstand som viktig, kjem temaet hans først.',
	prioritiesMethod: 'Slik har vi talt opp lovnadene',
	prioritiesPartiesLabel: 'Lovnadene i dokumenta til partia',
	prioritiesParty: (p) => {
		const total = `${partyLabel(p.party.name, p.party.shortName)}: ${pledges(p.pledges)}`;
		if (p.documents.length < 2) return total;
		const parts = p.documents.map(
			(d) => `${format.integer(d.pledges)} frå ${d.document.organisation}`
		);
		return `${total} (${format.list(parts)})`;
	},
	prioritiesBothLevels:
		'Har eit parti både eit regionalt og eit nasjonalt dokument, tel lovnadene i begge med.',
	prioritiesOther: 'Andre tema',
	prioritiesOtherNote: 'Lovnader som ikkje handlar om nokon av temaa i påstandane.',
	prioritiesNone: 'Ingen av partia har lovnader om dette temaet i dokumenta sine.',
	prioritiesColParty: 'Parti',
	prioritiesColPledges: 'Lovnader om temaet',
	prioritiesCount: (c) =>
		c.of === 0
			? pledges(0)
			: `${format.integer(c.count)} av ${pledges(c.of)} (${format.percent(c.share * 100)})`
} satisfies Messages['results'];
