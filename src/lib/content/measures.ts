/**
 * How well the statement set separates the parties of an edition, measured with the scoring
 * module over the statements the edition asks (`askedStatements`):
 *
 * - response sets: every party's score for a voter who answers every statement "Helt enig",
 *   every one "Helt uenig", or every one "Nøytral";
 * - direction balance: how many of each party's positions are agreement, neutral and
 *   disagreement;
 * - separation: the statements on which two parties are at least two steps apart, and those
 *   on which only one party has a position;
 * - random voters: a seeded simulation of voters answering at random, ranked by
 *   `rankParties`, counting who comes first;
 * - dead statements: those no party in the edition speaks to (not asked there).
 *
 * The floors and targets live here, and each measure carries its verdict, so the content
 * check, the open data and the methodology page say the same. Pure and deterministic.
 */
import {
	percentOf,
	prepareParties,
	rankParties,
	SCALE,
	type Answer,
	type Answers,
	type PartyInput,
	type PreparedParties,
	type Stance
} from '#lib/scoring/index.ts';
import { mulberry32 } from '#lib/scoring/tiebreak.ts';
import { askedStatements, deadStatements } from './editions.ts';
import { partyInputs } from './scoring-input.ts';
import type { Dataset, Edition } from './types.ts';

/** The floors (failing `content:check`) and targets (warnings) of the measures. */
export const MEASURE_LIMITS = {
	/**
	 * Response sets: every party's displayed percentage for the all-agree and the
	 * all-disagree voter must lie in this range (inclusive). Below it fails.
	 */
	responseSet: { min: 35, max: 65 },
	/** Direction balance: at least this percentage of each party's positions are disagreement. */
	minDisagreement: 35,
	/** Separation: two parties this many steps apart, or more, separate them on a statement. */
	separationSteps: 2,
	/** Separation: a warning when an edition has fewer separating statements than this. */
	separationTarget: 4,
	/** Random voters: a warning when a party is sole first for more than this percentage … */
	maxSoleFirst: 50,
	/** … in an edition with at least this many parties. */
	soleFirstParties: 3
} as const;

/** The random-voter simulation: how many voters, the seed, and how they answer. */
export interface SimulationOptions {
	/** Number of simulated voters. */
	readonly voters: number;
	/** Seed of the mulberry32 stream. */
	readonly seed: number;
	/** Percentage of answers skipped. */
	readonly skipPercent: number;
	/** Percentage of the answered statements marked important. */
	readonly importantPercent: number;
}

/**
 * The published simulation: 20 000 voters; each skips a statement with probability 10 %,
 * otherwise picks one of the five answers with equal probability and marks it important with
 * probability 20 %.
 */
export const RANDOM_VOTERS: SimulationOptions = {
	voters: 20_000,
	seed: 1,
	skipPercent: 10,
	importantPercent: 20
};

/** A measure's verdict: within its floor, below a floor (fails the check), or worth a look. */
export type MeasureStatus = 'pass' | 'fail' | 'warning';

/** The uniform response sets: the one answer such a voter gives to every statement. */
export const RESPONSE_SETS = { agree: 2, disagree: -2, neutral: 0 } as const satisfies Record<
	string,
	Stance
>;
export type ResponseSet = keyof typeof RESPONSE_SETS;
/** The response sets the floor applies to. */
export const FLOORED_RESPONSE_SETS: readonly ResponseSet[] = ['agree', 'disagree'];

/** A party's score for one response-set voter (as `rankParties` gives it). */
export interface ResponseSetScore {
	/** null when no asked statement counts for the party (it has no position). */
	readonly score: number | null;
	/** The displayed percentage (null with the score). */
	readonly percent: number | null;
}

export interface ResponseSetParty {
	readonly party: string;
	readonly agree: ResponseSetScore;
	readonly disagree: ResponseSetScore;
	readonly neutral: ResponseSetScore;
	/** True when the agree and disagree percentages both lie within the floor. */
	readonly pass: boolean;
}

export interface ResponseSets {
	/** Inclusive range of displayed percentages for the all-agree and all-disagree voters. */
	readonly floor: { readonly min: number; readonly max: number };
	/** Parties in edition (listing) order. */
	readonly parties: readonly ResponseSetParty[];
	/** The parties sharing first place for each response-set voter, in ranking order. */
	readonly top: Readonly<Record<ResponseSet, readonly string[]>>;
	readonly status: 'pass' | 'fail';
}

