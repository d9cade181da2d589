/**
 * Pure selectors over the quiz context. They take anything with a `context` (a snapshot,
 * or the `{ context }` argument of a guard), so the UI and the machine share one definition.
 */
import type { Answer, Stance } from '#lib/scoring/types.ts';
import { own } from '#lib/scoring/types.ts';
import type { QuizContext } from './types.ts';

/** Anything carrying the quiz context: a snapshot, or a guard's argument. */
export interface HasQuizContext {
	readonly context: QuizContext;
}

/** Id of the statement at the current index, `null` if there is none (no statements). */
export function currentStatementId({ context }: HasQuizContext): string | null {
	return context.statementIds[context.index] ?? null;
}

/** The stored answer to `statementId` (answered, skipped or importance only), if any. */
export function answerTo({ context }: HasQuizContext, statementId: string): Answer | undefined {
	return own(context.answers, statementId);
}

/** The stored answer to the current statement, if any. */
export function currentAnswer(snapshot: HasQuizContext): Answer | undefined {
	const id = currentStatementId(snapshot);
	return id === null ? undefined : answerTo(snapshot, id);
}

/** The stance given to `statementId`, `null` when skipped or not answered. */
export function stanceOf(snapshot: HasQuizContext, statementId: string): Stance | null {
	return answerTo(snapshot, statementId)?.stance ?? null;
}

/** Whether `statementId` is marked important. */
export function isImportant(snapshot: HasQuizContext, statementId: string): boolean {
	return answerTo(snapshot, statementId)?.important === true;
}

/** Number of statements answered with a stance (skips do not count). */
export function answeredCount({ context }: HasQuizContext): number {
	let count = 0;
	for (const id of context.statementIds) {
		if (own(context.answers, id)?.stance != null) count++;
	}
	return count;
}

/** Number of statements skipped (a stored answer with `stance: null`). */
export function skippedCount({ context }: HasQuizContext): number {
	let count = 0;
	for (const id of context.statementIds) {
		const answer = own(context.answers, id);
		if (answer !== undefined && answer.stance === null) count++;
	}
	return count;
}

/** Whether the results may be shown: at least one statement answered with a stance. */
export function canShowResults(snapshot: HasQuizContext): boolean {
	return answeredCount(snapshot) > 0;
}

/** Position in the quiz for a progress bar: `position` is 1-based. */
export function progress({ context }: HasQuizContext): { position: number; total: number } {
	return { position: context.index + 1, total: context.statementIds.length };
}

/** Whether the current statement is the first one. */
export function isFirstStatement({ context }: HasQuizContext): boolean {
	return context.index === 0;
}

/** Whether the current statement is the last one. */
export function isLastStatement({ context }: HasQuizContext): boolean {
	return context.index === context.statementIds.length - 1;
}

/** Whether `index` is an integer index of a statement. */
export function isStatementIndex({ context }: HasQuizContext, index: unknown): index is number {
	return (
		typeof index === 'number' &&
		Number.isInteger(index) &&
		index >= 0 &&
		index < context.statementIds.length
	);
}

/**
 * Where to resume answering: the first statement with no stored answer, else the first
 * skipped one, else `-1` (every statement has a stance).
 */
export function resumeIndex({ context }: HasQuizContext): number {
	const open = context.statementIds.findIndex((id) => own(context.answers, id) === undefined);
	if (open !== -1) return open;
	return context.statementIds.findIndex((id) => own(context.answers, id)?.stance === null);
}
