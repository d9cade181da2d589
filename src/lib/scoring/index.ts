/**
 * Scoring for the voting-advice quiz: turns a voter's answers and the parties' positions
 * into a ranked result the voter can understand and check by hand. Pure: no Svelte, DOM or
 * Node imports; no user-facing text (flags and kinds are codes the UI maps to messages).
 * The method is documented in docs/scoring.md.
 *
 * Typical use:
 * ```ts
 * const prepared = prepareParties(statementIds, parties); // once per quiz
 * const result = rankParties(prepared, answers); // on every answer
 * const why = compareParties(result, result.topMatches[0], otherId);
 * const flip = whatWouldChange(result);
 * ```
 *
 * @module
 */

/** Five-point stance, -2 (strongly disagree) … 2 (strongly agree). */
export type { Stance } from './types.ts';
/** The voter's answer to one statement; `stance: null` means skipped. */
export type { Answer } from './types.ts';
/** Answers keyed by statement id; a missing key is the same as a skipped statement. */
export type { Answers } from './types.ts';
/** A party's positions keyed by statement id; missing or null means no position. */
export type { PartyInput } from './types.ts';
/** Why a party is not ranked: `too-little-basis` (basis < 3) or `no-common-statements` (basis 0). */
export type { Flag } from './types.ts';
/** The largest distance between two stances (4): agreement is 1 − distance / MAX_DISTANCE. */
export { MAX_DISTANCE } from './formula.ts';
/** Minimum basis (counted statements) for a party to be ranked: 3. */
export { MIN_BASIS } from './types.ts';
/** Type guard for the five stances. */
export { isStance, SCALE } from './types.ts';

/** Parties compiled against the statement list, reusable for every set of answers. */
export type { PreparedParties } from './prepare.ts';
/**
 * Validates and compiles parties against the ordered statement ids (throws `RangeError` on
 * duplicate ids or invalid stances). Call once per quiz and reuse the result.
 */
export { prepareParties } from './prepare.ts';

/** A party's score with its exact integer numerator and denominator, weight and basis. */
export type { PartyScore } from './score.ts';
/**
 * Scores one party directly: score = Σ w·a / Σ w over statements the voter answered and the
 * party has a position on, with a = 1 − |voter − party| / 4 and w = 2 if important else 1.
 */
export { scoreParty } from './score.ts';

/**
 * Displayed percentage of a score, `Math.round(score × 100)` with halves up and guarded
 * against floating-point error (0.625 → 63). `null` stays `null`.
 */
export { percent } from './fraction.ts';
/** Exact percentage of `numerator / denominator` with integer arithmetic, halves rounded up. */
export { percentOf } from './fraction.ts';

/** One party's line in a result: score, flag, competition rank and tie marker. */
export type { RankedEntry } from './rank.ts';
/** A full ranking: entries, top matches, tie and "needs more answers" indicators. */
export type { RankingResult } from './rank.ts';
/**
 * Scores and ranks all parties: ranked parties (basis ≥ 3) by score, then basis, then a
 * tie-break shuffle seeded by the answers; flagged parties after them. First place is shared
 * by every party within 1/W (inclusive) of the best score.
 */
export { rankParties } from './rank.ts';

/** Whether a statement counted for a party, or why not. */
export type { StatementStatus } from './explain.ts';
/** One statement's row in a party's breakdown. */
export type { StatementExplanation } from './explain.ts';
/** A party's score broken down per statement. */
export type { PartyExplanation } from './explain.ts';
/** Per-statement breakdown of a party's score; contributions sum to the score. */
export { explainParty } from './explain.ts';
/** Which of the two compared parties a statement counts for. */
export type { ComparisonGroup } from './explain.ts';
/** One statement's share of the score difference between two parties. */
export type { StatementDifference } from './explain.ts';
/** The score difference split into shared, A-only and B-only parts. */
export type { ScoreDecomposition } from './explain.ts';
/** Why party A is ahead of (or behind) party B. */
export type { PartyComparison } from './explain.ts';
/**
 * Why A is ahead of B: per-statement differences (largest first, summing to the score
 * difference) and the decomposition into shared, A-only and B-only parts.
 */
export { compareParties } from './explain.ts';

/** How one answer changes: `stance`, `answer`, `skip`, `importance`, `stance-and-importance`. */
export type { ChangeKind } from './counterfactual/index.ts';
/** One changed answer, with the answer before and after. */
export type { AnswerChange } from './counterfactual/index.ts';
/** Result of {@link whatWouldChange}: `change`, `robust` or `no-top`. */
export type { Counterfactual } from './counterfactual/index.ts';
/** Options of {@link whatWouldChange}: `maxChanges` (1–3) and the `maxCandidates` budget. */
export type { CounterfactualOptions } from './counterfactual/index.ts';
/**
 * The smallest set of answer changes (at most three) that would make another party the sole
 * top match, by exact branch and bound with a deterministic candidate budget.
 */
export { whatWouldChange } from './counterfactual/index.ts';
/** Default candidate budget of {@link whatWouldChange}. */
export { DEFAULT_MAX_CANDIDATES } from './counterfactual/index.ts';
/** Returns a copy of the answers with the changes applied (to preview or verify a change). */
export { applyChanges } from './counterfactual/index.ts';
