/**
 * The figures of scripts/i18n-stats.ts: every language has every message and every content
 * string the bokmål has.
 */
import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../src/lib/content/locales.ts';
import { formatStats, i18nStats } from './i18n-stats.ts';

const stats = i18nStats();

describe('the messages and content strings per language', () => {
	it('has every bokmål message in every language, and no other', () => {
		for (const locale of LOCALES) {
			expect(stats[locale].missingMessages, locale).toEqual([]);
			expect(stats[locale].extraMessages, locale).toEqual([]);
			expect(stats[locale].messages, locale).toBe(stats.nb.messages);
		}
		// Nynorsk shares many words with bokmål; English only codes, symbols and names.
		expect(stats.en.sameAsBokmal).toBeLessThan(stats.nn.sameAsBokmal);
	});

	it('has every content string of the bokmål in every language', () => {
		const content = (locale: Locale) => {
			const { statementTexts, siteFields, methodologyBlocks, glossaryTerms, contentStrings } =
				stats[locale];
			return { statementTexts, siteFields, methodologyBlocks, glossaryTerms, contentStrings };
		};
		expect(stats.nb.statementTexts).toBeGreaterThan(0);
		expect(stats.nb.methodologyBlocks).toBeGreaterThan(0);
		for (const locale of LOCALES) expect(content(locale), locale).toEqual(content('nb'));
	});

	it('prints one column per language', () => {
		const [header, ...rows] = formatStats(stats).split('\n');
		expect(header!.trim().split(/\s+/)).toEqual([...LOCALES]);
		expect(rows[0]).toMatch(new RegExp(`^messages \\(keys\\)\\s+${stats.nb.messages}\\s+`));
	});
});
