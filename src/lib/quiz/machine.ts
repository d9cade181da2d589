/**
 * The quiz statechart: intro → answering → results, with every guard named and every
 * event with a bad payload ignored (guard false), never thrown on. No timers, no spawned or
 * invoked actors: a persisted snapshot resumes cleanly.
 */
import { and, assign, or, setup } from 'xstate';
import type { ActorRefFrom, SnapshotFrom } from 'xstate';
import type { Dataset, EditionId } from '#lib/content/types.ts';
import { hash7 } from '#lib/hash.ts';
import type { Answer, Answers } from '#lib/scoring/types.ts';
import { isStance, own } from '#lib/scoring/types.ts';
import {
	canShowResults,
	currentStatementId,
	isFirstStatement,
	isLastStatement,
	isOfferedEdition,
	isStatementIndex
} from './selectors.ts';
import type { QuizContext, QuizEvent, QuizInput } from './types.ts';

/**
 * Hash of a statement's text, stored beside each answer so that a changed statement drops
 * its answer on restore. FNV-1a 32 of the UTF-8 bytes, 7 base-36 digits (`hash7`).
 */
export const statementHash: (text: string) => string = hash7;

/** Builds the machine input from a dataset, with an optional preset edition. */
export function quizInput(dataset: Dataset, edition?: EditionId | null): QuizInput {
	return {
		statements: dataset.statements.map(({ id, text }) => ({ id, text })),
		editions: dataset.editions.map(({ id }) => id),
		edition: edition ?? null,
		datasetVersion: dataset.version
	};
}

/** The context the machine starts from: nothing answered, the preset edition if valid. */
export function initialContext(input: QuizInput): QuizContext {
	const editions = [...input.editions];
	const preset = input.edition ?? null;
	const presetEdition = editions.some((e) => e === preset) ? preset : null;
	return {
		statementIds: input.statements.map((s) => s.id),
		statementHashes: input.statements.map((s) => statementHash(s.text)),
		editions,
		presetEdition,
		datasetVersion: input.datasetVersion,
		answers: {},
		edition: presetEdition,
		index: 0,
		returnToResults: false
	};
}

/** `answers` with the current statement's entry replaced by `update(previous)`. */
function updateCurrent(
	context: QuizContext,
	update: (previous: Answer | undefined) => Answer
): Answers {
	const id = currentStatementId({ context });
	if (id === null) return context.answers;
	return { ...context.answers, [id]: update(own(context.answers, id)) };
}

export const quizMachine = setup({
	types: {} as { context: QuizContext; events: QuizEvent; input: QuizInput },
	guards: {
		/** An edition has been chosen (or preset). */
		hasEdition: ({ context }) => context.edition !== null,
		/** The quiz has at least one statement. */
		hasStatements: ({ context }) => context.statementIds.length > 0,
		/** At least one statement answered with a stance. */
		hasAnswer: ({ context }) => canShowResults({ context }),
		/** The event's edition is one of the offered editions. */
		validEdition: ({ context, event }) =>
			(event.type === 'SELECT_EDITION' || event.type === 'CHANGE_EDITION') &&
			isOfferedEdition({ context }, event.edition),
		/** The event's stance is one of -2..2. */
		validStance: ({ event }) => event.type === 'ANSWER' && isStance(event.stance),
		/** The event's index is an integer index of a statement. */
		validIndex: ({ context, event }) =>
			event.type === 'GO_TO' && isStatementIndex({ context }, event.index),
		/** The current statement is the first one. */
		isFirstStatement: ({ context }) => isFirstStatement({ context }),
		/** The current statement is the last one. */
		isLastStatement: ({ context }) => isLastStatement({ context }),
		/** The voter came from the results to change this answer. */
		returnsToResults: ({ context }) => context.returnToResults
	},
	actions: {
		setEdition: assign(({ event }) =>
			event.type === 'SELECT_EDITION' || event.type === 'CHANGE_EDITION'
				? { edition: event.edition }
				: {}
		),
		storeAnswer: assign(({ context, event }) =>
			event.type === 'ANSWER' && isStance(event.stance)
				? {
						answers: updateCurrent(context, (previous) => ({
							stance: event.stance,
							important: previous?.important === true
						}))
					}
				: {}
		),
		storeSkip: assign(({ context }) => ({
			answers: updateCurrent(context, (previous) => ({
				stance: null,
				important: previous?.important === true
			}))
		})),
		toggleImportant: assign(({ context }) => ({
			answers: updateCurrent(context, (previous) => ({
				stance: previous?.stance ?? null,
				important: previous?.important !== true
			}))
		})),
		next: assign({ index: ({ context }) => context.index + 1 }),
		previous: assign({ index: ({ context }) => context.index - 1 }),
		startAtFirst: assign({ index: 0, returnToResults: false }),
		goTo: assign(({ event }) =>
			event.type === 'GO_TO' ? { index: event.index, returnToResults: true } : {}
		),
		leaveForResults: assign({ returnToResults: false }),
		restart: assign({ answers: {}, index: 0, returnToResults: false }),
		clear: assign(({ context }) => ({
			answers: {},
			edition: context.presetEdition,
			index: 0,
			returnToResults: false
		}))
	}
}).createMachine({
	id: 'quiz',
	context: ({ input }) => initialContext(input),
	initial: 'intro',
	on: {
		CHANGE_EDITION: { guard: 'validEdition', actions: 'setEdition' },
		RESTART: { target: '.intro', actions: 'restart' },
		CLEAR: { target: '.intro', actions: 'clear' }
	},
	states: {
		intro: {
			on: {
				SELECT_EDITION: { guard: 'validEdition', actions: 'setEdition' },
				START: {
					guard: and(['hasEdition', 'hasStatements']),
					target: 'answering',
					actions: 'startAtFirst'
				}
			}
		},
		answering: {
			on: {
				ANSWER: [
					{
						guard: and(['validStance', or(['returnsToResults', 'isLastStatement'])]),
						target: 'results',
						actions: ['storeAnswer', 'leaveForResults']
					},
					{ guard: 'validStance', actions: ['storeAnswer', 'next'] }
				],
				SKIP: [
					{
						guard: or(['returnsToResults', 'isLastStatement']),
						target: 'results',
						actions: ['storeSkip', 'leaveForResults']
					},
					{ actions: ['storeSkip', 'next'] }
				],
				BACK: [
					{ guard: 'returnsToResults', target: 'results', actions: 'leaveForResults' },
					{ guard: 'isFirstStatement', target: 'intro' },
					{ actions: 'previous' }
				],
				TOGGLE_IMPORTANT: { actions: 'toggleImportant' },
				SHOW_RESULTS: { guard: 'hasAnswer', target: 'results', actions: 'leaveForResults' }
			}
		},
		results: {
			on: {
				GO_TO: { guard: 'validIndex', target: 'answering', actions: 'goTo' }
			}
		}
	}
});

/** The quiz machine's type. */
export type QuizMachine = typeof quizMachine;
/** A snapshot of the quiz. */
export type QuizSnapshot = SnapshotFrom<QuizMachine>;
/** A running quiz actor. */
export type QuizActor = ActorRefFrom<QuizMachine>;
