import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '#lib/pledges/test-support.ts';
import { ContentError, formatIssue } from '../schema.ts';
import { loadSite, SITE_FILE } from './load.ts';
import {
	parseSite,
	parseSiteFile,
	SITE_FIELDS,
	siteTranslationIssues,
	UNSET_SITE,
	unsetSiteFields,
	type SiteConfig
} from './schema.ts';

const FILE = 'content/site.yaml';

const SET = `publisher: Lokalavisa
occasion: Kommunevalget 2027
lastChecked: 2027-08-20
corrections: rettelser@lokalavisa.no
origin: https://valg.lokalavisa.no/
`;

function messagesOf(source: string | Uint8Array): string[] {
	try {
		parseSite(source, FILE);
	} catch (error) {
		expect(error).toBeInstanceOf(ContentError);
		return (error as ContentError).issues.map((issue) => formatIssue(FILE, issue));
	}
	expect.unreachable('parseSite did not throw');
}

const lineOf = (text: string, needle: string) =>
	text.split('\n').findIndex((line) => line.includes(needle)) + 1;

describe('parseSite', () => {
	it('reads every value', () => {
		expect(parseSite(SET, FILE)).toEqual({
			publisher: 'Lokalavisa',
			occasion: 'Kommunevalget 2027',
			lastChecked: '2027-08-20',
			corrections: { kind: 'email', address: 'rettelser@lokalavisa.no' },
			origin: 'https://valg.lokalavisa.no'
		} satisfies SiteConfig);
	});

	it('reads null, a missing value and an empty file as unset', () => {
		expect(parseSite('publisher: null\noccasion: ~\nlastChecked:\n', FILE)).toEqual(UNSET_SITE);
		expect(parseSite('', FILE)).toEqual(UNSET_SITE);
		expect(parseSite('# only a comment\n', FILE)).toEqual(UNSET_SITE);
		expect(unsetSiteFields(UNSET_SITE)).toEqual([...SITE_FIELDS]);
		expect(unsetSiteFields(parseSite(SET, FILE))).toEqual([]);
		expect(unsetSiteFields(parseSite('occasion: Skolevalget\n', FILE))).toEqual([
			'publisher',
			'lastChecked',
			'corrections'
		]);
	});

	it('reads the origin as an https origin without a path', () => {
		const origin = (value: string) => parseSite(`origin: ${value}\n`, FILE).origin;
		expect(origin('https://valg.avis.no')).toBe('https://valg.avis.no');
		expect(origin('https://valg.avis.no:8443/')).toBe('https://valg.avis.no:8443');
		for (const bad of ['http://valg.avis.no', 'https://valg.avis.no/valgomat/', 'valg.avis.no']) {
			expect(messagesOf(`origin: ${bad}\n`)).toEqual([
				`${FILE}: origin: expected the site's https:// origin, without a path (e.g. https://valg.avis.no), got ${JSON.stringify(bad)} (line 1)`
			]);
		}
	});

	it('tells the three kinds of corrections contact apart', () => {
		const contact = (value: string) => parseSite(`corrections: ${value}\n`, FILE).corrections;
		expect(contact('navn.etternavn+rettelser@avis.no')).toEqual({
			kind: 'email',
			address: 'navn.etternavn+rettelser@avis.no'
		});
		expect(contact('https://www.avis.no/rettelser?valg=2027')).toEqual({
			kind: 'url',
			url: 'https://www.avis.no/rettelser?valg=2027'
		});
		expect(contact('|\n  Lokalavisa\n  Postboks 1 Sentrum\n  0101 Oslo\n')).toEqual({
			kind: 'postal',
			lines: ['Lokalavisa', 'Postboks 1 Sentrum', '0101 Oslo']
		});
		expect(contact("'Lokalavisa, Postboks 1 Sentrum, 0101 Oslo'")).toEqual({
			kind: 'postal',
			lines: ['Lokalavisa, Postboks 1 Sentrum, 0101 Oslo']
		});
	});

	it.each([
		['http://avis.no/rettelser', 'only https:// addresses are linked'],
		['javascript:alert(1)', 'only https:// addresses are linked'],
		['mailto:rettelser@avis.no', 'write the e-mail address without "mailto:"'],
		['www.avis.no/rettelser', 'write a web address in full, starting with https://'],
		['rettelser@avis', 'not a valid e-mail address'],
		['"Rettelser <rettelser@avis.no>"', 'not a valid e-mail address'],
		["'0101'", 'not an address']
	])('refuses the corrections contact %s, naming field and line', (value, reason) => {
		const text = `publisher: Lokalavisa\ncorrections: ${value}\n`;
		const written = /^["']/.test(value) ? value.slice(1, -1) : value;
		expect(messagesOf(text)).toEqual([
			`${FILE}: corrections: expected an e-mail address, an https:// address or a postal address, got ${JSON.stringify(written)}: ${reason} (line 2)`
		]);
	});

	it('refuses blank, multi-line or overlong names, impossible dates and unknown fields', () => {
		const text = [
			'publisher: "  "',
			'occasion: |',
			'  Kommunevalget',
			'  2027',
			'lastChecked: 2027-02-30',
			'utgiver: Lokalavisa',
			''
		].join('\n');
		expect(messagesOf(text)).toEqual([
			`${FILE}: publisher: expected the publisher's name, got "  " (line 1)`,
			`${FILE}: occasion: expected the election or occasion on one line, got "Kommunevalget\\n2027\\n" (line 2)`,
			`${FILE}: lastChecked: expected the day the content was last checked as "YYYY-MM-DD" (a real date), got "2027-02-30" (line 5)`,
			`${FILE}:${lineOf(text, 'utgiver')}: unknown field "utgiver"; expected publisher, occasion, lastChecked, corrections, origin, nn, en`
		]);
		expect(messagesOf(`publisher: ${'A'.repeat(121)}\n`)).toEqual([
			`${FILE}: publisher: expected the publisher's name of at most 120 characters, got "${'A'.repeat(121)}" (line 1)`
		]);
		expect(messagesOf('- publisher\n')).toEqual([
			`${FILE}: expected a mapping with publisher, occasion, lastChecked, corrections and origin, got a list`
		]);
	});

	it('goes through the shared YAML reader: a " #" that would cut a name fails at its line', () => {
		expect(messagesOf('occasion: Valg #2027\n')).toEqual([
			`${FILE}:1:16: an unquoted " #" ends the text here: YAML reads the rest of the line as a comment, so the value is "Valg"; put the whole text in quotes, or move the comment to a line of its own`
		]);
		expect(parseSite('occasion: "Valg #2027"\n', FILE).occasion).toBe('Valg #2027');
	});
});

describe('the site configuration in nynorsk and English', () => {
	const TRANSLATED = `${SET}nn:\n  occasion: Kommunevalet 2027\nen:\n  occasion: The 2027 local elections\n`;

	it('gives the occasion in each language, and the rest as in bokmål', () => {
		const nb = parseSite(TRANSLATED, FILE);
		expect(parseSite(TRANSLATED, FILE, 'nb')).toEqual(nb);
		expect(nb.occasion).toBe('Kommunevalget 2027');
		expect(parseSite(TRANSLATED, FILE, 'nn')).toEqual({ ...nb, occasion: 'Kommunevalet 2027' });
		expect(parseSite(TRANSLATED, FILE, 'en')).toEqual({
			...nb,
			occasion: 'The 2027 local elections'
		});
		expect(siteTranslationIssues(parseSiteFile(TRANSLATED, FILE))).toEqual([]);
		expect(siteTranslationIssues(parseSiteFile('nn: { occasion: null }\n', FILE))).toEqual([]);
	});

	it('names a missing translation of a set occasion, and one of an unset occasion', () => {
		const missing = parseSiteFile(`${SET}en:\n  occasion: The 2027 local elections\n`, FILE);
		// Until it is written, the nynorsk pages show the bokmål (and content:check fails).
		expect(parseSite(`${SET}`, FILE, 'nn').occasion).toBe('Kommunevalget 2027');
		expect(siteTranslationIssues(missing).map((issue) => formatIssue(FILE, issue))).toEqual([
			`${FILE}: nn.occasion: missing the nynorsk occasion: \`occasion\` is set, so the nynorsk pages need it too (write it under \`nn:\`) (line ${lineOf(SET, 'occasion:')})`
		]);
		const stray = 'publisher: Lokalavisa\nen:\n  occasion: The 2027 local elections\n';
		expect(
			siteTranslationIssues(parseSiteFile(stray, FILE)).map((issue) => formatIssue(FILE, issue))
		).toEqual([
			`${FILE}: en.occasion: a English occasion while \`occasion\` is unset: set both, or neither (line 3)`
		]);
	});

	it('rejects other fields in a translation block, and a name on several lines', () => {
		expect(messagesOf('nn:\n  publisher: Lokalavisa\n')).toEqual([
			`${FILE}: nn: unknown field "publisher"; expected occasion (line 2)`
		]);
		expect(messagesOf('en:\n  occasion: "Local\\nelections"\n')).toEqual([
			`${FILE}: en.occasion: expected the election or occasion in English on one line, got "Local\\nelections" (line 2)`
		]);
	});
});

describe('loadSite', () => {
	const dir = mkdtempSync(join(tmpdir(), 'site-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('loads the committed file as parseSite reads it', () => {
		expect(loadSite('nb', ROOT)).toEqual(parseSite(readFileSync(join(ROOT, SITE_FILE)), SITE_FILE));
	});

	it('names the file when it is missing or broken', () => {
		expect(() => loadSite('nb', dir)).toThrow(`${SITE_FILE}: the file does not exist`);
		writeFileSync(join(dir, 'site.yaml'), 'publisher: [\n');
		expect(() => loadSite('nb', dir, 'site.yaml')).toThrow(/^site\.yaml:\d+:\d+: invalid YAML: /);
		writeFileSync(join(dir, 'site.yaml'), SET);
		expect(loadSite('nb', dir, 'site.yaml').publisher).toBe('Lokalavisa');
	});
});