export interface DirectionParty {
	readonly party: string;
	/** The party's positions on the edition's statements. */
	readonly positions: number;
	/** Positions with stance > 0, = 0 and < 0. */
	readonly agree: number;
	readonly neutral: number;
	readonly disagree: number;
	/** disagree / positions as a displayed percentage; null without positions. */
	readonly disagreePercent: number | null;
	/** True when `disagreePercent` is at least the floor. */
	readonly pass: boolean;
}

export interface DirectionMeasure {
	/** The least percentage of a party's positions that must be disagreement. */
	readonly floor: number;
	readonly parties: readonly DirectionParty[];
	readonly status: 'pass' | 'fail';
}

/** Two parties at least `steps` apart on one statement. */
export interface SeparatingPair {
	/** The two parties, in edition (listing) order. */
	readonly parties: readonly [string, string];
	readonly stances: readonly [Stance, Stance];
	/** |a − b|. */
	readonly steps: number;
	/** True when one agrees and the other disagrees. */
	readonly opposite: boolean;
}

export interface Separation {
	/** The least distance, in steps of the scale, that separates two parties. */
	readonly steps: number;
	/** The number of separating statements an edition should have (a warning below). */
	readonly target: number;
	/** The separating statements, in quiz order, with every pair that separates. */
	readonly statements: readonly { readonly statement: string; readonly pairs: SeparatingPair[] }[];
	/** Statements on which only one party has a position, in quiz order. */
	readonly singleParty: readonly { readonly statement: string; readonly party: string }[];
	readonly status: 'pass' | 'warning';
}

export interface RandomVoterParty {
	readonly party: string;
	/** Voters for whom the party is first alone; and that as a share of all voters. */
	readonly sole: number;
	readonly soleShare: number;
	/** Voters for whom the party shares first place with others; and that share. */
	readonly shared: number;
	readonly sharedShare: number;
}

export interface RandomVoters extends SimulationOptions {
	readonly parties: readonly RandomVoterParty[];
	/** Voters whose first place is shared by two or more parties; and that share. */
	readonly sharedTop: number;
	readonly sharedTopShare: number;
	/** Voters for whom no party is ranked (too little basis); and that share. */
	readonly noTop: number;
	readonly noTopShare: number;
	/** A warning when a party is sole first for more than this percentage of the voters … */
	readonly warnAbove: number;
	/** … in an edition with at least this many parties. */
	readonly warnFromParties: number;
	/** The parties that are, in such an edition. */
	readonly dominant: readonly string[];
	readonly status: 'pass' | 'warning';
}

/** The measures of one edition. */
export interface EditionMeasures {
	/** Number of statements the edition asks: every measure is over these. */
	readonly asked: number;
	/** Statements no party in the edition speaks to (not asked there), in quiz order. */
	readonly dead: readonly string[];
	readonly responseSets: ResponseSets;
	readonly directionBalance: DirectionMeasure;
	readonly separation: Separation;
	readonly randomVoters: RandomVoters;
}

// ── Response sets ─────────────────────────────────────────────────────────────

/** Every party's score for a voter answering `stance` to every statement, nothing important. */
function uniformVoter(prepared: PreparedParties, stance: Stance) {
	const answer: Answer = { stance, important: false };
	const result = rankParties(
		prepared,
		Object.fromEntries(prepared.statementIds.map((id) => [id, answer]))
	);
	const scores = new Map(
		result.entries.map((e): [string, ResponseSetScore] => [
			e.partyId,
			{ score: e.score, percent: e.percent }
		])
	);
	return { scores, top: result.topMatches };
}

/** The response-set voters' scores for every party of `prepared`. */
export function responseSets(prepared: PreparedParties): ResponseSets {
	const { min, max } = MEASURE_LIMITS.responseSet;
	const voters = {
		agree: uniformVoter(prepared, RESPONSE_SETS.agree),
		disagree: uniformVoter(prepared, RESPONSE_SETS.disagree),
		neutral: uniformVoter(prepared, RESPONSE_SETS.neutral)
	};
	const within = (s: ResponseSetScore) =>
		s.percent !== null && s.percent >= min && s.percent <= max;
	const parties = prepared.parties.map(({ id }): ResponseSetParty => {
		const of = (set: ResponseSet) => voters[set].scores.get(id)!;
		const scores = { agree: of('agree'), disagree: of('disagree'), neutral: of('neutral') };
		return {
			party: id,
			...scores,
			pass: FLOORED_RESPONSE_SETS.every((set) => within(scores[set]))
		};
	});
	return {
		floor: { min, max },
		parties,
		top: { agree: voters.agree.top, disagree: voters.disagree.top, neutral: voters.neutral.top },
		status: parties.every((p) => p.pass) ? 'pass' : 'fail'
	};
}

