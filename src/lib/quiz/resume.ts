/**
 * "Fortsett der du slapp" on the start page: what a stored record says about where the voter
 * left off, read without the dataset (the start page ships only each edition's statement ids
 * and hashes). Pure and read-only: it never changes the record or the storage.
 */
import { own } from '#lib/scoring/types.ts';
import { KEEP_ANSWERS_DAYS, expired } from './record.ts';
import type { QuizRecord, QuizStep } from './record.ts';

/** What the start page knows of an edition: its id and the statements it asks, in order. */
export interface ResumeEdition {
	id: string;
	/** The statements the edition asks: id and `statementHash` of the current text. */
	statements: readonly { id: string; hash: string }[];
}

/** Where a returning voter left off. */
export interface ResumeSummary {
	/** The edition the voter was last in. */
	edition: string;
	/** Where they were: on the results, or still in the quiz. */
	step: QuizStep;
	/** Statements of that edition answered with a stance whose text is unchanged. */
	answered: number;
	/** Statements that edition asks. */
	total: number;
}

/**
 * The summary of `record`, or `null` when there is nothing to go back to: answers that have
 * expired at `now` (the quiz deletes them on restore), an edition the site does not have, or
 * no answer with a stance that still counts (an answer to a statement whose text has changed
 * since is dropped on restore, so it is not counted here either).
 */
export function resumeSummary(
	record: QuizRecord,
	editions: readonly ResumeEdition[],
	{ now, keepDays = KEEP_ANSWERS_DAYS }: { now: number; keepDays?: number }
): ResumeSummary | null {
	if (expired(record, now, keepDays)) return null;
	const edition = editions.find((e) => e.id === record.edition);
	if (!edition) return null;
	let answered = 0;
	for (const { id, hash } of edition.statements) {
		const answer = own(record.answers, id);
		if (answer !== undefined && answer.hash === hash && answer.stance !== null) answered++;
	}
	if (answered === 0) return null;
	return {
		edition: edition.id,
		step: record.step === 'results' || record.step === 'revising' ? 'results' : 'answering',
		answered,
		total: edition.statements.length
	};
}
