/**
 * Input vocabulary of the scoring module. Everything here is plain data: the
 * module never reads Svelte stores, the DOM or Node APIs.
 */

/**
 * A position on the five-point scale: -2 strongly disagree, -1 partly disagree,
 * 0 neutral, 1 partly agree, 2 strongly agree.
 */
export type Stance = -2 | -1 | 0 | 1 | 2;

/** The voter's answer to one statement. `stance: null` means skipped. */
export interface Answer {
	stance: Stance | null;
	important: boolean;
}

/** Answers keyed by statement id. A missing key means the same as a skipped statement. */
export type Answers = Readonly<Record<string, Answer>>;

/** One party's positions keyed by statement id. A missing key or `null` means no position. */
export interface PartyInput {
	id: string;
	positions: Readonly<Record<string, Stance | null>>;
}

/**
 * Why a party is not ranked with the others. `too-little-basis`: fewer than
 * {@link MIN_BASIS} statements count for it. `no-common-statements`: none do, so it
 * has no score at all.
 */
export type Flag = 'too-little-basis' | 'no-common-statements';

/** A party needs at least this many counted statements to be ranked (and be a top match). */
export const MIN_BASIS = 3;

/** The five stances from agreeing to disagreeing: the order the scale is shown in. */
export const SCALE: readonly Stance[] = [2, 1, 0, -1, -2];

/** True when `value` is one of the five stances. */
export function isStance(value: unknown): value is Stance {
	return value === -2 || value === -1 || value === 0 || value === 1 || value === 2;
}

/** Own-property lookup, so that ids such as `constructor` never hit `Object.prototype`. */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
	return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Weight of an answered statement: 2 when marked important, else 1. */
export function weightOf(answer: Answer): 1 | 2 {
	return answer.important ? 2 : 1;
}

/**
 * The voter's answer to `statementId`, validated. Returns `null` when the statement was
 * skipped or not answered at all.
 */
export function answeredStance(answers: Answers, statementId: string): Answer | null {
	const answer = own(answers, statementId);
	if (answer === undefined || answer === null) return null;
	if (answer.stance === null) return null;
	if (!isStance(answer.stance)) {
		throw new RangeError(`Answer to ${JSON.stringify(statementId)} has an invalid stance`);
	}
	return answer;
}
