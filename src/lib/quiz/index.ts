/**
 * The quiz: an XState statechart, pure selectors and screen views, and our own stored record.
 * Pure: no Svelte, DOM or Node imports; no voter-facing text (notices are codes the messages
 * put into words).
 *
 * Typical use in the browser:
 * ```ts
 * const storage = safeStorage(() => window.localStorage);
 * const { actor, notice } = restore(storage, quizInput(quizContent(dataset, edition)));
 * save(storage, actor.getSnapshot());
 * actor.subscribe((snapshot) => save(storage, snapshot));
 * ```
 *
 * @module
 */

/** The statechart: `intro` → `answering` (`stepping` or `revising`) → `results`. */
export { quizMachine } from './machine.ts';
/** Types of the machine, its snapshots, its actors and its state values. */
export type { QuizMachine, QuizSnapshot, QuizActor, QuizStateValue } from './machine.ts';
/** What a quiz page holds of the dataset before its results (built on the server). */
export { quizContent, statementBackgrounds } from './content.ts';
export type {
	QuizContent,
	QuizContentStatement,
	EditionName,
	StatementBackgrounds
} from './content.ts';
/** Builds the machine input from a page's `QuizContent` (the statements it asks, and the others). */
export { quizInput } from './machine.ts';
/** Hash of a statement text (FNV-1a 32, 7 base-36 digits) stored beside each answer. */
export { statementHash } from './machine.ts';

/** Machine input, context and events; events with a bad payload are ignored. */
export type { QuizInput, QuizStatement, QuizContext, QuizEvent, QuizPlace } from './types.ts';
/** The notices the quiz shows beside its screens (one channel), and those `restore` gives. */
export type { QuizNotice, RestoreNotice } from './types.ts';

/** What each screen shows: `quizView(content, snapshot)`. */
export { quizView, quizMinutes } from './view.ts';
/** The place the browser's history keeps (never an answer), and how two compare. */
export { quizPlace, samePlace } from './view.ts';
export type { QuizView, QuizIntroView, QuizAnsweringView, QuizResultsView } from './view.ts';

/** Storage that never throws and falls back to memory. */
export { safeStorage } from './storage.ts';
export type { KeyValueStorage, SafeStorage } from './storage.ts';

/** The stored record (schema 4): type, steps, serialise, and the record after a change or a deletion. */
export {
	RECORD_SCHEMA,
	QUIZ_STEPS,
	clearedRecord,
	nextRecord,
	recordOf,
	serialiseRecord
} from './record.ts';
/** Reading a stored record back (with schema 3, 2 and 1 migration). */
export { parseRecord } from './record-parse.ts';
export type { ParsedRecord } from './record-parse.ts';
/** How long stored answers are kept after the last change, by default, and whether they have expired. */
export { KEEP_ANSWERS_DAYS, expired } from './record.ts';
export type { QuizRecord, QuizStep, RecordAnswer, StoredAnswer } from './record.ts';

/** The quiz in several tabs: merge what another tab stored (per statement; a deletion wins over older answers). */
export { reconcile } from './sync.ts';

/** Running quiz → storage: the first visit, save, clear, and the keys. */
export {
	BACKUP_KEY,
	INTACT_KEY,
	STORAGE_KEY,
	clear,
	save,
	saveRecord,
	startingSnapshot
} from './store.ts';
/** Stored record → running quiz: restore, and a record another tab stored. */
export { adoptRecord, restore, snapshotFromRecord } from './restore.ts';
export type { FromRecord, ParseRepairs, Restored } from './restore.ts';
