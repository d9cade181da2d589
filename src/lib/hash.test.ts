import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { fnv1a32, hash7 } from './hash.ts';

/** The textbook definition: FNV-1a over the bytes `TextEncoder` produces. */
function reference(text: string): number {
	let hash = 0x811c9dc5;
	for (const byte of new TextEncoder().encode(text)) {
		hash ^= byte;
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

describe('fnv1a32', () => {
	test('matches the published FNV-1a 32 test vectors', () => {
		expect(fnv1a32('')).toBe(0x811c9dc5);
		expect(fnv1a32('a')).toBe(0xe40c292c);
		expect(fnv1a32('foobar')).toBe(0xbf9cf968);
	});

	test.prop([fc.string({ unit: 'binary' })])(
		'equals FNV-1a over the UTF-8 bytes, lone surrogates included',
		(text) => {
			expect(fnv1a32(text)).toBe(reference(text));
		}
	);

	test('hashes Norwegian letters as UTF-8 (æ is the two bytes C3 A6), not as code units', () => {
		const twoBytes = Math.imul(Math.imul(0x811c9dc5 ^ 0xc3, 0x01000193) ^ 0xa6, 0x01000193) >>> 0;
		expect(fnv1a32('æ')).toBe(twoBytes);
		expect(fnv1a32('å')).not.toBe(fnv1a32('a\u030a'));
	});
});

describe('hash7', () => {
	test.prop([fc.string()])('is 7 base-36 digits of fnv1a32', (text) => {
		const h = hash7(text);
		expect(h).toMatch(/^[0-9a-z]{7}$/);
		expect(parseInt(h, 36)).toBe(fnv1a32(text));
	});
});
