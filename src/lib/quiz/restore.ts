/**
 * From the stored record to a running quiz (the way back, saving, is `store.ts`). A quiz page
 * loads this module only when a record is stored or another tab stores one. The record is normalised against the
 * current dataset: answers are kept only for statements that still exist with the same text
 * (those the edition does not ask are carried along untouched), the edition comes from the
 * input (the route), and a position that no longer fits is moved to where the voter can go on.
 * An unreadable stored value is moved to {@link BACKUP_KEY} and kept there until the voter has
 * answered again, so nothing is overwritten before they can act. A record saved while
 * {@link INTACT_KEY} is missing is out of date (saving stopped working), and is never announced
 * as restored. Nothing here throws, whatever the storage holds or does.
 */
import { createActor } from 'xstate';
import type { Answer, Answers } from '#lib/scoring/types.ts';
import { own } from '#lib/scoring/types.ts';
import { initialContext, quizMachine, quizStatementHash } from './machine.ts';
import type { QuizActor, QuizSnapshot } from './machine.ts';
import { KEEP_ANSWERS_DAYS, RECORD_SCHEMA, expired, recordOf, setOwn } from './record.ts';
import type { QuizRecord, QuizStep } from './record.ts';
import { parseRecord } from './record-parse.ts';
import type { ParsedRecord } from './record-parse.ts';
import { answeredCount, resumeIndex } from './selectors.ts';
import type { KeyValueStorage } from './storage.ts';
import {
	BACKUP_KEY,
	INTACT_KEY,
	STORAGE_KEY,
	clear,
	reached,
	read,
	snapshotAt,
	startingSnapshot
} from './store.ts';
import type { QuizContext, QuizInput, RecordAnswer, RestoreNotice } from './types.ts';

/** Whether `step` at `index` is a position the machine can be in with `n` statements. */
function fits(step: QuizStep, index: number, n: number): boolean {
	return n > 0 && (step === 'intro' ? index === 0 : index < n);
}

/**
 * The position to resume at when the stored one cannot be taken as is: the intro when
 * nothing survived or the voter was there; the results when they were there and an answer
 * with a stance survived; else the first statement without an answer (else the first
 * skipped one; with every statement answered, the results).
 */
function resumePosition(step: QuizStep, context: QuizContext): { step: QuizStep; index: number } {
	const n = context.statementIds.length;
	if (step === 'intro' || n === 0 || Object.keys(context.answers).length === 0) {
		return { step: 'intro', index: 0 };
	}
	const resume = resumeIndex({ context });
	const index = resume === -1 ? n - 1 : resume;
	if (step === 'results' && answeredCount({ context }) > 0) return { step: 'results', index };
	return { step: resume === -1 ? 'results' : 'answering', index };
}

/**
 * A snapshot rebuilt from `record` against `input`, with the counts of kept and dropped
 * answers. Answers carried for statements the edition does not ask count in neither.
 */
export interface FromRecord {
	snapshot: QuizSnapshot;
	/** Answers to statements the edition asks that came back. */
	kept: number;
	/** Answers to statements that were changed or removed, plus the parser's malformed ones. */
	dropped: number;
}

/** What parsing found beside the record (see `ParsedRecord`). */
export interface ParseRepairs {
	/** Malformed answers the parser already left out: they count as dropped. */
	dropped: number;
	/**
	 * The record was stored in an earlier schema (1 or 2), or is out of date (saving stopped):
	 * its position is never taken as is.
	 */
	migrated: boolean;
}

/**
 * The answers of `record` this quiz can show (those whose statement still has the text they
 * were given to; `kept` counts them), and the carried ones (the dataset's other statements,
 * kept untouched).
 */
function answersFromRecord(
	record: QuizRecord,
	input: QuizInput
): { answers: Answers; carried: Record<string, RecordAnswer>; kept: number } {
	const { statementIds, statementHashes } = initialContext(input);
	const kept: [string, Answer][] = [];
	statementIds.forEach((id, i) => {
		const stored = own(record.answers, id);
		if (stored !== undefined && stored.hash === statementHashes[i]) {
			kept.push([id, { stance: stored.stance, important: stored.important }]);
		}
	});
	const carried: Record<string, RecordAnswer> = {};
	for (const statement of input.notAsked) {
		const stored = own(record.answers, statement.id);
		if (stored !== undefined && stored.hash === quizStatementHash(statement)) {
			const { stance, important, hash } = stored;
			setOwn(carried, statement.id, { stance, important, hash });
		}
	}
	return {
		answers: Object.fromEntries(kept),
		carried,
		kept: kept.length
	};
}

/**
 * Rebuilds the quiz from a record. Answers survive only where the statement still exists
 * with the hash stored beside the answer: those the edition asks become the voter's answers,
 * those to the dataset's other statements are carried untouched. When the record is from the
 * same dataset version and edition, in the current schema, nothing was dropped and its
 * position fits, the position is restored exactly; otherwise it is normalised (see
 * `resumePosition`).
 */
