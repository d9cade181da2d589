/**
 * Resolving the statements file against the source documents: every quote is
 * verified to occur in the document it is cited from, every pledge reference to
 * exist in it, and each party's position per statement is resolved per edition
 * (region) from the documents that apply there. Pure.
 */
import { hash7 } from '#lib/hash.ts';
import {
	closestText,
	locateQuote,
	MIN_QUOTE_WORDS,
	printedSpan,
	quoteWords
} from '#lib/pledges/index.ts';
import { partiesInListingOrder } from '#lib/pledges/order.ts';
import {
	REGION_NAMES,
	REGIONS,
	type DocumentMeta,
	type LineSpan,
	type Pledge,
	type RegionId,
	type SeedMetadata,
	type SourceDocument
} from '#lib/pledges/types.ts';
import type { Stance } from '#lib/scoring/types.ts';
import { countPledgeTopics, type PledgeTopics } from './pledge-topics.ts';
import { statementHash } from './statement-hash.ts';
import type { ContentIssue, RawContent } from './schema.ts';
import type {
	Dataset,
	Edition,
	EditionParty,
	PositionSource,
	ResolvedPosition,
	Statement
} from './types.ts';

/** The seeds the content is resolved against (what `loadSeeds` returns). */
export interface SeedInput {
	metadata: SeedMetadata;
	documents: readonly SourceDocument[];
	pledges: readonly Pledge[];
}

/** A problem found while resolving; every problem is an error. */
export type Problem = ContentIssue;

/** One document's position on one statement, with its verified sources (before editions). */
export interface DocumentPosition {
	statement: string;
	document: string;
	stance: Stance;
	/** The sources that could be verified (a quote that was not found has none). */
	sources: PositionSource[];
	rationale: string;
	/** The voters' reason; null while the statements file has none for this position. */
	reason: string | null;
}

export interface Resolved {
	dataset: Dataset;
	/** Provenance and resolution errors; the dataset must not be published unless empty. */
	problems: Problem[];
	/** Every document's position, in file order (including ones an edition overrides). */
	positions: DocumentPosition[];
}

function spanText([start, end]: LineSpan): string {
	return start === end ? String(start) : `${start}–${end}`;
}

/** A quoted text on its own indented line of a multi-line message. */
function quoted(text: string): string {
	return `      ${JSON.stringify(text)}`;
}

/** JSON with object keys sorted, so that equal data always serialises identically. */
export function canonicalJson(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) => {
		if (typeof v !== 'object' || v === null || Array.isArray(v)) return v;
		const entries = Object.entries(v as Record<string, unknown>).sort(([a], [b]) =>
			a < b ? -1 : a > b ? 1 : 0
		);
		return Object.fromEntries(entries);
	});
}

