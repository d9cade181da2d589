/**
 * Checks the statements file against the seeds, checks the Markdown content files, and
 * prints the editorial report.
 *
 *   npm run content:check                          readable report, then OK or the problems
 *   npm run --silent content:check -- --json       the report as JSON on stdout
 *   npm run content:check -- --file draft.yaml     check another statements file
 *   npm run content:check -- --markdown draft.md   check other Markdown (a file or a folder)
 *   npm run content:check -- --site site.yaml      check another site configuration
 *   npm run content:check -- --layouts file.json   check another share-layout registry
 *
 * Exit code 0 when the content is valid and every threshold is met, 1 otherwise, 2 for a
 * usage error. `main(argv, io)` runs the check in-process (the tests call it); the file
 * still runs as a CLI.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
	checkContent,
	pledgeTopicsFile,
	STATEMENTS_FILE,
	statementsFile
} from '../src/lib/content/load.ts';
import { findRawHtml } from '../src/lib/content/markdown.ts';
import type { FactsInput } from '../src/lib/content/methodology/facts.ts';
import { CHANGELOG_FILE } from '../src/lib/content/methodology/load.ts';
import { methodologyPage } from '../src/lib/content/methodology/page.ts';
import { MethodologyError } from '../src/lib/content/methodology/template.ts';
import { nb } from '../src/lib/messages/nb/index.ts';
import {
	RANDOM_VOTERS,
	type EditionMeasures,
	type MeasureStatus,
	type SimulationOptions
} from '../src/lib/content/measures.ts';
import { DEFAULT_LOCALE, TRANSLATED_LOCALES } from '../src/lib/content/locales.ts';
import { buildReport, THRESHOLDS, type Report } from '../src/lib/content/report.ts';
import { ContentError, formatIssue } from '../src/lib/content/schema.ts';
import { loadSiteFile, SITE_FILE } from '../src/lib/content/site/load.ts';
import {
	siteTranslationIssues,
	UNSET_SITE,
	unsetSiteFields,
	type SiteConfig,
	type SiteFile
} from '../src/lib/content/site/schema.ts';
import { checkTranslations } from '../src/lib/content/translate.ts';
import { SHARE_LAYOUTS_FILE } from '../src/lib/share/layouts.ts';
import { layoutCheck, SHARE_LAYOUTS_COMMAND } from './share-layouts.ts';
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
document. Checks that no Markdown file under ${MARKDOWN_ROOT}/ contains raw HTML, builds the
methodology page from each language file (methodology/<lang>.md) with the checked content,
and validates the site configuration (${SITE_FILE}), warning about every value left unset.
Checks that the share-layout registry (${SHARE_LAYOUTS_FILE}) holds the statements every
edition asks now, so shared links keep opening after a change (\`${SHARE_LAYOUTS_COMMAND}\`
appends them); with --file, only when --layouts is given.

Options:
  --json             print only the report as JSON on stdout
  --file <path>      check another statements file (relative to the current directory)
  --pledge-topics <path>
                     check another pledge-topics file (e.g. for a draft with other topics)
  --markdown <path>  check other Markdown: a file, or every .md file in a folder
  --site <path>      check another site configuration
  --layouts <path>   check another share-layout registry
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

/** `items` joined with ", " after `prefix`, wrapped at WIDTH with continuation lines indented. */
function wrap(prefix: string, items: readonly string[], indent: string): string[] {
	const lines: string[] = [];
	let line = prefix;
	for (const [i, item] of items.entries()) {
		const piece = item + (i < items.length - 1 ? ',' : '');
		if (line !== prefix && chars(`${line} ${piece}`) > WIDTH) {
			lines.push(line);
			line = indent + piece;
		} else line += ` ${piece}`;
	}
	lines.push(line);
	return lines;
}

const STATUS: Record<MeasureStatus, string> = { pass: 'PASS', fail: 'FAIL ✗', warning: 'WARNING' };
const share1 = (share: number) => `${(share * 100).toFixed(1)}%`;

/**
 * An edition's measures: each with its floor or target and PASS, FAIL or WARNING, the
 * figures per party in aligned columns, and the statements behind the separation count.
 */
