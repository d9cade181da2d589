/**
 * The one hash function of the project: 32-bit FNV-1a over the UTF-8 bytes of a string.
 * Pledge ids, the dataset version, the statement hashes stored beside a voter's answers and
 * the seed of the scoring tie-break all use it. A leaf module: it imports nothing, and every
 * layer may import it.
 */

const OFFSET_BASIS = 0x811c9dc5;
const PRIME = 0x01000193;

/**
 * FNV-1a 32 of the UTF-8 encoding of `text` (as `TextEncoder` encodes it: a lone surrogate
 * counts as U+FFFD). Encodes on the fly, without allocating, because the scoring tie-break
 * hashes on every ranking.
 */
export function fnv1a32(text: string): number {
	let hash = OFFSET_BASIS;
	const byte = (b: number) => {
		hash ^= b;
		hash = Math.imul(hash, PRIME);
	};
	for (let i = 0; i < text.length; i++) {
		let c = text.charCodeAt(i);
		if (c < 0x80) {
			byte(c);
			continue;
		}
		if (c < 0x800) {
			byte(0xc0 | (c >> 6));
			byte(0x80 | (c & 0x3f));
			continue;
		}
		if (c >= 0xd800 && c <= 0xdfff) {
			const next = text.charCodeAt(i + 1);
			if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
				c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
				i++;
				byte(0xf0 | (c >> 18));
				byte(0x80 | ((c >> 12) & 0x3f));
				byte(0x80 | ((c >> 6) & 0x3f));
				byte(0x80 | (c & 0x3f));
				continue;
			}
			c = 0xfffd;
		}
		byte(0xe0 | (c >> 12));
		byte(0x80 | ((c >> 6) & 0x3f));
		byte(0x80 | (c & 0x3f));
	}
	return hash >>> 0;
}

/** {@link fnv1a32} of `text` as 7 base-36 digits (zero-padded): pledge ids, statement hashes. */
export function hash7(text: string): string {
	return fnv1a32(text).toString(36).padStart(7, '0');
}
