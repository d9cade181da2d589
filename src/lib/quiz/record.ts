/**
 * The quiz record: our own small, versioned, plain-JSON description of where a voter is and
 * what they answered. It is what the browser stores (and what the share link of a later
 * issue will encode), so it holds no XState internals, and everything read back is untrusted:
 * `parseRecord` (`record-parse.ts`, loaded only where a stored record is read) validates every
 * field, repairs per answer and never throws.
 *
 * Schema 4, exactly as stored:
 * ```json
 * {
 *   "schema": 4,
 *   "dataset": "<Dataset.version the answers were given against>",
 *   "edition": "<Edition.id the quiz was last shown in>",
 *   "step": "intro" | "answering" | "revising" | "results",
 *   "index": <index of the current statement among those `edition` asks, an integer ≥ 0>,
 *   "cleared": <revision of the last deletion of the answers this record knows of, an integer ≥ 0>,
 *   "answers": {
 *     "<statement id>": { "stance": -2 | -1 | 0 | 1 | 2 | null, "important": <boolean>, "hash": "<statementHash(text)>", "rev": <integer > cleared> }
 *   }
 * }
 * ```
 * `answers` holds every kept answer: to the statements `edition` asks (in its quiz order),
 * then those given in another edition to statements this one does not ask, carried as they
 * came. `stance: null` is a skip (or an importance mark on an unanswered statement); `hash`
 * is the hash of the statement text the answer was given to, so that an answer to a changed
 * statement is dropped. `rev` and `cleared` order answers and deletions across the browser's
 * tabs (a hybrid logical clock, see `sync.ts`): a tab gives each answer it changes the later
 * of the time (milliseconds) and one past the highest revision it has seen
 * ({@link clockOf}), so of two answers to one statement the one with the higher `rev` is
 * newer, and an answer at or below `cleared` was deleted.
 */
import { own } from '#lib/scoring/types.ts';
import type { QuizSnapshot, QuizStateValue } from './machine.ts';
import type { RecordAnswer } from './types.ts';

export type { RecordAnswer };

/** The version {@link recordOf} writes. */
export const RECORD_SCHEMA = 4;

/** One stored answer: the answer, and its revision (see the module comment). */
export interface StoredAnswer extends RecordAnswer {
	/** Revision: higher is newer; always above the record's `cleared`. */
	rev: number;
}

/**
 * Where the voter is: in the intro, stepping through the statements (`answering`), revising
 * one answer from the results (`revising`, which returns there), or on the results.
 */
export const QUIZ_STEPS = ['intro', 'answering', 'revising', 'results'] as const;
export type QuizStep = (typeof QUIZ_STEPS)[number];

/** The machine state of each step: the one place the record's vocabulary meets the machine's. */
export const STEP_STATE = {
	intro: 'intro',
	answering: { answering: 'stepping' },
	revising: { answering: 'revising' },
	results: 'results'
} as const satisfies Record<QuizStep, QuizStateValue>;

/** The stored record, schema 4 (see the module comment). */
export interface QuizRecord {
	schema: typeof RECORD_SCHEMA;
	/** `Dataset.version` the answers were given against. */
	dataset: string;
	/** `Edition.id` the quiz was last shown in (the route decides the edition on restore). */
	edition: string;
	step: QuizStep;
	/** Index of the current statement among those `edition` asks. */
	index: number;
	/** Revision of the last deletion of the answers this record knows of (0: none). */
	cleared: number;
	/** Answers keyed by statement id: the edition's in quiz order, then the carried ones. */
	answers: Record<string, StoredAnswer>;
}

/** The highest revision `record` knows: of an answer, or of a deletion. */
export function clockOf(record: Pick<QuizRecord, 'cleared' | 'answers'>): number {
	let clock = record.cleared;
	for (const { rev } of Object.values(record.answers)) clock = Math.max(clock, rev);
	return clock;
}

/** How long stored answers are kept after the voter last changed one, by default. */
export const KEEP_ANSWERS_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Revisions below this are not times: a Lamport counter, or answers migrated from schema 3
 * (stored at revision 1). Such a record cannot tell when it was answered, so it never expires
 * before the voter changes an answer again.
 */
const EARLIEST_TIME = Date.UTC(2024, 0, 1);

/**
 * Whether the answers in `record` have expired at `now` (milliseconds): it holds answers and
 * the voter last changed one more than `keepDays` days before. The last change is the record's
 * clock ({@link clockOf}), which a tab sets from the time it saves a changed answer at.
 */
