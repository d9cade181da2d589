/**
 * content/glossary.yaml fixes the key terms in each language; the messages use exactly those.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '#lib/content/load.ts';
import { readYaml } from '#lib/pledges/yaml.ts';
import type { Locale } from './format.ts';
import { MESSAGES, messageAt } from './test-support.ts';

interface Term {
	id: string;
	nb: string;
	nn: string;
	en: string;
	messages?: string[];
	within?: string[];
}

const read = readYaml(readFileSync('content/glossary.yaml'));
if (!read.ok) throw new Error(`content/glossary.yaml: ${JSON.stringify(read.issues)}`);
const glossary = read.data as { terms: Term[]; editions: Record<string, string> };
const LOCALES = Object.keys(MESSAGES) as Locale[];

describe('content/glossary.yaml', () => {
	it('gives every term in every language, once', () => {
		const ids = glossary.terms.map((t) => t.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const term of glossary.terms)
			for (const locale of LOCALES) expect(term[locale], `${term.id}.${locale}`).toMatch(/\S/);
	});

	describe.each(LOCALES)('the %s messages', (locale) => {
		const messages = MESSAGES[locale];
		it.each(glossary.terms.map((t) => [t.id, t] as const))('use the term %s', (_, term) => {
			const word = term[locale].toLocaleLowerCase(locale);
			expect((term.messages ?? []).length + (term.within ?? []).length).toBeGreaterThan(0);
			for (const key of term.messages ?? []) {
				const text = messageAt(messages, key);
				expect(typeof text, key).toBe('string');
				expect((text as string).toLocaleLowerCase(locale), key).toBe(word);
			}
			for (const key of term.within ?? []) {
				const text = messageAt(messages, key);
				expect(typeof text, key).toBe('string');
				expect((text as string).toLocaleLowerCase(locale), key).toContain(word);
			}
		});
	});

	it('names the areas as the content does', () => {
		const names = Object.fromEntries(loadContent().editions.map((e) => [e.id, e.name]));
		expect(names).toEqual(glossary.editions);
	});
});
