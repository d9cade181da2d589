import { prepareParties, type PartyInput, type PreparedParties } from '#lib/scoring/index.ts';
import type { Edition } from './types.ts';

/** The edition's parties as the scoring module takes them: stances only, keyed by statement. */
export function partyInputs(edition: Edition): PartyInput[] {
	return edition.parties.map((p) => ({
		id: p.party.id,
		positions: Object.fromEntries(
			Object.entries(p.positions).map(([statement, position]) => [statement, position.stance])
		)
	}));
}

/** The edition compiled for scoring, in statement order. */
export function prepareEdition(edition: Edition, statementIds: readonly string[]): PreparedParties {
	return prepareParties(statementIds, partyInputs(edition));
}
