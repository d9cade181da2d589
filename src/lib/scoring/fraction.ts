/**
 * Exact integer helpers. Scores are fractions of small integers; every comparison that
 * decides an order or a tie is done by cross-multiplying those integers, never on floats.
 */

/** `floor(a / b)` for integers `a >= 0`, `b > 0`, corrected for any floating-point error. */
function floorDiv(a: number, b: number): number {
	let q = Math.floor(a / b);
	if (q * b > a) q -= 1;
	else if ((q + 1) * b <= a) q += 1;
	return q;
}

/**
 * `numerator / denominator` as a whole percentage, rounding halves up, computed with
 * integer arithmetic only (0.625 gives 63, 0.285 gives 29).
 */
export function percentOf(numerator: number, denominator: number): number {
	if (!(denominator > 0)) throw new RangeError('percentOf: denominator must be positive');
	// round(100 n / d) half up = floor((200 n + d) / (2 d))
	return floorDiv(200 * numerator + denominator, 2 * denominator);
}

/**
 * The displayed percentage of a score: `Math.round(score × 100)` with halves rounded up.
 * A score is a fraction with a small denominator (at most 8 × statements), so it is never
 * closer than 1e-7 to a half unless it is exactly a half; the tiny offset absorbs the
 * floating-point error of `score × 100` (e.g. 0.285 × 100 = 28.4999…). Prefer the exact
 * `percent` field of ranked entries, which is computed by {@link percentOf}.
 */
export function percent(score: number): number;
export function percent(score: null): null;
export function percent(score: number | null): number | null;
export function percent(score: number | null): number | null {
	if (score === null) return null;
	if (!Number.isFinite(score)) throw new RangeError('percent: score must be finite');
	return Math.floor(score * 100 + 0.5 + 1e-9);
}
