import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { askedStatements } from '#lib/content/editions.ts';
import { loadContent } from '#lib/content/load.ts';
import type { Dataset } from '#lib/content/types.ts';
import { statementHash } from '#lib/quiz/index.ts';
import type { Answers } from '#lib/scoring/types.ts';
import { decodeShare, encodeShare } from './code.ts';
import {
	NO_LAYOUTS,
	currentLayout,
	layoutIssues,
	layoutTag,
	missingLayouts,
	withCurrentLayouts,
	type ShareLayouts
} from './layouts.ts';

const dataset = loadContent();
const akershus = dataset.editions.find((e) => e.id === 'akershus')!;
const asked = askedStatements(dataset, akershus);

/** The registry of `datasets`' layouts, in that order (the current dataset's last). */
const registryOf = (...datasets: Dataset[]): ShareLayouts =>
	datasets.reduce((r, d) => withCurrentLayouts(r, d), NO_LAYOUTS);

const without = (id: string): Dataset => ({
	...dataset,
	statements: dataset.statements.filter((s) => s.id !== id)
});

const reworded = (id: string, suffix = ' Endret.'): Dataset => ({
	...dataset,
	statements: dataset.statements.map((s) =>
		s.id === id ? { ...s, text: s.text + suffix, hash: statementHash(s.text + suffix) } : s
	)
});

/** One answer per asked statement, varied, so every digit of the code is used. */
const everyAnswer: Answers = Object.fromEntries(
	asked.map((s, i) => [
		s.id,
		{ stance: ((i % 5) - 2) as -2 | -1 | 0 | 1 | 2, important: i % 3 === 0 }
	])
);
const except = (answers: Answers, ...ids: string[]): Answers =>
	Object.fromEntries(Object.entries(answers).filter(([id]) => !ids.includes(id)));

