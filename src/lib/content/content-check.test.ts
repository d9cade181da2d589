import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ROOT, seeds } from '#lib/pledges/test-support.ts';
import { main } from '../../../scripts/content-check.ts';
import { PLEDGE_TOPICS_ENV, STATEMENTS_ENV } from './load.ts';
import {
	fixturePledgeTopics,
	passingStatements,
	pledgeTopicsYaml,
	statementsYaml
} from './test-support.ts';

const dir = mkdtempSync(join(tmpdir(), 'content-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function fixture(name: string, text: string): string {
	const path = join(dir, name);
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, text);
	return path;
}

/** Pledge topics for the fixture statements' topics (and any other: none is `other`). */
const PLEDGE_TOPICS = fixture(
	'pledge-topics.yaml',
	pledgeTopicsYaml(seeds().pledges, fixturePledgeTopics(seeds().pledges))
);

// The default statements file, whatever the environment running the tests says, with pledge
// topics that match the fixture statements' topics.
beforeEach(() => {
	vi.stubEnv(STATEMENTS_ENV, '');
	vi.stubEnv(PLEDGE_TOPICS_ENV, PLEDGE_TOPICS);
	return () => vi.unstubAllEnvs();
});

/** Runs the check in-process the way `npm run content:check -- <args>` does. */
function run(...args: string[]) {
	let stdout = '';
	let stderr = '';
	const status = main(args, {
		stdout: (text) => (stdout += text),
		stderr: (text) => (stderr += text)
	});
	return { status, stdout, stderr };
}

const SP_LIST = 'Listelengden og legevaktbelastningen må reduseres';

