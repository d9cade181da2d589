import { askedStatements } from '../../src/lib/content/editions.ts';
import type { Dataset, EditionId } from '../../src/lib/content/types.ts';
import { RECORD_SCHEMA, statementHash, type QuizRecord } from '../../src/lib/quiz/index.ts';

/**
 * A stored quiz record as a page leaves it: "agree" to the first `answered` statements
 * `edition` asks (all of them when left out), at `step`, every answer at revision 1 (a revision
 * that is no time, so the record never expires). Used by the e2e tests and the Lighthouse
 * script to open a quiz page where a voter left it.
 */
export function storedRecord(
	dataset: Dataset,
	edition: EditionId,
	step: QuizRecord['step'],
	answered?: number
): string {
	const statements = askedStatements(
		dataset,
		dataset.editions.find((e) => e.id === edition)!
	);
	const given = statements.slice(0, answered ?? statements.length);
	const record: QuizRecord = {
		schema: RECORD_SCHEMA,
		dataset: dataset.version,
		edition,
		step,
		index: step === 'results' ? 0 : given.length,
		cleared: 0,
		answers: Object.fromEntries(
			given.map((s) => [s.id, { stance: 1, important: false, hash: statementHash(s.text), rev: 1 }])
		)
	};
	return JSON.stringify(record);
}