export function snapshotFromRecord(
	record: QuizRecord,
	input: QuizInput,
	repairs: ParseRepairs = { dropped: 0, migrated: false }
): FromRecord {
	const base = initialContext(input);
	const { answers, carried, kept } = answersFromRecord(record, input);
	const unused = Object.keys(record.answers).length - kept - Object.keys(carried).length;
	const dropped = repairs.dropped + unused;
	const context: QuizContext = { ...base, answers, carried };
	const exact =
		!repairs.migrated &&
		record.dataset === input.datasetVersion &&
		record.edition === input.edition &&
		dropped === 0 &&
		fits(record.step, record.index, base.statementIds.length);
	const { step, index } = exact ? record : resumePosition(record.step, context);
	return { snapshot: snapshotAt(step, { ...context, index }), kept, dropped };
}

/**
 * `snapshot` with the answers of `record` (merged from another tab) in place of its own, at
 * the same place in the quiz: each tab keeps its own position.
 */
export function adoptRecord(
	snapshot: QuizSnapshot,
	record: QuizRecord,
	input: QuizInput
): QuizSnapshot {
	const { answers, carried } = answersFromRecord(record, input);
	return quizMachine.resolveState({
		value: snapshot.value,
		context: { ...snapshot.context, answers, carried }
	});
}

/**
 * A started quiz, what to tell the voter about their stored answers (`null`: nothing), and
 * its record: the answers with the revisions they were stored at (see `sync.ts`).
 */
export interface Restored {
	actor: QuizActor;
	notice: RestoreNotice | null;
	record: QuizRecord;
}

function started(input: QuizInput, snapshot: QuizSnapshot): QuizActor {
	return createActor(quizMachine, { input, snapshot }).start();
}

/** Moves an unreadable value out of the way, unless an earlier one already waits there. */
function backUp(storage: KeyValueStorage, raw: string): void {
	try {
		if (read(storage, BACKUP_KEY) === null) storage.setItem(BACKUP_KEY, raw);
		// The storage refused: the value stays where it was, and nothing overwrites it.
		if (reached(storage)) storage.removeItem(STORAGE_KEY);
	} catch {
		// As above.
	}
}

/** Whether a parsed record is out of date: saved by schema 4 while {@link INTACT_KEY} was missing. */
function outOfDate(storage: KeyValueStorage, parsed: Extract<ParsedRecord, { ok: true }>): boolean {
	return parsed.schema === RECORD_SCHEMA && read(storage, INTACT_KEY) === null;
}

/** What to tell the voter about the answers that came back. */
function restoreNotice(kept: number, dropped: number, incomplete: boolean): RestoreNotice | null {
	if (incomplete) return { code: 'incomplete', kept };
	if (dropped > 0) return { code: 'partial', dropped, kept };
	return kept > 0 ? { code: 'restored' } : null;
}

/** When the quiz restores: the time, and how long answers are kept. */
export interface RestoreOptions {
	/** The time in milliseconds. */
	now: number;
	/** Days stored answers are kept after the voter last changed one. */
	keepDays?: number;
}

/**
 * Reads the stored record and starts the quiz from it (a first visit when nothing is
 * stored). An unreadable value is moved to {@link BACKUP_KEY} (an earlier backup is kept and
 * the newer unreadable value dropped) and the quiz starts afresh with a `reset` notice. A
 * record whose answers have expired (see `expired`) is deleted with any backup, and the quiz
 * starts afresh with an `expired` notice. A record that is out of date (saving stopped working,
 * see {@link INTACT_KEY}) gives the `incomplete` notice, never `restored`, and its position is
 * not taken as is.
 */
export function restore(
	storage: KeyValueStorage,
	input: QuizInput,
	{ now, keepDays = KEEP_ANSWERS_DAYS }: RestoreOptions = { now: Date.now() }
): Restored {
	const fresh = (notice: RestoreNotice | null): Restored => {
		const snapshot = startingSnapshot(input);
		return { actor: started(input, snapshot), notice, record: recordOf(snapshot) };
	};
	const raw = read(storage, STORAGE_KEY);
	if (raw === null) return fresh(null);
	const parsed = parseRecord(raw);
	if (!parsed.ok) {
		backUp(storage, raw);
		return fresh({ code: 'reset' });
	}
	if (expired(parsed.record, now, keepDays)) {
		clear(storage);
		return fresh({ code: 'expired', days: keepDays });
	}
	const incomplete = outOfDate(storage, parsed);
	const { snapshot, kept, dropped } = snapshotFromRecord(parsed.record, input, {
		dropped: parsed.dropped,
		migrated: parsed.migrated || incomplete
	});
	return {
		actor: started(input, snapshot),
		notice: restoreNotice(kept, dropped, incomplete),
		record: recordOf(snapshot, parsed.record)
	};
}
