/**
 * What every language's notices share: which quiz notices are about saving and other tabs
 * (each language words them in its quiz.ts).
 */
import type { QuizNotice } from '#lib/quiz/index.ts';

/** The notices about a storage that stopped saving and about other tabs. */
export type StorageNotice = Extract<
	QuizNotice,
	{ code: 'incomplete' | 'cleared-elsewhere' | 'unsaved' }
>;

export function isStorageNotice(notice: QuizNotice): notice is StorageNotice {
	return (
		notice.code === 'incomplete' || notice.code === 'cleared-elsewhere' || notice.code === 'unsaved'
	);
}
