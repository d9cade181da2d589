/**
 * Which statements an edition asks. A statement that no party in the edition has a position
 * on is dead there: the voter's answer could not count for anyone, so the edition does not
 * ask it (an answer given in another edition is kept). Pure.
 */
import type { Dataset, Edition, Statement } from './types.ts';

/** Whether some party in `edition` has a position on `statementId`. */
export function isAskedIn(edition: Edition, statementId: string): boolean {
	return edition.parties.some((p) => Object.hasOwn(p.positions, statementId));
}

/** The statements `edition` asks, in quiz order. */
export function askedStatements(dataset: Dataset, edition: Edition): Statement[] {
	return dataset.statements.filter((s) => isAskedIn(edition, s.id));
}

/** The statements no party in `edition` speaks to, in quiz order: not asked there. */
export function deadStatements(dataset: Dataset, edition: Edition): Statement[] {
	return dataset.statements.filter((s) => !isAskedIn(edition, s.id));
}

/**
 * The statements `edition` asks that two or more of its parties have a position on (the
 * parties share them), in quiz order. The content report's `multiPartyShare` and the results'
 * "the parties share few statements" both count these.
 */
export function sharedStatements(dataset: Dataset, edition: Edition): Statement[] {
	return dataset.statements.filter(
		(s) => edition.parties.filter((p) => Object.hasOwn(p.positions, s.id)).length >= 2
	);
}
