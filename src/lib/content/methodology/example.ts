/**
 * The worked example on the methodology page (`/metode/`): a small, made-up quiz that a
 * voter can recompute by hand. The same data as docs/scoring.md: four statements, three
 * parties; statement 1 is marked important, statement 3 is skipped, and party b has no
 * position on statement 2 (so b ends up with too little basis).
 *
 * Every number shown on the page comes from `workedExample()`, which runs the real scoring
 * module (`rankParties`, `explainParty`, `whatWouldChange`). The e2e test imports the
 * example data and recomputes the ranking with `rankParties`. Pure: no Svelte, DOM or Node.
 */
import {
	applyChanges,
	explainParty,
	MIN_BASIS,
	prepareParties,
	rankParties,
	whatWouldChange,
	type Answers,
	type Flag,
	type PartyInput,
	type Stance,
	type StatementExplanation
} from '#lib/scoring/index.ts';

/** The example's statements, in quiz order. Shown as "Påstand 1" … by position. */
export const EXAMPLE_STATEMENTS: readonly string[] = ['s1', 's2', 's3', 's4'];

/** The example's parties (ids `a`, `b`, `c`, shown as "Parti A" …); made up, not real parties. */
export const EXAMPLE_PARTIES: readonly PartyInput[] = [
	{ id: 'a', positions: { s1: 2, s2: -2, s3: 1, s4: 1 } },
	{ id: 'b', positions: { s1: 1, s3: -2, s4: -1 } },
	{ id: 'c', positions: { s1: -2, s2: 1, s3: 2, s4: 0 } }
];

/** The example voter: s1 important, s3 skipped, s4 neutral. */
export const EXAMPLE_ANSWERS: Answers = {
	s1: { stance: 2, important: true },
	s2: { stance: -1, important: false },
	s3: { stance: null, important: false },
	s4: { stance: 0, important: false }
};

/** One party's calculation, as the page shows it. */
export interface ExampleParty {
	id: string;
	/** One row per statement, in quiz order (the scoring module's own breakdown). */
	rows: StatementExplanation[];
	/** Σ w over the statements that count. */
	weight: number;
	/** Σ w·a over the statements that count (numerator / 4, exact: a multiple of 0.25). */
	weightedAgreement: number;
	score: number | null;
	percent: number | null;
	basis: number;
	flag: Flag | null;
	rank: number | null;
}

/** A changed answer in the "what would change" illustration. */
export interface ExampleChange {
	/** 1-based statement number. */
	statement: number;
	from: { stance: Stance | null; important: boolean };
	to: { stance: Stance | null; important: boolean };
}

export interface WorkedExample {
	/** Statement ids in quiz order (shown by 1-based position). */
	statements: string[];
	/** The voter's answer per statement, in quiz order (stance null: skipped). */
	answers: { stance: Stance | null; important: boolean }[];
	/** Party positions per statement, in quiz order (null: no position). */
	positions: Record<string, (Stance | null)[]>;
	/** Parties in input (alphabetical) order, each with its calculation. */
	parties: ExampleParty[];
	/** Party ids in result order: ranked parties first, then flagged ones. */
	order: string[];
	topMatches: string[];
	/** The minimum basis for a party to be ranked (`MIN_BASIS`). */
	minBasis: number;
	/** Number of answered statements and W, their total weight. The tie margin is 1/W. */
	answered: number;
	totalWeight: number;
	/** The smallest change that would give another party first place alone, if any. */
	change: { changes: ExampleChange[]; newTop: string; after: Record<string, number | null> } | null;
}

/** Computes the worked example with the real scoring module. */
export function workedExample(): WorkedExample {
	const statements = [...EXAMPLE_STATEMENTS];
	const prepared = prepareParties(statements, EXAMPLE_PARTIES);
	const result = rankParties(prepared, EXAMPLE_ANSWERS);
	const parties = EXAMPLE_PARTIES.map((party): ExampleParty => {
		const explanation = explainParty(result, party.id);
		const entry = result.entries.find((e) => e.partyId === party.id)!;
		return {
			id: party.id,
			rows: explanation.rows.map((row) => ({ ...row })),
			weight: entry.weight,
			weightedAgreement: entry.numerator / 4,
			score: entry.score,
			percent: entry.percent,
			basis: entry.basis,
			flag: entry.flag,
			rank: entry.rank
		};
	});
	const counterfactual = whatWouldChange(result);
	let change: WorkedExample['change'] = null;
	if (counterfactual.kind === 'change') {
		const after = rankParties(prepared, applyChanges(EXAMPLE_ANSWERS, counterfactual.changes));
		change = {
			changes: counterfactual.changes.map((c) => ({
				statement: statements.indexOf(c.statementId) + 1,
				from: { ...c.from },
				to: { ...c.to }
			})),
			newTop: counterfactual.newTop,
			after: Object.fromEntries(after.entries.map((e) => [e.partyId, e.percent]))
		};
	}
	return {
		statements,
		answers: statements.map((id) => {
			const answer = EXAMPLE_ANSWERS[id];
			return { stance: answer?.stance ?? null, important: answer?.important ?? false };
		}),
		positions: Object.fromEntries(
			EXAMPLE_PARTIES.map((p) => [p.id, statements.map((id) => p.positions[id] ?? null)])
		),
		parties,
		order: result.entries.map((e) => e.partyId),
		topMatches: [...result.topMatches],
		minBasis: MIN_BASIS,
		answered: result.answeredCount,
		totalWeight: result.totalWeight,
		change
	};
}
