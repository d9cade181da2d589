/**
 * The facts the methodology page states about the content: the documents and what each
 * contributes, the editions and which documents apply in each, the statements, their
 * direction balance, and the positions and quotes behind them. Counted from the resolved
 * content, never written by hand. Pure: the route's server `load` passes the content in.
 */
import type { Party, Pledge } from '#lib/pledges/types.ts';
import { documentsByParty, type ListedDocument } from '../documents.ts';
import { askedStatements } from '../editions.ts';
import type { DocumentPosition } from '../resolve.ts';
import type { Dataset, Direction } from '../types.ts';

/** A document as the methodology page lists it. */
export interface MethodologyDocument extends ListedDocument {
	/** The lead-ins of its pledge lists ("Senterpartiet vil:"), in document order. */
	readonly leadIns: readonly string[];
}

export interface MethodologyEdition {
	readonly id: string;
	/** `Edition.name`. */
	readonly name: string;
	/** Statements the edition asks (some party there has a position on them). */
	readonly asked: number;
	readonly parties: readonly {
		readonly id: string;
		readonly name: string;
		/** Ids of the party's documents that apply in this edition. */
		readonly documents: readonly string[];
		/** Statements the party has a position on in this edition. */
		readonly positions: number;
	}[];
}

export interface MethodologyFacts {
	/** Dataset version (changes with any statement, position or document). */
	readonly version: string;
	/** Party names in the neutral listing order. */
	readonly parties: readonly string[];
	/** Documents grouped by party in listing order; within a party in metadata order. */
	readonly documents: readonly MethodologyDocument[];
	readonly editions: readonly MethodologyEdition[];
	/** Topic names, in data order. */
	readonly topics: readonly string[];
	readonly statements: number;
	/** Statements per direction (what agreeing means). */
	readonly directions: Readonly<Record<Direction, number>>;
	/** Document positions and the verified quotes behind them. */
	readonly positions: number;
	readonly quotes: number;
	/** Pledges extracted from all documents. */
	readonly pledges: number;
	/** Editions in which a party has more than one document (regional and national). */
	readonly levelCases: readonly { readonly party: string; readonly edition: string }[];
}

/** What the facts are counted from: the loaded content. */
export interface FactsInput {
	readonly dataset: Dataset;
	readonly parties: readonly Party[];
	readonly pledges: readonly Pledge[];
	readonly positions: readonly DocumentPosition[];
}

export function methodologyFacts({
	dataset,
	parties,
	pledges,
	positions
}: FactsInput): MethodologyFacts {
	const byParty = documentsByParty(dataset, parties, pledges);
	const documents = byParty.flatMap(({ documents }) =>
		documents.map((listed) => ({
			...listed,
			leadIns: [
				...new Set(pledges.filter((p) => p.document === listed.meta.id).map((p) => p.section))
			]
		}))
	);

	const directions: Record<Direction, number> = { 'more-public': 0, 'less-public': 0, other: 0 };
	for (const statement of dataset.statements) directions[statement.direction]++;

	const editions = dataset.editions.map((edition) => ({
		id: edition.id,
		name: edition.name,
		asked: askedStatements(dataset, edition).length,
		parties: edition.parties.map((p) => ({
			id: p.party.id,
			name: p.party.name,
			documents: p.documents,
			positions: Object.keys(p.positions).length
		}))
	}));

	return {
		version: dataset.version,
		parties: byParty.map(({ party }) => party.name),
		documents,
		editions,
		topics: dataset.topics.map((t) => t.name),
		statements: dataset.statements.length,
		directions,
		positions: positions.length,
		quotes: positions.reduce((sum, p) => sum + p.sources.length, 0),
		pledges: pledges.length,
		levelCases: editions.flatMap((e) =>
			e.parties
				.filter((p) => p.documents.length > 1)
				.map((p) => ({ party: p.name, edition: e.name }))
		)
	};
}
