import { cpSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ROOT, seeds } from '#lib/pledges/test-support.ts';
import {
	checkContent,
	loadContent,
	loadContentInEveryLocale,
	loadResolvedContent,
	PLEDGE_TOPICS_ENV,
	PLEDGE_TOPICS_FILE,
	STATEMENTS_ENV,
	STATEMENTS_FILE
} from './load.ts';
import { LOCALES } from './locales.ts';
import { ContentError, formatIssue } from './schema.ts';
import {
	FIXTURE_EN,
	FIXTURE_NN,
	fixturePledgeTopics,
	passingStatements,
	pledgeTopicsYaml,
	statementsYaml
} from './test-support.ts';

const made: string[] = [];

/** A pledge-topics file giving every pledge one of the fixture topics. */
const TOPICS = () => pledgeTopicsYaml(seeds().pledges, fixturePledgeTopics(seeds().pledges));

/**
 * A temporary root with a copy of the seeds, a pledge-topics file for the fixture topics
 * and, if given, a statements file.
 */
function tempRoot(statements?: string): string {
	vi.stubEnv(PLEDGE_TOPICS_ENV, '');
	const root = mkdtempSync(join(tmpdir(), 'content-'));
	made.push(root);
	cpSync(join(ROOT, 'seeds'), join(root, 'seeds'), { recursive: true });
	mkdirSync(join(root, 'content'));
	writeFileSync(join(root, PLEDGE_TOPICS_FILE), TOPICS());
	if (statements !== undefined) writeFileSync(join(root, STATEMENTS_FILE), statements);
	return root;
}

afterEach(() => {
	vi.unstubAllEnvs();
	for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
});

const VALID = () => statementsYaml(passingStatements(seeds().pledges));
const SP_LIST = 'Listelengden og legevaktbelastningen må reduseres';

