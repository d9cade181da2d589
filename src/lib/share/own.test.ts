import { describe, expect, it } from 'vitest';
import { askedStatements } from '#lib/content/editions.ts';
import { loadContent } from '#lib/content/load.ts';
import { serialiseRecord, type QuizRecord } from '#lib/quiz/index.ts';
import { ownAnswers } from './own.ts';

const dataset = loadContent();
const akershus = dataset.editions.find((e) => e.id === 'akershus')!;
const [a, b, c] = askedStatements(dataset, akershus);
/** Long after revision 1 (a Lamport revision: such a record never expires). */
const NOW = { now: Date.UTC(2026, 11, 2) };

function record(answers: QuizRecord['answers']): string {
	return serialiseRecord({
		schema: 4,
		dataset: dataset.version,
		edition: 'oslo',
		step: 'results',
		index: 0,
		cleared: 0,
		answers
	});
}

describe('ownAnswers', () => {
	it('keeps the answers with a stance to unchanged statements of the edition', () => {
		const raw = record({
			[a!.id]: { stance: 2, important: true, hash: a!.hash, rev: 1 },
			[b!.id]: { stance: null, important: true, hash: b!.hash, rev: 1 },
			[c!.id]: { stance: -1, important: false, hash: 'changed', rev: 1 },
			elsewhere: { stance: 1, important: false, hash: 'x', rev: 1 }
		});
		expect(ownAnswers(raw, dataset, akershus, NOW)).toEqual({
			[a!.id]: { stance: 2, important: true }
		});
	});

	it('gives null for nothing stored, nothing readable or nothing answered', () => {
		expect(ownAnswers(null, dataset, akershus, NOW)).toBeNull();
		expect(ownAnswers('{"schema":', dataset, akershus, NOW)).toBeNull();
		expect(ownAnswers(record({}), dataset, akershus, NOW)).toBeNull();
	});

	it('gives null once the answers have expired, as the quiz deletes them on restore', () => {
		const day = 24 * 60 * 60 * 1000;
		const answeredAt = Date.UTC(2026, 10, 1);
		const raw = record({
			[a!.id]: { stance: 2, important: false, hash: a!.hash, rev: answeredAt }
		});
		expect(ownAnswers(raw, dataset, akershus, { now: answeredAt + 30 * day })).toEqual({
			[a!.id]: { stance: 2, important: false }
		});
		expect(ownAnswers(raw, dataset, akershus, { now: answeredAt + 31 * day })).toBeNull();
	});
});
