/**
 * The worked example on the methodology page (`/metode/`): a small, made-up quiz that a
 * voter can recompute by hand. The same data as docs/scoring.md: four statements, three
 * parties; statement 1 is marked important, statement 3 is skipped, and party b has no
 * position on statement 2 (so b ends up with too little basis).
 *
 * Every number shown on the page comes from `workedExample()`, which runs the real scoring
 * module (`rankParties`, `explainParty`, `whatWouldChange`). The e2e test imports the
 * example data and recomputes the ranking with `rankParties`.
 *
 * The page's text describes what the example shows (a skipped statement, one marked
 * important, a missing position, a sole best match ahead of the runner-up by more than the
 * tie margin, a party with too little basis, a smallest change that gives another party first
 * place), so `workedExample()` refuses data that would not show it: the build fails rather
 * than the text going wrong. Pure: no Svelte, DOM or Node.
 */
import {
	applyChanges,
	explainParty,
	MAX_DISTANCE,
	MIN_BASIS,
	prepareParties,
	rankParties,
	whatWouldChange,
	type Answers,
	type ChangeKind,
	type Flag,
	type PartyInput,
	type Stance
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

/** The voter's answer to one statement (stance null: skipped). */
export interface ExampleAnswer {
	readonly stance: Stance | null;
	readonly important: boolean;
}

/** One statement of one party's calculation: counted with its numbers, or why not. */
export type ExampleRow =
	| {
			readonly status: 'counted';
			/** 1-based statement number. */
			readonly statement: number;
			readonly voter: ExampleAnswer;
			readonly party: Stance;
			/** d = |voter − party|, a = 1 − d/4, w (2 when important), w·a. */
			readonly distance: number;
			readonly agreement: number;
			readonly weight: number;
			readonly weighted: number;
	  }
	| {
			readonly status: 'skipped' | 'no-position' | 'skipped-no-position';
			readonly statement: number;
			readonly voter: ExampleAnswer;
			readonly party: Stance | null;
	  };

/** One party's calculation, as the page shows it. */
export interface ExampleParty {
	readonly id: string;
	/** One row per statement, in quiz order (from the scoring module's own breakdown). */
	readonly rows: readonly ExampleRow[];
	/** Σ w over the statements that count. */
	readonly weight: number;
	/** Σ w·a over the statements that count (numerator / MAX_DISTANCE, exact: a multiple of 0.25). */
	readonly weightedAgreement: number;
	readonly score: number;
	readonly percent: number;
	readonly basis: number;
	readonly flag: Flag | null;
	readonly rank: number | null;
}

/** A changed answer in the "what would change" illustration. */
export interface ExampleChange {
	/** 1-based statement number. */
	readonly statement: number;
	readonly kind: ChangeKind;
	readonly from: ExampleAnswer;
	readonly to: ExampleAnswer;
}

export interface WorkedExample {
	/** Statement ids in quiz order (shown by 1-based position). */
	readonly statements: readonly string[];
	/** The voter's answer per statement, in quiz order. */
	readonly answers: readonly ExampleAnswer[];
	/** Party positions per statement, in quiz order (null: no position). */
	readonly positions: Readonly<Record<string, readonly (Stance | null)[]>>;
	/** Parties in input (alphabetical) order, each with its calculation. */
	readonly parties: readonly ExampleParty[];
	/** Party ids in result order: ranked parties first, then flagged ones. */
	readonly order: readonly string[];
	/** The minimum basis for a party to be ranked (`MIN_BASIS`). */
	readonly minBasis: number;
	/** The weight of each answered statement, in quiz order; W is their sum. */
	readonly weights: readonly number[];
	readonly totalWeight: number;
	/** 1-based numbers of the statements marked important, and of those skipped. */
	readonly important: readonly number[];
	readonly skipped: readonly number[];
	/** Where a party has no position (1-based statement numbers). */
	readonly missing: readonly { readonly party: string; readonly statement: number }[];
	/** The sole best match, the best ranked party after it, and the lead (> 1/W). */
	readonly top: string;
	readonly runnerUp: string;
	readonly lead: number;
	/** The smallest change that would give another party first place alone. */
	readonly change: {
		readonly changes: readonly ExampleChange[];
		readonly newTop: string;
		/** Percentages after the change. */
		readonly newTopPercent: number;
		readonly oldTopPercent: number;
	};
}

/** Thrown when the example data no longer shows what the page says it shows. */
function unillustrative(what: string): never {
	throw new Error(`The worked example must show ${what}; change EXAMPLE_* in example.ts.`);
}

/** The made-up quiz behind the example. */
export interface ExampleInput {
	readonly statements: readonly string[];
	readonly parties: readonly PartyInput[];
	readonly answers: Answers;
}

const EXAMPLE: ExampleInput = {
	statements: EXAMPLE_STATEMENTS,
	parties: EXAMPLE_PARTIES,
	answers: EXAMPLE_ANSWERS
};

/** Computes the worked example with the real scoring module (the page's data by default). */
export function workedExample(input: ExampleInput = EXAMPLE): WorkedExample {
	const statements = [...input.statements];
	const number = (id: string) => statements.indexOf(id) + 1;
	const answers = statements.map((id) => ({
		stance: input.answers[id]?.stance ?? null,
		important: input.answers[id]?.important ?? false
	}));
	const prepared = prepareParties(statements, input.parties);
	const result = rankParties(prepared, input.answers);
	const parties = input.parties.map((party): ExampleParty => {
		const entry = result.entries.find((e) => e.partyId === party.id);
		if (!entry) throw new Error(`no result for party ${party.id}`);
		if (entry.score === null || entry.percent === null) unillustrative('a score for every party');
		const rows = explainParty(result, entry.partyId).rows.map((row, i): ExampleRow => {
			const base = { statement: i + 1, voter: answers[i]!, party: row.partyStance };
			if (row.status !== 'counted') return { ...base, status: row.status };
			if (row.partyStance === null || row.distance === null || row.agreement === null)
				throw new Error('a counted statement without numbers');
			return {
				...base,
				status: 'counted',
				party: row.partyStance,
				distance: row.distance,
				agreement: row.agreement,
				weight: row.weight,
				weighted: row.weight * row.agreement
			};
		});
		return {
			id: entry.partyId,
			rows,
			weight: entry.weight,
			weightedAgreement: entry.numerator / MAX_DISTANCE,
			score: entry.score,
			percent: entry.percent,
			basis: entry.basis,
			flag: entry.flag,
			rank: entry.rank
		};
	});

	const ranked = result.entries.filter((e) => e.flag === null);
	if (!answers.some((a) => a.stance === null)) unillustrative('a skipped statement');
	if (!answers.some((a) => a.stance !== null && a.important))
		unillustrative('a statement marked important');
	if (!input.parties.some((p) => statements.some((id) => p.positions[id] == null)))
		unillustrative('a party without a position on some statement');
	if (result.topMatches.length !== 1) unillustrative('a sole best match');
	if (!result.entries.some((e) => e.flag === 'too-little-basis'))
		unillustrative('a party with too little basis');
	const [first, second] = ranked;
	if (!first || !second || first.score === null || second.score === null)
		unillustrative('two ranked parties');
	const lead = first.score - second.score;
	if (!(lead > 1 / result.totalWeight)) unillustrative('a lead larger than the tie margin');

	const counterfactual = whatWouldChange(result);
	if (counterfactual.kind !== 'change')
		unillustrative('a change that gives another party first place');
	const after = rankParties(prepared, applyChanges(input.answers, counterfactual.changes));
	const percentAfter = (id: string) => after.entries.find((e) => e.partyId === id)?.percent ?? null;
	const newTopPercent = percentAfter(counterfactual.newTop);
	const oldTopPercent = percentAfter(first.partyId);
	if (newTopPercent === null || oldTopPercent === null)
		unillustrative('percentages after the change');

	return {
		statements,
		answers,
		positions: Object.fromEntries(
			input.parties.map((p) => [p.id, statements.map((id) => p.positions[id] ?? null)])
		),
		parties,
		order: result.entries.map((e) => e.partyId),
		minBasis: MIN_BASIS,
		weights: answers.flatMap((a) => (a.stance === null ? [] : [a.important ? 2 : 1])),
		totalWeight: result.totalWeight,
		important: answers.flatMap((a, i) => (a.stance !== null && a.important ? [i + 1] : [])),
		skipped: answers.flatMap((a, i) => (a.stance === null ? [i + 1] : [])),
		missing: input.parties.flatMap((p) =>
			statements.flatMap((id, i) =>
				p.positions[id] == null ? [{ party: p.id, statement: i + 1 }] : []
			)
		),
		top: first.partyId,
		runnerUp: second.partyId,
		lead,
		change: {
			changes: counterfactual.changes.map((c) => ({
				statement: number(c.statementId),
				kind: c.kind,
				from: { ...c.from },
				to: { ...c.to }
			})),
			newTop: counterfactual.newTop,
			newTopPercent,
			oldTopPercent
		}
	};
}
