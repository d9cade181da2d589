/**
 * How many messages and content strings each language has: the figures of the languages
 * section in ARCHITECTURE.md.
 *
 *   npx tsx scripts/i18n-stats.ts          a table per language
 *   npx tsx scripts/i18n-stats.ts --json   the figures as JSON
 *
 * Messages are the keys of each language's table (`src/lib/messages/<lang>/`): a text, a list
 * item or a function that words data, as `messageKeys` lists them (not `lang`, a code); the «same as bokmål» column
 * counts the plain texts that read exactly as the bokmål one (names, «Parti»). Content strings
 * are the voter-visible texts of the statements file (topic names, statement texts and
 * backgrounds, the reasons of every position), the translated fields of the site
 * configuration, the Markdown blocks of the methodology page (headings, paragraphs, lists,
 * tables and message blocks; not the data blocks' `::slot` lines) and the glossary's terms.
 * How each is checked is in ARCHITECTURE.md ("Wording and languages"); `i18n-stats.test.ts`
 * checks that every language has every one.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkContent } from '../src/lib/content/load.ts';
import { LOCALES, type Locale } from '../src/lib/content/locales.ts';
import { markdownBlocks } from '../src/lib/content/markdown.ts';
import { loadSiteFile } from '../src/lib/content/site/load.ts';
import { TRANSLATED_SITE_FIELDS } from '../src/lib/content/site/schema.ts';
import { checkTranslations } from '../src/lib/content/translate.ts';
import { MESSAGES, messageAt, messageKeys } from '../src/lib/messages/test-support.ts';
import { readYaml } from '../src/lib/pledges/yaml.ts';

/** One language's figures. */
export interface LanguageStats {
	/** Message keys in the language's table. */
	messages: number;
	/** Message keys the bokmål table has and this one lacks, and the reverse. */
	missingMessages: string[];
	extraMessages: string[];
	/** Plain texts identical to the bokmål text of the same key (0 for bokmål itself). */
	sameAsBokmal: number;
	/** Voter-visible texts of the statements file written in this language. */
	statementTexts: number;
	/** Translated fields of the site configuration set in this language. */
	siteFields: number;
	/** Markdown blocks of the methodology page in this language. */
	methodologyBlocks: number;
	/** Glossary terms given in this language. */
	glossaryTerms: number;
	/** The content strings: statement texts, site fields, methodology blocks and glossary terms. */
	contentStrings: number;
}

/** A table's message keys: every text but `lang`, the page's language code (no words). */
const keysOf = (locale: Locale) => messageKeys(MESSAGES[locale]).filter((key) => key !== 'lang');

/** The figures of every language, from the files under `root`. */
export function i18nStats(root: string = process.cwd()): Record<Locale, LanguageStats> {
	const bokmalKeys = keysOf('nb');
	const check = checkContent(root);
	if (!check.raw) throw new Error(`${check.file}: the statements file cannot be read`);
	const texts = checkTranslations(check.raw).texts;
	const site = loadSiteFile(root);
	const glossary = readYaml(readFileSync(join(root, 'content/glossary.yaml')));
	if (!glossary.ok) throw new Error('content/glossary.yaml cannot be read');
	const terms = (glossary.data as { terms: Partial<Record<Locale, unknown>>[] }).terms;

	const stats = (locale: Locale): LanguageStats => {
		const keys = keysOf(locale);
		const sameAsBokmal =
			locale === 'nb'
				? 0
				: keys.filter((key) => {
						const text = messageAt(MESSAGES[locale], key);
						return typeof text === 'string' && text === messageAt(MESSAGES.nb, key);
					}).length;
		const statementTexts = texts.filter(
			(text) => locale === 'nb' || text.translations[locale] !== undefined
		).length;
		const siteFields = TRANSLATED_SITE_FIELDS.filter((field) =>
			locale === 'nb' ? site.config[field] !== null : site.translations[locale][field] !== null
		).length;
		const methodology = readFileSync(join(root, 'content/methodology', `${locale}.md`), 'utf8');
		const methodologyBlocks = markdownBlocks(
			methodology.replace(/^---\n[\s\S]*?\n---\n/, '')
		).filter((block) => !/^::[a-z]/.test(block.raw.trim())).length;
		const glossaryTerms = terms.filter((term) => typeof term[locale] === 'string').length;
		return {
			messages: keys.length,
			missingMessages: bokmalKeys.filter((key) => !keys.includes(key)),
			extraMessages: keys.filter((key) => !bokmalKeys.includes(key)),
			sameAsBokmal,
			statementTexts,
			siteFields,
			methodologyBlocks,
			glossaryTerms,
			contentStrings: statementTexts + siteFields + methodologyBlocks + glossaryTerms
		};
	};
	return Object.fromEntries(LOCALES.map((locale) => [locale, stats(locale)])) as Record<
		Locale,
		LanguageStats
	>;
}

/** The figures as a table, one column per language. */
export function formatStats(stats: Record<Locale, LanguageStats>): string {
	const rows: [string, (s: LanguageStats) => number][] = [
		['messages (keys)', (s) => s.messages],
		['  missing against bokmål', (s) => s.missingMessages.length],
		['  same text as bokmål', (s) => s.sameAsBokmal],
		['content strings', (s) => s.contentStrings],
		['  statements file texts', (s) => s.statementTexts],
		['  site configuration fields', (s) => s.siteFields],
		['  methodology blocks', (s) => s.methodologyBlocks],
		['  glossary terms', (s) => s.glossaryTerms]
	];
	const width = Math.max(...rows.map(([label]) => label.length));
	const cell = (text: string) => text.padStart(6);
	return [
		`${''.padEnd(width)}${LOCALES.map(cell).join('')}`,
		...rows.map(
			([label, value]) =>
				`${label.padEnd(width)}${LOCALES.map((l) => cell(String(value(stats[l])))).join('')}`
		)
	].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
	const stats = i18nStats();
	process.stdout.write(
		process.argv.includes('--json')
			? `${JSON.stringify(stats, null, 2)}\n`
			: `${formatStats(stats)}\n`
	);
}
