/**
 * The editorial report on a resolved dataset: coverage per edition, party and
 * statement, direction balance, readability (LIX), pledge usage per document,
 * and whether every party can be reached as the sole top match. Thresholds
 * decide which findings fail the content check. Pure.
 */
import type { Pledge } from '#lib/pledges/types.ts';
import { MIN_BASIS, prepareParties, rankParties, type Stance } from '#lib/scoring/index.ts';
import type { DocumentPosition } from './resolve.ts';
import { partyInputs } from './scoring-input.ts';
import { HAS_WORD, sentenceCount } from './sentences.ts';
import type { Dataset, Direction, Edition } from './types.ts';

/** The limits the content check enforces (`maxLix` only warns). */
export const THRESHOLDS = {
	/** Fewer statements than this fails. */
	minStatements: 24,
	/** In every edition, every party must have a stated position on at least this share. */
	minPartyShare: 0.4,
	/** In every edition, at least this share of statements needs positions from ≥ 2 parties. */
	minMultiPartyShare: 0.5,
	/** Every document must contribute at least this many positions. */
	minDocumentPositions: 3,
	/** A statement text with a higher LIX gets a warning. */
	maxLix: 40
} as const;

export type Thresholds = { readonly [K in keyof typeof THRESHOLDS]: number };

// ── Readability ───────────────────────────────────────────────────────────────

export interface Lix {
	/** words / sentences + 100 · longWords / words (0 for a text without words). */
	lix: number;
	words: number;
	sentences: number;
	/** Words with more than 6 letters. */
	longWords: number;
}

/**
 * LIX readability of `text`. A word is a whitespace-separated token with at least one
 * letter or digit; it is long when it has more than 6 letters (punctuation, digits and
 * hyphens are not letters). Sentences end at `.`, `!` or `?` followed by whitespace or the
 * end of the text; text after the last such mark (or a text with none) is one more
 * sentence when it has a word.
 */
export function lix(text: string): Lix {
	const tokens = text.split(/\s+/).filter((t) => HAS_WORD.test(t));
	const words = tokens.length;
	const longWords = tokens.filter((t) => (t.match(/\p{L}/gu)?.length ?? 0) > 6).length;
	const sentences = Math.max(1, sentenceCount(text));
	const value = words === 0 ? 0 : words / sentences + (100 * longWords) / words;
	return { lix: value, words, sentences, longWords };
}

// ── Report types ──────────────────────────────────────────────────────────────

export interface PartyCoverage {
	party: string;
	name: string;
	/** The party's documents that apply in the edition. */
	documents: string[];
	/** Statements the party has a stated position on. */
	positions: number;
	/** positions / statements (0 when there are no statements). */
	share: number;
}

export interface StatementCoverage {
	statement: string;
	/** Number of parties with a stated position. */
	parties: number;
	/** True when at least two parties have positions and their stances are not all equal. */
	differ: boolean;
	/** Stance per party id with a position, in listing order. */
	stances: Record<string, Stance>;
	lix: number;
}

export interface DirectionBalance {
	/** Statements per direction (what agreeing means). */
	statements: Record<Direction, number>;
	/** Stated positions in the edition: agree (> 0), neutral (0), disagree (< 0). */
	positions: { agree: number; neutral: number; disagree: number };
}

export interface Reachability {
	party: string;
	/** True when a voter answering exactly as the party does gets it alone as top match. */
	reachable: boolean;
	/** The parties sharing first place for that voter. */
	topMatches: string[];
	/** Statements that count for the party (its stated positions). */
	basis: number;
	/** The party's score for that voter (1 unless it has no positions). */
	score: number | null;
	/** The best other ranked party, if any. */
	runnerUp: string | null;
	runnerUpScore: number | null;
	/** score − runnerUpScore; must exceed the threshold. Null without a runner-up. */
	margin: number | null;
	/** The tie threshold 1/W (W = number of answered statements); null when none. */
	threshold: number | null;
}