function printMeasures(
	m: EditionMeasures,
	partyIds: readonly string[],
	label: (id: string) => string,
	short: (id: string) => string
): string[] {
	const out: string[] = [];
	const width = Math.max(...partyIds.map((id) => chars(label(id))));
	const row = (id: string, cells: string[], widths: number[], mark = '') =>
		`    ${pad(label(id), width)}${cells.map((c, i) => `  ${padStart(c, widths[i]!)}`).join('')}${mark}`;
	const header = (columns: string[]) =>
		`    ${' '.repeat(width)}${columns.map((c) => `  ${c}`).join('')}`;
	const pct = (n: number | null) => (n === null ? '–' : `${n}%`);

	const rs = m.responseSets;
	const rsColumns = ['all "Helt enig"', 'all "Helt uenig"', 'all "Nøytral"'];
	out.push(
		`  Response sets: ${STATUS[rs.status]}`,
		`    every party ${rs.floor.min}–${rs.floor.max}% for a voter answering all "Helt enig", and all "Helt uenig"`,
		header(rsColumns)
	);
	for (const p of rs.parties) {
		out.push(
			row(
				p.party,
				[pct(p.agree.percent), pct(p.disagree.percent), pct(p.neutral.percent)],
				rsColumns.map(chars),
				p.pass ? '' : '  ✗'
			)
		);
	}
	const top = (ids: readonly string[]) => ids.map(short).join(', ') || 'none';
	out.push(
		`    first place: all "Helt enig" ${top(rs.top.agree)} · all "Helt uenig" ${top(rs.top.disagree)} · all "Nøytral" ${top(rs.top.neutral)}`
	);

	const db = m.directionBalance;
	const dbColumns = ['agree', 'neutral', 'disagree', 'disagreement'];
	out.push(
		'',
		`  Direction balance: ${STATUS[db.status]}`,
		`    at least ${db.floor}% of every party's positions are disagreement (stance < 0)`,
		header(dbColumns)
	);
	for (const p of db.parties) {
		out.push(
			row(
				p.party,
				[String(p.agree), String(p.neutral), String(p.disagree), pct(p.disagreePercent)],
				dbColumns.map(chars),
				p.pass ? '' : '  ✗'
			)
		);
	}

	const sep = m.separation;
	out.push(
		'',
		`  Separation: ${STATUS[sep.status]}`,
		`    ${sep.statements.length} statement${sep.statements.length === 1 ? '' : 's'} on which two parties are ${sep.steps} or more steps apart (target ${sep.target})`
	);
	const idWidth = Math.min(44, Math.max(0, ...sep.statements.map((x) => chars(x.statement))));
	for (const { statement, pairs } of sep.statements) {
		const text = pairs
			.map(
				(p) =>
					`${short(p.parties[0])} ${stanceText(p.stances[0])} / ${short(p.parties[1])} ${stanceText(p.stances[1])}${p.opposite ? ' (opposite)' : ''}`
			)
			.join('; ');
		out.push(truncate(`      ${pad(truncate(statement, idWidth), idWidth)}  ${text}`, WIDTH));
	}
	out.push(
		`    ${sep.singleParty.length} of ${m.asked} statements have a position from only one party`
	);
	for (const id of partyIds) {
		const only = sep.singleParty.filter((s) => s.party === id).map((s) => s.statement);
		if (only.length > 0) out.push(...wrap(`      ${short(id)} only:`, only, '        '));
	}

	const rv = m.randomVoters;
	const rvColumns = ['first alone', 'first shared'];
	out.push(
		'',
		`  Random voters: ${STATUS[rv.status]}`,
		`    ${rv.voters.toLocaleString('en')} voters (seed ${rv.seed}): each statement skipped ${rv.skipPercent}%, else a uniform answer, important ${rv.importantPercent}%`,
		`    warning when a party is first alone for more than ${rv.warnAbove}% (${rv.warnFromParties} or more parties)`,
		header(rvColumns)
	);
	for (const p of rv.parties) {
		out.push(
			row(
				p.party,
				[share1(p.soleShare), share1(p.sharedShare)],
				rvColumns.map(chars),
				rv.dominant.includes(p.party) ? '  !' : ''
			)
		);
	}
	out.push(
		`    first place shared: ${share1(rv.sharedTopShare)} · no party ranked: ${share1(rv.noTopShare)}`
	);

	out.push('', `  Not asked (no party here has a position): ${m.dead.length}`);
	if (m.dead.length > 0) out.push(...wrap('   ', m.dead, '    '));
	return out;
}

