/**
 * The share code: a voter's answers as a short, URL-safe, versioned text that travels only in
 * a link's fragment (after `#`, never sent to a server). Pure; decoding never throws.
 *
 * Format 1, `1HHHHBBB…` in the base64url alphabet (`A`–`Z`, `a`–`z`, `0`–`9`, `-`, `_`):
 * - `1`: the format version;
 * - `HHHH`: 24 bits, high to low: the edition (3 bits, its index in `Dataset.editions`), the layout
 *   tag (13 bits of the FNV-1a hash of the statements the edition asks: ids and their
 *   `Statement.hash`, of the bokmål text, so a link works in every language, in quiz order) and the dataset tag (8 bits of the hash of `Dataset.version`);
 * - `BBB…`: the answers to the statements the edition asks, in quiz order, as one number in
 *   base 11 (the first statement is the lowest digit), written big-endian in base 64 and
 *   zero-padded (`A`) to the length that 11^n − 1 needs. A digit is 0 for no answer (skipped or
 *   never answered: the results count both alike), 1–5 for the stances −2…2, 6–10 for the same
 *   marked important. log2(11) ≈ 3.46 bits per statement: 35 statements take 21 characters.
 *
 * The record's own answers carry the hash of the statement text they were given to; an answer
 * whose hash is not the current one is left out, as restoring the record would drop it. A code
 * made against the same statements but another dataset version (positions corrected) decodes
 * with every answer and `updated` set. A code made against other statements (added, removed,
 * reworded, reordered) is read against the earlier list in the registry of published layouts
 * (`layouts.ts`, `content/share-layouts.json`): the answers to statements that still exist with
 * the same id and hash are kept, with `updated`; a layout the registry does not know is `outdated`.
 */
import { fnv1a32 } from '#lib/hash.ts';
import type { Dataset, Edition, EditionId } from '#lib/content/types.ts';
import type { Answer, Answers, Stance } from '#lib/scoring/types.ts';
import { own } from '#lib/scoring/types.ts';
import { setOwn } from '#lib/quiz/record.ts';
import type { RecordAnswer } from '#lib/quiz/types.ts';
import { LAYOUT_BITS, NO_LAYOUTS, currentLayout, type ShareLayouts } from './layouts.ts';

/** The version written as the code's first character. */
export const SHARE_FORMAT = '1';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const HEADER_CHARS = 4;
const EDITION_BITS = 3;
const DATASET_BITS = 8;
const RADIX = 11n;
const STANCES: readonly Stance[] = [-2, -1, 0, 1, 2];
/** Longer than any code the site makes (a few hundred statements); refused before any arithmetic. */
export const MAX_CODE_LENGTH = 256;

/** Why a code could not be read. */
export type ShareError =
	/** No code at all (a link without its fragment). */
	| 'empty'
	/** Characters outside the alphabet, an unknown edition, or a value no answers give. */
	| 'garbage'
	/** Shorter than the code of its edition: cut off. */
	| 'truncated'
	/** Longer than the code of its edition. */
	| 'too-long'
	/** A format version this site does not know (a newer site made it). */
	| 'unknown-version'
	/** The code is for another edition than the page's. */
	| 'other-edition'
	/** Made against other statements than the current ones: the answers cannot be mapped. */
	| 'outdated';

export type Decoded =
	| {
			ok: true;
			edition: EditionId;
			/** The answers with a stance (skips and unanswered statements are left out). */
			answers: Answers;
			/**
			 * Made against another dataset version (positions changed since) or an earlier list of
			 * statements.
			 */
			updated: boolean;
			/**
			 * Answers in the code to statements the edition no longer asks with the same text
			 * (removed or reworded since), left out of `answers`: 0 unless made against an earlier list.
			 */
			dropped: number;
	  }
	| { ok: false; error: ShareError };