describe('scripts/content-check.ts', () => {
	it('prints the report and "content check: OK" for content that passes', () => {
		const file = fixture('passing.yaml', statementsYaml(passingStatements(seeds().pledges)));
		const { status, stdout, stderr } = run('--file', file);
		expect(stderr).toBe('');
		expect(status).toBe(0);
		expect(stdout.trimEnd().split('\n').at(-1)).toBe('content check: OK');
		expect(stdout).toContain('━━ Akershus (akershus) ━━');
		expect(stdout).toContain('━━ Oslo (oslo) ━━');
		expect(stdout).toMatch(/^ {2}Senterpartiet \(Sp\) +sp-akershus, sp-nasjonal +24\/24 +100%$/m);
		expect(stdout).toMatch(/^ {2}pastand-1 +3 +yes +\d+\.\d /m);
		expect(stdout).toContain('statements: 8 more-public · 8 less-public · 8 other');
		expect(stdout).toMatch(
			/^ {2}Høyre +alone on top +score 100%, basis 24 +runner-up \w+ \d+% +margin \+0\.\d{3} > 1\/W 0\.042$/m
		);
		expect(stdout).toContain('━━ Pledge usage by document ━━');
		expect(stdout).toMatch(/^sp-akershus: 6 positions; \d+ of 6 pledges used$/m);
		expect(Math.max(...stdout.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(100);
	});

	it('lists errors with file, statement and field, and exits 1', () => {
		const file = fixture(
			'broken.yaml',
			statementsYaml([
				{
					id: 'a',
					positions: { 'sp-nasjonal': { stance: 2, quotes: ['Listelengden må kuttes'] } }
				},
				{ id: 'b', positions: { 'sp-nasjonal': { stance: 2, quotes: [{ pledge: 'nope' }] } } }
			])
		);
		const { status, stdout } = run('--file', file);
		expect(status).toBe(1);
		expect(stdout).toContain('content check: FAILED (2 errors, ');
		expect(stdout).toContain(
			`${file}: statement "a": positions.sp-nasjonal.quotes[0]: quote not found in sp-nasjonal`
		);
		expect(stdout).toContain(
			`${file}: statement "b": positions.sp-nasjonal.quotes[0]: unknown pledge "nope"`
		);
		expect(stdout).toContain('Threshold failures:');
		expect(stdout).toContain('  ✗ only 2 statements; at least 24 are needed');
	});

	it('reports schema errors without a report', () => {
		const file = fixture(
			'schema.yaml',
			statementsYaml([{ id: 'a', positions: { 'sp-nasjonal': { stance: 9, quotes: [SP_LIST] } } }])
		);
		const { status, stdout } = run(`--file=${file}`);
		expect(status).toBe(1);
		expect(stdout).not.toContain('━━');
		expect(stdout).toMatch(
			/^content check: FAILED \(1 error, 0 threshold failures\)\n\nErrors:\n.*statement "a": positions\.sp-nasjonal\.stance: expected an integer from -2 to 2, got 9/
		);
	});

	it('--json prints the report as JSON', () => {
		const file = fixture('passing.yaml', statementsYaml(passingStatements(seeds().pledges)));
		const { status, stdout } = run('--json', '--file', file);
		expect(status).toBe(0);
		const result = JSON.parse(stdout) as {
			ok: boolean;
			errors: unknown[];
			report: { statements: number; editions: { edition: string }[]; failures: unknown[] };
		};
		expect(result.ok).toBe(true);
		expect(result.errors).toEqual([]);
		expect(result.report.statements).toBe(24);
		expect(result.report.editions.map((e) => e.edition)).toEqual(['akershus', 'oslo']);
		expect(result.report.failures).toEqual([]);

		const broken = run('--json', '--file', join(dir, 'missing.yaml'));
		expect(broken.status).toBe(1);
		expect(JSON.parse(broken.stdout)).toMatchObject({
			ok: false,
			report: null,
			messages: [`${join(dir, 'missing.yaml')}: the file does not exist`]
		});
	});

	it('fails on raw HTML in a Markdown content file, naming file and line', () => {
		const passing = fixture('passing.yaml', statementsYaml(passingStatements(seeds().pledges)));
		const changelog = fixture(
			'markdown/CHANGELOG.md',
			'# Endringslogg\n\n## 2026-12-01\n\n<script>alert(1)</script>\n'
		);
		const notes = fixture(
			'markdown/drafts/notes.md',
			'# Tittel\n\nTekst med <img src=x onerror=alert(1)> inni.\n\n`<b>kode</b>` er lov.\n'
		);
		const { status, stdout } = run('--file', passing, '--markdown', join(dir, 'markdown'));
		expect(status).toBe(1);
		expect(stdout).toContain('content check: FAILED (2 errors, 0 threshold failures)');
		expect(stdout).toContain(
			`${changelog}:5: raw HTML is not allowed in Markdown content: <script>alert(1)</script>`
		);
		expect(stdout).toContain(
			`${notes}:3: raw HTML is not allowed in Markdown content: <img src=x onerror=alert(1)>`
		);
		expect(stdout).not.toContain('<b>kode</b>');

		const json = run('--json', '--file', passing, '--markdown', changelog);
		expect(json.status).toBe(1);
		expect(JSON.parse(json.stdout)).toMatchObject({
			ok: false,
			markdown: [{ file: changelog, line: 5 }]
		});
	});

	it('builds the methodology page from each language file and reports its problems by line', () => {
		const passing = fixture('passing.yaml', statementsYaml(passingStatements(seeds().pledges)));
		const lines = readFileSync(join(ROOT, 'content/methodology/nb.md'), 'utf8').split('\n');
		const at = lines.findIndex((l) => l.includes('{positions}'));
		lines[at] = lines[at]!.replace('{positions}', '{positions');
		const broken = fixture('draft/methodology/nb.md', lines.join('\n'));
		const { status, stdout } = run('--file', passing, '--markdown', join(dir, 'draft'));
		expect(status).toBe(1);
		expect(stdout).toContain(`${broken}:${at + 1}: invalid placeholder syntax`);
		// The real language files build with the real content.
		vi.stubEnv(PLEDGE_TOPICS_ENV, '');
		expect(run('--markdown', join(ROOT, 'content/methodology')).status).toBe(0);
	});

	it('prints the pledge topics per document, wrapped to the report width', () => {
		const file = fixture('passing.yaml', statementsYaml(passingStatements(seeds().pledges)));
		const { status, stdout } = run('--file', file);
		expect(status).toBe(0);
		const lines = stdout.split('\n');
		const at = lines.indexOf('━━ Pledge topics by document ━━') + 1;
		expect(lines[at]).toBe(`  from ${PLEDGE_TOPICS} (other: about none of the topics)`);
		// The fixture topics alternate within each document, starting with "helse".
		for (const [i, document] of seeds().metadata.documents.entries()) {
			const n = seeds().pledges.filter((p) => p.document === document.id).length;
			expect(lines[at + 1 + i]).toBe(
				`  ${document.id} (${n}): helse ${Math.ceil(n / 2)} · omsorg ${Math.floor(n / 2)}`
			);
		}
		const json = JSON.parse(run('--json', '--file', file).stdout) as {
			pledgesPerTopic: Record<string, Record<string, number>>;
		};
		expect(Object.keys(json.pledgesPerTopic)).toEqual(seeds().metadata.documents.map((d) => d.id));
	});

	it('fails on a pledge-topics problem, naming file, line and pledge, and still reports', () => {
		const file = fixture('passing.yaml', statementsYaml(passingStatements(seeds().pledges)));
		const [pledge] = seeds().pledges;
		const text = readFileSync(PLEDGE_TOPICS, 'utf8');
		const broken = fixture(
			'broken-topics.yaml',
			text.replace(`${pledge!.id}: helse`, `${pledge!.id}: fastlege`)
		);
		const line = text.split('\n').findIndex((l) => l.includes(pledge!.id)) + 1;
		const { status, stdout } = run('--file', file, '--pledge-topics', broken);
		expect(status).toBe(1);
		expect(stdout).toContain('━━ Akershus (akershus) ━━');
		expect(stdout).toContain('content check: FAILED (1 error, 0 threshold failures)');
		expect(stdout).toContain(
			`${broken}: ${pledge!.document}.${pledge!.id}: unknown topic "fastlege" for pledge "${pledge!.id}"; expected one of helse, omsorg (the topics of ${file}), or "other" for a pledge about none of them (line ${line})`
		);
	});

	it('exits 2 on a usage error', () => {
		expect(run('--jsn')).toMatchObject({ status: 2, stdout: '' });
		expect(run('--jsn').stderr).toMatch(/^content:check: unknown option "--jsn"/);
		expect(run('--file').status).toBe(2);
		expect(run('--pledge-topics').stderr).toMatch(/^content:check: --pledge-topics needs a path/);
		expect(run('--markdown').stderr).toMatch(/^content:check: --markdown needs a path/);
		const help = run('--help');
		expect(help.status).toBe(0);
		expect(help.stdout).toMatch(/^Usage: npm run content:check/);
	});
});
