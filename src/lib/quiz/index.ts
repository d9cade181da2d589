/**
 * The quiz flow as an XState statechart, with pure selectors and validated persistence.
 * Pure: no Svelte, DOM or Node imports; no voter-facing text (notices are codes the UI maps
 * to bokmål messages).
 *
 * Typical use in a component:
 * ```ts
 * const storage = safeStorage(() => window.localStorage);
 * const input = quizInput(dataset, editionFromUrl);
 * const { snapshot, notice } = restore(storage, quizMachine, input);
 * const actor = createActor(quizMachine, { input, snapshot }).start();
 * save(storage, actor);
 * actor.subscribe((s) => save(storage, s));
 * ```
 *
 * @module
 */

/** The statechart: `intro` → `answering` → `results`. Create actors with `{ input }`. */
export { quizMachine } from './machine.ts';
/** Types of the machine, its snapshots and its actors. */
export type { QuizMachine, QuizSnapshot, QuizActor } from './machine.ts';
/** Builds the machine input from a `Dataset` and an optional preset edition. */
export { quizInput } from './machine.ts';
/** The context a fresh quiz starts from (nothing answered, preset edition if offered). */
export { initialContext } from './machine.ts';
/** Hash of a statement text (FNV-1a 32, 7 base-36 digits) stored beside each answer. */
export { statementHash } from './machine.ts';

/** Machine input: statements (id, text), offered editions, preset edition, dataset version. */
export type { QuizInput, QuizStatement } from './types.ts';
/** Machine context: answers, edition, index, returnToResults and the immutable input data. */
export type { QuizContext } from './types.ts';
/** Every event the machine accepts; events with a bad payload are ignored. */
export type { QuizEvent } from './types.ts';
/** Top-level state values and their list. */
export type { QuizStateValue } from './types.ts';
export { QUIZ_STATES } from './types.ts';

/** Anything with a quiz `context` (a snapshot): what every selector takes. */
export type { HasQuizContext } from './selectors.ts';
/** Id of the current statement, or `null` when the quiz has no statements. */
export { currentStatementId } from './selectors.ts';
/** Stored answer to the current statement / to a given statement. */
export { currentAnswer, answerTo } from './selectors.ts';
/** Stance given to a statement (`null`: skipped or unanswered) and its importance mark. */
export { stanceOf, isImportant } from './selectors.ts';
/** Counts of answered (with a stance) and skipped statements. */
export { answeredCount, skippedCount } from './selectors.ts';
/** Whether SHOW_RESULTS is allowed: at least one statement answered with a stance. */
export { canShowResults } from './selectors.ts';
/** `{ position: index + 1, total }` for the progress bar. */
export { progress } from './selectors.ts';
/** Whether the current statement is the first / the last one. */
export { isFirstStatement, isLastStatement } from './selectors.ts';
/** Whether the intro must ask for an edition before START is possible. */
export { needsEdition } from './selectors.ts';
/** Payload validators used by the guards (offered edition, statement index). */
export { isOfferedEdition, isStatementIndex } from './selectors.ts';
/** Where to resume: first statement without an answer, else first skipped, else -1. */
export { resumeIndex } from './selectors.ts';

/** The storage interface (a subset of Web Storage) and its never-throwing wrapper. */
export type { KeyValueStorage, SafeStorage } from './persist.ts';
/** Wraps `() => window.localStorage` so no access throws; falls back to memory. */
export { safeStorage } from './persist.ts';
/** Saves the quiz (call after start and on every change); returns false if storage failed. */
export { save } from './persist.ts';
/** Reads and validates the stored quiz, rebuilding a clean snapshot for `createActor`. */
export { restore } from './persist.ts';
/** Deletes the stored quiz ("Slett svarene mine"; also send CLEAR to the actor). */
export { clear } from './persist.ts';
/** The notice codes `restore` returns, and its result type. */
export type { RestoreNotice, RestoreResult, StoredQuiz } from './persist.ts';
/** Stored layout version and storage key. */
export { SCHEMA_VERSION, STORAGE_KEY } from './persist.ts';
