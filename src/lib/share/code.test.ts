import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { askedStatements } from '#lib/content/editions.ts';
import { loadContent } from '#lib/content/load.ts';
import type { Dataset, Edition } from '#lib/content/types.ts';
import { statementHash } from '#lib/quiz/index.ts';
import { datasetArb } from '#lib/results/test-support.ts';
import { stanceArb } from '#lib/scoring/arbitraries.ts';
import type { Answer, Answers } from '#lib/scoring/types.ts';
import { MAX_CODE_LENGTH, decodeShare, encodeShare, shareCodeLength } from './code.ts';

const dataset = loadContent();
const akershus = dataset.editions.find((e) => e.id === 'akershus')!;
const oslo = dataset.editions.find((e) => e.id === 'oslo')!;

/** What a code keeps of `answers`: the edition's statements answered with a stance. */
function kept(edition: Edition, data: Dataset, answers: Answers): Answers {
	return Object.fromEntries(
		askedStatements(data, edition).flatMap((s) => {
			const a = Object.hasOwn(answers, s.id) ? answers[s.id] : undefined;
			return a !== undefined && a.stance !== null ? [[s.id, a]] : [];
		})
	);
}

const answerArb: fc.Arbitrary<Answer> = fc.record({
	stance: fc.option(stanceArb, { nil: null }),
	important: fc.boolean()
});

/** Any answers to the statements of `edition` (some left out). */
function answersArb(edition: Edition): fc.Arbitrary<Answers> {
	const ids = askedStatements(dataset, edition).map((s) => s.id);
	return fc.dictionary(fc.constantFrom(...ids), answerArb);
}

describe('the share code', () => {
	it('keys answers by the hash the stored record uses: of the bokmål text', () => {
		for (const statement of dataset.statements) {
			expect(statement.hash).toBe(statementHash(statement.text));
		}
	});

	it('round-trips every answer set of the real editions', () => {
		for (const edition of [akershus, oslo]) {
			fc.assert(
				fc.property(answersArb(edition), (answers) => {
					const code = encodeShare(dataset, edition, answers);
					expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
					expect(code).toHaveLength(shareCodeLength(dataset, edition));
					expect(decodeShare(code, dataset, edition.id)).toEqual({
						ok: true,
						edition: edition.id,
						answers: kept(edition, dataset, answers),
						updated: false,
						dropped: 0
					});
				})
			);
		}
	});

	it('round-trips on random datasets, 0–8 statements', () => {
		fc.assert(
			fc.property(datasetArb, ({ dataset: data, answers }) => {
				const edition = data.editions[0]!;
				const decoded = decodeShare(encodeShare(data, edition, answers), data);
				expect(decoded).toEqual({
					ok: true,
					edition: edition.id,
					answers: kept(edition, data, answers),
					updated: false,
					dropped: 0
				});
			})
		);
	});

	it('is 26 characters for Akershus (35 statements) and 22 for Oslo (29)', () => {
		expect(askedStatements(dataset, akershus)).toHaveLength(35);
		expect(shareCodeLength(dataset, akershus)).toBe(26);
		expect(askedStatements(dataset, oslo)).toHaveLength(29);
		expect(shareCodeLength(dataset, oslo)).toBe(22);
	});

	it('leaves out a stored answer given to another text of the statement', () => {
		const [first, second] = askedStatements(dataset, akershus);
		const code = encodeShare(dataset, akershus, {
			[first!.id]: { stance: 2, important: true, hash: 'changed' },
			[second!.id]: { stance: -1, important: false, hash: second!.hash }
		});
		expect(decodeShare(code, dataset)).toMatchObject({
			ok: true,
			answers: { [second!.id]: { stance: -1, important: false } }
		});
		expect(decodeShare(code, dataset)).not.toHaveProperty(['answers', first!.id]);
	});

	it('keeps every answer of a code from another dataset version with the same statements, and says so', () => {
		const answers = {
			[askedStatements(dataset, akershus)[3]!.id]: { stance: 1, important: false }
		} as const;
		const older = { ...dataset, version: 'older' };
		const decoded = decodeShare(encodeShare(older, akershus, answers), dataset);
		expect(decoded).toEqual({ ok: true, edition: 'akershus', answers, updated: true, dropped: 0 });
	});

	it('refuses a code made against other statements as outdated when no registry knows them', () => {
		// Rewording the bokmål changes the statement's hash (content/resolve.ts).
		const reworded: Dataset = {
			...dataset,
			statements: dataset.statements.map((s, i) =>
				i === 0 ? { ...s, text: `${s.text} Endret.`, hash: statementHash(`${s.text} Endret.`) } : s
			)
		};
		const code = encodeShare(reworded, akershus, {});
		expect(decodeShare(code, dataset)).toEqual({ ok: false, error: 'outdated' });
	});

	it("opens a code made in another language: a translation keeps the statement's hash", () => {
		const translated: Dataset = {
			...dataset,
			statements: dataset.statements.map((s) => ({ ...s, text: `(nn) ${s.text}` }))
		};
		const first = askedStatements(dataset, akershus)[0]!;
		const answers = { [first.id]: { stance: 2 as const, important: true } };
		const decoded = decodeShare(encodeShare(translated, akershus, answers), dataset);
		expect(decoded).toMatchObject({ ok: true, answers });
	});

	it('names what is wrong with a bad code', () => {
		const code = encodeShare(dataset, akershus, {});
		expect(decodeShare('', dataset)).toEqual({ ok: false, error: 'empty' });
		expect(decodeShare('hei på deg', dataset)).toEqual({ ok: false, error: 'garbage' });
		expect(decodeShare(code.slice(0, -1), dataset)).toEqual({ ok: false, error: 'truncated' });
		expect(decodeShare(code.slice(0, 3), dataset)).toEqual({ ok: false, error: 'truncated' });
		expect(decodeShare(`${code}A`, dataset)).toEqual({ ok: false, error: 'too-long' });
		expect(decodeShare(`2${code.slice(1)}`, dataset)).toEqual({
			ok: false,
			error: 'unknown-version'
		});
		expect(decodeShare(code, dataset, 'oslo')).toEqual({ ok: false, error: 'other-edition' });
		// The highest body value: above 11^35 − 1, no set of answers gives it.
		expect(decodeShare(code.slice(0, 5) + '_'.repeat(code.length - 5), dataset)).toEqual({
			ok: false,
			error: 'garbage'
		});
		expect(decodeShare('1'.repeat(MAX_CODE_LENGTH + 1), dataset)).toEqual({
			ok: false,
			error: 'too-long'
		});
	});

	it('never throws, whatever the text', () => {
		const code = encodeShare(dataset, akershus, {});
		const near = fc
			.tuple(fc.nat(code.length), fc.string({ maxLength: 4 }), fc.nat(code.length))
			.map(
				([cut, insert, end]) =>
					code.slice(0, cut) + insert + code.slice(Math.min(cut + end, code.length))
			);
		fc.assert(
			fc.property(
				fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.base64String(), near),
				(text) => {
					const decoded = decodeShare(text, dataset);
					expect(typeof decoded.ok).toBe('boolean');
				}
			),
			{ numRuns: 2000 }
		);
	});
});
