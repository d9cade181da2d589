/**
 * English text of the results screen (`m.results`). Words only: the results view model
 * decides what is shown; names, counts and numbers come from it.
 */
import type { ChangeRow, ChartView, RankingRow, Verdict } from '#lib/results/index.ts';
import type { AnswerChange, Stance } from '#lib/scoring/index.ts';
import type { Messages } from '../index.ts';
import { rankingWords, type ChartVoice } from '../shared.ts';
import { common } from './common.ts';
import { notes, resultsHeading } from './results-shared.ts';

const { format, count, stanceName } = common;

/** «1 statement», «3 statements». */
const statements = (n: number) =>
	`${format.integer(n)} ${format.plural(n, { one: 'statement', other: 'statements' })}`;

/** «the one statement», «the 3 statements»; `capital` starts a sentence: «One statement». */
function theStatements(n: number, capital = false): string {
	if (capital) return n === 1 ? 'One statement' : statements(n);
	return n === 1 ? 'the one statement' : `the ${format.integer(n)} statements`;
}

/** A statement quoted inside a sentence, without its own full stop. */
const quoted = (text: string) => `“${text.replace(/\.$/, '')}”`;

/** `text` ended as a sentence. */
const sentence = (text: string) => (/[.?!]”?$/.test(text) ? text : `${text}.`);

/** «1 pledge», «14 pledges». */
const pledges = (n: number) =>
	`${format.integer(n)} ${format.plural(n, { one: 'pledge', other: 'pledges' })}`;

/** «1 percentage point», «4.2 percentage points». */
const percentagePoints = (tenths: number) =>
	`${points(tenths)} ${Math.abs(tenths) === 10 ? 'percentage point' : 'percentage points'}`;

const basis = (n: number) => `based on ${statements(n)}`;

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
	answers: 'your answers',
	withWhom: 'with you',
	tooFew: 'You have answered too few statements for the parties to be ranked.'
};

function unrankedSentence(voice: ChartVoice, row: RankingRow): string {
	const name = row.party.name;
	if (row.flag === 'no-common-statements' || row.percent === null)
		return `${name} is not ranked: no statements in common ${voice.withWhom}.`;
	return `${name} is not ranked: too little basis (${format.percent(row.percent)}, ${basis(row.basis)}).`;
}

function chartVerdict(voice: ChartVoice, verdict: Verdict): string {
	switch (verdict.kind) {
		case 'needs-more':
			return voice.tooFew;
		case 'all-close':
			return `The parties are very close to each other on ${voice.answers}: ${names(verdict.parties)} share first place.`;
		case 'shared-top':
			return `${names(verdict.parties)} share first place.`;
		case 'top':
			return `${verdict.party.name} matches ${voice.answers} best, with ${format.percent(verdict.percent)}.`;
	}
}

/** The chart's description in `voice`: the verdict, then every party with its percentage and notes. */
export const chartDescription = (voice: ChartVoice) => (verdict: Verdict, chart: ChartView) =>
	describeChart(chartVerdict(voice, verdict), chart, 'Ranked', (row) =>
		unrankedSentence(voice, row)
	);

/** One change of an answer, as a phrase after «If you had …». */
function changePhrase(change: AnswerChange, statement: string): string {
	const s = (stance: Stance | null) => `“${stanceName(stance)}”`;
	const on = quoted(statement);
	switch (change.kind) {
		case 'stance':
			return `answered ${s(change.to.stance)} instead of ${s(change.from.stance)} to ${on}`;
		case 'stance-and-importance':
			return `answered ${s(change.to.stance)} instead of ${s(change.from.stance)} to ${on} and ${change.to.important ? 'marked it as important' : 'not marked it as important'}`;
		case 'importance':
			return change.to.important ? `marked ${on} as important` : `not marked ${on} as important`;
		case 'answer':
			return `answered ${s(change.to.stance)} to ${on}${change.to.important ? ' and marked it as important' : ''} instead of skipping it`;
		case 'skip':
			return `skipped ${on}`;
	}
}

