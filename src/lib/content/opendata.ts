/**
 * The open-data exports of the resolved content: `/data/valgomat.json` (everything,
 * with full provenance), `/data/valgomat.csv` (one row per edition × party × statement,
 * for spreadsheets) and `/data/valgomat-prioriteringer.csv` (one row per edition × party ×
 * topic: the party's pledges on the topic). Pure and deterministic: the same dataset always
 * gives byte-identical output.
 */
import { pledgeJson } from '#lib/pledges/json.ts';
import type { LineSpan, Party, Pledge } from '#lib/pledges/types.ts';
import type { Stance } from '#lib/scoring/types.ts';
import { editionMeasures, type EditionMeasures } from './measures.ts';
import type { PledgeTopics } from './pledge-topics.ts';
import { editionPriorities } from './priorities.ts';
import {
	OTHER_TOPIC,
	type Dataset,
	type EditionId,
	type PositionReason,
	type Topic
} from './types.ts';

/**
 * The version of the JSON export's shape, raised when a field changes meaning or goes away
 * (new fields alone do not break a reader). 1: the first export, without this field.
 * 2: `schema`, `measures` and each party's `pledges` per topic in every edition, each pledge's
 * `topic`, each position's `reasons`, each document's `url` and `retrieved` (issue 10).
 */
export const OPEN_DATA_SCHEMA = 2;

export interface OpenDataDocument {
	id: string;
	/** Path in the repository, e.g. `seeds/ap-oslo-somlos-helsetjeneste.txt`. */
	file: string;
	party: string;
	organisation: string;
	region: string | null;
	title: string;
	kind: string;
	published: string;
	/** The party's original (an `https:` address); null when unknown. */
	url: string | null;
	/** The day the text was retrieved from the original, `YYYY-MM-DD`; null when unknown. */
	retrieved: string | null;
}

export interface OpenDataSource {
	document: string;
	lines: LineSpan;
	printedLines?: LineSpan;
	quote: string;
	pledge?: string;
}

export interface OpenDataPosition {
	/** null: the party has no stated position on the statement in this edition. */
	stance: Stance | null;
	sources: OpenDataSource[];
	rationale: string[];
	/** Why the quotes mean the stance, in bokmål for voters: one sentence per document. */
	reasons: PositionReason[];
}

export interface OpenDataStatement {
	id: string;
	text: string;
	topic: string;
	background: string | null;
}

/** A pledge with the topic it is mainly about (a topic id, or `other`: none of the topics). */
export interface OpenDataPledge extends Pledge {
	topic: string;
}

/** A party's pledges in an edition: all its documents there together, in all and per topic. */
export interface OpenDataPledgeCounts {
	total: number;
	/** Every topic id in topic order, then `other`: the pledges about it (0 when none). */
	perTopic: Record<string, number>;
}

export interface OpenData {
	/** {@link OPEN_DATA_SCHEMA}. */
	schema: number;
	/** The dataset version (changes with any statement, position or document). */
	version: string;
	documents: OpenDataDocument[];
	parties: Party[];
	pledges: OpenDataPledge[];
	statements: OpenDataStatement[];
	topics: Topic[];
	editions: {
		id: EditionId;
		name: string;
		parties: {
			party: string;
			documents: string[];
			pledges: OpenDataPledgeCounts;
			/** Every statement id, in statement order. */
			positions: Record<string, OpenDataPosition>;
		}[];
		/** How well the statements the edition asks separate its parties (measures.ts). */
		measures: EditionMeasures;
	}[];
}

/** The open-data files, as `paths.openData` and the methodology's downloads name them. */
export const OPEN_DATA_FILES = ['json', 'csv', 'priorities'] as const;
export type OpenDataFile = (typeof OPEN_DATA_FILES)[number];

const countsKey = (edition: EditionId, party: string) => `${edition}\u0000${party}`;