export interface EditionReport {
	edition: string;
	name: string;
	statements: number;
	parties: PartyCoverage[];
	coverage: StatementCoverage[];
	/** Share of statements with positions from at least two parties in this edition (informative). */
	multiPartyShare: number;
	balance: DirectionBalance;
	reachability: Reachability[];
}

export interface DocumentUsage {
	document: string;
	party: string;
	/** Statements the document has a position on (whether or not an edition overrides it). */
	positions: number;
	/** Number of pledges extracted from the document. */
	pledges: number;
	/** Pledges some position cites (a quote within it, or a pledge reference). */
	used: { pledge: string; statements: string[] }[];
	/** Pledges no statement uses. */
	unused: { pledge: string; lines: [number, number]; text: string }[];
}

export type FindingKind =
	| 'statements'
	| 'party-share'
	| 'multi-party'
	| 'document-positions'
	| 'reachability'
	| 'lix'
	| 'no-position'
	| 'missing-reason'
	| 'reason-lix';

/** A threshold failure or a warning. */
export interface Finding {
	kind: FindingKind;
	edition?: string;
	party?: string;
	statement?: string;
	document?: string;
	message: string;
}

export interface Report {
	version: string;
	statements: number;
	/** Statements with positions from two or more parties in at least one edition. */
	multiPartyStatements: number;
	/** LIX of every statement text, in file order. */
	readability: ({ statement: string } & Lix)[];
	editions: EditionReport[];
	documents: DocumentUsage[];
	/** Threshold failures: the content check fails when any exists. */
	failures: Finding[];
	/** Worth a look, never failing. */
	warnings: Finding[];
}

export interface ReportInput {
	dataset: Dataset;
	/** Every document's position (from `resolveDataset`), for pledge usage and document counts. */
	positions: readonly DocumentPosition[];
	/** All pledges of the seeds. */
	pledges: readonly Pledge[];
}

// ── Building the report ───────────────────────────────────────────────────────

const percent = (share: number) => `${Math.round(share * 100)}%`;
const signed = (n: number) => `${n >= 0 ? '+' : '−'}${Math.abs(n).toFixed(3)}`;

/**
 * Whether each party of `edition` is the sole top match for a voter who answers every
 * statement exactly as the party does (skipping the rest, nothing important), under the
 * scoring module's own ranking.
 */
export function reachability(edition: Edition, statementIds: readonly string[]): Reachability[] {
	const inputs = partyInputs(edition);
	const prepared = prepareParties(statementIds, inputs);
	return inputs.map((input) => {
		const answers = Object.fromEntries(
			Object.entries(input.positions).map(([statement, stance]) => [
				statement,
				{ stance, important: false }
			])
		);
		const result = rankParties(prepared, answers);
		const own = result.entries.find((e) => e.partyId === input.id);
		const runnerUp = result.entries.find((e) => e.partyId !== input.id && e.flag === null);
		const score = own?.score ?? null;
		const runnerUpScore = runnerUp?.score ?? null;
		return {
			party: input.id,
			reachable: result.topMatches.length === 1 && result.topMatches[0] === input.id,
			topMatches: [...result.topMatches],
			basis: own?.basis ?? 0,
			score,
			runnerUp: runnerUp?.partyId ?? null,
			runnerUpScore,
			margin: score !== null && runnerUpScore !== null ? score - runnerUpScore : null,
			threshold: result.totalWeight > 0 ? 1 / result.totalWeight : null
		};
	});
}

