/**
 * The visitor's own answers for "Sammenlign med meg", read from the stored quiz record without
 * starting the quiz or writing anything: the answers to the statements `edition` asks whose
 * text is unchanged, as restoring the record would keep them, and none once they have expired
 * (the quiz deletes them on restore). Pure; never throws.
 */
import { askedStatements } from '#lib/content/editions.ts';
import type { Dataset, Edition } from '#lib/content/types.ts';
import { KEEP_ANSWERS_DAYS, expired } from '#lib/quiz/record.ts';
import { parseRecord } from '#lib/quiz/record-parse.ts';
import type { Answer, Answers } from '#lib/scoring/types.ts';
import { own } from '#lib/scoring/types.ts';

/**
 * The answers with a stance in the stored record `raw` (the value under the quiz's storage
 * key) for `edition`, or null when there are none or they have expired at `now`.
 */
export function ownAnswers(
	raw: string | null,
	dataset: Dataset,
	edition: Edition,
	{ now, keepDays = KEEP_ANSWERS_DAYS }: { now: number; keepDays?: number }
): Answers | null {
	if (raw === null) return null;
	const parsed = parseRecord(raw);
	if (!parsed.ok || expired(parsed.record, now, keepDays)) return null;
	const answers: [string, Answer][] = [];
	for (const statement of askedStatements(dataset, edition)) {
		const stored = own(parsed.record.answers, statement.id);
		if (stored !== undefined && stored.stance !== null && stored.hash === statement.hash) {
			answers.push([statement.id, { stance: stored.stance, important: stored.important }]);
		}
	}
	return answers.length === 0 ? null : Object.fromEntries(answers);
}
