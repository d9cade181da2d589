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
import { TRANSLATED_LOCALES, type Locale, type TranslatedLocale } from './locales.ts';
import { editionMeasures, type EditionMeasures } from './measures.ts';
import type { PledgeTopics } from './pledge-topics.ts';
import { editionPriorities } from './priorities.ts';
import {
	OTHER_TOPIC,
	type Dataset,
	type EditionId,
	type PositionReason,
	type ResolvedPosition,
	type Topic
} from './types.ts';

/**
 * The resolved dataset in every language (`loadContent(locale)` for each of `LOCALES`): the
 * same statements, positions and version, the voter-visible texts in each language.
 */
export type LocalizedDatasets = Readonly<Record<Locale, Dataset>>;

/** A text's translations, keyed by language: the same fields as the bokmål beside them. */
export type OpenDataTranslations<Fields> = Record<TranslatedLocale, Fields>;

/**
 * The version of the JSON export's shape, raised when a field changes meaning or goes away
 * (new fields alone do not break a reader). 1: the first export, without this field.
 * 2: `schema`, `measures` and each party's `pledges` per topic in every edition, each pledge's
 * `topic`, each position's `reasons`, each document's `url` and `retrieved` (issue 10).
 * Still 2 with issue 14, which only adds fields: `translations` (nynorsk and English) beside
 * every statement's text and background, every topic's name and every reason.
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
	/** Why the quotes mean the stance, for voters: one sentence per document, in every language. */
	reasons: OpenDataReason[];
}

/** A reason for voters in bokmål (`text`), with its translations. */
export interface OpenDataReason extends PositionReason {
	translations: OpenDataTranslations<{ text: string }>;
}

export interface OpenDataStatement {
	id: string;
	/** The statement in bokmål; `translations` has it in nynorsk and English. */
	text: string;
	topic: string;
	background: string | null;
	translations: OpenDataTranslations<{ text: string; background: string | null }>;
}

/** A topic with its bokmål name and its translations. */
export interface OpenDataTopic extends Topic {
	translations: OpenDataTranslations<{ name: string }>;
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
	topics: OpenDataTopic[];
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

/** A party's position on a statement; undefined: no stated position. */
function positionOf(
	positions: Readonly<Record<string, ResolvedPosition>>,
	statement: string
): ResolvedPosition | undefined {
	return Object.hasOwn(positions, statement) ? positions[statement] : undefined;
}

/**
 * The position of party `i` of edition `e` on `statement` in `dataset`: the datasets of every
 * language list editions, parties, statements and reasons in the same order.
 */
function localizedPosition(
	dataset: Dataset,
	e: number,
	i: number,
	statement: string
): ResolvedPosition | undefined {
	return positionOf(dataset.editions[e]?.parties[i]?.positions ?? {}, statement);
}

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
	datasets: LocalizedDatasets,
	seeds: { parties: readonly Party[]; pledges: readonly Pledge[]; pledgeTopics: PledgeTopics }
): OpenData {
	const dataset = datasets.nb;
	const translated = <Fields>(fields: (dataset: Dataset) => Fields) =>
		Object.fromEntries(
			TRANSLATED_LOCALES.map((locale) => [locale, fields(datasets[locale])])
		) as OpenDataTranslations<Fields>;
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
		statements: dataset.statements.map((s, j) => ({
			id: s.id,
			text: s.text,
			topic: s.topic,
			background: s.background ?? null,
			translations: translated((d) => ({
				text: d.statements[j]?.text ?? '',
				background: d.statements[j]?.background ?? null
			}))
		})),
		topics: dataset.topics.map(({ id, name }, j) => ({
			id,
			name,
			translations: translated((d) => ({ name: d.topics[j]?.name ?? '' }))
		})),
		editions: dataset.editions.map((edition, e) => ({
			id: edition.id,
			name: edition.name,
			parties: edition.parties.map((p, i) => ({
				party: p.party.id,
				documents: p.documents,
				pledges: counts.get(countsKey(edition.id, p.party.id))!,
				positions: Object.fromEntries(
					dataset.statements.map((s): [string, OpenDataPosition] => {
						const position = positionOf(p.positions, s.id);
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
								reasons: position.reasons.map(({ document, text }, k) => ({
									document,
									text,
									translations: translated((d) => ({
										text: localizedPosition(d, e, i, s.id)?.reasons[k]?.text ?? ''
									}))
								}))
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
	'reason',
	'statement_nn',
	'statement_en',
	'reason_nn',
	'reason_en'
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
 * way). `statement` and `reason` are in bokmål; the last columns hold them in nynorsk and
 * English (`statement_nn`, `statement_en`, `reason_nn`, `reason_en`), after the columns of
 * earlier exports so that a reader by column number still works. `stanceLabel` words a stance
 * for the `stance_label` column (the messages layer's `stanceName`: the content layer holds no
 * voter-facing text). Every text cell is neutralised against formula injection (`csvField`);
 * `stance` is a number (−2…2, written with an ASCII minus) so that a spreadsheet can compute
 * with it.
 */
export function buildOpenDataCsv(
	datasets: LocalizedDatasets,
	stanceLabel: (stance: Stance | null) => string
): string {
	const dataset = datasets.nb;
	const rows: (string | number)[][] = [[...CSV_COLUMNS]];
	dataset.editions.forEach((edition, e) => {
		edition.parties.forEach((p, i) => {
			const reasons = (d: Dataset, statement: string) =>
				(localizedPosition(d, e, i, statement)?.reasons ?? [])
					.map((reason) => reason.text)
					.join(CSV_LIST_SEPARATOR);
			dataset.statements.forEach((s, j) => {
				const position = positionOf(p.positions, s.id);
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
					reasons(dataset, s.id),
					...TRANSLATED_LOCALES.map((locale) => datasets[locale].statements[j]?.text ?? ''),
					...TRANSLATED_LOCALES.map((locale) => reasons(datasets[locale], s.id))
				]);
			});
		});
	});
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
	'documents',
	'topic_name_nn',
	'topic_name_en'
] as const;

/**
 * The priorities CSV, in the same format as `buildOpenDataCsv`: one row per edition × party ×
 * topic (every topic in the dataset's order, then `other`, named `otherTopicName`), with the
 * party's pledges on the topic in the edition's documents (`pledges`), all its pledges there
 * (`party_pledges`) and those documents (joined with ` | `). The same counts as the JSON's
 * `editions[].parties[].pledges`. `topic_name` is in bokmål, `topic_name_nn` and
 * `topic_name_en` in nynorsk and English (`otherTopicName(locale)` names `other`: it is a
 * message).
 */
export function buildPrioritiesCsv(
	datasets: LocalizedDatasets,
	otherTopicName: (locale: Locale) => string
): string {
	const dataset = datasets.nb;
	const counts = pledgeCounts(dataset);
	const nameIn = (locale: Locale, topic: string) =>
		datasets[locale].topics.find((t) => t.id === topic)?.name ?? otherTopicName(locale);
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
					nameIn('nb', topic),
					String(perTopic[topic]),
					String(total),
					p.documents.join(CSV_LIST_SEPARATOR),
					...TRANSLATED_LOCALES.map((locale) => nameIn(locale, topic))
				]);
			}
		}
	}
	return csvText(rows);
}
