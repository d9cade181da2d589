/**
 * The quiz in the browser's storage, the half every quiz page loads: where a quiz starts, and
 * writing its record (save, clear). Reading a stored record back is `restore.ts`, which a quiz
 * page loads only when a record is stored. Nothing here throws, whatever the storage does.
 */
import { initialContext, quizMachine } from './machine.ts';
import type { QuizSnapshot } from './machine.ts';
import { STEP_STATE, recordOf, serialiseRecord } from './record.ts';
import type { QuizRecord, QuizStep } from './record.ts';
import type { KeyValueStorage, SafeStorage } from './storage.ts';
import type { QuizContext, QuizInput } from './types.ts';
import { STORAGE_KEY } from './keys.ts';

/** The key the quiz record is stored under (owned by `keys.ts`). */
export { STORAGE_KEY };

/** Where an unreadable stored value waits until the voter has answered again. */
export const BACKUP_KEY = 'valgomat:quiz:backup';

/**
 * Present while the record under {@link STORAGE_KEY} holds every answer: every save that
 * reaches the storage sets it, and a save the storage refuses (a full quota) removes it, as a
 * removal still works when a write no longer does. A schema 4 record without it is out of date.
 */
export const INTACT_KEY = 'valgomat:quiz:intact';

/** The machine's snapshot at `step` with `context`. */
export function snapshotAt(step: QuizStep, context: QuizContext): QuizSnapshot {
	return quizMachine.resolveState({ value: STEP_STATE[step], context });
}

/** Where a first visit starts: the intro (how many statements, how long, what skip and "viktig" mean). */
export function startingSnapshot(input: QuizInput): QuizSnapshot {
	return snapshotAt('intro', initialContext(input));
}

/** The stored value under `key`; `null` when there is none or the storage threw. */
export function read(storage: KeyValueStorage, key: string): string | null {
	try {
		const value = storage.getItem(key);
		return typeof value === 'string' ? value : null;
	} catch {
		return null;
	}
}

/** Whether what was just written reached the storage (a {@link SafeStorage} may keep it in memory). */
export function reached(storage: KeyValueStorage | SafeStorage): boolean {
	return !('persistent' in storage) || storage.persistent;
}

/**
 * Stores `record` and marks it intact ({@link INTACT_KEY}); once it holds an answer, the
 * backup of an unreadable value is removed. Returns false when the record did not reach the
 * storage (it threw, or a {@link SafeStorage} keeps it in memory only). When the storage
 * refused it after taking earlier ones (it threw, or the {@link SafeStorage} `failed`), the
 * mark is removed, so a later visit does not take the record stored before for complete.
 */
export function saveRecord(storage: KeyValueStorage | SafeStorage, record: QuizRecord): boolean {
	let stored: boolean;
	try {
		storage.setItem(STORAGE_KEY, serialiseRecord(record));
		storage.setItem(INTACT_KEY, '1');
		stored = reached(storage);
	} catch {
		stored = false;
	}
	if (!stored) {
		if (!('failed' in storage) || storage.failed) remove(storage, INTACT_KEY);
		return false;
	}
	if (Object.keys(record.answers).length > 0) remove(storage, BACKUP_KEY);
	return true;
}

/** Stores the record of `snapshot` (see {@link saveRecord}), every answer at revision 1. */
export function save(storage: KeyValueStorage | SafeStorage, snapshot: QuizSnapshot): boolean {
	return saveRecord(storage, recordOf(snapshot));
}

/** Removes `key`; a storage that refuses has nothing of ours we could reach. */
function remove(storage: KeyValueStorage, key: string): void {
	try {
		storage.removeItem(key);
	} catch {
		// Nothing stored that we could reach: nothing to delete.
	}
}

/** "Slett svarene mine": removes the record, any backup and the intact mark. Never throws. */
export function clear(storage: KeyValueStorage): void {
	for (const key of [STORAGE_KEY, BACKUP_KEY, INTACT_KEY]) remove(storage, key);
}
