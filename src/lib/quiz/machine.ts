/**
 * The quiz statechart: `intro` → `answering` → `results`. While answering, the voter is either
 * `stepping` through the statements in order or `revising` one answer reached from the
 * results, which returns to the results. Every guard is named, payloads reach guards and
 * actions as typed `params`, and an event with a bad payload is ignored (guard false), never
 * thrown on. No timers, no spawned or invoked actors: a snapshot resumes cleanly.
 */
import { assign, setup } from 'xstate';
import type { ActorRefFrom, SnapshotFrom } from 'xstate';
import type { QuizContent } from './content.ts';
import type { Answer, Answers, Stance } from '#lib/scoring/types.ts';
import { isStance, own } from '#lib/scoring/types.ts';
import {
	canShowResults,
	currentStatementId,
	isFirstStatement,
	isLastStatement,
	isStatementIndex,
	resumeIndex
} from './selectors.ts';
import type { QuizContext, QuizEvent, QuizInput, QuizPlace, QuizStatement } from './types.ts';
import { statementHash } from '#lib/content/statement-hash.ts';

/** The hash stored beside each answer (owned by the content layer: `Statement.hash`). */
export { statementHash };

/**
 * The machine input of a quiz page: the statements its edition asks, and the others (whose
 * answers from another edition are kept).
 */
export function quizInput(content: QuizContent): QuizInput {
	const statement = ({ id, text, hash }: QuizStatement) => ({ id, text, hash });
	return {
		statements: content.statements.map(statement),
		notAsked: content.notAsked.map(statement),
		edition: content.edition.id,
		datasetVersion: content.version
	};
}

/**
 * The hash an answer to `statement` is stored with: `Statement.hash` (of the bokmål text, the
 * same in every language); a statement given without one is taken to be in bokmål.
 */
export function quizStatementHash(statement: QuizStatement): string {
	return statement.hash ?? statementHash(statement.text);
}