describe('loadContent', () => {
	it('gives the dataset in each language: the same shape and version, its own texts', () => {
		vi.stubEnv(STATEMENTS_ENV, '');
		const root = tempRoot(VALID());
		const nb = loadContent('nb', root);
		expect(loadContent(undefined, root)).toBe(nb);
		for (const [locale, fixture] of [
			['nn', FIXTURE_NN],
			['en', FIXTURE_EN]
		] as const) {
			const dataset = loadContent(locale, root);
			expect(loadContent(locale, root)).toBe(dataset);
			expect(dataset.version).toBe(nb.version);
			expect(dataset.statements.map((s) => s.text)).toEqual(
				nb.statements.map((s) => fixture.text(s.id))
			);
			expect(
				dataset.statements.map(({ id, topic, direction }) => ({ id, topic, direction }))
			).toEqual(nb.statements.map(({ id, topic, direction }) => ({ id, topic, direction })));
			expect(loadResolvedContent(locale, root).positions).toBe(
				loadResolvedContent('nb', root).positions
			);
		}
		expect(Object.keys(loadContentInEveryLocale(root))).toEqual([...LOCALES]);
	});

	it('reads, verifies and resolves content/statements.yaml under the root', () => {
		vi.stubEnv(STATEMENTS_ENV, '');
		const root = tempRoot(VALID());
		const dataset = loadContent('nb', root);
		expect(dataset.statements).toHaveLength(24);
		expect(dataset.editions.map((e) => e.id)).toEqual(['akershus', 'oslo']);
		expect(loadResolvedContent('nb', root).seeds.pledges).toHaveLength(seeds().pledges.length);
	});

	it('memoises per root and file, and reloads when the file changes', () => {
		vi.stubEnv(STATEMENTS_ENV, '');
		const root = tempRoot(VALID());
		const first = loadContent('nb', root);
		expect(loadContent('nb', root)).toBe(first);
		const statements = passingStatements(seeds().pledges);
		statements[0]!.text = 'Endret påstand.';
		writeFileSync(join(root, STATEMENTS_FILE), statementsYaml(statements));
		utimesSync(join(root, STATEMENTS_FILE), new Date(), new Date(Date.now() + 5_000));
		const second = loadContent('nb', root);
		expect(second).not.toBe(first);
		expect(second.statements[0]?.text).toBe('Endret påstand.');
		expect(second.version).not.toBe(first.version);
	});

	it('reloads when the pledge-topics file changes', () => {
		vi.stubEnv(STATEMENTS_ENV, '');
		const root = tempRoot(VALID());
		const first = loadContent('nb', root);
		const pledges = seeds().pledges;
		writeFileSync(
			join(root, PLEDGE_TOPICS_FILE),
			pledgeTopicsYaml(pledges, fixturePledgeTopics(pledges, [{ id: 'omsorg' }]))
		);
		utimesSync(join(root, PLEDGE_TOPICS_FILE), new Date(), new Date(Date.now() + 5_000));
		const second = loadContent('nb', root);
		expect(second.pledgesPerTopic['ap-oslo']).toEqual({
			omsorg: pledges.filter((p) => p.document === 'ap-oslo').length
		});
		expect(second.version).not.toBe(first.version);
	});

	it('throws a ContentError listing every schema error', () => {
		vi.stubEnv(STATEMENTS_ENV, '');
		const yaml = statementsYaml([
			{ id: 'a', positions: { 'sp-nasjonal': { stance: 3, quotes: [SP_LIST] } } },
			{ id: 'b', positions: { 'sp-fylke': { stance: 1, quotes: [SP_LIST] } } }
		]);
		const root = tempRoot(yaml);
		expect(() => loadContent('nb', root)).toThrow(ContentError);
		try {
			loadContent('nb', root);
		} catch (error) {
			const lines = (error as ContentError).message.split('\n');
			expect(lines).toHaveLength(2);
			expect(lines[0]).toMatch(
				/^content\/statements\.yaml: statement "a": positions\.sp-nasjonal\.stance: expected an integer from -2 to 2, got 3 \(line \d+\)$/
			);
			expect(lines[1]).toMatch(
				/^content\/statements\.yaml: statement "b": positions\.sp-fylke: unknown document/
			);
		}
	});

	it('throws a ContentError for a quote that is not in the document', () => {
		vi.stubEnv(STATEMENTS_ENV, '');
		const yaml = statementsYaml([
			{ id: 'a', positions: { 'sp-nasjonal': { stance: 2, quotes: ['Listelengden må kuttes'] } } }
		]);
		const root = tempRoot(yaml);
		expect(() => loadContent('nb', root)).toThrow(
			/content\/statements\.yaml: statement "a": positions\.sp-nasjonal\.quotes\[0\]: quote not found in sp-nasjonal/
		);
	});

	it('throws when the statements file is missing', () => {
		vi.stubEnv(STATEMENTS_ENV, '');
		const root = tempRoot();
		expect(() => loadContent('nb', root)).toThrow(
			'content/statements.yaml: the file does not exist'
		);
	});

	it('honours $VALGOMAT_STATEMENTS, relative to the root or absolute', () => {
		const root = tempRoot('not: [valid');
		writeFileSync(join(root, 'draft.yaml'), VALID());
		vi.stubEnv(STATEMENTS_ENV, 'draft.yaml');
		expect(loadContent('nb', root).statements).toHaveLength(24);
		expect(loadResolvedContent('nb', root).file).toBe('draft.yaml');

		vi.stubEnv(STATEMENTS_ENV, join(root, 'missing.yaml'));
		expect(() => loadContent('nb', root)).toThrow('missing.yaml: the file does not exist');

		// With the default root (the current directory: the repository), and pledge topics for
		// the draft's topics.
		vi.stubEnv(STATEMENTS_ENV, join(root, 'draft.yaml'));
		vi.stubEnv(PLEDGE_TOPICS_ENV, join(root, PLEDGE_TOPICS_FILE));
		expect(loadContent().statements).toHaveLength(24);
	});
});

