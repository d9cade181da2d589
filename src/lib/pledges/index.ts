/**
 * The pure, browser-safe API of the source layer. `load.ts` (Node-only) is
 * deliberately not re-exported here.
 */
export * from './types.ts';
export { MetadataError, parseMetadata, type MetadataIssue } from './metadata.ts';
export { isBlank, printedSpan, readSourceLines, unnumberedLines } from './lines.ts';
export { extractPledges, isPledgeLeadIn } from './extract.ts';
export {
	closestText,
	findQuote,
	lineAt,
	locateQuote,
	MIN_QUOTE_WORDS,
	normaliseQuote,
	normalisedText,
	quoteWords,
	type NormalisedText,
	type QuoteOccurrence
} from './quotes.ts';
export { collapseWhitespace } from './text.ts';
export { pledgeJson } from './json.ts';