describe('links made against an earlier list of statements', () => {
	it('keep every other answer when a statement was removed since', () => {
		const gone = asked[4]!.id;
		const code = encodeShare(dataset, akershus, everyAnswer);
		const now = without(gone);
		expect(decodeShare(code, now, 'akershus')).toEqual({ ok: false, error: 'outdated' });
		expect(decodeShare(code, now, 'akershus', registryOf(dataset, now))).toEqual({
			ok: true,
			edition: 'akershus',
			answers: except(everyAnswer, gone),
			updated: true,
			dropped: 1
		});
	});

	it('keep every answer when a statement was added since (the new one is open)', () => {
		const added = asked[10]!.id;
		const before = without(added);
		const answers = except(everyAnswer, added);
		const code = encodeShare(before, akershus, answers);
		expect(decodeShare(code, dataset, 'akershus', registryOf(before, dataset))).toEqual({
			ok: true,
			edition: 'akershus',
			answers,
			updated: true,
			dropped: 0
		});
	});

	it('drop the answer to a reworded statement (its hash changed) and keep the others', () => {
		const changed = asked[0]!.id;
		const before = reworded(changed);
		const code = encodeShare(before, akershus, everyAnswer);
		expect(decodeShare(code, dataset, 'akershus', registryOf(before, dataset))).toEqual({
			ok: true,
			edition: 'akershus',
			answers: except(everyAnswer, changed),
			updated: true,
			dropped: 1
		});
	});

	it('count the answers left out: those with a stance to statements removed or reworded since', () => {
		const answerArb = fc.option(
			fc.record({
				stance: fc.option(fc.constantFrom(-2, -1, 0, 1, 2) as fc.Arbitrary<-2 | -1 | 0 | 1 | 2>),
				important: fc.boolean()
			}),
			{ nil: undefined }
		);
		fc.assert(
			fc.property(
				fc.array(answerArb, { minLength: asked.length, maxLength: asked.length }),
				fc.subarray(asked.map((s) => s.id)),
				fc.subarray(asked.map((s) => s.id)),
				(given, removed, changed) => {
					const answers: Answers = Object.fromEntries(
						asked.flatMap((s, i) => (given[i] === undefined ? [] : [[s.id, given[i]]]))
					);
					const now: Dataset = {
						...dataset,
						statements: dataset.statements
							.filter((s) => !removed.includes(s.id))
							.map((s) =>
								changed.includes(s.id)
									? { ...s, text: `${s.text} Endret.`, hash: statementHash(`${s.text} Endret.`) }
									: s
							)
					};
					fc.pre(removed.length + changed.length > 0);
					// A list whose 13-bit tag and length equal the current one's reads as current (a known limit).
					fc.pre(
						currentLayout(now, akershus).tag !== currentLayout(dataset, akershus).tag ||
							removed.length > 0
					);
					const decoded = decodeShare(
						encodeShare(dataset, akershus, answers),
						now,
						'akershus',
						registryOf(dataset, now)
					);
					const gone = Object.entries(answers).filter(
						([id, a]) => a.stance !== null && (removed.includes(id) || changed.includes(id))
					);
					expect(decoded).toMatchObject({ ok: true, updated: true, dropped: gone.length });
				}
			)
		);
	});

	it('keep every answer when the statements were reordered', () => {
		const before: Dataset = { ...dataset, statements: [...dataset.statements].reverse() };
		expect(currentLayout(before, akershus).tag).not.toBe(currentLayout(dataset, akershus).tag);
		const code = encodeShare(before, akershus, everyAnswer);
		expect(decodeShare(code, dataset, 'akershus', registryOf(before, dataset))).toEqual({
			ok: true,
			edition: 'akershus',
			answers: everyAnswer,
			updated: true,
			dropped: 0
		});
	});

	it('keep the surviving answers over several changes, each list registered once', () => {
		const first = reworded(asked[1]!.id);
		const second = without(asked[2]!.id);
		const registry = registryOf(first, second, dataset);
		expect(registry.editions.akershus).toHaveLength(3);
		expect(
			decodeShare(encodeShare(first, akershus, everyAnswer), dataset, undefined, registry)
		).toMatchObject({
			ok: true,
			answers: except(everyAnswer, asked[1]!.id),
			updated: true,
			dropped: 1
		});
		expect(
			decodeShare(encodeShare(second, akershus, everyAnswer), dataset, undefined, registry)
		).toMatchObject({
			ok: true,
			answers: except(everyAnswer, asked[2]!.id),
			updated: true,
			dropped: 0
		});
		// The current list decodes as before: no `updated`.
		expect(
			decodeShare(encodeShare(dataset, akershus, everyAnswer), dataset, undefined, registry)
		).toEqual({ ok: true, edition: 'akershus', answers: everyAnswer, updated: false, dropped: 0 });
	});

	it('are looked up in their own edition only', () => {
		const before = reworded(asked[0]!.id);
		const registry = registryOf(before, dataset);
		const elsewhere: ShareLayouts = {
			format: 1,
			editions: { oslo: registry.editions.akershus! }
		};
		const code = encodeShare(before, akershus, everyAnswer);
		expect(decodeShare(code, dataset, 'akershus', elsewhere)).toEqual({
			ok: false,
			error: 'outdated'
		});
	});

	it('name a cut or lengthened old code, and refuse a value no answers give', () => {
		const before = without(asked[4]!.id);
		const registry = registryOf(before, dataset);
		const code = encodeShare(before, akershus, everyAnswer);
		expect(decodeShare(code.slice(0, -1), dataset, undefined, registry)).toEqual({
			ok: false,
			error: 'truncated'
		});
		expect(decodeShare(`${code}AA`, dataset, undefined, registry)).toEqual({
			ok: false,
			error: 'too-long'
		});
		expect(
			decodeShare(code.slice(0, 5) + '_'.repeat(code.length - 5), dataset, undefined, registry)
		).toEqual({ ok: false, error: 'garbage' });
	});

	it('are safe against the 13-bit tag colliding', () => {
		const current = currentLayout(dataset, akershus);
		// Rewordings of the first statement until two earlier lists share a tag, and one shares
		// the current list's tag.
		const byTag = new Map<number, Dataset>();
		let pair: [Dataset, Dataset] | undefined;
		let shadow: Dataset | undefined;
		for (let k = 0; (pair === undefined || shadow === undefined) && k < 200_000; k++) {
			const variant = reworded(asked[0]!.id, ` ${k}`);
			const { tag } = currentLayout(variant, akershus);
			if (tag === current.tag) shadow ??= variant;
			else if (byTag.has(tag)) pair ??= [byTag.get(tag)!, variant];
			else byTag.set(tag, variant);
		}
		expect(pair && shadow).toBeDefined();

		// Two earlier lists with one tag and one length: not guessed between.
		const [b, c] = pair!;
		const ambiguous = registryOf(b, c, dataset);
		expect(
			decodeShare(encodeShare(b, akershus, everyAnswer), dataset, undefined, ambiguous)
		).toEqual({ ok: false, error: 'outdated' });
		// Only one of them registered: it is read.
		expect(
			decodeShare(encodeShare(b, akershus, everyAnswer), dataset, undefined, registryOf(b, dataset))
		).toMatchObject({ ok: true, answers: except(everyAnswer, asked[0]!.id), updated: true });

		// An earlier list with the current list's tag and length: the current list wins, so
		// links made now always open as they were made.
		const registry = registryOf(shadow!, dataset);
		expect(
			decodeShare(encodeShare(dataset, akershus, everyAnswer), dataset, undefined, registry)
		).toEqual({ ok: true, edition: 'akershus', answers: everyAnswer, updated: false, dropped: 0 });
	});

	it('never throw, whatever the text, with earlier layouts registered', () => {
		const registry = registryOf(without(asked[4]!.id), reworded(asked[0]!.id), dataset);
		const old = encodeShare(without(asked[4]!.id), akershus, everyAnswer);
		const near = fc
			.tuple(fc.nat(old.length), fc.string({ maxLength: 4 }), fc.nat(old.length))
			.map(
				([cut, insert, end]) =>
					old.slice(0, cut) + insert + old.slice(Math.min(cut + end, old.length))
			);
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.base64String(), near), (text) => {
				expect(typeof decodeShare(text, dataset, undefined, registry).ok).toBe('boolean');
			}),
			{ numRuns: 2000 }
		);
	});
});

