/** Small pure text helpers shared by the extractor and the quote finder. */

/** Collapses every run of whitespace (including no-break spaces) to one space and trims. */
export function collapseWhitespace(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** FNV-1a 32-bit hash of the UTF-8 bytes of `text`. */
export function fnv1a32(text: string): number {
	let hash = 0x811c9dc5;
	for (const byte of new TextEncoder().encode(text)) {
		hash ^= byte;
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/** The FNV-1a 32-bit hash of `text` as 7 base-36 digits (zero-padded). */
export function hash7(text: string): string {
	return fnv1a32(text).toString(36).padStart(7, '0');
}