describe('checkContent', () => {
	it('returns the errors instead of throwing, with the partial result', () => {
		vi.stubEnv(STATEMENTS_ENV, '');
		const yaml = statementsYaml([
			{ id: 'a', positions: { 'sp-nasjonal': { stance: 2, quotes: ['Listelengden må kuttes'] } } }
		]);
		const root = tempRoot(yaml);
		const check = checkContent(root);
		expect(check.file).toBe(STATEMENTS_FILE);
		expect(check.errors.map((e) => [e.statement, e.path])).toEqual([
			['a', 'positions.sp-nasjonal.quotes[0]']
		]);
		expect(check.dataset?.statements).toHaveLength(1);
		expect(check.positions).toHaveLength(1);
	});

	it('returns schema errors without a dataset', () => {
		const root = tempRoot();
		writeFileSync(join(root, 'other.yaml'), 'topics: [\n');
		const check = checkContent(root, 'other.yaml');
		expect(check.raw).toBeNull();
		expect(check.dataset).toBeNull();
		expect(check.errors[0]).toMatchObject({ line: 2 });
		expect(check.errors[0]?.message).toMatch(/^invalid YAML: /);
	});

	it('reads the pledge topics and counts them per document into the dataset', () => {
		vi.stubEnv(STATEMENTS_ENV, '');
		const check = checkContent(tempRoot(VALID()));
		expect(check.errors).toEqual([]);
		const pledges = seeds().pledges;
		expect(check.pledgeTopics).toEqual(fixturePledgeTopics(pledges));
		const spAkershus = pledges.filter((p) => p.document === 'sp-akershus').length;
		// The fixture topics alternate within each document, starting with "helse".
		expect(check.dataset?.pledgesPerTopic['sp-akershus']).toEqual({
			helse: Math.ceil(spAkershus / 2),
			omsorg: Math.floor(spAkershus / 2)
		});
		expect(loadResolvedContent('nb', tempRoot(VALID())).pledgeTopics.size).toBe(pledges.length);
	});

	it('reports pledge-topic problems in their own file, and still resolves the dataset', () => {
		vi.stubEnv(STATEMENTS_ENV, '');
		const root = tempRoot(VALID());
		const [first, ...rest] = seeds().pledges;
		const topics = fixturePledgeTopics(rest);
		topics.set(rest[0]!.id, 'tannhelse');
		writeFileSync(join(root, PLEDGE_TOPICS_FILE), pledgeTopicsYaml(rest, topics));
		const check = checkContent(root);
		const messages = check.errors.map((issue) => formatIssue(check.file, issue));
		expect(messages).toHaveLength(2);
		expect(messages[0]).toMatch(
			new RegExp(
				`^content/pledge-topics\\.yaml: ${first!.document}: pledge "${first!.id}" has no topic .* \\(line 1\\)$`
			)
		);
		expect(messages[1]).toMatch(
			new RegExp(
				`^content/pledge-topics\\.yaml: ${rest[0]!.document}\\.${rest[0]!.id}: unknown topic "tannhelse"`
			)
		);
		expect(check.dataset).not.toBeNull();
		expect(() => loadContent('nb', root)).toThrow(/^content\/pledge-topics\.yaml: /);
	});

	it('reports a missing pledge-topics file, and honours $VALGOMAT_PLEDGE_TOPICS', () => {
		vi.stubEnv(STATEMENTS_ENV, '');
		const root = tempRoot(VALID());
		vi.stubEnv(PLEDGE_TOPICS_ENV, 'draft-topics.yaml');
		expect(() => loadContent('nb', root)).toThrow('draft-topics.yaml: the file does not exist');
		writeFileSync(join(root, 'draft-topics.yaml'), TOPICS());
		expect(loadContent('nb', root).pledgesPerTopic['ap-oslo']).toBeDefined();
	});
});