/** A party's pledge counts for each edition, keyed by `countsKey(edition id, party id)`. */
function pledgeCounts(dataset: Dataset): Map<string, OpenDataPledgeCounts> {
	const counts = new Map<string, OpenDataPledgeCounts>();
	for (const edition of dataset.editions) {
		const priorities = editionPriorities(dataset, edition);
		priorities.parties.forEach((p, i) => {
			const perTopic: Record<string, number> = {};
			for (const row of priorities.topics) {
				perTopic[row.id] = row.parties[i]!.count;
			}
			perTopic[OTHER_TOPIC] ??= 0;
			counts.set(countsKey(edition.id, p.party.id), { total: p.pledges, perTopic });
		});
	}
	return counts;
}

/**
 * The JSON export. `parties` are the parties of the seeds (in the order given, which
 * should be listing order); `pledges` all pledges of the seeds, each published with its
 * topic from `pledgeTopics` (a RangeError for a pledge without one: checked content has
 * none). Each edition party lists its pledge counts per topic and every statement, with
 * `stance: null` and no sources where it has no stated position.
 * Each edition carries its measures (`editionMeasures`, the published simulation).
 */
export function buildOpenDataJson(
	dataset: Dataset,
	seeds: { parties: readonly Party[]; pledges: readonly Pledge[]; pledgeTopics: PledgeTopics }
): OpenData {
	const counts = pledgeCounts(dataset);
	const topicOf = (pledge: Pledge) => {
		const topic = seeds.pledgeTopics.get(pledge.id);
		if (topic === undefined) throw new RangeError(`pledge ${pledge.id} has no topic`);
		return topic;
	};
	return {
		schema: OPEN_DATA_SCHEMA,
		version: dataset.version,
		documents: dataset.documents.map((d) => ({
			id: d.id,
			file: `seeds/${d.file}`,
			party: d.party,
			organisation: d.organisation,
			region: d.region,
			title: d.title,
			kind: d.kind,
			published: d.published,
			url: d.url ?? null,
			retrieved: d.retrieved ?? null
		})),
		parties: seeds.parties.map(({ id, name, shortName, colour }) => ({
			id,
			name,
			shortName,
			colour
		})),
		pledges: seeds.pledges.map((p) => ({ ...pledgeJson(p), topic: topicOf(p) })),
		statements: dataset.statements.map((s) => ({
			id: s.id,
			text: s.text,
			topic: s.topic,
			background: s.background ?? null
		})),
		topics: dataset.topics.map(({ id, name }) => ({ id, name })),
		editions: dataset.editions.map((edition) => ({
			id: edition.id,
			name: edition.name,
			parties: edition.parties.map((p) => ({
				party: p.party.id,
				documents: p.documents,
				pledges: counts.get(countsKey(edition.id, p.party.id))!,
				positions: Object.fromEntries(
					dataset.statements.map((s): [string, OpenDataPosition] => {
						const position = Object.hasOwn(p.positions, s.id) ? p.positions[s.id] : undefined;
						if (!position) {
							return [s.id, { stance: null, sources: [], rationale: [], reasons: [] }];
						}
						return [
							s.id,
							{
								stance: position.stance,
								sources: position.sources.map((source) => ({
									document: source.document,
									lines: source.lines,
									...(source.printedLines ? { printedLines: source.printedLines } : {}),
									quote: source.quote,
									...(source.pledge ? { pledge: source.pledge } : {})
								})),
								rationale: position.rationale,
								reasons: position.reasons.map(({ document, text }) => ({ document, text }))
							}
						];
					})
				)
			})),
			measures: editionMeasures(dataset, edition)
		}))
	};
}

/** The JSON export as text: two-space indented, with a final newline. */
export function openDataJsonText(data: OpenData): string {
	return `${JSON.stringify(data, null, 2)}\n`;
}

// ── CSV ───────────────────────────────────────────────────────────────────────

export const CSV_COLUMNS = [
	'edition',
	'party',
	'party_name',
	'statement_id',
	'statement',
	'stance',
	'stance_label',
	'documents',
	'lines',
	'quotes',
	'reason'
] as const;

/** Separator between several values in one cell (documents, lines, quotes). */
export const CSV_LIST_SEPARATOR = ' | ';

/**
 * The characters that make a spreadsheet read a cell as a formula when they come first
 * (OWASP, "CSV Injection"): `=`, `+`, `-`, `@`, tab and carriage return.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One field. A text that starts like a formula gets a leading apostrophe, so a spreadsheet
 * shows it as text and never evaluates it; then it is quoted per RFC 4180 when it contains
 * the separator, a quote or a line break. A number is written as it is: it cannot be a
 * formula, and "-2" must stay a number a spreadsheet can compute with.
 */