/** Verifies one document's position and returns its sources, reporting every broken quote. */
function verifyPosition(
	raw: RawContent,
	statementIndex: number,
	documentId: string,
	doc: SourceDocument,
	quotes: RawContent['statements'][number]['positions'][string]['quotes'],
	pledgesById: ReadonlyMap<string, Pledge>,
	pledgesOfDocument: readonly Pledge[],
	problems: Problem[]
): PositionSource[] {
	const statement = raw.statements[statementIndex]!;
	const sources: PositionSource[] = [];
	quotes.forEach((quote, q) => {
		const path = `positions.${documentId}.quotes[${q}]`;
		const problem = (message: string) => {
			const issue: Problem = { statement: statement.id, path, message };
			const line =
				raw.lines.get(`statements[${statementIndex}].${path}`) ??
				raw.lines.get(`statements[${statementIndex}].positions.${documentId}`);
			if (line !== undefined) issue.line = line;
			problems.push(issue);
		};
		const where = `${documentId} (seeds/${doc.meta.file})`;
		if (typeof quote !== 'string') {
			const pledge = pledgesById.get(quote.pledge);
			if (!pledge) {
				problem(
					`unknown pledge ${JSON.stringify(quote.pledge)}; ${documentId} has ${pledgesOfDocument.length} pledges (list them with \`npm run pledges\`)`
				);
			} else if (pledge.document !== documentId) {
				problem(
					`pledge ${JSON.stringify(quote.pledge)} belongs to document ${pledge.document}, not ${documentId}`
				);
			} else {
				const source: PositionSource = {
					document: documentId,
					quote: pledge.text,
					lines: pledge.lines,
					pledge: pledge.id
				};
				if (pledge.printedLines) source.printedLines = pledge.printedLines;
				sources.push(source);
			}
			return;
		}
		const words = quoteWords(quote).length;
		if (words < MIN_QUOTE_WORDS) {
			problem(
				[
					`quote too short (${words} word${words === 1 ? '' : 's'}; at least ${MIN_QUOTE_WORDS} are needed, so that the quote shows what the document says) in ${where}:`,
					quoted(quote)
				].join('\n')
			);
		}
		const occurrences = locateQuote(doc, quote);
		const match =
			occurrences.find((o) => o.cuts.start === null && o.cuts.end === null) ?? occurrences[0];
		if (match && (match.cuts.start !== null || match.cuts.end !== null)) {
			const cuts = [
				match.cuts.start === null ? null : `starts inside the word "${match.cuts.start}"`,
				match.cuts.end === null ? null : `ends inside the word "${match.cuts.end}"`
			].filter((cut) => cut !== null);
			problem(
				[
					`quote ${cuts.join(' and ')} in ${where} (line ${spanText(match.lines)}); a quote must start and end at word boundaries:`,
					quoted(quote)
				].join('\n')
			);
		}
		if (!match) {
			const closest = closestText(doc, quote);
			const lines: string[] = [`quote not found in ${where}:`, quoted(quote)];
			if (closest) {
				const printed = doc.meta.printedLineNumbers
					? printedSpan(doc.lines, ...closest.lines)
					: undefined;
				lines.push(
					`    closest text (line ${spanText(closest.lines)}${printed ? `, printed line ${spanText(printed)}` : ''}, ${Math.round(closest.similarity * 100)}% similar):`,
					quoted(closest.text)
				);
			}
			problem(lines.join('\n'));
			return;
		}
		const source: PositionSource = { document: documentId, quote, lines: match.lines };
		if (match.printedLines) source.printedLines = match.printedLines;
		const pledge = pledgesOfDocument.find(
			(p) => p.lines[0] <= match.lines[0] && match.lines[1] <= p.lines[1]
		);
		if (pledge) source.pledge = pledge.id;
		sources.push(source);
	});
	return sources;
}

/** Regional documents first, then national ones, each in metadata order. */
function applicableDocuments(
	documents: readonly DocumentMeta[],
	party: string,
	region: RegionId
): DocumentMeta[] {
	const ofParty = documents.filter((d) => d.party === party);
	return [
		...ofParty.filter((d) => d.region === region),
		...ofParty.filter((d) => d.region === null)
	];
}

function merge(positions: DocumentPosition[]): ResolvedPosition {
	return {
		stance: positions[0]!.stance,
		documents: positions.map((p) => p.document),
		sources: positions.flatMap((p) => p.sources),
		rationale: positions.map((p) => p.rationale),
		reasons: positions.flatMap((p) =>
			p.reason === null ? [] : [{ document: p.document, text: p.reason }]
		)
	};
}

const allSame = (positions: readonly DocumentPosition[]) =>
	positions.every((p) => p.stance === positions[0]?.stance);

/**
 * Resolves the raw content against the seeds into the published `Dataset`.
 *
 * - Provenance: each quote must have at least `MIN_QUOTE_WORDS` words and occur in the cited
 *   document starting and ending at word boundaries (`locateQuote`); the first such
 *   occurrence's lines (and printed lines) are recorded, with the pledge whose line span
 *   contains it. A `{ pledge }` reference must name a pledge of that document. Each
 *   failure is a problem showing the quote and the closest text found, with its lines.
 * - Editions: one per region in `REGIONS`, with every party that has a document applying
 *   there (the region's own documents and national ones), in listing order. Per statement,
 *   when the applying documents agree their quotes, rationales and reasons are all kept; when they
 *   differ the regional document wins. Documents of the same level that disagree are a
 *   problem.
 * - Pledge topics: `pledgeTopics` (the checked pledge-topics file) counted per document and
 *   topic, as `pledgesPerTopic`.
 * - `version`: a hash of the canonical JSON of topics, statements with their positions,
 *   the resolved editions, the pledge topic counts and the documents with the hash of their
 *   text, all in bokmål: the translations (`nn:`, `en:`) never change it.
 * - The dataset is in bokmål; `localizeDataset` (translate.ts) gives it in another language.
 */
