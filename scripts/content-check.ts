/**
 * Checks the statements file against the seeds, checks the Markdown content files, and
 * prints the editorial report.
 *
 *   npm run content:check                          readable report, then OK or the problems
 *   npm run --silent content:check -- --json       the report as JSON on stdout
 *   npm run content:check -- --file draft.yaml     check another statements file
 *   npm run content:check -- --markdown draft.md   check other Markdown (a file or a folder)
 *
 * Exit code 0 when the content is valid and every threshold is met, 1 otherwise, 2 for a
 * usage error. `main(argv, io)` runs the check in-process (the tests call it); the file
 * still runs as a CLI.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkContent, pledgeTopicsFile, statementsFile } from '../src/lib/content/load.ts';
import { findRawHtml } from '../src/lib/content/markdown.ts';
import type { FactsInput } from '../src/lib/content/methodology/facts.ts';
import { CHANGELOG_FILE } from '../src/lib/content/methodology/load.ts';
import { methodologyPage } from '../src/lib/content/methodology/page.ts';
import { MethodologyError } from '../src/lib/content/methodology/template.ts';
import { m } from '../src/lib/messages/index.ts';
import { buildReport, THRESHOLDS, type Report } from '../src/lib/content/report.ts';
import { formatIssue } from '../src/lib/content/schema.ts';
import { OTHER_TOPIC, type Dataset } from '../src/lib/content/types.ts';

/** Where the check writes: standard output and standard error, or a test's buffers. */
export interface Io {
	stdout(text: string): void;
	stderr(text: string): void;
}

/** The Markdown content files: every `.md` file under this folder. */
const MARKDOWN_ROOT = 'content';

const usage = () => `Usage: npm run content:check [-- options]

Validates the statements file (${statementsFile()}), verifies every quote against the
documents in seeds/, resolves the editions and prints the editorial report. Checks that
every pledge has one topic in ${pledgeTopicsFile()} and prints the topics per
document. Checks that no Markdown file under ${MARKDOWN_ROOT}/ contains raw HTML, and builds
the methodology page from each language file (methodology/<lang>.md) with the checked
content.

Options:
  --json             print only the report as JSON on stdout
  --file <path>      check another statements file (relative to the current directory)
  --pledge-topics <path>
                     check another pledge-topics file (e.g. for a draft with other topics)
  --markdown <path>  check other Markdown: a file, or every .md file in a folder
  -h, --help         print this help

Exit code: 0 when everything passes, 1 on errors or threshold failures, 2 on a usage error.
`;

const WIDTH = 100;

function chars(text: string): number {
	return [...text].length;
}

function truncate(text: string, width: number): string {
	const list = [...text];
	return list.length <= width ? text : `${list.slice(0, Math.max(0, width - 1)).join('')}…`;
}

function pad(text: string, width: number): string {
	return text + ' '.repeat(Math.max(0, width - chars(text)));
}

