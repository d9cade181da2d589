/**
 * From the stored record to a running quiz, and back. The record is normalised against the
 * current dataset: answers are kept only for statements that still exist with the same text
 * (those the edition does not ask are carried along untouched), the edition comes from the
 * input (the route), and a position that no longer fits is moved to where the voter can go on. An unreadable stored value is moved to {@link BACKUP_KEY}
 * and kept there until the voter has answered again, so nothing is overwritten before they
 * can act. Nothing here throws, whatever the storage holds or does.
 */
import { createActor } from 'xstate';
import type { Answer, Answers } from '#lib/scoring/types.ts';
import { own } from '#lib/scoring/types.ts';
import { initialContext, quizMachine, statementHash } from './machine.ts';
import type { QuizActor, QuizSnapshot } from './machine.ts';
import { STEP_STATE, parseRecord, recordOf, serialiseRecord, setOwn } from './record.ts';
import type { QuizRecord, QuizStep } from './record.ts';
import { answeredCount, resumeIndex } from './selectors.ts';
import type { KeyValueStorage } from './storage.ts';
import type { QuizContext, QuizInput, RecordAnswer, RestoreNotice } from './types.ts';

/** The key the quiz record is stored under. */
export const STORAGE_KEY = 'valgomat:quiz';

/** Where an unreadable stored value waits until the voter has answered again. */
export const BACKUP_KEY = 'valgomat:quiz:backup';

function snapshotAt(step: QuizStep, context: QuizContext): QuizSnapshot {
	return quizMachine.resolveState({ value: STEP_STATE[step], context });
}

/** Where a first visit starts: the intro (how many statements, how long, what skip and "viktig" mean). */
export function startingSnapshot(input: QuizInput): QuizSnapshot {
	return snapshotAt('intro', initialContext(input));
}

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
	/** The record was stored in an earlier schema: its position is never taken as is. */
	migrated: boolean;
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
	const kept: [string, Answer][] = [];
	base.statementIds.forEach((id, i) => {
		const stored = own(record.answers, id);
		if (stored !== undefined && stored.hash === base.statementHashes[i]) {
			kept.push([id, { stance: stored.stance, important: stored.important }]);
		}
	});
	const carried: Record<string, RecordAnswer> = {};
	let carriedCount = 0;
	for (const statement of input.notAsked) {
		const stored = own(record.answers, statement.id);
		if (stored !== undefined && stored.hash === statementHash(statement.text)) {
			setOwn(carried, statement.id, { ...stored });
			carriedCount++;
		}
	}
	const answers: Answers = Object.fromEntries(kept);
	const dropped = repairs.dropped + Object.keys(record.answers).length - kept.length - carriedCount;
	const context: QuizContext = { ...base, answers, carried };
	const exact =
		!repairs.migrated &&
		record.dataset === input.datasetVersion &&
		record.edition === input.edition &&
		dropped === 0 &&
		fits(record.step, record.index, base.statementIds.length);
	const { step, index } = exact ? record : resumePosition(record.step, context);
	return { snapshot: snapshotAt(step, { ...context, index }), kept: kept.length, dropped };
}

/** A started quiz and what to tell the voter about their stored answers (`null`: nothing). */
export interface Restored {
	actor: QuizActor;
	notice: RestoreNotice | null;
}

function started(input: QuizInput, snapshot: QuizSnapshot): QuizActor {
	return createActor(quizMachine, { input, snapshot }).start();
}

/** The stored value under `key`; `null` when there is none or the storage threw. */
function read(storage: KeyValueStorage, key: string): string | null {
	try {
		const value = storage.getItem(key);
		return typeof value === 'string' ? value : null;
	} catch {
		return null;
	}
}

/** Moves an unreadable value out of the way, unless an earlier one already waits there. */
function backUp(storage: KeyValueStorage, raw: string): void {
	try {
		if (read(storage, BACKUP_KEY) === null) storage.setItem(BACKUP_KEY, raw);
		storage.removeItem(STORAGE_KEY);
	} catch {
		// The storage refused: the value stays where it was, and nothing overwrites it.
	}
}

/**
 * Reads the stored record and starts the quiz from it (a first visit when nothing is
 * stored). An unreadable value is moved to {@link BACKUP_KEY} (an earlier backup is kept and
 * the newer unreadable value dropped) and the quiz starts afresh with a `reset` notice.
 */
export function restore(storage: KeyValueStorage, input: QuizInput): Restored {
	const raw = read(storage, STORAGE_KEY);
	if (raw === null) return { actor: started(input, startingSnapshot(input)), notice: null };
	const parsed = parseRecord(raw);
	if (!parsed.ok) {
		backUp(storage, raw);
		return { actor: started(input, startingSnapshot(input)), notice: { code: 'reset' } };
	}
	const { snapshot, kept, dropped } = snapshotFromRecord(parsed.record, input, parsed);
	const notice: RestoreNotice | null =
		dropped > 0 ? { code: 'partial', dropped, kept } : kept > 0 ? { code: 'restored' } : null;
	return { actor: started(input, snapshot), notice };
}

/**
 * Stores the record of `snapshot`; once it holds an answer, the backup of an unreadable
 * value is removed. Call it after `restore` and on every change. Returns false if the
 * storage threw.
 */
export function save(storage: KeyValueStorage, snapshot: QuizSnapshot): boolean {
	const record = recordOf(snapshot);
	try {
		storage.setItem(STORAGE_KEY, serialiseRecord(record));
		if (Object.keys(record.answers).length > 0) storage.removeItem(BACKUP_KEY);
		return true;
	} catch {
		return false;
	}
}

/** "Slett svarene mine": removes the record and any backup. Never throws. */
export function clear(storage: KeyValueStorage): void {
	for (const key of [STORAGE_KEY, BACKUP_KEY]) {
		try {
			storage.removeItem(key);
		} catch {
			// Nothing stored that we could reach: nothing to delete.
		}
	}
}
