import { describe, expect, it } from 'vitest';
import { askedStatements } from '#lib/content/editions.ts';
import { loadContent } from '#lib/content/load.ts';
import { hash7 } from '#lib/hash.ts';
import { serialiseRecord, type QuizRecord } from '#lib/quiz/index.ts';
import { ownAnswers } from './own.ts';

const dataset = loadContent();
const akershus = dataset.editions.find((e) => e.id === 'akershus')!;
const [a, b, c] = askedStatements(dataset, akershus);

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
			[a!.id]: { stance: 2, important: true, hash: hash7(a!.text), rev: 1 },
			[b!.id]: { stance: null, important: true, hash: hash7(b!.text), rev: 1 },
			[c!.id]: { stance: -1, important: false, hash: 'changed', rev: 1 },
			elsewhere: { stance: 1, important: false, hash: 'x', rev: 1 }
		});
		expect(ownAnswers(raw, dataset, akershus)).toEqual({ [a!.id]: { stance: 2, important: true } });
	});

	it('gives null for nothing stored, nothing readable or nothing answered', () => {
		expect(ownAnswers(null, dataset, akershus)).toBeNull();
		expect(ownAnswers('{"schema":', dataset, akershus)).toBeNull();
		expect(ownAnswers(record({}), dataset, akershus)).toBeNull();
	});
});
