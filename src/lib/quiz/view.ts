/**
 * What each quiz screen shows, computed from the page's `QuizContent` and a snapshot: the
 * screens render it and the messages put it into words. Pure.
 */
import type { EditionName, QuizContent, QuizContentStatement } from './content.ts';
import type { Answer, Answers } from '#lib/scoring/types.ts';
import type { QuizSnapshot } from './machine.ts';
import type { QuizPlace } from './types.ts';
import {
	canShowResults,
	currentAnswer,
	currentStatementId,
	isImportant,
	progress
} from './selectors.ts';

/** About how long one statement takes to read and answer, for the intro's estimate. */
export const SECONDS_PER_STATEMENT = 15;

/** The intro: how many statements, about how long, whom the voter is compared with, the other editions. */
export interface QuizIntroView {
	screen: 'intro';
	/** The statements the edition asks. */
	statementCount: number;
	/** About how many minutes the quiz takes (at least 1). */
	minutes: number;
	/** Party names in the neutral listing order. */
	partyNames: string[];
	/**
	 * The first statement the edition asks, shown on the intro so that the prerendered page
	 * already reads it before any script runs (`undefined` for an edition that asks none).
	 */
	firstStatement: QuizContentStatement | undefined;
	otherEditions: EditionName[];
}

/** One statement to answer. */
export interface QuizAnsweringView {
	screen: 'answering';
	statement: QuizContentStatement;
	topicName: string;
	/** 1-based position and number of statements the edition asks, for the progress bar and the title. */
	position: number;
	total: number;
	answer: Answer | undefined;
	important: boolean;
	/** Skipped (no stance and no importance mark: a mark alone is not a skip). */
	skipped: boolean;
	canShowResults: boolean;
	/** The editions the voter can switch to; the answers come along. */
	otherEditions: EditionName[];
}

/** The results: the answers the results view model is computed from. */
export interface QuizResultsView {
	screen: 'results';
	answers: Answers;
}

export type QuizView = QuizIntroView | QuizAnsweringView | QuizResultsView;

/** About how many minutes `statementCount` statements take (at least 1). */
export const quizMinutes = (statementCount: number) =>
	Math.max(1, Math.round((statementCount * SECONDS_PER_STATEMENT) / 60));

function introView(content: QuizContent): QuizIntroView {
	const statementCount = content.statements.length;
	return {
		screen: 'intro',
		statementCount,
		minutes: quizMinutes(statementCount),
		partyNames: content.edition.partyNames,
		firstStatement: content.statements[0],
		otherEditions: content.otherEditions
	};
}

/**
 * Where the voter is, as the browser's history keeps it: the intro, a statement (revising one
 * from the results counts as that statement) or the results.
 */
export function quizPlace(snapshot: QuizSnapshot): QuizPlace {
	if (snapshot.matches('answering')) return { step: 'answering', index: snapshot.context.index };
	return { step: snapshot.matches('results') ? 'results' : 'intro', index: 0 };
}

/** Whether two places are the same (untrusted history state is compared field by field). */
export function samePlace(a: QuizPlace, b: QuizPlace): boolean {
	return a.step === b.step && a.index === b.index;
}

/**
 * The view of `snapshot`. A snapshot whose current statement is not in `content` (it was
 * built from other data) shows the intro.
 */
export function quizView(content: QuizContent, snapshot: QuizSnapshot): QuizView {
	if (snapshot.matches('results')) return { screen: 'results', answers: snapshot.context.answers };
	if (!snapshot.matches('answering')) return introView(content);
	const id = currentStatementId(snapshot);
	const statement = content.statements.find((s) => s.id === id);
	if (statement === undefined) return introView(content);
	const { position, total } = progress(snapshot);
	const answer = currentAnswer(snapshot);
	return {
		screen: 'answering',
		statement,
		topicName: statement.topicName,
		position,
		total,
		answer,
		important: isImportant(snapshot, statement.id),
		skipped: answer !== undefined && answer.stance === null && !answer.important,
		canShowResults: canShowResults(snapshot),
		otherEditions: content.otherEditions
	};
}