export const results = {
	howComputed: 'How the result is calculated',
	moreLabel: 'More about the result',
	otherEditionNote: (name) =>
		`Your answers are kept if you switch to ${name}; they are then compared with the parties’ documents there.`,
	heading: resultsHeading,
	verdictLine: (verdict, headline) => {
		const withPercent = (row: RankingRow) =>
			row.percent === null ? row.party.name : `${row.party.name} (${format.percent(row.percent)})`;
		const among = headline.unranked > 0 ? ' among the parties that can be ranked' : '';
		switch (verdict.kind) {
			case 'needs-more':
				return 'Too little basis to rank the parties yet.';
			case 'all-close':
				return 'None of the parties stands out: they are very close to each other on your answers.';
			case 'shared-top':
				return `You agree about equally with ${format.list(headline.first.map(withPercent))}${among}.`;
			case 'top':
				return `You agree most with ${verdict.party.name} (${format.percent(verdict.percent)})${among}.`;
		}
	},
	verdictBasis: (verdict, headline) => {
		const bases = headline.first.map((row) => row.basis);
		switch (verdict.kind) {
			case 'needs-more':
				return `A party is ranked when you and the party have both taken a position on at least ${statements(headline.minBasis)}.`;
			case 'top':
				return `The percentage is based on ${statementRange(bases)} that both you and the party have taken a position on.`;
			case 'shared-top':
			case 'all-close':
				return `The difference is so small that none of them can be called the best match. The percentages are based on ${statementRange(bases)} that both you and the party have taken a position on.`;
		}
	},
	fewShared:
		'The parties have taken a position on few of the same statements, so their percentages are mostly based on different statements.',
	progress: (p) =>
		`You have answered ${format.integer(p.answered)} of ${statements(p.asked)}${p.skipped > 0 ? ` and skipped ${format.integer(p.skipped)}` : ''}.`,
	lead: 'The percentage shows how much you agree with the party on the statements you have both taken a position on.',
	notes,
	changeAnswer: 'Change answer',
	yourAnswer: 'Your answer',
	continueQuiz: 'Continue with the statements',
	restart: 'Take the quiz again',
	restartQuestion: 'Do you want to start again? Your answers will be deleted from this device.',
	restartYes: 'Yes, delete my answers and start again',
	restartNo: 'Cancel',
	partyLabel,

	sectionsLabel: 'The result in detail',
	sections: {
		robustness: 'How certain is the result?',
		statements: 'Statement by statement',
		parties: 'Party by party',
		compare: 'Compare two parties',
		priorities: 'What the parties prioritise'
	},
	sectionLinks: {
		robustness: 'How certain?',
		statements: 'Statement by statement',
		parties: 'Parties',
		compare: 'Compare',
		priorities: 'Priorities'
	},
	toTop: 'Back to the top of the result',

	chartTitle: 'The parties sorted by how much they agree with you',
	chartDescription: chartDescription(ownVoice),
	chartNotes,
	showTable: 'Show as a table',
	hideTable: 'Hide the table',
	tableCaption: 'The result as a table',
	colParty: 'Party',
	colScore: 'Agreement and basis',
	noScore: 'none',
	unranked: 'Not ranked',

	whatIfIntro:
		'Here you can see how little it would take for another party to come out on top. It shows how close the parties are, not what you should think.',
	/** While «Hva om» is being worked out (a search, off the page's main thread). */
	whatIfSearching: 'Working out what it would take …',
	whatIfOne: (row: ChangeRow, party) =>
		`The result hangs on one answer: had you ${changePhrase(row.change, row.statement.text)}, ${party} would have been alone in first place.`,
	whatIfMany: (changes, party) =>
		`The result hangs on ${count(changes)} answers: with these changes ${party} would have been alone in first place.`,
	whatIfRobust: (view) => {
		const most = `${count(view.maxChanges)} ${format.plural(view.maxChanges, { one: 'answer', other: 'answers' })} or fewer`;
		if (!view.exhaustive)
			return `We found no change of ${most} that would have given another party first place, but we did not have time to try every possibility.`;
		return view.sharedTop
			? `The tie holds: no change of ${most} would have given one of the parties first place alone.`
			: `The result holds: no change of ${most} would have given another party first place.`;
	},
	whatIfNoTop: 'No party has enough basis to be ranked yet, so there is no first place to change.',
	changeItem: (row) => {
		const phrase = changePhrase(row.change, row.statement.text);
		return sentence(`${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}`);
	},
	compareIntro:
		'Why is one party ahead of another? Choose two parties to see which statements separate them.',
	compareFirst: 'Party',
	compareSecond: 'compared with',
	compareSame: 'Choose two different parties.',
	compareTitle: (c) => {
		const [ahead, behind] = [c.ahead.name, c.behind.name];
		switch (c.kind === 'compared' ? c.standing : 'not-ranked') {
			case 'ahead':
				return `Why is ${ahead} ahead of ${behind}?`;
			case 'tied':
				return `Why are ${ahead} and ${behind} level?`;
			case 'not-ranked':
				return `${ahead} compared with ${behind}`;
		}
	},
	compareScores: (ahead, percentAhead, behind, percentBehind) =>
		`${ahead} gets ${format.percent(percentAhead)} and ${behind} ${format.percent(percentBehind)}.`,
	compareExact: (tenths) => `Unrounded, the difference is ${percentagePoints(tenths)}.`,
	compareTied:
		'The difference is so small that one statement could reverse it, so the parties count as level.',
	compareNotComparable: (name) =>
		`${name} has no position on the statements you have answered, so the parties cannot be compared.`,
	compareFlagged: (name) =>
		`${name} has a position on too few of the statements you have answered to be ranked.`,
	compareTopHeading: 'The statements that matter most for the difference',
	compareTopIntro: (ahead, behind) =>
		`The number is the statement’s contribution to the difference: plus favours ${ahead}, minus favours ${behind}.`,
	compareFavours: (tenths, ahead, behind) =>
		`${signedPoints(tenths)} percentage points, favours ${tenths >= 0 ? ahead : behind}`,
	compareDetail: (answer, ahead, behind) =>
		`Your answer: ${common.answerWithImportance(answer)} · ${ahead.shortName}: ${stanceName(ahead.stance)} · ${behind.shortName}: ${stanceName(behind.stance)}`,
	compareNoDifference: 'The parties score the same on every statement.',
	compareBasesHeading: 'The parties have positions on different statements',
	compareShared: (n, ahead, tenths) =>
		n === 0
			? 'The parties do not both have a position on any of the statements you have answered.'
			: `On ${theStatements(n)} both parties have a position on, ${tenths === 0 ? 'the parties agree with you equally' : `${ahead} is ${percentagePoints(Math.abs(tenths))} ${tenths > 0 ? 'ahead' : 'behind'}`}.`,
	compareOnly: (n, name, tenths) => {
		const they = n === 1 ? 'It' : 'They';
		const effect =
			tenths === 0
				? `${they} do${n === 1 ? 'es' : ''} not change the percentage of ${name}.`
				: `${they} ${tenths > 0 ? 'raise' : 'lower'}${n === 1 ? 's' : ''} ${name} by ${percentagePoints(Math.abs(tenths))}.`;
		return `${theStatements(n, true)} only ${name} has a position on. ${effect}`;
	},
	compareSplit: (total, shared, onlyOne) =>
		`Of the difference of ${percentagePoints(total)}, ${points(shared)} comes from statements both parties have a position on, and ${points(onlyOne)} from statements only one of them has a position on.`,

	statementsIntro:
		'Here you can see your answer and the parties’ positions on each statement, with the parties’ own words and a link to the line in the document.',
	quotesLanguageNote:
		'The quotes are the parties’ own words, in Norwegian (bokmål), as they wrote them.',
	filterLegend: 'Show the positions of',
	filterAll: 'All parties',
	quotesSummary: (quotes, party) => {
		const n = `${format.integer(quotes)} ${format.plural(quotes, { one: 'quote', other: 'quotes' })}`;
		if (party !== null) return `See what ${party} writes (${n})`;
		return `See what the ${format.plural(quotes, { one: 'party writes', other: 'parties write' })} (${n})`;
	},
	noPositionNote: (name) => `${name} has not taken a position on this statement in its documents.`,
	sourceLink: (organisation, lines) =>
		lines[0] === lines[1]
			? `${organisation}, line ${lines[0]}`
			: `${organisation}, lines ${lines[0]}–${lines[1]}`,
	printedLines: (lines) =>
		lines[0] === lines[1] ? `printed line ${lines[0]}` : `printed lines ${lines[0]}–${lines[1]}`,
	readingLabel: 'How we read it',
	partyStance: (name, stance) => `${name}: ${stanceName(stance)}`,

	partiesIntro:
		'For each party: the statements where you agree most and least with the party, and all its positions. The quotes and sources are under each statement in “Statement by statement”: tap a statement to go there.',
	partySummary,
	agreeHeading: 'Where you agree most',
	disagreeHeading: 'Where you disagree most',
	noAgree: 'None of your answers is close to the party’s positions.',
	noDisagree: 'None of your answers is far from the party’s positions.',
	youVsParty: (h, shortName) =>
		`You: ${stanceName(h.voterStance)} · ${shortName}: ${stanceName(h.partyStance)}${h.important ? ` · ${common.importantMark}` : ''}`,
	partyDetails: (name) => `All positions and documents of ${name}`,
	documentsHeading: 'The documents',
	positionsHeading: 'The positions',
	positionsCount: (n, total) =>
		`The party has a position on ${format.integer(n)} of ${statements(total)}.`,
	documentLink: (organisation, title) => `${organisation}: ${title}`,

	prioritiesIntro:
		'Here you can see how many of the pledges in the parties’ documents are about each topic. The numbers are counted from the documents, not from your answers. Many pledges on a topic do not necessarily mean that the party thinks the topic matters more than others.',
	prioritiesHow:
		'The documents differ in length. The percentage and the bar therefore show what share of the party’s own pledges is about the topic: a full bar is all its pledges.',
	prioritiesOrder: (important) =>
		important
			? 'The topics of the statements you marked as important come first. Then come the topics with the largest share of the parties’ pledges.'
			: 'The topics with the largest share of the parties’ pledges come first. If you mark a statement as important, its topic comes first.',
	prioritiesMethod: 'How we counted the pledges',
	prioritiesPartiesLabel: 'The pledges in the parties’ documents',
	prioritiesParty: (p) => {
		const total = `${partyLabel(p.party.name, p.party.shortName)}: ${pledges(p.pledges)}`;
		if (p.documents.length < 2) return total;
		const parts = p.documents.map(
			(d) => `${format.integer(d.pledges)} from ${d.document.organisation}`
		);
		return `${total} (${format.list(parts)})`;
	},
	prioritiesBothLevels:
		'When a party has both a regional and a national document, the pledges in both count.',
	prioritiesOther: 'Other topics',
	prioritiesOtherNote: 'Pledges that are not about any of the statements’ topics.',
	prioritiesNone: 'None of the parties has pledges on this topic in its documents.',
	prioritiesColParty: 'Party',
	prioritiesColPledges: 'Pledges on the topic',
	prioritiesCount: (c) =>
		c.of === 0
			? pledges(0)
			: `${format.integer(c.count)} of ${pledges(c.of)} (${format.percent(c.share * 100)})`
} satisfies Messages['results'];