function editionReport(
	edition: Edition,
	dataset: Dataset,
	lixOf: ReadonlyMap<string, number>
): EditionReport {
	const count = dataset.statements.length;
	const parties = edition.parties.map((p): PartyCoverage => {
		const positions = dataset.statements.filter((s) => Object.hasOwn(p.positions, s.id)).length;
		return {
			party: p.party.id,
			name: p.party.name,
			documents: p.documents,
			positions,
			share: count === 0 ? 0 : positions / count
		};
	});
	const coverage = dataset.statements.map((s): StatementCoverage => {
		const stances: Record<string, Stance> = {};
		for (const p of edition.parties) {
			if (Object.hasOwn(p.positions, s.id)) stances[p.party.id] = p.positions[s.id]!.stance;
		}
		const values = Object.values(stances);
		return {
			statement: s.id,
			parties: values.length,
			differ: values.length >= 2 && values.some((v) => v !== values[0]),
			stances,
			lix: lixOf.get(s.id) ?? 0
		};
	});
	const balance: DirectionBalance = {
		statements: { 'more-public': 0, 'less-public': 0, other: 0 },
		positions: { agree: 0, neutral: 0, disagree: 0 }
	};
	for (const s of dataset.statements) balance.statements[s.direction]++;
	for (const c of coverage) {
		for (const stance of Object.values(c.stances)) {
			if (stance > 0) balance.positions.agree++;
			else if (stance < 0) balance.positions.disagree++;
			else balance.positions.neutral++;
		}
	}
	const multi = coverage.filter((c) => c.parties >= 2).length;
	return {
		edition: edition.id,
		name: edition.name,
		statements: count,
		parties,
		coverage,
		multiPartyShare: count === 0 ? 0 : multi / count,
		balance,
		reachability: reachability(
			edition,
			dataset.statements.map((s) => s.id)
		)
	};
}

function documentUsage(input: ReportInput): DocumentUsage[] {
	return input.dataset.documents.map((meta): DocumentUsage => {
		const positions = input.positions.filter((p) => p.document === meta.id);
		const pledges = input.pledges.filter((p) => p.document === meta.id);
		const usedBy = new Map<string, Set<string>>();
		for (const position of positions) {
			for (const source of position.sources) {
				if (source.pledge === undefined) continue;
				const set = usedBy.get(source.pledge) ?? new Set<string>();
				set.add(position.statement);
				usedBy.set(source.pledge, set);
			}
		}
		return {
			document: meta.id,
			party: meta.party,
			positions: positions.length,
			pledges: pledges.length,
			used: pledges
				.filter((p) => usedBy.has(p.id))
				.map((p) => ({ pledge: p.id, statements: [...(usedBy.get(p.id) ?? [])] })),
			unused: pledges
				.filter((p) => !usedBy.has(p.id))
				.map((p) => ({ pledge: p.id, lines: p.lines, text: p.text }))
		};
	});
}

/**
 * The voters' reasons («Slik leste vi det»): a position without one fails the check, naming
 * statement and document; a reason above the LIX limit gets a warning, as a statement does.
 */
function reasonFindings(
	positions: readonly DocumentPosition[],
	maxLix: number
): { failures: Finding[]; warnings: Finding[] } {
	const failures: Finding[] = [];
	const warnings: Finding[] = [];
	for (const { statement, document, reason } of positions) {
		if (reason === null) {
			failures.push({
				kind: 'missing-reason',
				statement,
				document,
				message: `statement "${statement}": missing Norwegian reason for ${document} (\`reason\`: one bokmål sentence for voters on why the quotes mean this stance)`
			});
			continue;
		}
		const r = lix(reason);
		if (r.lix > maxLix) {
			warnings.push({
				kind: 'reason-lix',
				statement,
				document,
				message: `statement "${statement}": the reason for ${document} has LIX ${r.lix.toFixed(1)} (above ${maxLix}): ${r.words} words, ${r.longWords} long`
			});
		}
	}
	return { failures, warnings };
}

