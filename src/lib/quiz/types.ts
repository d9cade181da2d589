/**
 * Vocabulary of the quiz statechart: its input, context, events and notices. Plain data only;
 * the module never touches Svelte, the DOM or Node APIs, and never holds voter-facing text.
 */
import type { EditionId } from '#lib/content/types.ts';
import type { Answer, Answers, Stance } from '#lib/scoring/types.ts';

/** One statement as the quiz needs it: its id, and its text (hashed, never shown from here). */
export interface QuizStatement {
	id: string;
	text: string;
	/** `Statement.hash`: of the bokmål text, in every language (when absent, `text` is bokmål). */
	hash?: string;
}

/**
 * What the machine is created from: every statement of the dataset, split into those the
 * edition asks and those it does not. Statement ids must be unique across both lists (the
 * content layer ensures it).
 */
export interface QuizInput {
	/** The statements the edition asks, in quiz order. */
	statements: readonly QuizStatement[];
	/**
	 * The dataset's other statements: no party in the edition has a position on them, so the
	 * edition does not ask them. Never shown here; an answer given to one in another edition
	 * is kept (while its text is unchanged) and comes back there.
	 */
	notAsked: readonly QuizStatement[];
	/** The edition the voter is in: it comes from the route (`/akershus/`, `/oslo/`). */
	edition: EditionId;
	/** `Dataset.version`: changes whenever statements or positions change. */
	datasetVersion: string;
}

/** One answer as stored: the stance (`null`: skipped), the importance mark, the statement's hash. */
export interface RecordAnswer extends Answer {
	/** `statementHash` of the statement text the answer was given to. */
	hash: string;
}

/**
 * The machine's context: data only, everything else is derived by the selectors. The first
 * four fields come from the input and never change.
 */
export interface QuizContext {
	/** Ids of the statements the edition asks, in quiz order. */
	readonly statementIds: readonly string[];
	/** `statementHash(text)` of each statement, parallel to `statementIds`. */
	readonly statementHashes: readonly string[];
	/** The edition from the input. */
	readonly edition: EditionId;
	/** `Dataset.version` the answers were given against. */
	readonly datasetVersion: string;
	/**
	 * The voter's answers to the statements the edition asks, keyed by statement id;
	 * `stance: null` is a skip (or importance only).
	 */
	answers: Answers;
	/**
	 * Answers given in another edition to statements this one does not ask, as stored (their
	 * hashes checked against the dataset on restore). Never shown or changed here and saved
	 * back as they came, so they are there again in the edition that asks them; `CLEAR`
	 * deletes them with the rest.
	 */
	carried: Readonly<Record<string, RecordAnswer>>;
	/** Index of the current statement (always 0 in `intro`). */
	index: number;
}

/**
 * A place in the quiz as the browser's history keeps it: the intro, a statement (by its index
 * among those the edition asks) or the results. Never any answer.
 */
export interface QuizPlace {
	step: 'intro' | 'answering' | 'results';
	/** The statement's index while answering; 0 elsewhere. */
	index: number;
}

/** Every event the quiz accepts. Events with a bad payload are ignored, never thrown on. */
export type QuizEvent =
	/** Leave the intro for the first statement (needs at least one statement). */
	| { type: 'START' }
	/** Answer the current statement (replaces an earlier answer, keeps its importance). */
	| { type: 'ANSWER'; stance: Stance }
	/** Skip the current statement (stores `stance: null`) and move on. */
	| { type: 'SKIP' }
	/** Previous statement; from the first one, the intro; while revising, back to the results. */
	| { type: 'BACK' }
	/** Flip the current statement's importance (allowed before answering it). */
	| { type: 'TOGGLE_IMPORTANT' }
	/** Stop early and see the results (needs at least one answered statement). */
	| { type: 'SHOW_RESULTS' }
	/** From the results: revise the answer at `index`, then return straight to the results. */
	| { type: 'GO_TO'; index: number }
	/** From the results: keep answering from the first open (else first skipped) statement. */
	| { type: 'CONTINUE' }
	/**
	 * The browser's history moved back or forward: show `step` (a statement only at a valid
	 * index, the results only when they may be shown; otherwise ignored).
	 */
	| ({ type: 'SHOW' } & QuizPlace)
	/** "Delete my answers": clear every answer and importance mark (carried ones too), back to the intro. */
	| { type: 'CLEAR' };

/**
 * What the quiz tells the voter beside the screens, as codes the messages put into words:
 * - `restored`: the stored answers all came back;
 * - `partial`: `dropped` stored answers (answers, skips or importance marks) were dropped
 *   (malformed, or to statements that were changed or removed), `kept` came back;
 *   answers carried for statements the edition does not ask count in neither;
 * - `reset`: the stored value was unreadable; it is kept under a backup key until the voter
 *   answers again, and the quiz starts afresh;
 * - `expired`: the stored answers were older than the site keeps them (`days` after the last
 *   change), so they were deleted and the quiz starts afresh;
 * - `incomplete`: saving stopped working last time (a full storage), so the stored record
 *   lacks the answers given after that; `kept` of its answers came back. Never `restored`;
 * - `cleared`: the voter deleted their answers;
 * - `cleared-elsewhere`: the voter deleted their answers in another tab, so they are gone here;
 * - `memory`: the browser refuses storage, so answers live in memory only;
 * - `unsaved`: saving worked and then stopped (a full storage): the answers from now on live
 *   only in this tab;
 * - `switched`: the voter switched edition from the answering screen, and the answers came
 *   along (`from` and `to` are the editions' names, from `Edition.name`).
 */
export type QuizNotice =
	| { code: 'restored' }
	| { code: 'switched'; from: string; to: string }
	| { code: 'partial'; dropped: number; kept: number }
	| { code: 'incomplete'; kept: number }
	| { code: 'reset' }
	| { code: 'expired'; days: number }
	| { code: 'cleared' }
	| { code: 'cleared-elsewhere' }
	| { code: 'memory' }
	| { code: 'unsaved' };

/** The notices `restore` can give. */
export type RestoreNotice = Extract<
	QuizNotice,
	{ code: 'restored' | 'partial' | 'incomplete' | 'reset' | 'expired' }
>;
