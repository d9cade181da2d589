import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ROOT, seeds } from '#lib/pledges/test-support.ts';
import { main } from '../../../scripts/content-check.ts';
import { NO_LAYOUTS, withCurrentLayouts } from '#lib/share/layouts.ts';
import { checkContent, PLEDGE_TOPICS_ENV, STATEMENTS_ENV } from './load.ts';
import { RANDOM_VOTERS, type SimulationOptions } from './measures.ts';
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

/** A small random-voter simulation, for the tests that are not about it. */
const FEW_VOTERS: SimulationOptions = { ...RANDOM_VOTERS, voters: 200 };

/**
 * Runs the check in-process the way `npm run content:check -- <args>` does, with a small
 * simulation unless `published` asks for the published one.
 */
function runWith(simulation: SimulationOptions, args: string[]) {
	let stdout = '';
	let stderr = '';
	const status = main(
		args,
		{ stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) },
		simulation
	);
	return { status, stdout, stderr };
}
const run = (...args: string[]) => runWith(FEW_VOTERS, args);

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

	it('prints the measures of each edition with their floors and verdicts', () => {
		const file = fixture('passing.yaml', statementsYaml(passingStatements(seeds().pledges)));
		const { status, stdout } = runWith(RANDOM_VOTERS, ['--file', file]);
		expect(status).toBe(0);
		const [akershus, oslo] = stdout.split('━━ Oslo (oslo) ━━');
		for (const edition of [akershus!, oslo!]) {
			expect(edition).toContain('Measures over the 24 statements asked here');
			for (const measure of ['Response sets', 'Direction balance', 'Separation', 'Random voters']) {
				expect(edition).toContain(`  ${measure}: PASS`);
			}
			expect(edition).toContain('every party 35–65% for a voter answering all "Helt enig"');
			expect(edition).toContain("at least 35% of every party's positions are disagreement");
			expect(edition).toContain('20,000 voters (seed 1)');
			expect(edition).toContain('Not asked (no party here has a position): 0');
		}
		// In Akershus, sp-akershus turns Sp's stance on statements 4–6: Sp has −2, −1, +2, −2,
		// −1, +2, then (−2, −1, +2, +2, +1, −2) three times. Mean −1/12: all agree ½ − 1/48
		// (48 %); mean |stance| 5/3: all neutral 1 − 5/12 (58 %); 13 of 24 disagree (54 %).
		expect(akershus).toMatch(/^ {4}Senterpartiet \(Sp\) +48% +52% +58%$/m);
		expect(akershus).toMatch(/^ {4}Senterpartiet \(Sp\) +11 +0 +13 +54%$/m);
		// Statement 6 (Ap +1, H +2, Sp +2) no longer separates anyone there.
		expect(akershus).toContain('23 statements on which two parties are 2 or more steps apart');
		expect(oslo).toMatch(/^ {4}Senterpartiet \(Sp\) +50% +50% +58%$/m);
		expect(oslo).toContain('24 statements on which two parties are 2 or more steps apart');
	});

	it('fails when a measure misses its floor, naming edition, party and figures', () => {
		// Sp agrees fully with every statement in both editions.
		const statements = passingStatements(seeds().pledges).map((s) => ({
			...s,
			positions: Object.fromEntries(
				Object.entries(s.positions).map(([doc, p]) => [
					doc,
					doc.startsWith('sp-') ? { ...p, stance: 2 } : p
				])
			)
		}));
		const { status, stdout } = run('--file', fixture('sp-agrees.yaml', statementsYaml(statements)));
		expect(status).toBe(1);
		expect(stdout).toMatch(/^ {2}Response sets: FAIL ✗$/m);
		expect(stdout).toMatch(/^ {4}Senterpartiet \(Sp\) +100% +0% +50% +✗$/m);
		expect(stdout).toMatch(/^ {4}Senterpartiet \(Sp\) +24 +0 +0 +0% +✗$/m);
		expect(stdout).toContain(
			'  ✗ Oslo: Senterpartiet gets 100% from a voter who answers "Helt enig" to every statement and 0% from one who answers "Helt uenig"; both must be 35–65%'
		);
		expect(stdout).toContain(
			"  ✗ Akershus: 0 of Senterpartiet's 24 positions (0%) are disagreement; at least 35% is needed"
		);
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

	it('fails a position without a Norwegian reason, naming statement and document', () => {
		const statements = passingStatements(seeds().pledges);
		statements[2]!.positions['h-nasjonal']!.reason = null;
		const file = fixture('no-reason.yaml', statementsYaml(statements));
		const { status, stdout } = run('--file', file);
		expect(status).toBe(1);
		expect(stdout).toContain('content check: FAILED (0 errors, 1 threshold failure)');
		expect(stdout).toContain(
			'  ✗ statement "pastand-3": missing Norwegian reason for h-nasjonal (`reason`: one bokmål sentence for voters on why the quotes mean this stance)'
		);
	});

	it('fails a voter-visible text without its translation, naming statement, field and line', () => {
		const statements = passingStatements(seeds().pledges);
		statements[1]!.nn = {};
		statements[3]!.positions['h-nasjonal']!.en = null;
		const text = statementsYaml(statements);
		const lines = text.split('\n');
		const lineOf = (from: number, pattern: RegExp) =>
			lines.findIndex((l, i) => i >= from && pattern.test(l)) + 1;
		const textLine = lineOf(0, /^ {4}text: Dette er påstand nummer 2\.$/);
		const reasonLine = lineOf(
			lineOf(lineOf(0, /^ {2}- id: pastand-4$/), /^ {6}h-nasjonal:$/),
			/^ {8}reason: /
		);
		const { status, stdout } = run('--file', fixture('untranslated.yaml', text));
		expect(status).toBe(1);
		expect(stdout).toContain('content check: FAILED (0 errors, 2 threshold failures)');
		expect(stdout).toContain(
			`  ✗ statement "pastand-2": nn.text: missing the nynorsk text (line ${textLine}); write it in an \`nn:\` block beside the bokmål text (content/README.md)`
		);
		expect(stdout).toContain(
			`  ✗ statement "pastand-4": positions.h-nasjonal.en.reason: missing the English reason (line ${reasonLine}); write it in an \`en:\` block beside the bokmål reason (content/README.md)`
		);
	});

	it('fails a translation without a bokmål text beside it', () => {
		const statements = passingStatements(seeds().pledges);
		statements[0]!.nn = { text: 'Ein påstand.', background: 'Ein bakgrunn.' };
		const { status, stdout } = run('--file', fixture('stray.yaml', statementsYaml(statements)));
		expect(status).toBe(1);
		expect(stdout).toMatch(
			/^ {2}✗ statement "pastand-1": nn\.background: a translation without a bokmål text beside it \(line \d+\); write the bokmål too, or remove the translation$/m
		);
	});

	it('prints the LIX of every statement in bokmål and nynorsk, and how much is translated', () => {
		const statements = passingStatements(seeds().pledges);
		statements[0]!.nn = { text: 'Kommunane bør tilsetje fleire helsesjukepleiarar.' };
		statements[1]!.nn = {};
		const { stdout } = run('--file', fixture('lix.yaml', statementsYaml(statements)));
		// 5 words (1 long) in bokmål: 5 + 20; 5 words (3 long) in nynorsk: 5 + 60, above 40.
		expect(stdout).toMatch(/^ {2}pastand-1 +25\.0 +65\.0!$/m);
		expect(stdout).toMatch(/^ {2}pastand-2 +25\.0 +–$/m);
		// 2 topic names, 24 statement texts and 24 · 4 + 6 reasons; one nynorsk text missing.
		expect(stdout).toContain(
			'  Translations of the 128 voter-visible texts: nn 127/128, en 128/128'
		);
		expect(stdout).toContain(
			'statement "pastand-1": nn.text has LIX 65.0 (above 40, where the bokmål is not): 5 words, 3 long'
		);
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
		// The real language files build with the real content (whatever its measures say).
		vi.stubEnv(PLEDGE_TOPICS_ENV, '');
		const real = JSON.parse(run('--json', '--markdown', join(ROOT, 'content/methodology')).stdout);
		expect(real).toMatchObject({ errors: [], markdown: [] });
	});

	it('fails a translation of the methodology page that lacks a block of nb.md, by line', () => {
		const passing = fixture('passing.yaml', statementsYaml(passingStatements(seeds().pledges)));
		const read = (lang: string) =>
			readFileSync(join(ROOT, `content/methodology/${lang}.md`), 'utf8');
		const original = fixture('translated/methodology/nb.md', read('nb'));
		const text = read('en').replace('\n::downloads\n', '\n');
		const en = fixture('translated/methodology/en.md', text);
		const { status, stdout } = run(
			'--json',
			'--file',
			passing,
			'--markdown',
			join(dir, 'translated')
		);
		expect(status).toBe(1);
		const next = text.split('\n').findIndex((l) => l.startsWith('Dataset version:')) + 1;
		const slot = read('nb').split('\n').indexOf('::downloads') + 1;
		// The original is fine; the translation is refused at the line where the slot belongs.
		expect(JSON.parse(stdout).markdown).toEqual([
			{
				file: en,
				line: next,
				message: `section {#apne-data}: the slot ::downloads is missing here (${original}:${slot})`
			}
		]);
	});

	it('warns about every unset site value without failing, and fails a broken site file', () => {
		const passing = fixture('passing.yaml', statementsYaml(passingStatements(seeds().pledges)));
		const unset = run('--file', passing);
		expect(unset.status).toBe(0);
		expect(unset.stdout).toContain(
			[
				'━━ Site configuration (content/site.yaml): 5 not set ━━',
				'  publisher: not set; the pages show "[Utgiver ikke satt]"',
				'  occasion: not set; the pages show "[Valg ikke satt]"',
				'  lastChecked: not set; the pages show "[Dato ikke satt]"',
				'  corrections: not set; the pages show "[Kontakt for rettelser ikke satt]"',
				'  origin: not set; share previews give relative image addresses, which apps ignore',
				'',
				'content check: OK'
			].join('\n')
		);

		const set = fixture(
			'site-set.yaml',
			'publisher: Lokalavisa\noccasion: Kommunevalget 2027\nnn:\n  occasion: Kommunevalet 2027\nen:\n  occasion: The 2027 local elections\nlastChecked: 2027-08-20\ncorrections: https://lokalavisa.no/rettelser\norigin: https://valg.lokalavisa.no\n'
		);
		const complete = run('--file', passing, '--site', set);
		expect(complete.status).toBe(0);
		expect(complete.stdout).not.toContain('Site configuration');

		// The occasion is shown on the pages of every language: it needs its translations.
		const untranslated = fixture(
			'site-untranslated.yaml',
			'occasion: Kommunevalget 2027\nen:\n  occasion: The 2027 local elections\n'
		);
		const missing = run('--file', passing, '--site', untranslated);
		expect(missing.status).toBe(1);
		expect(missing.stdout).toContain('content check: FAILED (1 error, 0 threshold failures)');
		expect(missing.stdout).toContain(
			`${untranslated}: nn.occasion: missing the nynorsk occasion: \`occasion\` is set, so the nynorsk pages need it too (write it under \`nn:\`) (line 1)`
		);

		const broken = fixture(
			'site-broken.yaml',
			'publisher: Lokalavisa\ncorrections: http://lokalavisa.no\n'
		);
		const failed = run('--file', passing, `--site=${broken}`);
		expect(failed.status).toBe(1);
		expect(failed.stdout).toContain('content check: FAILED (1 error, 0 threshold failures)');
		expect(failed.stdout).toContain(
			`${broken}: corrections: expected an e-mail address, an https:// address or a postal address, got "http://lokalavisa.no": only https:// addresses are linked (line 2)`
		);
		const json = JSON.parse(run('--json', '--file', passing).stdout) as {
			site: { config: unknown; warnings: string[] };
		};
		expect(json.site.config).toEqual({
			publisher: null,
			occasion: null,
			lastChecked: null,
			corrections: null,
			origin: null
		});
		expect(json.site.warnings).toHaveLength(5);
	});

	it('fails a quote that is too short or cuts a word, naming statement, document and quote', () => {
		const passing = passingStatements(seeds().pledges);
		passing[0]!.positions['sp-nasjonal'] = { stance: 1, quotes: ['må reduseres', 'stelengden og'] };
		const file = fixture('short.yaml', statementsYaml(passing));
		const { status, stdout } = run('--file', file);
		expect(status).toBe(1);
		expect(stdout).toContain('content check: FAILED (3 errors, 0 threshold failures)');
		expect(stdout).toContain(
			`${file}: statement "pastand-1": positions.sp-nasjonal.quotes[0]: quote too short (2 words; at least 3 are needed`
		);
		expect(stdout).toContain(
			`${file}: statement "pastand-1": positions.sp-nasjonal.quotes[1]: quote too short (2 words;`
		);
		expect(stdout).toContain(
			`${file}: statement "pastand-1": positions.sp-nasjonal.quotes[1]: quote starts inside the word "Listelengden" in sp-nasjonal (seeds/sp-kommunehelsetjenesten.txt) (line 19)`
		);
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

	it('fails when the statements an edition asks are not in the share-layout registry, saying how to add them', () => {
		const file = fixture('layouts.yaml', statementsYaml(passingStatements(seeds().pledges)));
		const empty = fixture('share-layouts.json', '{ "format": 1, "editions": {} }');
		const missing = run('--file', file, '--layouts', empty);
		expect(missing.status).toBe(1);
		expect(missing.stdout).toContain('content check: FAILED');
		for (const edition of ['akershus', 'oslo']) {
			expect(missing.stdout).toMatch(
				new RegExp(
					`share-layouts\\.json: the statements edition "${edition}" asks now \\(layout \\d+\\) are not registered.*Run \`npm run share-layouts\` to append them, and commit`
				)
			);
		}

		const dataset = checkContent(process.cwd(), file, PLEDGE_TOPICS).dataset!;
		const complete = fixture(
			'share-layouts-complete.json',
			JSON.stringify(withCurrentLayouts(NO_LAYOUTS, dataset))
		);
		expect(run('--file', file, '--layouts', complete).status).toBe(0);

		const wrongTag = withCurrentLayouts(NO_LAYOUTS, dataset);
		const broken = fixture(
			'share-layouts-broken.json',
			JSON.stringify({
				format: 1,
				editions: { oslo: wrongTag.editions.oslo!.map((l) => ({ ...l, tag: l.tag ^ 1 })) }
			})
		);
		expect(run('--file', file, '--layouts', broken).stdout).toMatch(
			/share-layouts-broken\.json: editions\.oslo\[0\]: tag \d+ is not its statements' \(\d+\)/
		);
		// Without --layouts a draft (--file) is not checked against the published registry.
		expect(run('--file', file).status).toBe(0);
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
