/**
 * The resolved dataset: what the build hands the app (and publishes as open
 * data). Statements are shared by every edition; each edition resolves each
 * party's position per statement from the party's documents that apply there.
 */
import type { DocumentMeta, LineSpan, Party, RegionId } from '#lib/pledges/types.ts';
import type { Stance } from '#lib/scoring/types.ts';

export type EditionId = RegionId;

export interface Topic {
	id: string;
	/** The name shown to voters, in the dataset's language (`loadContent(locale)`). */
	name: string;
}

/**
 * The topic id of a pledge that is about none of the statements' topics (in
 * `content/pledge-topics.yaml`; shown as "Andre temaer"). Reserved: no topic may have it.
 */
export const OTHER_TOPIC = 'other';

/** What agreeing with a statement means, for the direction-balance report. */
export type Direction = 'more-public' | 'less-public' | 'other';

export interface Statement {
	id: string;
	topic: string;
	/** The claim the voter agrees or disagrees with, in the dataset's language. */
	text: string;
	/** Optional neutral background ("Les mer"), in the dataset's language. */
	background?: string;
	direction: Direction;
	/**
	 * What an answer is given to, in every language: `statementHash` of the bokmål text. Stored
	 * beside each answer and folded into share codes, so a reworded statement drops its answers
	 * while a translation, in any language, keeps them.
	 */
	hash: string;
}

/** One verified quote behind a position: where it stands in which document. */
export interface PositionSource {
	document: string;
	/** The quote, exactly as written in the statements file (or the pledge's text). */
	quote: string;
	/** First occurrence of the quote in the document (1-based file lines). */
	lines: LineSpan;
	printedLines?: LineSpan;
	/** The pledge the quote falls within, if any. */
	pledge?: string;
}

/**
 * Why one document's quotes mean the stance (e.g. «Delvis enig» rather than «Helt enig»):
 * one sentence in plain language, written for voters and shown as «Slik leste vi det», in
 * the dataset's language.
 */
export interface PositionReason {
	document: string;
	text: string;
}

/** A party's position on one statement in one edition. */
export interface ResolvedPosition {
	stance: Stance;
	/** The document(s) the stance comes from (regional wins over national when they differ). */
	documents: string[];
	sources: PositionSource[];
	/** The editors' one-line reasoning, per document (English, an internal note). */
	rationale: string[];
	/**
	 * The voters' reason per document, in `documents` order. A document whose position has no
	 * reason yet is left out (the content check fails until every position has one).
	 */
	reasons: PositionReason[];
}

export interface EditionParty {
	party: Party;
	/** Ids of the party's documents that apply in this edition. */
	documents: string[];
	/** Positions keyed by statement id; a missing key means "no stated position". */
	positions: Record<string, ResolvedPosition>;
}

export interface Edition {
	id: EditionId;
	/** Bokmål name, e.g. "Akershus". */
	name: string;
	/**
	 * The edition's parties in the neutral listing order (`partiesInListingOrder`), put so when
	 * the content is resolved: the pages list them in this order without sorting again, since a
	 * browser's first Norwegian collator costs a slow phone tens of milliseconds.
	 */
	parties: EditionParty[];
}

/**
 * The resolved content in one language (`loadContent(locale)`): every language has the same
 * shape, ids, stances, quotes (verbatim, as the party wrote them) and `version`; only the
 * voter-visible texts (topic names, statement texts and backgrounds, reasons) differ.
 */
export interface Dataset {
	/**
	 * Content hash of statements, positions and documents: changes whenever any of them does.
	 * The bokmål decides it: it is the same in every language, and a translation never changes it.
	 */
	version: string;
	topics: Topic[];
	statements: Statement[];
	documents: DocumentMeta[];
	/**
	 * How many of each document's pledges address each topic, from `content/pledge-topics.yaml`:
	 * document id → topic id (or `other`, see `OTHER_TOPIC`) → count. Every document is listed;
	 * topics without pledges are left out. `editionPriorities` turns it into counts per party.
	 */
	pledgesPerTopic: Record<string, Record<string, number>>;
	editions: Edition[];
}
