/** Small pure text helpers shared by the extractor and the quote finder. */

/** Collapses every run of whitespace (including no-break spaces) to one space and trims. */
export function collapseWhitespace(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}