export function expired(record: QuizRecord, now: number, keepDays: number): boolean {
	const last = clockOf(record);
	return (
		Object.keys(record.answers).length > 0 &&
		last >= EARLIEST_TIME &&
		now - last > keepDays * DAY_MS
	);
}

/** Whether two answers say the same (their revisions aside). */
export function sameAnswer(a: RecordAnswer, b: RecordAnswer): boolean {
	return a.stance === b.stance && a.important === b.important && a.hash === b.hash;
}

/** Sets an own key: an id such as `__proto__` stays a key and never becomes a prototype. */
export function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
	Object.defineProperty(record, key, {
		value,
		enumerable: true,
		writable: true,
		configurable: true
	});
}

/** A record that knows nothing yet: the revisions of a first save start after it. */
const NO_HISTORY = { cleared: 0, answers: {} } as const satisfies Pick<
	QuizRecord,
	'cleared' | 'answers'
>;

/**
 * The record of a snapshot: answered statements only, each with its statement's hash, then
 * the answers carried for statements the edition does not ask, unchanged. Revisions come from
 * `previous` (the record the snapshot was last saved or restored as): an answer that says the
 * same as there keeps its revision, a changed or new one gets the next, the later of `now`
 * (the time in milliseconds; 0 for a plain Lamport clock) and {@link clockOf} + 1, and
 * `cleared` is carried over. Without `previous` every answer is at revision `max(now, 1)`.
 */
export function recordOf(
	snapshot: QuizSnapshot,
	previous: Pick<QuizRecord, 'cleared' | 'answers'> = NO_HISTORY,
	now = 0
): QuizRecord {
	const { context } = snapshot;
	const next = Math.max(clockOf(previous) + 1, now);
	const answers: Record<string, StoredAnswer> = {};
	const add = (id: string, answer: RecordAnswer) => {
		const before = own(previous.answers, id);
		const rev = before !== undefined && sameAnswer(before, answer) ? before.rev : next;
		setOwn(answers, id, { ...answer, rev });
	};
	context.statementIds.forEach((id, i) => {
		const answer = own(context.answers, id);
		const hash = context.statementHashes[i];
		if (answer !== undefined && hash !== undefined) {
			add(id, { stance: answer.stance, important: answer.important, hash });
		}
	});
	for (const [id, { stance, important, hash }] of Object.entries(context.carried)) {
		add(id, { stance, important, hash });
	}
	return {
		schema: RECORD_SCHEMA,
		dataset: context.datasetVersion,
		edition: context.edition,
		step: QUIZ_STEPS.find((step) => snapshot.matches(STEP_STATE[step])) ?? 'intro',
		index: context.index,
		cleared: previous.cleared,
		answers
	};
}

/** The record as stored: plain JSON. */
export function serialiseRecord(record: QuizRecord): string {
	return JSON.stringify(record);
}

/**
 * `record` after its answers were deleted at `now` (milliseconds; 0 for a plain Lamport
 * clock): none left, and the deletion at or after all it has seen.
 */
export function clearedRecord(record: QuizRecord, now = 0): QuizRecord {
	return { ...record, cleared: Math.max(clockOf(record), now), answers: {} };
}

/**
 * `current` with the answers `previous` holds that `current` lacks and the tab cannot show
 * (`shown`: the statements this tab asks): those given to statements this tab does not ask
 * and has no carried answer for, e.g. in a tab running another version of the statements. An
 * answer to a statement this tab asks that is gone from `current` was taken back here (the
 * mark "viktig" removed from a statement never answered), so it stays gone.
 */
function withUnshown(
	current: QuizRecord,
	previous: QuizRecord,
	shown: ReadonlySet<string>
): QuizRecord {
	const answers = { ...current.answers };
	for (const [id, answer] of Object.entries(previous.answers)) {
		if (!shown.has(id) && own(answers, id) === undefined) setOwn(answers, id, answer);
	}
	return { ...current, answers };
}

/**
 * The record to store after a change in this tab at `now`: the snapshot's answers, those it
 * changed at the next revision (`recordOf`), with the answers `previous` holds that this tab
 * cannot show. `previous` is the record the tab last stored or took from another tab.
 */
export function nextRecord(snapshot: QuizSnapshot, previous: QuizRecord, now = 0): QuizRecord {
	return withUnshown(
		recordOf(snapshot, previous, now),
		previous,
		new Set(snapshot.context.statementIds)
	);
}