/** Builds the report and its threshold failures and warnings. */
export function buildReport(input: ReportInput, thresholds: Thresholds = THRESHOLDS): Report {
	const { dataset } = input;
	const failures: Finding[] = [];
	const warnings: Finding[] = [];
	const count = dataset.statements.length;

	const readability = dataset.statements.map((s) => ({ statement: s.id, ...lix(s.text) }));
	const lixOf = new Map(readability.map((r) => [r.statement, r.lix]));
	for (const r of readability) {
		if (r.lix > thresholds.maxLix) {
			warnings.push({
				kind: 'lix',
				statement: r.statement,
				message: `statement "${r.statement}" has LIX ${r.lix.toFixed(1)} (above ${thresholds.maxLix}): ${r.words} words, ${r.longWords} long, ${r.sentences} sentence${r.sentences === 1 ? '' : 's'}`
			});
		}
	}

	if (count < thresholds.minStatements) {
		failures.push({
			kind: 'statements',
			message: `only ${count} statements; at least ${thresholds.minStatements} are needed`
		});
	}

	const editions = dataset.editions.map((edition) => editionReport(edition, dataset, lixOf));
	for (const e of editions) {
		for (const p of e.parties) {
			if (p.share < thresholds.minPartyShare) {
				failures.push({
					kind: 'party-share',
					edition: e.edition,
					party: p.party,
					message: `${e.name}: ${p.name} has a stated position on ${p.positions} of ${e.statements} statements (${percent(p.share)}); at least ${percent(thresholds.minPartyShare)} is needed`
				});
			}
		}
		for (const c of e.coverage) {
			if (c.parties === 0) {
				warnings.push({
					kind: 'no-position',
					edition: e.edition,
					statement: c.statement,
					message: `${e.name}: no party has a position on statement "${c.statement}"`
				});
			}
		}
		const names = new Map(e.parties.map((p) => [p.party, p.name]));
		const name = (id: string) => names.get(id) ?? id;
		for (const r of e.reachability) {
			if (r.reachable) continue;
			let why: string;
			if (r.basis < MIN_BASIS) {
				why = `it is not ranked with only ${r.basis} stated position${r.basis === 1 ? '' : 's'}`;
			} else if (r.topMatches.length === 0) {
				why = 'no party is ranked';
			} else {
				const margin =
					r.margin === null || r.threshold === null
						? ''
						: ` (margin ${signed(r.margin)} to ${name(r.runnerUp ?? '')}, tie threshold 1/W = ${r.threshold.toFixed(3)})`;
				why = `first place is shared by ${r.topMatches.map(name).join(', ')}${margin}`;
			}
			failures.push({
				kind: 'reachability',
				edition: e.edition,
				party: r.party,
				message: `${e.name}: a voter who answers exactly as ${name(r.party)} does does not get ${name(r.party)} alone as top match: ${why}`
			});
		}
	}

	// A statement compares parties when two or more parties have a stated position on it in at
	// least one edition ("in some edition"): one statement set serves both editions, and a
	// statement that only the Akershus documents speak to still separates parties there.
	const multiParty = dataset.statements.filter((s) =>
		editions.some((e) => (e.coverage.find((c) => c.statement === s.id)?.parties ?? 0) >= 2)
	).length;
	const multiPartyShare = count === 0 ? 0 : multiParty / count;
	if (multiPartyShare < thresholds.minMultiPartyShare) {
		failures.push({
			kind: 'multi-party',
			message: `only ${multiParty} of ${count} statements (${percent(multiPartyShare)}) have positions from two or more parties in some edition; at least ${percent(thresholds.minMultiPartyShare)} is needed`
		});
	}

	const reasons = reasonFindings(input.positions, thresholds.maxLix);
	failures.push(...reasons.failures);
	warnings.push(...reasons.warnings);

	const documents = documentUsage(input);
	for (const d of documents) {
		if (d.positions < thresholds.minDocumentPositions) {
			failures.push({
				kind: 'document-positions',
				document: d.document,
				message: `document ${d.document} contributes ${d.positions} position${d.positions === 1 ? '' : 's'}; at least ${thresholds.minDocumentPositions} are needed`
			});
		}
	}

	return {
		version: dataset.version,
		statements: count,
		multiPartyStatements: multiParty,
		readability,
		editions,
		documents,
		failures,
		warnings
	};
}