/** What the code of `edition` is made against: its statements (id, text hash) and the dataset. */
interface Layout {
	ids: readonly string[];
	hashes: readonly string[];
	layoutTag: number;
	datasetTag: number;
	bodyChars: number;
}

const mask = (bits: number) => (1 << bits) - 1;

/** Base-64 digits needed to write every value below `limit` (0 for `limit` 1). */
function digitsFor(limit: bigint): number {
	let n = 0;
	for (let v = limit - 1n; v > 0n; v >>= 6n) n++;
	return n;
}

function layoutOf(dataset: Dataset, edition: Edition): Layout {
	const { tag, statements } = currentLayout(dataset, edition);
	return {
		ids: statements.map((s) => s.slice(0, s.lastIndexOf(':'))),
		hashes: statements.map((s) => s.slice(s.lastIndexOf(':') + 1)),
		layoutTag: tag,
		datasetTag: fnv1a32(dataset.version) & mask(DATASET_BITS),
		bodyChars: bodyCharsFor(statements.length)
	};
}

/** Characters of the body for `n` statements. */
const bodyCharsFor = (n: number) => digitsFor(RADIX ** BigInt(n));

function toBase64(value: bigint, chars: number): string {
	let out = '';
	for (let i = 0; i < chars; i++) {
		out = ALPHABET[Number(value & 63n)] + out;
		value >>= 6n;
	}
	return out;
}

/** The value of base64url digits, or null when one is not in the alphabet. */
function fromBase64(text: string): bigint | null {
	let value = 0n;
	for (const ch of text) {
		const digit = ALPHABET.indexOf(ch);
		if (digit < 0) return null;
		value = (value << 6n) | BigInt(digit);
	}
	return value;
}

function digitOf(answer: Answer | undefined): bigint {
	if (answer === undefined || answer.stance === null) return 0n;
	return BigInt(STANCES.indexOf(answer.stance) + 1 + (answer.important ? STANCES.length : 0));
}

/**
 * The share code of `answers` in `edition`: the stored record's answers (with the hash of the
 * statement text each was given to), or the quiz's current answers (no hash: given to the
 * current texts). Answers to statements the edition does not ask are not in the code. Throws a
 * RangeError for an edition that is not among the dataset's first eight.
 */
export function encodeShare(
	dataset: Dataset,
	edition: Edition,
	answers: Readonly<Record<string, Answer | RecordAnswer>>
): string {
	const layout = layoutOf(dataset, edition);
	let body = 0n;
	for (let i = layout.ids.length - 1; i >= 0; i--) {
		const answer = own(answers, layout.ids[i]!);
		const current =
			answer !== undefined && (!('hash' in answer) || answer.hash === layout.hashes[i]);
		body = body * RADIX + digitOf(current ? answer : undefined);
	}
	const index = dataset.editions.findIndex((e) => e.id === edition.id);
	if (index < 0 || index > mask(EDITION_BITS)) {
		throw new RangeError(`No share code for edition ${JSON.stringify(edition.id)}`);
	}
	const header =
		(index << (LAYOUT_BITS + DATASET_BITS)) |
		(layout.layoutTag << DATASET_BITS) |
		layout.datasetTag;
	return SHARE_FORMAT + toBase64(BigInt(header), HEADER_CHARS) + toBase64(body, layout.bodyChars);
}

/** How long the code of `edition` is, in characters. */
export function shareCodeLength(dataset: Dataset, edition: Edition): number {
	return 1 + HEADER_CHARS + layoutOf(dataset, edition).bodyChars;
}

/**
 * The base-11 digits of a body for `n` statements, first statement first (0 no answer, 1–10
 * a stance, plain or important), or null when no answers give that value.
 */
function digitsOf(text: string, n: number): number[] | null {
	let body = fromBase64(text) ?? 0n;
	if (body >= RADIX ** BigInt(n)) return null;
	const digits: number[] = [];
	for (let i = 0; i < n; i++) {
		digits.push(Number(body % RADIX));
		body /= RADIX;
	}
	return digits;
}

