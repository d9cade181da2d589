import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { instanceArb } from '#lib/scoring/arbitraries.ts';
import {
	prepareParties,
	rankParties,
	scoreParty,
	SCALE,
	type PartyInput,
	type Stance
} from '#lib/scoring/index.ts';
import { askedStatements } from './editions.ts';
import {
	directionBalance,
	editionMeasures,
	MEASURE_LIMITS,
	RANDOM_VOTERS,
	randomVoters,
	RESPONSE_SETS,
	responseSets,
	separation,
	simulatedAnswers,
	type SimulationOptions
} from './measures.ts';
import { partyInputs } from './scoring-input.ts';
import { constructedDataset, rotationStances, stancesOf } from './test-support.ts';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `s${i + 1}`);
const small = (voters: number, more: Partial<SimulationOptions> = {}): SimulationOptions => ({
	...RANDOM_VOTERS,
	voters,
	...more
});

/**
 * a speaks to four statements, b to three, c to one:
 *   s1: a +2, b −1, c +2;  s2: a −2, b −1;  s3: a +1, b −2;  s4: a 0.
 */
const PARTIES: PartyInput[] = [
	{ id: 'a', positions: { s1: 2, s2: -2, s3: 1, s4: 0 } },
	{ id: 'b', positions: { s1: -1, s2: -1, s3: -2 } },
	{ id: 'c', positions: { s1: 2 } }
];
const STATEMENTS = ids(4);

describe('response sets', () => {
	const measure = responseSets(prepareParties(STATEMENTS, PARTIES));

	it('scores every party for the all-agree, all-disagree and all-neutral voters (by hand)', () => {
		expect(
			measure.parties.map((p) => [p.party, p.agree.percent, p.disagree.percent, p.neutral.percent])
		).toEqual([
			// a: agree 1 + 0 + ¾ + ½ = 2¼ of 4 (56 %); disagree 0 + 1 + ¼ + ½ = 1¾ of 4 (44 %);
			//    neutral ½ + ½ + ¾ + 1 = 2¾ of 4 (69 %)
			['a', 56, 44, 69],
			// b: agree ¼ + ¼ + 0 of 3 (17 %); disagree ¾ + ¾ + 1 of 3 (83 %); neutral 2 of 3 (67 %)
			['b', 17, 83, 67],
			// c: one statement, +2
			['c', 100, 0, 50]
		]);
		expect(measure.parties[0]?.agree.score).toBe(9 / 16);
		expect(measure.parties.map((p) => p.pass)).toEqual([true, false, false]);
		expect(measure.status).toBe('fail');
		expect(measure.floor).toEqual({ min: 35, max: 65 });
	});

	it('names who comes first for each voter, as rankParties ranks them', () => {
		// c has too little basis to be ranked; W = 4, so parties within ¼ share first place.
		expect(measure.top).toEqual({ agree: ['a'], disagree: ['b'], neutral: ['a', 'b'] });
	});

	it('agrees with the reference scoreParty over the statements given', () => {
		for (const p of measure.parties) {
			const party = PARTIES.find((x) => x.id === p.party)!;
			for (const set of ['agree', 'disagree', 'neutral'] as const) {
				const answers = Object.fromEntries(
					STATEMENTS.map((id) => [id, { stance: RESPONSE_SETS[set], important: false }])
				);
				const reference = scoreParty(STATEMENTS, party, answers);
				expect(p[set]).toEqual({ score: reference.score, percent: reference.percent });
			}
		}
	});

	it('passes the floor inclusively: 35 % and 65 % pass, 33 % and 67 % fail', () => {
		// The all-agree score is ½ + mean stance / 4 (each stance p scores (2 + p) / 4).
		const at = (positions: Stance[]) => {
			const statements = ids(positions.length);
			const party = {
				id: 'p',
				positions: Object.fromEntries(statements.map((id, i) => [id, positions[i]!]))
			};
			return responseSets(prepareParties(statements, [party])).parties[0]!;
		};
		const edge = at([2, 1, 0, 0, 0]); // mean 3/5: ½ + 0.15 = 65 %
		expect([edge.agree.percent, edge.disagree.percent, edge.pass]).toEqual([65, 35, true]);
		const over = at([2, 1, 1, 0, 0, 0]); // mean 2/3: 66.7 %, shown 67
		expect([over.agree.percent, over.disagree.percent, over.pass]).toEqual([67, 33, false]);
		const under = at([-2, -1, 0, 0, 0]);
		expect([under.agree.percent, under.disagree.percent, under.pass]).toEqual([35, 65, true]);
	});

	test.prop([instanceArb({ minStatements: 1, maxStatements: 12, maxParties: 4 })])(
		'all-agree + all-disagree = 1 for every party; all-neutral = 1 − mean |stance| / 4',
		({ statementIds, parties }) => {
			const measure = responseSets(prepareParties(statementIds, parties));
			for (const p of measure.parties) {
				const stances = Object.values(parties.find((x) => x.id === p.party)!.positions).filter(
					(s): s is Stance => s !== null
				);
				if (p.agree.score === null) {
					expect(stances).toEqual([]);
					expect(p.pass).toBe(false);
					continue;
				}
				expect(p.agree.score + p.disagree.score!).toBeCloseTo(1, 12);
				const mean = stances.reduce((sum: number, s) => sum + Math.abs(s), 0) / stances.length;
				expect(p.neutral.score).toBeCloseTo(1 - mean / 4, 12);
			}
		}
	);

	test.prop([fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 20 })])(
		'a party with equal numbers of +2 and −2 positions gets exactly 50 % from both voters',
		(pairs, silent) => {
			const statements = ids(2 * pairs + silent);
			const party = { id: 'p', positions: stancesOf(2 * pairs, (i) => (i % 2 === 0 ? 2 : -2)) };
			const [p] = responseSets(prepareParties(statements, [party])).parties;
			expect([p!.agree.score, p!.disagree.score, p!.neutral.score]).toEqual([0.5, 0.5, 0.5]);
			expect(p!.pass).toBe(true);
		}
	);
});