export function csvField(value: string | number): string {
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) throw new RangeError(`csvField: ${value} is not a number`);
		return String(value);
	}
	const text = FORMULA_START.test(value) ? `'${value}` : value;
	return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function span([start, end]: LineSpan): string {
	return start === end ? String(start) : `${start}-${end}`;
}

/**
 * The CSV export: UTF-8 with a byte-order mark (so spreadsheet programs detect the
 * encoding), `;`-separated (the list separator of Norwegian spreadsheets), CRLF line
 * ends, a header row, and one row per edition × party × statement. `lines` lists
 * `<document>:<first>-<last>` (file lines) per source, `quotes` the quoted text, both
 * joined with ` | `, and `reason` the reasons for voters (one per document, joined the same
 * way). `stanceLabel` words a stance for the `stance_label` column (the messages
 * layer's `stanceName`: the content layer holds no voter-facing text). Every text cell is
 * neutralised against formula injection (`csvField`); `stance` is a number (−2…2, written
 * with an ASCII minus) so that a spreadsheet can compute with it.
 */
export function buildOpenDataCsv(
	dataset: Dataset,
	stanceLabel: (stance: Stance | null) => string
): string {
	const rows: (string | number)[][] = [[...CSV_COLUMNS]];
	for (const edition of dataset.editions) {
		for (const p of edition.parties) {
			for (const s of dataset.statements) {
				const position = Object.hasOwn(p.positions, s.id) ? p.positions[s.id] : undefined;
				rows.push([
					edition.id,
					p.party.id,
					p.party.name,
					s.id,
					s.text,
					position ? position.stance : '',
					stanceLabel(position?.stance ?? null),
					position ? position.documents.join(CSV_LIST_SEPARATOR) : '',
					position
						? position.sources
								.map((source) => `${source.document}:${span(source.lines)}`)
								.join(CSV_LIST_SEPARATOR)
						: '',
					position ? position.sources.map((source) => source.quote).join(CSV_LIST_SEPARATOR) : '',
					position ? position.reasons.map((reason) => reason.text).join(CSV_LIST_SEPARATOR) : ''
				]);
			}
		}
	}
	return csvText(rows);
}

/** Rows as CSV text: BOM, `;` between fields, CRLF after every row. */
function csvText(rows: readonly (readonly (string | number)[])[]): string {
	return `\uFEFF${rows.map((row) => row.map(csvField).join(';')).join('\r\n')}\r\n`;
}

export const PRIORITIES_CSV_COLUMNS = [
	'edition',
	'party',
	'party_name',
	'topic',
	'topic_name',
	'pledges',
	'party_pledges',
	'documents'
] as const;

/**
 * The priorities CSV, in the same format as `buildOpenDataCsv`: one row per edition × party ×
 * topic (every topic in the dataset's order, then `other`, named `otherTopicName`), with the
 * party's pledges on the topic in the edition's documents (`pledges`), all its pledges there
 * (`party_pledges`) and those documents (joined with ` | `). The same counts as the JSON's
 * `editions[].parties[].pledges`.
 */
export function buildPrioritiesCsv(dataset: Dataset, otherTopicName: string): string {
	const counts = pledgeCounts(dataset);
	const names = new Map(dataset.topics.map((t) => [t.id, t.name]));
	const rows: string[][] = [[...PRIORITIES_CSV_COLUMNS]];
	for (const edition of dataset.editions) {
		for (const p of edition.parties) {
			const { total, perTopic } = counts.get(countsKey(edition.id, p.party.id))!;
			for (const topic of [...dataset.topics.map((t) => t.id), OTHER_TOPIC]) {
				rows.push([
					edition.id,
					p.party.id,
					p.party.name,
					topic,
					names.get(topic) ?? otherTopicName,
					String(perTopic[topic]),
					String(total),
					p.documents.join(CSV_LIST_SEPARATOR)
				]);
			}
		}
	}
	return csvText(rows);
}
