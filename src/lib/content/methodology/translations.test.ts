// @vitest-environment jsdom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFormat, m, type Locale } from '#lib/messages/index.ts';
import { UNSET_SITE } from '../site/schema.ts';
import { CHANGELOG_LANG } from './changelog.ts';
import { DEFAULT_LOCALE } from '../locales.ts';
import { loadMethodologyPage, METHODOLOGY_DIR } from './load.ts';
import { methodologyPage, type MethodologyPage, type MethodologyWords } from './page.ts';
import { MethodologyError } from './template.ts';
import { fixtureContent } from './test-support.ts';

/** Every language file of the methodology page, by language. */
const FILES = Object.fromEntries(
	readdirSync(METHODOLOGY_DIR)
		.filter((name) => name.endsWith('.md'))
		.map((name) => [name.slice(0, -3), readFileSync(join(METHODOLOGY_DIR, name), 'utf8')])
);
const ORIGINAL = FILES[DEFAULT_LOCALE]!;
const TRANSLATIONS = Object.keys(FILES).filter((lang) => lang !== DEFAULT_LOCALE) as Locale[];

/**
 * The words of `lang`: the messages layer's formatting for that locale. The words themselves
 * (stance names, counts in words) are the bokmål ones until the messages of each language
 * exist; what these tests check is the language file and the locale's number formatting.
 */
const wordsIn = (lang: Locale): MethodologyWords => ({ ...m, format: createFormat(lang) });

const content = fixtureContent();
const CHANGELOG = readFileSync('content/CHANGELOG.md', 'utf8');

const build = (lang: Locale, text = FILES[lang]!) =>
	methodologyPage({
		markdown: { file: `${lang}.md`, text },
		reference: lang === DEFAULT_LOCALE ? undefined : { file: 'nb.md', text: ORIGINAL },
		changelog: CHANGELOG,
		content,
		site: UNSET_SITE,
		words: wordsIn(lang)
	});

/** The rendered page as HTML, in page order. */
const htmlOf = (page: MethodologyPage) =>
	[
		page.lead,
		...page.sections.flatMap((s) => s.blocks.map((b) => (b.kind === 'html' ? b.html : '')))
	].join('');

/** A page's shape: every section's id and its blocks (slot names; `html` for text). */
const shape = (page: MethodologyPage) =>
	page.sections.map((s) => [s.id, s.blocks.map((b) => (b.kind === 'slot' ? b.slot : 'html'))]);

