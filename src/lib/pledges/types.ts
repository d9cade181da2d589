/**
 * The vocabulary of the source layer: parties, their documents, the lines of
 * those documents, and the pledges extracted from them. Every later layer
 * (content, scoring, quiz, routes) imports these types from here.
 */

export const REGIONS = ['akershus', 'oslo'] as const;
export type RegionId = (typeof REGIONS)[number];

/** The regions' proper names (place names, not UI text, so they live with the data). */
export const REGION_NAMES: Record<RegionId, string> = { akershus: 'Akershus', oslo: 'Oslo' };

/** The kinds of document a party position may come from (each has a name in the messages). */
export const DOCUMENT_KINDS = ['resolution', 'web-page', 'programme-section', 'programme'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** A publication date `YYYY-MM-DD`, or `unknown` where the document states none. */
export type PublishedDate = `${number}-${number}-${number}` | 'unknown';

export interface Party {
	/** Stable id, e.g. `ap`. */
	id: string;
	/** Full name, e.g. `Arbeiderpartiet`. */
	name: string;
	/** Short name, e.g. `Ap`. */
	shortName: string;
	/** The party's conventional colour, `#rrggbb`. Never the only cue. */
	colour: string;
}

export interface DocumentMeta {
	/** Stable id, e.g. `ap-oslo`. */
	id: string;
	/** File name under `seeds/`. */
	file: string;
	/** Party id (see `Party.id`). */
	party: string;
	/** The organisation that adopted the document, e.g. `Oslo Arbeiderparti`. */
	organisation: string;
	/** The region the document applies to; `null` for a national document. */
	region: RegionId | null;
	title: string;
	/** What kind of document it is. */
	kind: DocumentKind;
	/** Publication date `YYYY-MM-DD` where the document states one, else `unknown`. */
	published: PublishedDate;
	/** True for text extracted from a PDF whose lines end with printed line numbers. */
	printedLineNumbers: boolean;
	/** Where the party publishes the original (an `https:` address), when known. */
	url?: string;
	/** The day the text in `seeds/` was retrieved from the original, when known. */
	retrieved?: Exclude<PublishedDate, 'unknown'>;
}

export interface SeedMetadata {
	parties: Party[];
	documents: DocumentMeta[];
}

/** One line of a document file, 1-based, as shown on the document page. */
export interface SourceLine {
	/** 1-based line number in the file (the anchor `#L<line>`). */
	line: number;
	/** The printed (PDF) line number at the end of this line, if any. */
	printed: number | null;
	/** The line's text with the printed number removed; otherwise as in the file. */
	text: string;
}

export interface SourceDocument {
	meta: DocumentMeta;
	lines: SourceLine[];
}

export type LineSpan = [start: number, end: number];

export interface Pledge {
	/** Stable id: `<document id>-<hash of the text>`, unchanged by reordering. */
	id: string;
	document: string;
	party: string;
	organisation: string;
	region: RegionId | null;
	/** 1-based file lines, inclusive. */
	lines: LineSpan;
	/** Printed line numbers of that span, for PDF-extracted documents. */
	printedLines?: LineSpan;
	/** The lead-in or heading the pledge sits under, e.g. `Senterpartiet vil:`. */
	section: string;
	/** The pledge text: bullet removed, line numbers stripped, wraps joined, whitespace collapsed. */
	text: string;
}

/** Where a quote occurs in a document. */
export interface QuoteMatch {
	lines: LineSpan;
	printedLines?: LineSpan;
}