function answerOf(digit: number): Answer {
	return { stance: STANCES[(digit - 1) % STANCES.length]!, important: digit > STANCES.length };
}

/**
 * Reads a share code (the fragment without `#`) against the current dataset. With `expected`
 * (the edition of the page the link opened), a code for another edition is refused. `layouts`,
 * the registry of published layouts, lets a code made against an earlier list of statements
 * open (without it, such a code is `outdated`). Never throws.
 */
export function decodeShare(
	code: string,
	dataset: Dataset,
	expected?: EditionId,
	layouts: ShareLayouts = NO_LAYOUTS
): Decoded {
	const fail = (error: ShareError): Decoded => ({ ok: false, error });
	if (code === '') return fail('empty');
	if (code.length > MAX_CODE_LENGTH) return fail('too-long');
	const head = fromBase64(code);
	if (head === null) return fail('garbage');
	if (code[0] !== SHARE_FORMAT) return fail('unknown-version');
	if (code.length < 1 + HEADER_CHARS) return fail('truncated');
	const header = Number(fromBase64(code.slice(1, 1 + HEADER_CHARS)));
	// The layout tag hashes the edition's id too: an edition list that changed gives `outdated`.
	const edition = dataset.editions[(header >>> (LAYOUT_BITS + DATASET_BITS)) & mask(EDITION_BITS)];
	if (edition === undefined) return fail('garbage');
	if (expected !== undefined && edition.id !== expected) return fail('other-edition');
	const layout = layoutOf(dataset, edition);
	const tag = (header >>> DATASET_BITS) & mask(LAYOUT_BITS);
	const bodyText = code.slice(1 + HEADER_CHARS);
	const answers: Record<string, Answer> = {};
	if (tag === layout.layoutTag && bodyText.length === layout.bodyChars) {
		const digits = digitsOf(bodyText, layout.ids.length);
		if (digits === null) return fail('garbage');
		digits.forEach((digit, i) => {
			if (digit !== 0) setOwn(answers, layout.ids[i]!, answerOf(digit));
		});
		return {
			ok: true,
			edition: edition.id,
			answers,
			updated: (header & mask(DATASET_BITS)) !== layout.datasetTag,
			dropped: 0
		};
	}
	// An earlier list of this edition's statements with the code's tag. 13 bits collide: the
	// body's length must fit too, and two earlier lists that both fit are not guessed between.
	const current = layout.ids.map((id, i) => `${id}:${layout.hashes[i]}`);
	const known = (Object.hasOwn(layouts.editions, edition.id) ? layouts.editions[edition.id]! : [])
		.filter((l) => Array.isArray(l.statements) && l.tag === tag)
		.map((l) => l.statements)
		.filter((s) => s.length !== current.length || s.some((x, i) => x !== current[i]));
	const fits = known.filter((s) => bodyCharsFor(s.length) === bodyText.length);
	if (fits.length > 1) return fail('outdated');
	const earlier = fits[0];
	if (earlier === undefined) {
		const expectedChars =
			tag === layout.layoutTag
				? layout.bodyChars
				: known.length === 1
					? bodyCharsFor(known[0]!.length)
					: null;
		if (expectedChars === null) return fail('outdated');
		return fail(bodyText.length < expectedChars ? 'truncated' : 'too-long');
	}
	const digits = digitsOf(bodyText, earlier.length);
	if (digits === null) return fail('garbage');
	const asked = new Set(current);
	let dropped = 0;
	digits.forEach((digit, i) => {
		if (digit === 0) return;
		const entry = earlier[i]!;
		// Kept only where the statement is still asked with the same text (id and hash).
		if (asked.has(entry)) setOwn(answers, entry.slice(0, entry.lastIndexOf(':')), answerOf(digit));
		else dropped++;
	});
	return { ok: true, edition: edition.id, answers, updated: true, dropped };
}
