/**
 * What each quiz screen shows, computed from the dataset, the edition and a snapshot: the
 * screens render it and the messages put it into words. Pure.
 */
import { askedStatements } from '#lib/content/editions.ts';
import type { Dataset, Edition, Statement } from '#lib/content/types.ts';
import type { Answer, Answers } from '#lib/scoring/types.ts';
import type { QuizSnapshot } from './machine.ts';
import {
	canShowResults,
	currentAnswer,
	currentStatementId,
	isImportant,
	progress
} from './selectors.ts';

/** The intro: how many statements, whom the voter is compared with, the other editions. */
export interface QuizIntroView {
	screen: 'intro';
	/** The statements the edition asks. */
	statementCount: number;
	/** Party names in the neutral listing order. */
	partyNames: string[];
	otherEditions: Edition[];
}

/** One statement to answer. */
export interface QuizAnsweringView {
	screen: 'answering';
	statement: Statement;
	topicName: string;
	/** 1-based position and number of statements the edition asks, for the progress bar and the title. */
	position: number;
	total: number;
	answer: Answer | undefined;
	important: boolean;
	canShowResults: boolean;
}

/** The results: the answers the results view model is computed from. */
export interface QuizResultsView {
	screen: 'results';
	answers: Answers;
}

export type QuizView = QuizIntroView | QuizAnsweringView | QuizResultsView;

function introView(dataset: Dataset, edition: Edition): QuizIntroView {
	return {
		screen: 'intro',
		statementCount: askedStatements(dataset, edition).length,
		partyNames: edition.parties.map((p) => p.party.name),
		otherEditions: dataset.editions.filter((e) => e.id !== edition.id)
	};
}

/**
 * The view of `snapshot`. A snapshot whose current statement is not in `dataset` (it was
 * built from other data) shows the intro.
 */
export function quizView(dataset: Dataset, edition: Edition, snapshot: QuizSnapshot): QuizView {
	if (snapshot.matches('results')) return { screen: 'results', answers: snapshot.context.answers };
	if (!snapshot.matches('answering')) return introView(dataset, edition);
	const id = currentStatementId(snapshot);
	const statement = dataset.statements.find((s) => s.id === id);
	if (statement === undefined) return introView(dataset, edition);
	const { position, total } = progress(snapshot);
	return {
		screen: 'answering',
		statement,
		topicName: dataset.topics.find((t) => t.id === statement.topic)?.name ?? '',
		position,
		total,
		answer: currentAnswer(snapshot),
		important: isImportant(snapshot, statement.id),
		canShowResults: canShowResults(snapshot)
	};
}
