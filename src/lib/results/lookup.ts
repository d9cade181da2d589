/**
 * Lookups the view builders share: an edition's parties by id and in the neutral listing
 * order, the statements it asks by id and documents by id. Internal to the results layer.
 */
import { askedStatements } from '#lib/content/editions.ts';
import type {
	Dataset,
	Edition,
	EditionParty,
	PositionSource,
	Statement
} from '#lib/content/types.ts';
import type { DocumentMeta } from '#lib/pledges/types.ts';
import type { Answer, Answers, Stance } from '#lib/scoring/index.ts';

/** A quote behind a position, with the organisation whose document it stands in. */
export interface SourceView extends PositionSource {
	readonly organisation: string;
}

/** The quotes one document gives for a position, and how we read them. */
export interface ReadingView {
	readonly document: string;
	/** The document's quotes, in the order they are cited. */
	readonly sources: readonly SourceView[];
	/**
	 * Why these quotes mean the stance, in bokmål for voters («Slik leste vi det»); null while
	 * the statements file has none for this document.
	 */
	readonly reason: string | null;
}

/** A party's stance on a statement with its quotes. */
export interface PositionView {
	readonly stance: Stance;
	/** The quotes per document the position comes from (in that order), each with its reason. */
	readonly readings: readonly ReadingView[];
}

export interface Lookup {
	/** The statements the edition asks, in quiz order (a statement no party there speaks to is not asked). */
	readonly statements: readonly Statement[];
	/** The edition's parties in the neutral listing order (`Edition.parties`; never the data-file order). */
	readonly listed: readonly EditionParty[];
	party(id: string): EditionParty;
	/** A statement the edition asks, with its index in the quiz. */
	statement(id: string): { readonly index: number; readonly statement: Statement };
	document(id: string): DocumentMeta;
	/** The party's position on the statement with its sources; null when it has none. */
	position(party: EditionParty, statementId: string): PositionView | null;
	/** The voter's answer; null when the statement was never answered (`stance: null` is skipped). */
	answer(statementId: string): Answer | null;
}

function indexBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
	return new Map(items.map((item) => [key(item), item]));
}

/** `value`, or a RangeError naming the unknown id. */
export function found<T>(value: T | undefined, what: string, id: string): T {
	if (value === undefined) throw new RangeError(`Unknown ${what} ${JSON.stringify(id)}`);
	return value;
}

/** The lookups for `edition` of `dataset` and the voter's `answers`. */
export function createLookup(dataset: Dataset, edition: Edition, answers: Answers): Lookup {
	const parties = indexBy(edition.parties, (p) => p.party.id);
	const asked = askedStatements(dataset, edition);
	const statements = new Map(asked.map((statement, index) => [statement.id, { index, statement }]));
	const documents = indexBy(dataset.documents, (d) => d.id);
	const document = (id: string) => found(documents.get(id), 'document', id);
	return {
		statements: asked,
		listed: edition.parties,
		party: (id) => found(parties.get(id), 'party', id),
		statement: (id) => found(statements.get(id), 'statement', id),
		document,
		position: (party, statementId) => {
			const position = Object.hasOwn(party.positions, statementId)
				? party.positions[statementId]
				: undefined;
			if (position === undefined) return null;
			const sources = position.sources.map((source) => ({
				...source,
				organisation: document(source.document).organisation
			}));
			return {
				stance: position.stance,
				readings: position.documents.map((id) => ({
					document: id,
					sources: sources.filter((source) => source.document === id),
					reason: position.reasons.find((reason) => reason.document === id)?.text ?? null
				}))
			};
		},
		answer: (statementId) =>
			(Object.hasOwn(answers, statementId) ? answers[statementId] : undefined) ?? null
	};
}