describe('the registry', () => {
	it('has the current layouts of the published content, and is sound', async () => {
		const { default: file } = await import('../../../content/share-layouts.json');
		expect(layoutIssues(file)).toEqual([]);
		expect(missingLayouts(file as ShareLayouts, dataset)).toEqual([]);
	});

	it('appends only what is missing, keeping earlier entries as they are', () => {
		const before = reworded(asked[0]!.id);
		const registry = registryOf(before);
		const next = withCurrentLayouts(registry, dataset);
		expect(next.editions.akershus![0]).toBe(registry.editions.akershus![0]);
		expect(withCurrentLayouts(next, dataset)).toEqual(next);
		expect(missingLayouts(registry, dataset).map((m) => m.edition)).toContain('akershus');
		expect(missingLayouts(next, dataset)).toEqual([]);
		expect(layoutIssues(next)).toEqual([]);
	});

	it('names a wrong tag, a repeated list and a malformed entry', () => {
		const layout = currentLayout(dataset, akershus);
		expect(layoutTag('akershus', layout.statements)).toBe(layout.tag);
		expect(
			layoutIssues({
				format: 1,
				editions: { akershus: [{ ...layout, tag: layout.tag ^ 1 }, layout, { tag: 1 }] }
			})
		).toEqual([
			`editions.akershus[0]: tag ${layout.tag ^ 1} is not its statements' (${layout.tag})`,
			'editions.akershus[1]: the same statements twice',
			'editions.akershus[2]: must be { "tag": number, "statements": ["<id>:<hash>", …] }'
		]);
		expect(layoutIssues(null)).toEqual(['not a JSON object']);
		expect(layoutIssues({ format: 2 })).toEqual(['"format" must be 1']);
	});
});
