/**
 * The brute-force reference behind `whatWouldChange`, as `scoreParty` backs `rankParties`:
 * every set of changes is applied and re-ranked with `rankParties`, and the same preference
 * picks the answer (fewest changes; then the largest lead of the new top over the runner-up,
 * compared exactly; then the first set in quiz order, a statement's alternatives in the
 * order skipped, then stance −2 … 2 each unimportant before important). Exponential in the
 * set size: for tests on small instances.
 */

import { rankParties } from '../rank.ts';
import type { RankingResult } from '../rank.ts';
import type { Answer, Answers, Stance } from '../types.ts';
import { SCALE, answeredStance } from '../types.ts';
import { applyChanges, describeChange } from './changes.ts';
import type { AnswerChange, Counterfactual } from './types.ts';

/** A statement's other answers (null: skipped), in the order above. */
function alternatives(answers: Answers, statementId: string): (Answer | null)[] {
	const current = answeredStance(answers, statementId);
	const all: (Answer | null)[] = current === null ? [] : [null];
	const stances: Stance[] = [...SCALE].reverse();
	for (const stance of stances) {
		for (const important of [false, true]) {
			if (stance !== current?.stance || important !== current.important) {
				all.push({ stance, important });
			}
		}
	}
	return all;
}

/**
 * `whatWouldChange(result, { maxChanges })` by exhaustive search: the same answer with
 * `exhaustive: true`; `candidatesEvaluated` counts the change sets ranked.
 */
export function whatWouldChangeByBruteForce(result: RankingResult, maxChanges = 3): Counterfactual {
	if (result.topMatches.length === 0) return { kind: 'no-top' };
	const { prepared, answers } = result;
	const forbidden = result.topMatches.length === 1 ? result.topMatches[0] : null;
	const ids = prepared.statementIds;
	const options = ids.map((id) =>
		alternatives(answers, id).map((to) => describeChange(answers, id, to))
	);
	let evaluated = 0;
	for (let size = 1; size <= maxChanges; size++) {
		let best: { changes: AnswerChange[]; newTop: string; leadNum: number; leadDen: number } | null =
			null;
		const chosen: AnswerChange[] = [];
		const visit = (start: number): void => {
			for (let i = start; i < ids.length; i++) {
				for (const change of options[i]!) {
					chosen.push(change);
					if (chosen.length < size) visit(i + 1);
					else {
						evaluated++;
						const after = rankParties(prepared, applyChanges(answers, chosen));
						if (after.topMatches.length === 1 && after.topMatches[0] !== forbidden) {
							const top = after.entries[0]!;
							const runner = after.entries[1]?.rank != null ? after.entries[1] : undefined;
							const leadNum = runner
								? top.numerator * runner.denominator - runner.numerator * top.denominator
								: top.numerator;
							const leadDen = runner ? top.denominator * runner.denominator : top.denominator;
							if (best === null || leadNum * best.leadDen > best.leadNum * leadDen) {
								best = { changes: [...chosen], newTop: top.partyId, leadNum, leadDen };
							}
						}
					}
					chosen.pop();
				}
			}
		};
		visit(0);
		if (best !== null) {
			const { changes, newTop } = best;
			return { kind: 'change', changes, newTop, exhaustive: true, candidatesEvaluated: evaluated };
		}
	}
	return { kind: 'robust', exhaustive: true, candidatesEvaluated: evaluated };
}