export function resolveDataset(
	raw: RawContent,
	seeds: SeedInput,
	pledgeTopics: PledgeTopics
): Resolved {
	const problems: Problem[] = [];
	const documents = new Map(seeds.documents.map((d) => [d.meta.id, d]));
	const pledgesById = new Map(seeds.pledges.map((p) => [p.id, p]));
	const pledgesByDocument = new Map<string, Pledge[]>();
	for (const pledge of seeds.pledges) {
		const list = pledgesByDocument.get(pledge.document) ?? [];
		list.push(pledge);
		pledgesByDocument.set(pledge.document, list);
	}

	const positions: DocumentPosition[] = [];
	raw.statements.forEach((statement, index) => {
		for (const [documentId, position] of Object.entries(statement.positions)) {
			const doc = documents.get(documentId);
			if (!doc) {
				const issue: Problem = {
					statement: statement.id,
					path: `positions.${documentId}`,
					message: `unknown document ${JSON.stringify(documentId)}; expected one of: ${[...documents.keys()].join(', ')}`
				};
				const line = raw.lines.get(`statements[${index}].positions.${documentId}`);
				if (line !== undefined) issue.line = line;
				problems.push(issue);
				continue;
			}
			const sources = verifyPosition(
				raw,
				index,
				documentId,
				doc,
				position.quotes,
				pledgesById,
				pledgesByDocument.get(documentId) ?? [],
				problems
			);
			positions.push({
				statement: statement.id,
				document: documentId,
				stance: position.stance,
				sources,
				rationale: position.rationale,
				reason: position.reason ?? null
			});
		}
	});

	const metas = seeds.metadata.documents;
	const regionOf = new Map(metas.map((d) => [d.id, d.region]));
	const byStatementAndDocument = new Map(
		positions.map((p) => [`${p.statement}\u0000${p.document}`, p])
	);
	const editions: Edition[] = REGIONS.map((region) => {
		const parties: EditionParty[] = [];
		for (const party of partiesInListingOrder(seeds.metadata.parties)) {
			const applicable = applicableDocuments(metas, party.id, region);
			if (applicable.length === 0) continue;
			const resolved: Record<string, ResolvedPosition> = {};
			for (const statement of raw.statements) {
				const stated = applicable
					.map((d) => byStatementAndDocument.get(`${statement.id}\u0000${d.id}`))
					.filter((p): p is DocumentPosition => p !== undefined);
				if (stated.length === 0) continue;
				if (allSame(stated)) {
					resolved[statement.id] = merge(stated);
					continue;
				}
				const regional = stated.filter((p) => regionOf.get(p.document) !== null);
				if (regional.length > 0 && allSame(regional)) {
					resolved[statement.id] = merge(regional);
					continue;
				}
				const list = stated.map((p) => `${p.document} (${p.stance})`).join(', ');
				problems.push({
					statement: statement.id,
					path: 'positions',
					message: `in the ${REGION_NAMES[region]} edition, ${party.name}'s documents ${list} disagree and no single regional document decides; make them agree or drop one`
				});
				resolved[statement.id] = merge(regional.length > 0 ? regional : stated);
			}
			parties.push({
				party,
				documents: applicable.map((d) => d.id),
				positions: resolved
			});
		}
		return { id: region, name: REGION_NAMES[region], parties };
	});

	const statements: Statement[] = raw.statements.map((s) => {
		const statement: Statement = {
			id: s.id,
			topic: s.topic,
			text: s.text,
			direction: s.direction,
			hash: statementHash(s.text)
		};
		if (s.background !== undefined) statement.background = s.background;
		return statement;
	});
	const pledgesPerTopic = countPledgeTopics(
		seeds.pledges,
		pledgeTopics,
		metas.map((d) => d.id)
	);
	// Translations stay out of the version: answers are given to the bokmål, in any language.
	const topics = raw.topics.map(({ id, name }) => ({ id, name }));
	const versionInput = canonicalJson({
		topics,
		statements: raw.statements.map(({ id, topic, text, background, direction, positions }) => ({
			id,
			topic,
			text,
			background: background ?? null,
			direction,
			positions: Object.fromEntries(
				Object.entries(positions).map(([document, { stance, quotes, rationale, reason }]) => [
					document,
					{ stance, quotes, rationale, reason }
				])
			)
		})),
		documents: seeds.documents.map((d) => ({ meta: d.meta, text: hash7(canonicalJson(d.lines)) })),
		pledges: seeds.pledges.map((p) => p.id),
		pledgesPerTopic,
		editions
	});
	const dataset: Dataset = {
		version: hash7(versionInput) + hash7(`valgomat:${versionInput}`),
		topics,
		statements,
		documents: metas,
		pledgesPerTopic,
		editions
	};
	return { dataset, problems, positions };
}