describe('direction balance', () => {
	it('counts agree, neutral and disagree positions per party (by hand)', () => {
		const measure = directionBalance([...PARTIES, { id: 'd', positions: {} }], STATEMENTS);
		expect(
			measure.parties.map((p) => [
				p.party,
				p.positions,
				p.agree,
				p.neutral,
				p.disagree,
				p.disagreePercent,
				p.pass
			])
		).toEqual([
			['a', 4, 2, 1, 1, 25, false],
			['b', 3, 0, 0, 3, 100, true],
			['c', 1, 1, 0, 0, 0, false],
			['d', 0, 0, 0, 0, null, false]
		]);
		expect(measure).toMatchObject({ floor: 35, status: 'fail' });
	});

	it('counts only the statements given', () => {
		const [a] = directionBalance(PARTIES, ['s1', 's2']).parties;
		expect(a).toMatchObject({ positions: 2, agree: 1, disagree: 1, disagreePercent: 50 });
	});

	it('passes at 35 % as displayed (7 of 20; 6 of 17 is 35.3 %) and fails at 34 % (13 of 38)', () => {
		const party = (disagree: number, positions: number): PartyInput => ({
			id: `p${disagree}-${positions}`,
			positions: stancesOf(positions, (i) => (i < disagree ? -1 : 1))
		});
		const measure = directionBalance([party(7, 20), party(6, 17), party(13, 38)], ids(38));
		expect(measure.parties.map((p) => [p.disagreePercent, p.pass])).toEqual([
			[35, true],
			[35, true],
			[34, false]
		]);
	});

	test.prop([instanceArb({ maxStatements: 12 })])(
		'agree + neutral + disagree = positions, and the status is pass exactly when every party passes',
		({ statementIds, parties }) => {
			const measure = directionBalance(parties, statementIds);
			for (const p of measure.parties) {
				expect(p.agree + p.neutral + p.disagree).toBe(p.positions);
				expect(p.pass).toBe(p.positions > 0 && (p.disagreePercent ?? 0) >= 35);
			}
			expect(measure.status === 'pass').toBe(measure.parties.every((p) => p.pass));
		}
	);
});

