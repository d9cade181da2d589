/**
 * The open-data exports of the resolved content: `/data/valgomat.json` (everything,
 * with full provenance) and `/data/valgomat.csv` (one row per edition × party ×
 * statement, for spreadsheets). Pure and deterministic: the same dataset always
 * gives byte-identical output.
 */
import { pledgeJson } from '#lib/pledges/json.ts';
import type { LineSpan, Party, Pledge } from '#lib/pledges/types.ts';
import type { Stance } from '#lib/scoring/types.ts';
import type { PledgeTopics } from './pledge-topics.ts';
import { editionPriorities } from './priorities.ts';
import { OTHER_TOPIC, type Dataset, type EditionId, type Topic } from './types.ts';

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
	}[];
}

/** A party's pledge counts for each edition, keyed by edition id and party id. */
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
			counts.set(`${edition.id}\u0000${p.party.id}`, { total: p.pledges, perTopic });
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
		version: dataset.version,
		documents: dataset.documents.map((d) => ({
			id: d.id,
			file: `seeds/${d.file}`,
			party: d.party,
			organisation: d.organisation,
			region: d.region,
			title: d.title,
			kind: d.kind,
			published: d.published
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
				pledges: counts.get(`${edition.id}\u0000${p.party.id}`)!,
				positions: Object.fromEntries(
					dataset.statements.map((s): [string, OpenDataPosition] => {
						const position = Object.hasOwn(p.positions, s.id) ? p.positions[s.id] : undefined;
						if (!position) return [s.id, { stance: null, sources: [], rationale: [] }];
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
								rationale: position.rationale
							}
						];
					})
				)
			}))
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
	'quotes'
] as const;

/** Separator between several values in one cell (documents, lines, quotes). */
export const CSV_LIST_SEPARATOR = ' | ';

/** One field, quoted per RFC 4180 when it contains the separator, a quote or a line break. */
export function csvField(value: string): string {
	return /[;"\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function span([start, end]: LineSpan): string {
	return start === end ? String(start) : `${start}-${end}`;
}

/**
 * The CSV export: UTF-8 with a byte-order mark (so spreadsheet programs detect the
 * encoding), `;`-separated (the list separator of Norwegian spreadsheets), CRLF line
 * ends, a header row, and one row per edition × party × statement. `lines` lists
 * `<document>:<first>-<last>` (file lines) per source, `quotes` the quoted text, both
 * joined with ` | `. `stanceLabel` words a stance for the `stance_label` column (the messages
 * layer's `stanceName`: the content layer holds no voter-facing text).
 */
export function buildOpenDataCsv(
	dataset: Dataset,
	stanceLabel: (stance: Stance | null) => string
): string {
	const rows: string[][] = [[...CSV_COLUMNS]];
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
					position ? String(position.stance) : '',
					stanceLabel(position?.stance ?? null),
					position ? position.documents.join(CSV_LIST_SEPARATOR) : '',
					position
						? position.sources
								.map((source) => `${source.document}:${span(source.lines)}`)
								.join(CSV_LIST_SEPARATOR)
						: '',
					position ? position.sources.map((source) => source.quote).join(CSV_LIST_SEPARATOR) : ''
				]);
			}
		}
	}
	return `\uFEFF${rows.map((row) => row.map(csvField).join(';')).join('\r\n')}\r\n`;
}
