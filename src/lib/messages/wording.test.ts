/**
 * Each language is written in that language: the words of nynorsk and English messages are
 * checked in their sources (every string and template text, not the identifiers), so a
 * bokmål phrase left in nynorsk, or a Norwegian one in English, fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import type { Locale } from './format.ts';
import { MESSAGES, messageKeys } from './test-support.ts';

/** Every text written in the sources of `locale`'s messages, with its file. */
function textsOf(locale: Locale): { file: string; text: string }[] {
	const dir = join('src/lib/messages', locale);
	return readdirSync(dir)
		.filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
		.flatMap((file) => {
			const source = ts.createSourceFile(
				file,
				readFileSync(join(dir, file), 'utf8'),
				ts.ScriptTarget.Latest,
				true
			);
			const texts: { file: string; text: string }[] = [];
			const visit = (node: ts.Node) => {
				if (
					(ts.isStringLiteral(node) && !ts.isImportDeclaration(node.parent)) ||
					ts.isNoSubstitutionTemplateLiteral(node) ||
					ts.isTemplateHead(node) ||
					ts.isTemplateMiddle(node) ||
					ts.isTemplateTail(node)
				)
					texts.push({ file, text: node.text });
				ts.forEachChild(node, visit);
			};
			visit(source);
			return texts;
		});
}

/** `words` found in the texts, as "file: word in «text»". */
function found(locale: Locale, words: RegExp): string[] {
	return textsOf(locale).flatMap(({ file, text }) =>
		[...text.matchAll(words)].map((match) => `${file}: ${match[0]} in «${text}»`)
	);
}

/** Bokmål forms nynorsk does not use (nynorsk: ikkje, kva, korleis, kvar, frå, meir, berre, …). */
const BOKMAL =
	/(?<![\p{L}])(ikke|hva|hvordan|hvor|hvis|hver|hvert|hvilke|noen|noe|mye|fra|mer|også|dere|deres|ble|bare|enig|uenig|enige|uenige|sammenlign\p{L}*|svarene|partiene|påstander|påstandene|løfter|løftene|temaene|dokumentene|hentet|lagret|slettet|hoppet|kommer|skriver|mener|svarer)(?![\p{L}])/giu;

/** Nynorsk forms bokmål does not use. */
const NYNORSK =
	/(?<![\p{L}])(ikkje|kva|korleis|kvar|kvart|dei|eit|eitt|frå|meir|berre|einig|ueinig|påstandar|svara|partia|lovnad\p{L}*|òg|noko|nokre)(?![\p{L}])/giu;

describe('wording', () => {
	it('nynorsk is nynorsk: no bokmål forms', () => {
		expect(textsOf('nn').length).toBeGreaterThan(100);
		expect(found('nn', BOKMAL)).toEqual([]);
	});

	it('bokmål has no nynorsk forms', () => {
		expect(found('nb', NYNORSK)).toEqual([]);
	});

	it('English has no Norwegian words or letters (only where it names the documents’ language)', () => {
		const norwegian = /[æøå]|(?<![\p{L}])(og|ikke|påstand|parti|svar|enig)(?![\p{L}])/giu;
		const hits = found('en', norwegian).filter((hit) => !hit.includes('Norwegian (bokmål)'));
		expect(hits).toEqual([]);
	});

	it('every language has as many messages as bokmål, under the same keys', () => {
		const keys = messageKeys(MESSAGES.nb);
		expect(keys.length).toBeGreaterThan(200);
		expect(messageKeys(MESSAGES.nn)).toEqual(keys);
		expect(messageKeys(MESSAGES.en)).toEqual(keys);
	});
});
