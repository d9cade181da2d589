/**
 * Vocabulary of the quiz statechart: its input, context and events. Plain data only; the
 * module never touches Svelte, the DOM or Node APIs, and never holds voter-facing text.
 */
import type { EditionId } from '#lib/content/types.ts';
import type { Answers, Stance } from '#lib/scoring/types.ts';

/** One statement as the quiz needs it: its id, and its text (hashed, never shown from here). */
export interface QuizStatement {
	id: string;
	text: string;
}

/** What the machine is created from. Statement ids must be unique (the content layer ensures it). */
export interface QuizInput {
	/** The statements in quiz order. */
	statements: readonly QuizStatement[];
	/** The editions the voter may choose from. */
	editions: readonly EditionId[];
	/** A preset edition (e.g. from the URL); ignored unless it is one of `editions`. */
	edition?: EditionId | null;
	/** `Dataset.version`: changes whenever statements or positions change. */
	datasetVersion: string;
}

/**
 * The machine's context: data only, everything else is derived by the selectors.
 * The first five fields come from the input and never change.
 */
export interface QuizContext {
	/** Statement ids in quiz order. */
	readonly statementIds: readonly string[];
	/** `statementHash(text)` of each statement, parallel to `statementIds`. */
	readonly statementHashes: readonly string[];
	/** Editions the voter may choose from. */
	readonly editions: readonly EditionId[];
	/** The validated preset edition from the input (what CLEAR returns to). */
	readonly presetEdition: EditionId | null;
	/** `Dataset.version` the answers were given against. */
	readonly datasetVersion: string;
	/** The voter's answers keyed by statement id; `stance: null` is a skip (or importance only). */
	answers: Answers;
	/** The chosen edition, `null` until one is chosen. */
	edition: EditionId | null;
	/** Index of the current statement (always 0 in `intro`). */
	index: number;
	/** True while the voter edits one answer reached from the results (GO_TO). */
	returnToResults: boolean;
}

/** Every event the quiz accepts. Events with a bad payload are ignored, never thrown on. */
export type QuizEvent =
	/** Leave the intro for the first statement (needs an edition and at least one statement). */
	| { type: 'START' }
	/** Choose the edition in the intro. */
	| { type: 'SELECT_EDITION'; edition: EditionId }
	/** Switch edition from any state; answers are kept. */
	| { type: 'CHANGE_EDITION'; edition: EditionId }
	/** Answer the current statement (replaces an earlier answer, keeps its importance). */
	| { type: 'ANSWER'; stance: Stance }
	/** Skip the current statement (stores `stance: null`) and advance. */
	| { type: 'SKIP' }
	/** Previous statement; from the first one, the intro; while editing from results, results. */
	| { type: 'BACK' }
	/** Flip the current statement's importance (allowed before answering it). */
	| { type: 'TOGGLE_IMPORTANT' }
	/** From the results: change the answer at `index`, then return straight to the results. */
	| { type: 'GO_TO'; index: number }
	/** Stop early and see the results (needs at least one answered statement). */
	| { type: 'SHOW_RESULTS' }
	/** Clear answers and go back to the intro, keeping the chosen edition. */
	| { type: 'RESTART' }
	/** "Delete my answers": clear answers and importance, forget the chosen edition (back to the preset). */
	| { type: 'CLEAR' };

/** Top-level states of the quiz. */
export type QuizStateValue = 'intro' | 'answering' | 'results';

/** The state values, in order. */
export const QUIZ_STATES: readonly QuizStateValue[] = ['intro', 'answering', 'results'];