describe('separation', () => {
	it('lists the pairs two or more steps apart, and the statements with one party (by hand)', () => {
		const measure = separation(
			[
				{ id: 'a', positions: { s1: 2, s2: 1, s3: 0 } },
				{ id: 'b', positions: { s1: 0, s2: -1, s4: 2 } },
				{ id: 'c', positions: { s1: -1, s2: 1 } }
			],
			ids(5)
		);
		expect(measure.statements).toEqual([
			{
				statement: 's1',
				pairs: [
					{ parties: ['a', 'b'], stances: [2, 0], steps: 2, opposite: false },
					{ parties: ['a', 'c'], stances: [2, -1], steps: 3, opposite: true }
				]
			},
			{
				statement: 's2',
				pairs: [
					{ parties: ['a', 'b'], stances: [1, -1], steps: 2, opposite: true },
					{ parties: ['b', 'c'], stances: [-1, 1], steps: 2, opposite: true }
				]
			}
		]);
		expect(measure.singleParty).toEqual([
			{ statement: 's3', party: 'a' },
			{ statement: 's4', party: 'b' }
		]);
		// Two separating statements, below the target of four: a warning, never a failure.
		expect(measure).toMatchObject({ steps: 2, target: 4, status: 'warning' });
	});

	it('meets the target with four separating statements', () => {
		const parties = [
			{ id: 'a', positions: stancesOf(4, () => 2) },
			{ id: 'b', positions: stancesOf(4, () => 0) }
		];
		expect(separation(parties, ids(4)).status).toBe('pass');
		expect(separation(parties, ids(3)).status).toBe('warning');
	});

	test.prop([instanceArb({ maxStatements: 10 })])(
		'a statement is listed exactly when its stances span two or more steps, with every such pair',
		({ statementIds, parties }) => {
			const measure = separation(parties, statementIds);
			for (const id of statementIds) {
				const stances = parties.flatMap((p) => {
					const s = Object.hasOwn(p.positions, id) ? p.positions[id] : null;
					return s === null || s === undefined ? [] : [s];
				});
				const listed = measure.statements.find((s) => s.statement === id);
				const span = stances.length === 0 ? 0 : Math.max(...stances) - Math.min(...stances);
				expect(listed !== undefined).toBe(span >= 2);
				const pairs = stances.flatMap((a, i) =>
					stances.slice(i + 1).filter((b) => Math.abs(a - b) >= 2)
				);
				expect(listed?.pairs.length ?? 0).toBe(pairs.length);
				expect(measure.singleParty.some((s) => s.statement === id)).toBe(stances.length === 1);
			}
		}
	);
});