// ── Direction balance ─────────────────────────────────────────────────────────

/** Each party's agree / neutral / disagree positions on `statementIds`. */
export function directionBalance(
	parties: readonly PartyInput[],
	statementIds: readonly string[]
): DirectionMeasure {
	const floor = MEASURE_LIMITS.minDisagreement;
	const rows = parties.map((party): DirectionParty => {
		let agree = 0;
		let neutral = 0;
		let disagree = 0;
		for (const id of statementIds) {
			const stance = Object.hasOwn(party.positions, id) ? party.positions[id] : null;
			if (stance === null || stance === undefined) continue;
			if (stance > 0) agree++;
			else if (stance < 0) disagree++;
			else neutral++;
		}
		const positions = agree + neutral + disagree;
		const disagreePercent = positions === 0 ? null : percentOf(disagree, positions);
		return {
			party: party.id,
			positions,
			agree,
			neutral,
			disagree,
			disagreePercent,
			pass: disagreePercent !== null && disagreePercent >= floor
		};
	});
	return { floor, parties: rows, status: rows.every((r) => r.pass) ? 'pass' : 'fail' };
}

// ── Separation ────────────────────────────────────────────────────────────────

/** The statements of `statementIds` that separate two parties, and those only one speaks to. */
export function separation(
	parties: readonly PartyInput[],
	statementIds: readonly string[]
): Separation {
	const { separationSteps: steps, separationTarget: target } = MEASURE_LIMITS;
	const statements: { statement: string; pairs: SeparatingPair[] }[] = [];
	const singleParty: { statement: string; party: string }[] = [];
	for (const statement of statementIds) {
		const stated = parties.flatMap((p) => {
			const stance = Object.hasOwn(p.positions, statement) ? p.positions[statement] : null;
			return stance === null || stance === undefined ? [] : [{ party: p.id, stance }];
		});
		if (stated.length === 1) singleParty.push({ statement, party: stated[0]!.party });
		const pairs: SeparatingPair[] = [];
		stated.forEach((a, i) => {
			for (const b of stated.slice(i + 1)) {
				const distance = Math.abs(a.stance - b.stance);
				if (distance < steps) continue;
				pairs.push({
					parties: [a.party, b.party],
					stances: [a.stance, b.stance],
					steps: distance,
					opposite: a.stance * b.stance < 0
				});
			}
		});
		if (pairs.length > 0) statements.push({ statement, pairs });
	}
	return {
		steps,
		target,
		statements,
		singleParty,
		status: statements.length >= target ? 'pass' : 'warning'
	};
}

// ── Random voters ─────────────────────────────────────────────────────────────

const TWO_TO_32 = 2 ** 32;
/** mulberry32's stream: each call returns the next unsigned 32-bit output for the seed. */
function stream(seed: number): () => number {
	let state = seed | 0;
	return () => {
		const out = mulberry32(state);
		state = (state + 0x6d2b79f5) | 0;
		return out;
	};
}

/**
 * The answers of `options.voters` simulated voters to `statementIds`, one voter per
 * iteration, drawn from the mulberry32 stream of `options.seed`: each statement is skipped
 * with probability `skipPercent` %, otherwise answered with one of the five stances (equally
 * likely) and marked important with probability `importantPercent` %. Deterministic for a
 * seed. The yielded object is refilled for the next voter: read it before going on.
 */
export function* simulatedAnswers(
	statementIds: readonly string[],
	options: SimulationOptions = RANDOM_VOTERS
): Generator<Answers, void, undefined> {
	const next = stream(options.seed);
	const skipBelow = (TWO_TO_32 * options.skipPercent) / 100;
	const importantBelow = (TWO_TO_32 * options.importantPercent) / 100;
	const slots = statementIds.map((): { stance: Stance | null; important: boolean } => ({
		stance: null,
		important: false
	}));
	const answers: Answers = Object.fromEntries(statementIds.map((id, i) => [id, slots[i]!]));
	for (let v = 0; v < options.voters; v++) {
		for (const slot of slots) {
			if (next() < skipBelow) {
				slot.stance = null;
				slot.important = false;
			} else {
				slot.stance = SCALE[Math.floor((next() * SCALE.length) / TWO_TO_32)]!;
				slot.important = next() < importantBelow;
			}
		}
		yield answers;
	}
}

