/**
 * The scoring formula, written once. For a statement that counts for a party (the voter
 * answered it and the party has a position on it), with voter stance v, party stance p and
 * weight w ({@link weightOf}: 2 when marked important, else 1):
 *
 *   distance   d = |v − p|, from 0 to MAX_DISTANCE
 *   agreement  a = 1 − d / MAX_DISTANCE
 *   term       w·(MAX_DISTANCE − d)             the statement's share of the numerator
 *   score      Σ term / (MAX_DISTANCE · Σ w)    = Σ w·a / Σ w
 *
 * Scores are kept as these exact integers (numerator Σ term, denominator MAX_DISTANCE·Σw).
 * Every module computes them through the functions below, with one exception: the ranking's
 * innermost loop (score.ts `scoreArrays`) writes the term out through MAX_DISTANCE, because
 * the call measurably slowed it; score.test.ts checks that the two agree for every case.
 */

/** The largest distance between two stances, |2 − (−2)|: the ends of the scale. */
export const MAX_DISTANCE = 4;

/** The distance |voter − party| between two stances, 0 to {@link MAX_DISTANCE}. */
export function distanceOf(voter: number, party: number): number {
	return Math.abs(voter - party);
}

/** Agreement 1 − d / MAX_DISTANCE for distance d: 1, 0.75, 0.5, 0.25 or 0. */
export function agreementOf(distance: number): number {
	return 1 - distance / MAX_DISTANCE;
}

/** A counted statement's term of the numerator: w·(MAX_DISTANCE − |voter − party|). */
export function termOf(weight: number, voter: number, party: number): number {
	return weight * (MAX_DISTANCE - distanceOf(voter, party));
}

/** The denominator MAX_DISTANCE·Σw of a score whose counted statements weigh Σw. */
export function denominatorOf(weight: number): number {
	return MAX_DISTANCE * weight;
}

/** The score numerator / (MAX_DISTANCE·Σw) as a number (Σw > 0). */
export function scoreOf(numerator: number, weight: number): number {
	return numerator / denominatorOf(weight);
}
