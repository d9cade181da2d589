import { describe, expect, it } from 'vitest';
import type { QuizRecord } from './record.ts';
import { resumeSummary, type ResumeEdition } from './resume.ts';

const EDITIONS: ResumeEdition[] = [
	{
		id: 'akershus',
		statements: [
			{ id: 's1', hash: 'h1' },
			{ id: 's2', hash: 'h2' },
			{ id: 's3', hash: 'h3' }
		]
	},
	{ id: 'oslo', statements: [{ id: 's1', hash: 'h1' }] }
];

const record = (changes: Partial<QuizRecord>): QuizRecord => ({
	schema: 4,
	dataset: 'v',
	edition: 'akershus',
	step: 'answering',
	index: 1,
	cleared: 0,
	answers: {},
	...changes
});

/** Long after every revision in these records (they hold Lamport revisions, not times). */
const NOW = { now: Date.UTC(2026, 11, 2) };

describe('resumeSummary', () => {
	it('counts the answers with a stance to the statements the edition asks', () => {
		const summary = resumeSummary(
			record({
				answers: {
					s1: { stance: 2, important: false, hash: 'h1', rev: 1 },
					s2: { stance: null, important: true, hash: 'h2', rev: 1 },
					s3: { stance: -1, important: false, hash: 'h3', rev: 1 },
					other: { stance: 1, important: false, hash: 'hx', rev: 1 }
				}
			}),
			EDITIONS,
			NOW
		);
		expect(summary).toEqual({ edition: 'akershus', step: 'answering', answered: 2, total: 3 });
	});

	it('leaves out answers to a statement whose text has changed since', () => {
		const answers = {
			s1: { stance: 2 as const, important: false, hash: 'old', rev: 1 },
			s2: { stance: 0 as const, important: false, hash: 'h2', rev: 1 }
		};
		expect(resumeSummary(record({ answers }), EDITIONS, NOW)?.answered).toBe(1);
	});

	it('counts in the edition the voter was last in, and says whether that was the results', () => {
		const answers = { s1: { stance: 1 as const, important: false, hash: 'h1', rev: 1 } };
		expect(
			resumeSummary(record({ edition: 'oslo', step: 'results', answers }), EDITIONS, NOW)
		).toEqual({
			edition: 'oslo',
			step: 'results',
			answered: 1,
			total: 1
		});
		expect(resumeSummary(record({ step: 'revising', answers }), EDITIONS, NOW)?.step).toBe(
			'results'
		);
		expect(resumeSummary(record({ step: 'intro', answers }), EDITIONS, NOW)?.step).toBe(
			'answering'
		);
	});

	it('offers nothing without an answer that counts, or for an edition the site does not have', () => {
		expect(resumeSummary(record({}), EDITIONS, NOW)).toBeNull();
		const skipped = { s1: { stance: null, important: true, hash: 'h1', rev: 1 } };
		expect(resumeSummary(record({ answers: skipped }), EDITIONS, NOW)).toBeNull();
		const answers = { s1: { stance: 1 as const, important: false, hash: 'h1', rev: 1 } };
		expect(resumeSummary(record({ edition: 'bergen', answers }), EDITIONS, NOW)).toBeNull();
	});

	it('offers nothing once the answers have expired', () => {
		const day = 24 * 60 * 60 * 1000;
		const answeredAt = Date.UTC(2026, 10, 1);
		const answers = { s1: { stance: 1 as const, important: false, hash: 'h1', rev: answeredAt } };
		expect(
			resumeSummary(record({ answers }), EDITIONS, { now: answeredAt + 30 * day })
		).not.toBeNull();
		expect(resumeSummary(record({ answers }), EDITIONS, { now: answeredAt + 31 * day })).toBeNull();
		expect(
			resumeSummary(record({ answers }), EDITIONS, { now: answeredAt + 31 * day, keepDays: 60 })
		).not.toBeNull();
	});
});