/** The context a quiz starts from: nothing answered, at the first statement. */
export function initialContext(input: QuizInput): QuizContext {
	return {
		statementIds: input.statements.map((s) => s.id),
		statementHashes: input.statements.map(quizStatementHash),
		edition: input.edition,
		datasetVersion: input.datasetVersion,
		answers: {},
		carried: {},
		index: 0
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

/** The stance the voter gave, with the importance mark the statement already had. */
const storeStance = (context: QuizContext, stance: Stance | null): Partial<QuizContext> => ({
	answers: updateCurrent(context, (previous) => ({
		stance,
		important: previous?.important === true
	}))
});

/** The ANSWER payload as guard and action params. */
const stanceParams = ({ event }: { event: { stance: Stance } }) => ({ stance: event.stance });
const validStance = { type: 'validStance', params: stanceParams } as const;
const validStanceOnLast = { type: 'validStanceOnLast', params: stanceParams } as const;
const storeAnswer = { type: 'storeAnswer', params: stanceParams } as const;

/** The SHOW payload as guard and action params. */
const placeParams = ({ event }: { event: QuizPlace }) => ({ step: event.step, index: event.index });
const showIntro = { type: 'showIntro', params: placeParams } as const;
const showStatement = { type: 'showStatement', params: placeParams } as const;
const showResults = { type: 'showResults', params: placeParams } as const;
const goToShown = { type: 'goTo', params: placeParams } as const;

export const quizMachine = setup({
	types: {
		context: {} as QuizContext,
		events: {} as QuizEvent,
		input: {} as QuizInput
	},
	guards: {
		/** The quiz has at least one statement. */
		hasStatements: ({ context }) => context.statementIds.length > 0,
		/** At least one statement answered with a stance. */
		hasAnswer: ({ context }) => canShowResults({ context }),
		/** `stance` is one of -2..2 (the payload is untrusted). */
		validStance: (_, params: { stance: unknown }) => isStance(params.stance),
		/**
		 * A valid stance for the last statement: the answer that ends the quiz. (One guard, as
		 * `and()` does not type params computed from the event.)
		 */
		validStanceOnLast: ({ context }, params: { stance: unknown }) =>
			isStance(params.stance) && isLastStatement({ context }),
		/** `index` is the integer index of a statement (the payload is untrusted). */
		validIndex: ({ context }, params: { index: unknown }) =>
			isStatementIndex({ context }, params.index),
		/** SHOW the intro. */
		showIntro: (_, params: { step: unknown }) => params.step === 'intro',
		/** SHOW a statement: `index` is the integer index of one (the payload is untrusted). */
		showStatement: ({ context }, params: { step: unknown; index: unknown }) =>
			params.step === 'answering' && isStatementIndex({ context }, params.index),
		/** SHOW the results, when they may be shown. */
		showResults: ({ context }, params: { step: unknown }) =>
			params.step === 'results' && canShowResults({ context }),
		/** The current statement is the first one. */
		isFirstStatement: ({ context }) => isFirstStatement({ context }),
		/** The current statement is the last one. */
		isLastStatement: ({ context }) => isLastStatement({ context })
	},
	actions: {
		storeAnswer: assign(({ context }, params: { stance: Stance }) =>
			storeStance(context, params.stance)
		),
		storeSkip: assign(({ context }) => storeStance(context, null)),
		/**
		 * Flips the current statement's importance. Before an answer it is only a mark (`stance:
		 * null`, as a skip is stored); taking such a mark away leaves no entry at all, so a mark
		 * alone never turns into a skip.
		 */
		toggleImportant: assign(({ context }) => {
			const id = currentStatementId({ context });
			const previous = id === null ? undefined : own(context.answers, id);
			if (id !== null && previous?.stance === null && previous.important) {
				return {
					answers: Object.fromEntries(Object.entries(context.answers).filter(([key]) => key !== id))
				};
			}
			return {
				answers: updateCurrent(context, () => ({
					stance: previous?.stance ?? null,
					important: previous?.important !== true
				}))
			};
		}),
		next: assign({ index: ({ context }) => context.index + 1 }),
		previous: assign({ index: ({ context }) => context.index - 1 }),
		goTo: assign((_, params: { index: number }) => ({ index: params.index })),
		toFirst: assign({ index: 0 }),
		/** The first statement without an answer, else the first skipped one, else the first. */
		resume: assign({ index: ({ context }) => Math.max(0, resumeIndex({ context })) }),
		clear: assign({ answers: {}, carried: {}, index: 0 })
	}
}).createMachine({
	id: 'quiz',
	context: ({ input }) => initialContext(input),
	initial: 'intro',
	on: {
		CLEAR: { target: '.intro', actions: 'clear' },
		/** The browser's history moved: show the place it holds, if it is one the quiz can show. */
		SHOW: [
			{ guard: showIntro, target: '.intro', actions: 'toFirst' },
			{ guard: showStatement, target: '.answering.stepping', actions: goToShown },
			{ guard: showResults, target: '.results' }
		]
	},
	states: {
		intro: {
			on: {
				START: { guard: 'hasStatements', target: 'answering' }
			}
		},
		answering: {
			initial: 'stepping',
			on: {
				TOGGLE_IMPORTANT: { actions: 'toggleImportant' },
				SHOW_RESULTS: { guard: 'hasAnswer', target: 'results' }
			},
			states: {
				/** Through the statements in order; after the last one, the results. */
				stepping: {
					on: {
						ANSWER: [
							{ guard: validStanceOnLast, target: '#quiz.results', actions: storeAnswer },
							{ guard: validStance, actions: [storeAnswer, 'next'] }
						],
						SKIP: [
							{ guard: 'isLastStatement', target: '#quiz.results', actions: 'storeSkip' },
							{ actions: ['storeSkip', 'next'] }
						],
						BACK: [{ guard: 'isFirstStatement', target: '#quiz.intro' }, { actions: 'previous' }]
					}
				},
				/** One answer reached from the results: answering, skipping or BACK returns there. */
				revising: {
					on: {
						ANSWER: { guard: validStance, target: '#quiz.results', actions: storeAnswer },
						SKIP: { target: '#quiz.results', actions: 'storeSkip' },
						BACK: { target: '#quiz.results' }
					}
				}
			}
		},
		results: {
			on: {
				GO_TO: {
					guard: { type: 'validIndex', params: ({ event }) => ({ index: event.index }) },
					target: 'answering.revising',
					actions: { type: 'goTo', params: ({ event }) => ({ index: event.index }) }
				},
				CONTINUE: { target: 'answering.stepping', actions: 'resume' }
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
/** Every state value the machine can be in, derived from its definition. */
export type QuizStateValue = QuizSnapshot['value'];
