import { describe, expect, it } from 'vitest';
import {
	EXAMPLE_ANSWERS,
	EXAMPLE_PARTIES,
	EXAMPLE_STATEMENTS,
	workedExample,
	type ExampleInput
} from './example.ts';

const EXAMPLE: ExampleInput = {
	statements: EXAMPLE_STATEMENTS,
	parties: EXAMPLE_PARTIES,
	answers: EXAMPLE_ANSWERS
};

describe('workedExample', () => {
	it("adds up: each party's counted rows give its Σ w and Σ w·a, and W is the sum of the weights", () => {
		const example = workedExample();
		for (const party of example.parties) {
			const counted = party.rows.flatMap((r) => (r.status === 'counted' ? [r] : []));
			expect(counted.reduce((sum, r) => sum + r.weight, 0)).toBe(party.weight);
			expect(counted.reduce((sum, r) => sum + r.weighted, 0)).toBeCloseTo(
				party.weightedAgreement,
				12
			);
			expect(counted).toHaveLength(party.basis);
			expect(party.score).toBeCloseTo(party.weightedAgreement / party.weight, 12);
		}
		expect(example.weights.reduce((a, b) => a + b, 0)).toBe(example.totalWeight);
		expect(example.lead).toBeGreaterThan(1 / example.totalWeight);
	});

	it('refuses data that would not show what the page says it shows', () => {
		const answered = Object.fromEntries(
			EXAMPLE_STATEMENTS.map((id) => [id, { stance: 1 as const, important: false }])
		);
		expect(() => workedExample({ ...EXAMPLE, answers: answered })).toThrow(
			'The worked example must show a skipped statement'
		);
		const unimportant = Object.fromEntries(
			Object.entries(EXAMPLE_ANSWERS).map(([id, a]) => [id, { ...a, important: false }])
		);
		expect(() => workedExample({ ...EXAMPLE, answers: unimportant })).toThrow(
			'a statement marked important'
		);
		const twins = EXAMPLE_PARTIES.map((p) => ({
			...p,
			positions: { ...EXAMPLE_PARTIES[0]!.positions }
		}));
		expect(() => workedExample({ ...EXAMPLE, parties: twins })).toThrow(
			'a party without a position on some statement'
		);
	});
});
