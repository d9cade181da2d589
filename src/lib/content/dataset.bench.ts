/**
 * Benchmarks on the real default dataset (`npm run bench`): ranking and the
 * "what would change your top party" search for a voter in each edition, with
 * seeded random answers. Measurements, not timed tests.
 */
import { expect, test } from 'vitest';
import { random } from '#lib/scoring/test-support.ts';
import { rankParties, whatWouldChange, type Answers, type Stance } from '#lib/scoring/index.ts';
import { loadContent } from './load.ts';
import { prepareEdition } from './scoring-input.ts';

const dataset = loadContent();
const ids = dataset.statements.map((s) => s.id);

function randomAnswers(seed: number): Answers {
	const next = random(seed);
	const answers: Record<string, { stance: Stance | null; important: boolean }> = {};
	for (const id of ids) {
		const r = next();
		const stance = r < 0.1 ? null : ((Math.floor(next() * 5) - 2) as Stance);
		answers[id] = { stance, important: next() < 0.2 };
	}
	return answers;
}

for (const edition of dataset.editions) {
	test(`default dataset, ${edition.id} edition`, async ({ bench }) => {
		const prepared = prepareEdition(edition, ids);
		const voters = Array.from({ length: 50 }, (_, i) => randomAnswers(i + 1));
		let i = 0;
		const kinds = new Set<string>();
		await bench.compare(
			bench(`rankParties, ${ids.length} statements × ${edition.parties.length} parties`, () => {
				rankParties(prepared, voters[i++ % voters.length]!);
			}),
			bench('rankParties + whatWouldChange', () => {
				const result = rankParties(prepared, voters[i++ % voters.length]!);
				kinds.add(whatWouldChange(result).kind);
			}),
			{ time: 1000 }
		);
		expect(kinds.size).toBeGreaterThan(0);
	});
}