function padStart(text: string, width: number): string {
	return ' '.repeat(Math.max(0, width - chars(text))) + text;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;
const stanceText = (stance: number) =>
	stance > 0 ? `+${stance}` : stance < 0 ? `−${-stance}` : '0';
const signed = (n: number) => `${n >= 0 ? '+' : '−'}${Math.abs(n).toFixed(3)}`;

function span([start, end]: [number, number]): string {
	return start === end ? String(start) : `${start}–${end}`;
}

function printReport(report: Report, dataset: Dataset, file: string): string[] {
	const out: string[] = [];
	const shortName = new Map(
		dataset.editions.flatMap((e) => e.parties.map((p) => [p.party.id, p.party.shortName]))
	);
	const name = new Map(
		dataset.editions.flatMap((e) => e.parties.map((p) => [p.party.id, p.party.name]))
	);
	const short = (id: string) => shortName.get(id) ?? id;
	out.push(
		`${file} · ${report.statements} statements · ${dataset.topics.length} topics · version ${report.version}`,
		`Two or more parties in some edition: ${report.multiPartyStatements} of ${report.statements} statements (${percent(report.multiPartyStatements / Math.max(1, report.statements))}; ≥ ${percent(THRESHOLDS.minMultiPartyShare)} needed)`
	);

	for (const e of report.editions) {
		out.push('', `━━ ${e.name} (${e.edition}) ━━`, '');
		const edition = dataset.editions.find((x) => x.id === e.edition);
		const partyIds = edition?.parties.map((p) => p.party.id) ?? [];

		out.push('Parties: share of statements with a stated position');
		const nameWidth = Math.max(...e.parties.map((p) => chars(`${p.name} (${short(p.party)})`)));
		const docWidth = Math.max(...e.parties.map((p) => chars(p.documents.join(', '))));
		for (const p of e.parties) {
			const fail =
				p.share < THRESHOLDS.minPartyShare ? `  ✗ below ${percent(THRESHOLDS.minPartyShare)}` : '';
			out.push(
				`  ${pad(`${p.name} (${short(p.party)})`, nameWidth)}  ${pad(p.documents.join(', '), docWidth)}  ${padStart(`${p.positions}/${e.statements}`, 5)}  ${padStart(percent(p.share), 4)}${fail}`
			);
		}

		out.push('', 'Statements');
		const stanceWidth = partyIds.reduce((sum, id) => sum + chars(short(id)) + 4, 0);
		const idWidth = Math.min(
			44,
			Math.max(...e.coverage.map((c) => chars(c.statement))),
			WIDTH - 2 - 2 - 7 - 2 - 6 - 2 - 6 - 2 - stanceWidth
		);
		out.push(
			`  ${pad('id', idWidth)}  parties  differ  ${padStart('LIX', 6)}  positions (${partyIds.map(short).join(' ')})`
		);
		for (const c of e.coverage) {
			const stances = partyIds
				.map((id) =>
					pad(
						`${short(id)} ${id in c.stances ? stanceText(c.stances[id]!) : '·'}`,
						chars(short(id)) + 3
					)
				)
				.join(' ');
			const lixText = `${c.lix.toFixed(1)}${c.lix > THRESHOLDS.maxLix ? '!' : ' '}`;
			out.push(
				`  ${pad(truncate(c.statement, idWidth), idWidth)}  ${padStart(String(c.parties), 7)}  ${pad(c.differ ? 'yes' : c.parties >= 2 ? 'no' : '–', 6)}  ${padStart(lixText, 6)}  ${stances.trimEnd()}`
			);
		}
		const multi = e.coverage.filter((c) => c.parties >= 2).length;
		out.push(
			`  Positions from two or more parties in this edition: ${multi} of ${e.statements} (${percent(e.multiPartyShare)})`,
			`  LIX above ${THRESHOLDS.maxLix} is marked "!".`
		);

		const b = e.balance;
		out.push(
			'',
			'Direction balance',
			`  statements: ${b.statements['more-public']} more-public · ${b.statements['less-public']} less-public · ${b.statements.other} other`,
			`  stated positions: ${b.positions.agree} agree · ${b.positions.neutral} neutral · ${b.positions.disagree} disagree`
		);

		out.push(
			'',
			'Reachability: a voter answering exactly as the party (margin = score − runner-up)'
		);
		const width = Math.max(...e.reachability.map((r) => chars(name.get(r.party) ?? r.party)));
		for (const r of e.reachability) {
			const verdict = r.reachable
				? 'alone on top'
				: `✗ top: ${r.topMatches.map(short).join(', ') || 'none'}`;
			const score = r.score === null ? 'no score' : `score ${percent(r.score)}`;
			const runnerUp =
				r.runnerUp === null || r.runnerUpScore === null
					? 'no runner-up'
					: `runner-up ${short(r.runnerUp)} ${percent(r.runnerUpScore)}`;
			const margin =
				r.margin === null || r.threshold === null
					? ''
					: `  margin ${signed(r.margin)} ${r.margin > r.threshold ? '>' : '≤'} 1/W ${r.threshold.toFixed(3)}`;
			out.push(
				`  ${pad(name.get(r.party) ?? r.party, width)}  ${pad(verdict, 14)}  ${score}, basis ${r.basis}  ${runnerUp}${margin}`
			);
		}
	}

	out.push('', '━━ Pledge usage by document ━━');
	for (const d of report.documents) {
		const fail =
			d.positions < THRESHOLDS.minDocumentPositions
				? `  ✗ below ${THRESHOLDS.minDocumentPositions}`
				: '';
		out.push(
			'',
			`${d.document}: ${d.positions} position${d.positions === 1 ? '' : 's'}${fail}; ${d.used.length} of ${d.pledges} pledges used`
		);
		for (const u of d.used) {
			out.push(truncate(`  used    ${u.pledge}  ${u.statements.join(', ')}`, WIDTH));
		}
		for (const u of d.unused) {
			out.push(truncate(`  unused  ${u.pledge}  L${span(u.lines)}  ${u.text}`, WIDTH));
		}
	}

	if (report.warnings.length > 0) {
		out.push('', `━━ Warnings (${report.warnings.length}) ━━`);
		for (const w of report.warnings) out.push(`  ${w.message}`);
	}
	return out;
}

/** Each document's pledges per topic, wrapped to the report's width. */
function printPledgeTopics(dataset: Dataset, file: string): string[] {
	const out = [
		'',
		'━━ Pledge topics by document ━━',
		`  from ${file} (${OTHER_TOPIC}: about none of the topics)`
	];
	const order = [...dataset.topics.map((t) => t.id), OTHER_TOPIC];
	for (const [document, counts] of Object.entries(dataset.pledgesPerTopic)) {
		const total = Object.values(counts).reduce((a, b) => a + b, 0);
		const items = order.filter((t) => Object.hasOwn(counts, t)).map((t) => `${t} ${counts[t]}`);
		let line = `  ${document} (${total}):`;
		items.forEach((item, i) => {
			const next = `${i === 0 ? ' ' : ' · '}${item}`;
			if (i > 0 && chars(line + next) > WIDTH) {
				out.push(`${line} ·`);
				line = `    ${item}`;
			} else line += next;
		});
		out.push(line);
	}
	return out;
}

/** A problem in a Markdown content file, at a line. */
export interface MarkdownIssue {
	file: string;
	line: number;
	message: string;
}

/** `path` itself when it is a file, else every `.md` file below it (sorted). */
function markdownFiles(path: string): string[] {
	if (!statSync(path).isDirectory()) return [path];
	return readdirSync(path, { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('.md'))
		.sort()
		.map((name) => join(path, name));
}

/** A file as named in messages: relative to the current directory when inside it. */
function displayName(file: string): string {
	const absolute = resolve(file);
	const inside = relative(process.cwd(), absolute);
	return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : absolute;
}

/** Problems building the methodology page from a language file with the checked content. */
function checkMethodology(file: string, name: string, content: FactsInput): MarkdownIssue[] {
	try {
		methodologyPage({
			markdown: { file: name, text: readFileSync(file, 'utf8') },
			changelog: readFileSync(CHANGELOG_FILE, 'utf8'),
			content,
			words: m
		});
		return [];
	} catch (error) {
		if (error instanceof MethodologyError) return error.issues;
		throw error;
	}
}

/**
 * Raw HTML in the Markdown files at `path` (a file or a folder), with file and line; and,
 * when the content is usable, the problems of each methodology language file (a file in a
 * folder named `methodology`).
 */
export function checkMarkdown(path: string, content: FactsInput | null): MarkdownIssue[] {
	return markdownFiles(path).flatMap((file) => {
		const name = displayName(file);
		const html = findRawHtml(readFileSync(file, 'utf8')).map(({ line, html }) => ({
			file: name,
			line,
			message: `raw HTML is not allowed in Markdown content: ${truncate(html.split('\n')[0]!, 60)}`
		}));
		const methodology =
			content !== null && basename(dirname(resolve(file))) === 'methodology'
				? checkMethodology(file, name, content)
				: [];
		return [...html, ...methodology];
	});
}

export function main(args: string[], io: Io): number {
	let json = false;
	let file: string | undefined;
	let topicsFile: string | undefined;
	let markdown = MARKDOWN_ROOT;
	for (let i = 0; i < args.length; i++) {
		const arg = args[i]!;
		const option = /^--(file|pledge-topics|markdown)(?:=(.*))?$/.exec(arg);
		if (arg === '--json') json = true;
		else if (option) {
			const value = option[2] ?? args[++i];
			if (value === undefined || value === '') {
				io.stderr(`content:check: --${option[1]} needs a path\n\n${usage()}`);
				return 2;
			}
			if (option[1] === 'file') file = value;
			else if (option[1] === 'pledge-topics') topicsFile = value;
			else markdown = value;
		} else if (arg === '--help' || arg === '-h') {
			io.stdout(usage());
			return 0;
		} else {
			io.stderr(`content:check: unknown option ${JSON.stringify(arg)}\n\n${usage()}`);
			return 2;
		}
	}

	let check: ReturnType<typeof checkContent>;
	let markdownIssues: MarkdownIssue[];
	try {
		check = checkContent(process.cwd(), file ?? statementsFile(), topicsFile ?? pledgeTopicsFile());
		const { dataset, seeds, positions } = check;
		markdownIssues = checkMarkdown(
			markdown,
			dataset && { dataset, parties: seeds.metadata.parties, pledges: seeds.pledges, positions }
		);
	} catch (error) {
		io.stderr(`content:check: ${error instanceof Error ? error.message : String(error)}\n`);
		io.stdout('content check: FAILED\n');
		return 1;
	}
	const report = check.dataset
		? buildReport({
				dataset: check.dataset,
				positions: check.positions,
				pledges: check.seeds.pledges
			})
		: null;
	const errors = [
		...check.errors.map((issue) => formatIssue(check.file, issue)),
		...markdownIssues.map((issue) => `${issue.file}:${issue.line}: ${issue.message}`)
	];
	const failures = report?.failures ?? [];
	const ok = errors.length === 0 && failures.length === 0 && report !== null;

	if (json) {
		const result = {
			ok,
			file: check.file,
			errors: check.errors,
			markdown: markdownIssues,
			messages: errors,
			report,
			pledgesPerTopic: check.dataset?.pledgesPerTopic ?? null
		};
		io.stdout(`${JSON.stringify(result, null, 2)}\n`);
		return ok ? 0 : 1;
	}

	const out = report && check.dataset ? printReport(report, check.dataset, check.file) : [];
	if (check.dataset) out.push(...printPledgeTopics(check.dataset, check.pledgeTopicsFile));
	if (ok) {
		out.push('', 'content check: OK');
	} else {
		out.push(
			'',
			`content check: FAILED (${errors.length} error${errors.length === 1 ? '' : 's'}, ${failures.length} threshold failure${failures.length === 1 ? '' : 's'})`
		);
		if (errors.length > 0) {
			out.push('', 'Errors:');
			for (const e of errors) out.push(e);
		}
		if (failures.length > 0) {
			out.push('', 'Threshold failures:');
			for (const f of failures) out.push(`  ✗ ${f.message}`);
		}
	}
	io.stdout(`${out.join('\n').replace(/^\n/, '')}\n`);
	return ok ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
	process.exitCode = main(process.argv.slice(2), {
		stdout: (text) => process.stdout.write(text),
		stderr: (text) => process.stderr.write(text)
	});
}