/**
 * The random-voter simulation for `parties` over `statementIds`: every simulated voter
 * (`simulatedAnswers`) is ranked by `rankParties` and counted by who comes first: one party
 * alone, several sharing first place, or none ranked. Deterministic for a seed.
 */
export function randomVoters(
	parties: readonly PartyInput[],
	statementIds: readonly string[],
	options: SimulationOptions = RANDOM_VOTERS
): RandomVoters {
	// Statements keyed by their position: the tie-break seed then hashes short ids, which
	// makes the simulation three times faster. The tie-break orders parties within a shared
	// first place; it never decides who shares it.
	const ids = statementIds.map((_, i) => i.toString(36));
	const prepared = prepareParties(
		ids,
		parties.map((p) => ({
			id: p.id,
			positions: Object.fromEntries(
				statementIds.map((id, i) => [
					ids[i]!,
					Object.hasOwn(p.positions, id) ? p.positions[id]! : null
				])
			)
		}))
	);
	const sole = new Map(parties.map((p) => [p.id, 0]));
	const shared = new Map(parties.map((p) => [p.id, 0]));
	let sharedTop = 0;
	let noTop = 0;
	for (const answers of simulatedAnswers(ids, options)) {
		const { topMatches } = rankParties(prepared, answers);
		if (topMatches.length === 0) noTop++;
		else if (topMatches.length === 1) sole.set(topMatches[0]!, sole.get(topMatches[0]!)! + 1);
		else {
			sharedTop++;
			for (const id of topMatches) shared.set(id, shared.get(id)! + 1);
		}
	}

	const { voters } = options;
	const share = (n: number) => (voters === 0 ? 0 : n / voters);
	const { maxSoleFirst: warnAbove, soleFirstParties: warnFromParties } = MEASURE_LIMITS;
	const rows = parties.map(({ id }): RandomVoterParty => {
		const s = sole.get(id)!;
		const h = shared.get(id)!;
		return { party: id, sole: s, soleShare: share(s), shared: h, sharedShare: share(h) };
	});
	const dominant =
		rows.length >= warnFromParties
			? rows.filter((p) => p.sole * 100 > warnAbove * voters).map((p) => p.party)
			: [];
	return {
		...options,
		parties: rows,
		sharedTop,
		sharedTopShare: share(sharedTop),
		noTop,
		noTopShare: share(noTop),
		warnAbove,
		warnFromParties,
		dominant,
		status: dominant.length > 0 ? 'warning' : 'pass'
	};
}

// ── Per edition ───────────────────────────────────────────────────────────────

/**
 * The published measures by everything they are computed from (the statements asked, the dead
 * ones, every party's stances): the same in every language, so the pages of all three compute
 * them once.
 */
const memo = new Map<string, EditionMeasures>();

/**
 * Every measure of `edition`, over the statements it asks. With the published simulation
 * (the default) the result is memoised by its inputs, so the content check, the open data and
 * the methodology page of one build, in every language, compute it once.
 */
export function editionMeasures(
	dataset: Dataset,
	edition: Edition,
	simulation: SimulationOptions = RANDOM_VOTERS
): EditionMeasures {
	const asked = askedStatements(dataset, edition).map((s) => s.id);
	const dead = deadStatements(dataset, edition).map((s) => s.id);
	const inputs = partyInputs(edition);
	const published = simulation === RANDOM_VOTERS;
	const key = published ? JSON.stringify([asked, dead, inputs]) : '';
	const cached = published ? memo.get(key) : undefined;
	if (cached) return cached;
	const measures: EditionMeasures = {
		asked: asked.length,
		dead,
		responseSets: responseSets(prepareParties(asked, inputs)),
		directionBalance: directionBalance(inputs, asked),
		separation: separation(inputs, asked),
		randomVoters: randomVoters(inputs, asked, simulation)
	};
	if (published) memo.set(key, measures);
	return measures;
}