describe('random voters', () => {
	it('draws the documented proportions: 10 % skipped, five answers equally likely, 20 % important', () => {
		const statements = ids(10);
		let skipped = 0;
		let important = 0;
		const stances = new Map<Stance, number>(SCALE.map((s) => [s, 0]));
		for (const answers of simulatedAnswers(statements, small(5_000))) {
			for (const id of statements) {
				const { stance, important: marked } = answers[id]!;
				if (stance === null) {
					expect(marked).toBe(false);
					skipped++;
					continue;
				}
				stances.set(stance, stances.get(stance)! + 1);
				if (marked) important++;
			}
		}
		const answered = 50_000 - skipped;
		expect(skipped / 50_000).toBeCloseTo(0.1, 2);
		expect(important / answered).toBeCloseTo(0.2, 2);
		for (const count of stances.values()) expect(count / answered).toBeCloseTo(0.2, 2);
	});

	it('is deterministic for a seed, and another seed draws other voters', () => {
		const statements = ids(24);
		const inputs = partyInputs(constructedDataset(24, rotationStances()).editions[0]!);
		const once = randomVoters(inputs, statements, small(1_000));
		expect(randomVoters(inputs, statements, small(1_000))).toEqual(once);
		const other = randomVoters(inputs, statements, small(1_000, { seed: 2 }));
		expect(other.parties.map((p) => p.sole)).not.toEqual(once.parties.map((p) => p.sole));
	});

	it('counts as rankParties ranks each voter over the real statement ids', () => {
		const statements = ids(24);
		const inputs = partyInputs(constructedDataset(24, rotationStances()).editions[0]!);
		const options = small(500);
		const prepared = prepareParties(statements, inputs);
		const sole: Record<string, number> = { a: 0, b: 0, c: 0 };
		let shared = 0;
		for (const answers of simulatedAnswers(statements, options)) {
			const { topMatches } = rankParties(prepared, answers);
			if (topMatches.length === 1) sole[topMatches[0]!]!++;
			else if (topMatches.length > 1) shared++;
		}
		const measure = randomVoters(inputs, statements, options);
		expect(Object.fromEntries(measure.parties.map((p) => [p.party, p.sole]))).toEqual(sole);
		expect(measure.sharedTop).toBe(shared);
	});

	it('gives a lone party every voter, two identical parties a shared first place, and no one a top when all skip', () => {
		const statements = ids(5);
		const a = { id: 'a', positions: stancesOf(5, (i) => SCALE[i]!) };
		expect(randomVoters([a], statements, small(100, { skipPercent: 0 }))).toMatchObject({
			parties: [{ party: 'a', sole: 100, soleShare: 1, shared: 0 }],
			sharedTop: 0,
			noTop: 0
		});
		const twins = randomVoters([a, { ...a, id: 'b' }], statements, small(100, { skipPercent: 0 }));
		expect(twins.parties.map((p) => [p.sole, p.shared])).toEqual([
			[0, 100],
			[0, 100]
		]);
		expect([twins.sharedTop, twins.sharedTopShare]).toEqual([100, 1]);
		const none = randomVoters([a], statements, small(100, { skipPercent: 100 }));
		expect([none.noTop, none.noTopShare, none.parties[0]!.sole]).toEqual([100, 1, 0]);
	});

	test.prop([instanceArb({ maxStatements: 8, maxParties: 4 }), fc.integer({ min: 0, max: 50 })], {
		numRuns: 30
	})(
		'every voter is counted once: sole first + shared first + no top = all voters',
		({ statementIds, parties }, voters) => {
			const m = randomVoters(parties, statementIds, small(voters));
			const sole = m.parties.reduce((sum, p) => sum + p.sole, 0);
			expect(sole + m.sharedTop + m.noTop).toBe(voters);
			const shares = m.parties.reduce((sum, p) => sum + p.soleShare, 0);
			if (voters > 0) expect(shares + m.sharedTopShare + m.noTopShare).toBeCloseTo(1, 12);
			// Each shared first place has at least two parties.
			expect(m.parties.reduce((sum, p) => sum + p.shared, 0)).toBeGreaterThanOrEqual(
				2 * m.sharedTop
			);
		}
	);

	it('warns when one party is first alone for more than half the voters of a three-party edition', () => {
		// c takes ±1 where a and b take ±2: random answers lie closer to c on average.
		const stances = {
			a: stancesOf(24, (i) => (i % 2 === 0 ? 2 : -2)),
			b: stancesOf(24, (i) => (i % 2 === 0 ? -2 : 2)),
			c: stancesOf(24, (i) => ([1, 1, -1, -1] as const)[i % 4])
		};
		const inputs = partyInputs(constructedDataset(24, stances).editions[0]!);
		const three = randomVoters(inputs, ids(24), small(2_000));
		expect(three.parties[2]!.soleShare).toBeGreaterThan(0.5);
		expect(three).toMatchObject({ dominant: ['c'], status: 'warning', warnAbove: 50 });
		// With two parties the same share is no warning.
		const two = randomVoters([inputs[0]!, inputs[2]!], ids(24), small(2_000));
		expect(two.parties[1]!.soleShare).toBeGreaterThan(0.5);
		expect(two).toMatchObject({ dominant: [], status: 'pass', warnFromParties: 3 });
	});
});

describe('editionMeasures', () => {
	// 24 rotation statements, then four no party speaks to.
	const dataset = constructedDataset(28, rotationStances());
	const edition = dataset.editions[0]!;

	it('measures the asked statements only, and lists the dead ones', () => {
		const m = editionMeasures(dataset, edition, small(300));
		expect(m.asked).toBe(24);
		expect(m.dead).toEqual(['s25', 's26', 's27', 's28']);
		const asked = askedStatements(dataset, edition).map((s) => s.id);
		expect(m.responseSets).toEqual(responseSets(prepareParties(asked, partyInputs(edition))));
		expect(m.directionBalance).toEqual(directionBalance(partyInputs(edition), asked));
		expect(m.separation).toEqual(separation(partyInputs(edition), asked));
		expect(m.randomVoters).toEqual(randomVoters(partyInputs(edition), asked, small(300)));
		// The rotation meets every floor and target.
		const statuses = [m.responseSets, m.directionBalance, m.separation, m.randomVoters].map(
			(x) => x.status
		);
		expect(statuses).toEqual(['pass', 'pass', 'pass', 'pass']);
		expect(m.separation.statements).toHaveLength(24);
	});

	it('runs the published simulation by default, once per edition', () => {
		const m = editionMeasures(dataset, edition);
		expect(m.randomVoters).toMatchObject({
			voters: 20_000,
			seed: RANDOM_VOTERS.seed,
			skipPercent: 10,
			importantPercent: 20
		});
		expect(editionMeasures(dataset, edition)).toBe(m);
		expect(editionMeasures(dataset, edition, small(300))).not.toBe(
			editionMeasures(dataset, edition, small(300))
		);
		expect(MEASURE_LIMITS.separationTarget).toBe(m.separation.target);
	});
});
