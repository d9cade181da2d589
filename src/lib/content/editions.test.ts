import { describe, expect, it } from 'vitest';
import { loadContent } from './load.ts';
import { askedStatements, deadStatements, isAskedIn } from './editions.ts';

describe('asked and dead statements', () => {
	const dataset = loadContent();

	it.each(dataset.editions.map((e) => [e.id, e] as const))(
		'%s: every statement is either asked or dead, in quiz order',
		(_, edition) => {
			const asked = askedStatements(dataset, edition);
			const dead = deadStatements(dataset, edition);
			expect(asked.length + dead.length).toBe(dataset.statements.length);
			const order = (list: { id: string }[]) =>
				list.map((s) => dataset.statements.findIndex((x) => x.id === s.id));
			expect(order(asked)).toEqual([...order(asked)].sort((a, b) => a - b));
			for (const s of asked) {
				expect(edition.parties.some((p) => Object.hasOwn(p.positions, s.id))).toBe(true);
			}
			for (const s of dead) {
				expect(edition.parties.every((p) => !Object.hasOwn(p.positions, s.id))).toBe(true);
				expect(isAskedIn(edition, s.id)).toBe(false);
			}
		}
	);

	it('an id that is only on the prototype is never a position', () => {
		const [edition] = dataset.editions;
		expect(isAskedIn(edition!, 'constructor')).toBe(false);
		expect(isAskedIn(edition!, '__proto__')).toBe(false);
	});
});