/** Every statement's LIX in bokmål and nynorsk, and how complete each translation is. */
function printReadability(report: Report): string[] {
	const out = ['', `━━ Readability (LIX; above ${THRESHOLDS.maxLix} is marked "!") ━━`, ''];
	const idWidth = Math.min(44, Math.max(...report.readability.map((r) => chars(r.statement))));
	const value = (lix: number | undefined) =>
		lix === undefined
			? padStart('–', 6)
			: padStart(`${lix.toFixed(1)}${lix > THRESHOLDS.maxLix ? '!' : ' '}`, 6);
	out.push(`  ${pad('id', idWidth)}  ${padStart('nb', 6)}  ${padStart('nn', 6)}`);
	for (const r of report.readability) {
		out.push(
			`  ${pad(truncate(r.statement, idWidth), idWidth)}  ${value(r.lix)}  ${value(r.nn?.lix)}`
		);
	}
	const { translated, texts } = report.translations;
	out.push(
		'',
		`  Translations of the ${texts} voter-visible texts: ${TRANSLATED_LOCALES.map((locale) => `${locale} ${translated[locale]}/${texts}`).join(', ')}`
	);
	return out;
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
		`Two or more parties in some edition: ${report.multiPartyStatements} of ${report.statements} statements (${percent(report.multiPartyStatements / Math.max(1, report.statements))})`
	);

	for (const e of report.editions) {
		out.push('', `━━ ${e.name} (${e.edition}) ━━`, '');
		const edition = dataset.editions.find((x) => x.id === e.edition);
		const partyIds = edition?.parties.map((p) => p.party.id) ?? [];

		out.push(
			`Parties: share of the ${e.asked} statements asked here with a stated position (≥ ${percent(THRESHOLDS.minPartyShare)} needed)`
		);
		const nameWidth = Math.max(...e.parties.map((p) => chars(`${p.name} (${short(p.party)})`)));
		const docWidth = Math.max(...e.parties.map((p) => chars(p.documents.join(', '))));
		for (const p of e.parties) {
			const fail =
				p.share < THRESHOLDS.minPartyShare ? `  ✗ below ${percent(THRESHOLDS.minPartyShare)}` : '';
			out.push(
				`  ${pad(`${p.name} (${short(p.party)})`, nameWidth)}  ${pad(p.documents.join(', '), docWidth)}  ${padStart(`${p.positions}/${e.asked}`, 5)}  ${padStart(percent(p.share), 4)}${fail}`
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
			`  Positions from two or more parties in this edition: ${multi} of the ${e.asked} asked (${percent(e.multiPartyShare)}; ≥ ${percent(THRESHOLDS.minMultiPartyShare)} needed)${e.multiPartyShare < THRESHOLDS.minMultiPartyShare ? '  ✗' : ''}`,
			`  A statement with no party here (0) is not asked. LIX above ${THRESHOLDS.maxLix} is marked "!".`
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

		out.push('', `Measures over the ${e.asked} statements asked here`);
		out.push(
			...printMeasures(e.measures, partyIds, (id) => `${name.get(id) ?? id} (${short(id)})`, short)
		);
	}

	out.push(...printReadability(report));

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

/**
 * Problems building the methodology page from a language file with the checked content. A
 * translation (any file but `nb.md`, with `nb.md` beside it) must have the original's
 * structure. The page is built with the bokmål messages: what is checked is the file.
 */
function checkMethodology(
	file: string,
	name: string,
	content: FactsInput,
	simulation: SimulationOptions,
	site: SiteConfig
): MarkdownIssue[] {
	const original = join(dirname(file), `${DEFAULT_LOCALE}.md`);
	const translates = resolve(original) !== resolve(file) && existsSync(original);
	try {
		methodologyPage({
			markdown: { file: name, text: readFileSync(file, 'utf8') },
			reference: translates
				? { file: displayName(original), text: readFileSync(original, 'utf8') }
				: undefined,
			changelog: readFileSync(CHANGELOG_FILE, 'utf8'),
			content,
			site,
			words: nb,
			simulation
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
 * folder named `methodology`), built with the site configuration `site`.
 */
export function checkMarkdown(
	path: string,
	content: FactsInput | null,
	simulation: SimulationOptions = RANDOM_VOTERS,
	site: SiteConfig = UNSET_SITE
): MarkdownIssue[] {
	return markdownFiles(path).flatMap((file) => {
		const name = displayName(file);
		const html = findRawHtml(readFileSync(file, 'utf8')).map(({ line, html }) => ({
			file: name,
			line,
			message: `raw HTML is not allowed in Markdown content: ${truncate(html.split('\n')[0]!, 60)}`
		}));
		const methodology =
			content !== null && basename(dirname(resolve(file))) === 'methodology'
				? checkMethodology(file, name, content, simulation, site)
				: [];
		return [...html, ...methodology];
	});
}

/** What the check found in the site configuration: the values, errors, and a warning per unset value. */
export interface SiteCheck {
	/** Null when the file is missing or invalid (see `errors`). */
	config: SiteConfig | null;
	/** Formatted problems with file, field and line; the check fails on any. */
	errors: string[];
	/**
	 * One line per unset value (the pages show a placeholder), printed with the report;
	 * warnings never fail the check.
	 */
	warnings: string[];
}

/** Validates the site configuration `file` (relative to the current directory). */
export function checkSite(file: string): SiteCheck {
	let site: SiteFile;
	try {
		site = loadSiteFile(process.cwd(), file);
	} catch (error) {
		if (!(error instanceof ContentError)) throw error;
		return {
			config: null,
			errors: error.issues.map((issue) => formatIssue(error.file, issue)),
			warnings: []
		};
	}
	const { config } = site;
	const warnings = unsetSiteFields(config).map(
		(field) => `${field}: not set; the pages show ${JSON.stringify(nb.trust.unset[field])}`
	);
	if (config.origin == null) {
		warnings.push(
			'origin: not set; share previews give relative image addresses, which apps ignore'
		);
	}
	const errors = siteTranslationIssues(site).map((issue) => formatIssue(file, issue));
	return { config, errors, warnings };
}

/**
 * Runs the check with `args` (the command line after the script), writing to `io`.
 * `simulation` is the random-voter simulation of the measures: the published one unless a
 * test asks for fewer voters.
 */
export function main(
	args: string[],
	io: Io,
	simulation: SimulationOptions = RANDOM_VOTERS
): number {
	let json = false;
	let file: string | undefined;
	let topicsFile: string | undefined;
	let markdown = MARKDOWN_ROOT;
	let siteFile = SITE_FILE;
	let layoutsFile: string | undefined;
	for (let i = 0; i < args.length; i++) {
		const arg = args[i]!;
		const option = /^--(file|pledge-topics|markdown|site|layouts)(?:=(.*))?$/.exec(arg);
		if (arg === '--json') json = true;
		else if (option) {
			const value = option[2] ?? args[++i];
			if (value === undefined || value === '') {
				io.stderr(`content:check: --${option[1]} needs a path\n\n${usage()}`);
				return 2;
			}
			if (option[1] === 'file') file = value;
			else if (option[1] === 'site') siteFile = value;
			else if (option[1] === 'layouts') layoutsFile = value;
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
	let layoutIssues: string[] = [];
	const site = checkSite(siteFile);
	try {
		check = checkContent(process.cwd(), file ?? statementsFile(), topicsFile ?? pledgeTopicsFile());
		const { dataset, seeds, positions } = check;
		markdownIssues = checkMarkdown(
			markdown,
			dataset && { dataset, parties: seeds.metadata.parties, pledges: seeds.pledges, positions },
			simulation,
			site.config ?? UNSET_SITE
		);
		// A draft (--file) is not published: its layouts are checked only when asked for.
		const published = file === undefined && statementsFile() === STATEMENTS_FILE;
		const registry = layoutsFile ?? (published ? SHARE_LAYOUTS_FILE : undefined);
		if (dataset && registry !== undefined) layoutIssues = layoutCheck(registry, dataset);
	} catch (error) {
		io.stderr(`content:check: ${error instanceof Error ? error.message : String(error)}\n`);
		io.stdout('content check: FAILED\n');
		return 1;
	}
	const report =
		check.dataset && check.raw
			? buildReport({
					dataset: check.dataset,
					positions: check.positions,
					pledges: check.seeds.pledges,
					translations: checkTranslations(check.raw),
					simulation
				})
			: null;
	const errors = [
		...check.errors.map((issue) => formatIssue(check.file, issue)),
		...site.errors,
		...layoutIssues,
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
			shareLayouts: layoutIssues,
			messages: errors,
			report,
			site: { file: siteFile, config: site.config, warnings: site.warnings },
			pledgesPerTopic: check.dataset?.pledgesPerTopic ?? null
		};
		io.stdout(`${JSON.stringify(result, null, 2)}\n`);
		return ok ? 0 : 1;
	}

	const out = report && check.dataset ? printReport(report, check.dataset, check.file) : [];
	if (check.dataset) out.push(...printPledgeTopics(check.dataset, check.pledgeTopicsFile));
	if (report && site.warnings.length > 0) {
		out.push('', `━━ Site configuration (${siteFile}): ${site.warnings.length} not set ━━`);
		for (const w of site.warnings) out.push(`  ${w}`);
	}
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