/** The ids of the page's headings and its in-page link targets. */
function anchors(page: MethodologyPage) {
	const template = document.createElement('template');
	template.innerHTML = htmlOf(page);
	return {
		ids: [...template.content.querySelectorAll('[id]')].map((e) => e.id),
		links: [...template.content.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'))
	};
}

/** The `file:line: message` lines of the error `run` throws. */
function refusal(run: () => unknown): string[] {
	try {
		run();
	} catch (error) {
		if (error instanceof MethodologyError) return error.message.split('\n');
		throw error;
	}
	throw new Error('expected a MethodologyError');
}

/** The 1-based line of the first line of `text` that contains `part`. */
function lineOf(text: string, part: string): number {
	const index = text.split('\n').findIndex((l) => l.includes(part));
	if (index === -1) throw new Error(`no line with ${part}`);
	return index + 1;
}

describe('the methodology page in every language', () => {
	const original = build(DEFAULT_LOCALE);

	it('has a translation in nynorsk and in English', () => {
		expect(TRANSLATIONS.sort()).toEqual(['en', 'nn']);
	});

	it.each(TRANSLATIONS)(
		'%s.md renders with the sections, anchors, blocks and links of nb.md',
		(lang) => {
			const page = build(lang);
			expect(shape(page)).toEqual(shape(original));
			expect(anchors(page)).toEqual(anchors(original));
			// Translated, not copied.
			expect(page.title).not.toBe(original.title);
			expect(page.description).not.toBe(original.description);
			// Every placeholder was filled and every message used.
			expect(htmlOf(page)).not.toMatch(/[{}]/);
			expect(page.rubric.map((r) => r.html)).not.toContain('');
			expect(Object.values(page.downloads)).not.toContain('');
			// The changelog is the editors' log, kept in bokmål on every page.
			expect(page.changelog).toBe(original.changelog);
			expect(page.changelogLang).toBe(CHANGELOG_LANG);
		}
	);

	it("formats numbers in the page's locale", () => {
		const text = (lang: Locale) => {
			const section = build(lang).sections.find((s) => s.id === 'likt')!;
			const template = document.createElement('template');
			template.innerHTML = section.blocks.map((b) => (b.kind === 'html' ? b.html : '')).join('');
			return (template.content.textContent ?? '').replace(/\s+/g, ' ');
		};
		// 24 statements: the tie margin 1/24 ≈ 0.042.
		expect(text('nb')).toContain('1/24 ≈ 0,042 – omtrent 4 prosentpoeng');
		expect(text('nn')).toContain('1/24 ≈ 0,042 – om lag 4 prosentpoeng');
		expect(text('en')).toContain('1/24 ≈ 0.042 – about 4 percentage points');
		const en = build('en');
		const a = en.example.parties.find((p) => p.id === 'a')!;
		expect(a.name).toBe('Party A');
		expect(a.result).toContain(`Party A: ${createFormat('en').decimal(a.weightedAgreement)}`);
		expect(a.result).toContain(createFormat('en').percent(a.percent));
	});
});

describe('a translation that differs in structure from nb.md', () => {
	const NN = FILES.nn!;

	it('names the file and line of a missing data block', () => {
		const text = NN.replace('\n::topics\n', '\n');
		expect(refusal(() => build('nn', text))).toEqual([
			`nn.md:${lineOf(text, '### Dokumenta')}: section {#omfang}: the slot ::topics is missing here (nb.md:${lineOf(ORIGINAL, '::topics')})`
		]);
	});

	it('names the file and line of an extra data block', () => {
		const text = NN.replace('\n::topics\n', '\n::topics\n\nEit ekstra avsnitt.\n');
		expect(refusal(() => build('nn', text))).toEqual([
			`nn.md:${lineOf(text, 'Eit ekstra avsnitt.')}: section {#omfang}: a paragraph that nb.md does not have here`
		]);
	});

	it('names a missing section, and an extra one', () => {
		const missing = NN.replace(/## Personvern \{#personvern\}\n\n[^\n]*\n\n/, '');
		expect(refusal(() => build('nn', missing))).toEqual([
			`nn.md:${lineOf(missing, '{#endringslogg}')}: the section {#personvern} is missing here (nb.md:${lineOf(ORIGINAL, '{#personvern}')}: "Personvern")`
		]);
		const extra = NN.replace('## Personvern', '## Ekstra {#ekstra}\n\nTekst.\n\n## Personvern');
		expect(refusal(() => build('nn', extra))).toEqual([
			`nn.md:${lineOf(extra, '{#ekstra}')}: the section {#ekstra} is not in nb.md`
		]);
	});

	it('refuses sections out of order, a renamed anchor and a shorter list', () => {
		const personvern = /## Personvern \{#personvern\}\n\n[^\n]*\n\n/.exec(NN)![0];
		const moved = NN.replace(personvern, '').replace('## Opne data', `${personvern}## Opne data`);
		expect(refusal(() => build('nn', moved))).toEqual([
			`nn.md:${lineOf(moved, '{#personvern}')}: the section {#personvern} is out of order: keep the sections in the order of nb.md`
		]);

		const renamed = NN.replace('{#regneeksempel}', '{#reknedome}');
		const at = lineOf(renamed, '{#reknedome}');
		expect(refusal(() => build('nn', renamed))).toEqual([
			`nn.md:${at}: section {#utregning}: an h3 heading {#reknedome} that nb.md does not have here`,
			`nn.md:${at + 2}: section {#utregning}: an h3 heading {#regneeksempel} is missing here (nb.md:${lineOf(ORIGINAL, '{#regneeksempel}')})`
		]);

		const shorter = NN.replace('- Enkelt språk og korte setningar.\n', '');
		const list = lineOf(shorter, '- Kvar påstand seier');
		expect(refusal(() => build('nn', shorter))).toEqual([
			`nn.md:${list}: section {#pastander}: a list (3 items) that nb.md does not have here`,
			`nn.md:${list + 4}: section {#pastander}: a list (4 items) is missing here (nb.md:${lineOf(ORIGINAL, '- Hver påstand sier')})`
		]);
	});

	it('names a dropped or added placeholder, a changed link and a message without its placeholder', () => {
		const dropped = NN.replace('dokumenta {lastChecked}.', 'dokumenta i går.');
		expect(refusal(() => build('nn', dropped))).toEqual([
			`nn.md:${lineOf(dropped, 'dokumenta i går.')}: section {#hvem}: a paragraph lacks {lastChecked}, which nb.md:${lineOf(ORIGINAL, '{lastChecked}')} uses`
		]);
		const added = NN.replace('Alt kan etterprøvast.', 'Alt kan etterprøvast i {version}.');
		expect(refusal(() => build('nn', added))).toEqual([
			`nn.md:${lineOf(added, 'i {version}')}: the lead: a paragraph uses {version}, which nb.md:${lineOf(ORIGINAL, 'Alt kan etterprøves.')} does not`
		]);
		const link = NN.replace('(#prioriteringer)', '(#prioritering)');
		expect(refusal(() => build('nn', link))).toEqual([
			`nn.md:${lineOf(link, '(#prioritering)')}: the message "download-priorities" links to #prioritering; nb.md:${lineOf(ORIGINAL, '(#prioriteringer)')} links to #prioriteringer`
		]);
		const message = NN.replace('{party} i {edition}', '{party}');
		expect(refusal(() => build('nn', message))).toEqual([
			`nn.md:${lineOf(message, '```message level-case') + 1}: the message "level-case" lacks {edition}, which nb.md:${lineOf(ORIGINAL, '```message level-case') + 1} uses`
		]);
	});
});

describe('loadMethodologyPage', () => {
	it.each(TRANSLATIONS)('builds %s from its file with the real content', (lang) => {
		const page = loadMethodologyPage(lang, wordsIn(lang));
		expect(page.sections.map((s) => s.id)).toEqual(original().sections.map((s) => s.id));
	});

	it('refuses the messages of another language', () => {
		expect(() => loadMethodologyPage('nn', m)).toThrow(
			'The methodology page in "nn" needs the messages of "nn", not of "nb".'
		);
	});
});

let loaded: MethodologyPage | null = null;
function original(): MethodologyPage {
	loaded ??= loadMethodologyPage(DEFAULT_LOCALE, m);
	return loaded;
}
