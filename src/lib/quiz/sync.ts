/**
 * The quiz open in several tabs of one browser: they share one stored record, and each tab
 * keeps it consistent with what the others wrote. Pure: records in, records out; the time
 * is passed in.
 *
 * Every answer in a record carries a revision, and the record the revision of the last
 * deletion it knows of (`record.ts`). A tab gives what it changes (or deletes) the later of
 * the time in milliseconds and one past the highest revision it has seen: a hybrid logical
 * clock over all tabs. An answer given after a tab saw another one is newer than it, and one
 * given after a deletion is newer than the deletion even in a tab that had not heard of it yet
 * (asleep, or restored from the back-forward cache). Two records merge per statement (the
 * newer answer wins; two answers given at once in two tabs tie on revision and are decided by
 * their content, so every tab keeps the same one), and a deletion drops every answer at or
 * below its revision. Merging is commutative, associative and idempotent, so the tabs agree
 * whatever order they see each other's records in, and an answer is lost only to a deletion
 * after it.
 *
 * What a change in this tab stores (`nextRecord`) and a deletion (`clearedRecord`) are in
 * `record.ts`, which every quiz page loads; this module, which reads what another tab stored,
 * loads only when a record is stored or another tab stores one.
 */
import { own } from '#lib/scoring/types.ts';
import { clearedRecord, sameAnswer, setOwn } from './record.ts';
import type { QuizRecord, StoredAnswer } from './record.ts';

/** The answer's content as one string: the tie-break of two answers with one revision. */
const contentKey = ({ stance, important, hash }: StoredAnswer) =>
	`${String(stance)}|${String(important)}|${hash}`;

/** The newer of two answers to one statement; at equal revisions, the same one in every tab. */
function newer(a: StoredAnswer, b: StoredAnswer): StoredAnswer {
	if (a.rev !== b.rev) return a.rev > b.rev ? a : b;
	return contentKey(a) >= contentKey(b) ? a : b;
}

/**
 * `ours` with the answers of `theirs` merged in: per statement the newer answer, none at or
 * below the later deletion. The position (dataset, edition, step, index) stays ours: each tab
 * keeps its own place in the quiz.
 */
export function mergeRecords(ours: QuizRecord, theirs: QuizRecord): QuizRecord {
	const cleared = Math.max(ours.cleared, theirs.cleared);
	const answers: Record<string, StoredAnswer> = {};
	for (const [id, answer] of [...Object.entries(ours.answers), ...Object.entries(theirs.answers)]) {
		if (answer.rev <= cleared) continue;
		const kept = own(answers, id);
		setOwn(answers, id, kept === undefined ? answer : newer(kept, answer));
	}
	return { ...ours, cleared, answers };
}

/** Whether two records hold the same answers at the same revisions (positions aside). */
function sameAnswers(a: QuizRecord, b: QuizRecord): boolean {
	const ids = Object.keys(a.answers);
	if (ids.length !== Object.keys(b.answers).length) return false;
	return ids.every((id) => {
		const x = own(a.answers, id);
		const y = own(b.answers, id);
		return x !== undefined && y !== undefined && x.rev === y.rev && sameAnswer(x, y);
	});
}

/**
 * What a tab does with what another tab stored:
 * - `deleted`: the stored record is gone ("Slett svarene mine" in another tab): forget every
 *   answer here too, and write nothing back; `record` is ours, cleared.
 * - `merged`: `record` is the merge. `adopt`: it holds answers this tab does not show yet (or
 *   lost some to a deletion), so the tab takes them; `write`: the stored record lacks
 *   something of ours (both tabs changed at once), so the tab stores the merge.
 */
export type Reconciled =
	| { kind: 'deleted'; record: QuizRecord }
	| { kind: 'merged'; record: QuizRecord; adopt: boolean; write: boolean };

/**
 * Decides what to do with `theirs` (`null`: deleted) given this tab's record `ours`; `now`
 * stamps a deletion (see {@link clearedRecord}).
 */
export function reconcile(ours: QuizRecord, theirs: QuizRecord | null, now = 0): Reconciled {
	if (theirs === null) return { kind: 'deleted', record: clearedRecord(ours, now) };
	const record = mergeRecords(ours, theirs);
	return {
		kind: 'merged',
		record,
		adopt: !sameAnswers(record, ours),
		write: !sameAnswers(record, theirs) || record.cleared !== theirs.cleared
	};
}
