/**
 * The open-data exports of the resolved content: `/data/valgomat.json` (everything,
 * with full provenance) and `/data/valgomat.csv` (one row per edition × party ×
 * statement, for spreadsheets). Pure and deterministic: the same dataset always
 * gives byte-identical output.
 */
import { pledgeJson } from '#lib/pledges/json.ts';
import type { LineSpan, Party, Pledge } from '#lib/pledges/types.ts';
import type { Stance } from '#lib/scoring/types.ts';
import { editionMeasures, type EditionMeasures } from './measures.ts';
import type { Dataset, EditionId, PositionReason, Topic } from './types.ts';

/**
 * The version of the JSON export's shape, raised when a field changes meaning or goes away
 * (new fields alone do not break a reader). 1: the first export, without this field.
 * 2: `schema`, and `measures` in every edition (issue 10).
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

export interface OpenData {
	/** {@link OPEN_DATA_SCHEMA}. */
	schema: number;
	/** The dataset version (changes with any statement, position or document). */
	version: string;
	documents: OpenDataDocument[];
	parties: Party[];
	pledges: Pledge[];
	statements: OpenDataStatement[];
	topics: Topic[];
	editions: {
		id: EditionId;
		name: string;
		parties: {
			party: string;
			documents: string[];
			/** Every statement id, in statement order. */
			positions: Record<string, OpenDataPosition>;
		}[];
		/** How well the statements the edition asks separate its parties (measures.ts). */
		measures: EditionMeasures;
	}[];
}

/**
 * The JSON export. `parties` are the parties of the seeds (in the order given, which
 * should be listing order); `pledges` all pledges of the seeds. Each edition party lists
 * every statement, with `stance: null` and no sources where it has no stated position.
 * Each edition carries its measures (`editionMeasures`, the published simulation).
 */
export function buildOpenDataJson(
	dataset: Dataset,
	seeds: { parties: readonly Party[]; pledges: readonly Pledge[] }
): OpenData {
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
		pledges: seeds.pledges.map(pledgeJson),
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
	return `\uFEFF${rows.map((row) => row.map(csvField).join(';')).join('\r\n')}\r\n`;
}
