/**
 * The measures on the methodology page: the limits the text states (placeholders), and per
 * edition the rows of the block's tables and its sentences (messages of the language file,
 * filled from `editionMeasures`). Every number comes from `../measures.ts`, computed with
 * the scoring module; this module only shapes and words it. Pure; build time only.
 */
import { percentOf, type Stance } from '#lib/scoring/index.ts';
import type { SafeHtml } from '../markdown.ts';
import {
	editionMeasures,
	MEASURE_LIMITS,
	RANDOM_VOTERS,
	RESPONSE_SETS,
	type ResponseSet,
	type SimulationOptions
} from '../measures.ts';
import type { Dataset, EditionId } from '../types.ts';
import type { Source, Templater, TemplateValues } from './template.ts';

/** The messages the measures block uses, each defined once in the language file. */
export const MEASURES_MESSAGES = [
	'measures-summary',
	'measures-response-sets',
	'measures-direction',
	'measures-separation',
	'measures-separating',
	'measures-separation-note',
	'measures-pair',
	'measures-random',
	'measures-dead'
] as const;
export type MeasuresMessage = (typeof MEASURES_MESSAGES)[number];

/** The placeholders the text may use for the measures' limits and the simulation. */
export function measuresValues(): TemplateValues {
	return {
		measureResponseMin: MEASURE_LIMITS.responseSet.min,
		measureResponseMax: MEASURE_LIMITS.responseSet.max,
		measureDisagreementMin: MEASURE_LIMITS.minDisagreement,
		measureSeparationSteps: MEASURE_LIMITS.separationSteps,
		measureSeparationTarget: MEASURE_LIMITS.separationTarget,
		measureVoters: RANDOM_VOTERS.voters,
		measureSkip: RANDOM_VOTERS.skipPercent,
		measureImportant: RANDOM_VOTERS.importantPercent,
		measureSoleFirstMax: MEASURE_LIMITS.maxSoleFirst,
		measureSoleFirstParties: MEASURE_LIMITS.soleFirstParties
	};
}

/** One edition's measures as the page shows them. Percentages are whole, as displayed. */
export interface MethodologyMeasures {
	readonly id: EditionId;
	/** `Edition.name`. */
	readonly name: string;
	/** Every party's displayed percentage for each response-set voter (null: no score). */
	readonly responseSets: readonly {
		readonly party: string;
		readonly name: string;
		readonly percents: Readonly<Record<ResponseSet, number | null>>;
		readonly pass: boolean;
	}[];
	/** Every party's positions by direction. */
	readonly direction: readonly {
		readonly party: string;
		readonly name: string;
		readonly agree: number;
		readonly neutral: number;
		readonly disagree: number;
		readonly disagreePercent: number | null;
		readonly pass: boolean;
	}[];
	/** The statements that separate two parties, each with its pairs in words. */
	readonly separating: readonly { readonly statement: string; readonly html: SafeHtml }[];
	/** Every party's share of random voters, first alone and first shared, in whole percent. */
	readonly random: readonly {
		readonly party: string;
		readonly name: string;
		readonly sole: number;
		readonly shared: number;
	}[];
	/** The statements the edition does not ask: their texts. */
	readonly dead: readonly { readonly statement: string; readonly text: string }[];
	/** The sentences around the tables and lists. */
	readonly text: Readonly<
		Record<
			| 'summary'
			| 'responseSets'
			| 'direction'
			| 'separation'
			| 'separationNote'
			| 'random'
			| 'dead',
			SafeHtml
		>
	>;
}

/** The measures block: the response-set voters (the columns) and every edition. */
export interface MethodologyMeasuresBlock {
	/** Each response-set voter and the answer it gives to every statement, in column order. */
	readonly responseSets: readonly { readonly set: ResponseSet; readonly stance: Stance }[];
	readonly editions: readonly MethodologyMeasures[];
}

/** What the block needs from the page builder. */
export interface MeasuresContext {
	readonly t: Templater;
	readonly message: (name: MeasuresMessage) => Source;
	readonly list: (items: readonly string[]) => string;
	readonly stanceName: (stance: Stance) => string;
	/** The random-voter simulation (default: the published one). */
	readonly simulation?: SimulationOptions | undefined;
}

/** Every edition's measures, shaped and worded for the page. */
export function methodologyMeasures(
	dataset: Dataset,
	context: MeasuresContext
): MethodologyMeasuresBlock {
	const sets = Object.keys(RESPONSE_SETS) as ResponseSet[];
	return {
		responseSets: sets.map((set) => ({ set, stance: RESPONSE_SETS[set] })),
		editions: editionsMeasures(dataset, context)
	};
}

function editionsMeasures(
	dataset: Dataset,
	{ t, message, list, stanceName, simulation = RANDOM_VOTERS }: MeasuresContext
): MethodologyMeasures[] {
	const texts = new Map(dataset.statements.map((s) => [s.id, s.text]));
	const text = (id: string) => texts.get(id) ?? id;
	return dataset.editions.map((edition): MethodologyMeasures => {
		const m = editionMeasures(dataset, edition, simulation);
		const names = new Map(edition.parties.map((p) => [p.party.id, p.party.name]));
		const name = (id: string) => names.get(id) ?? id;
		const namesOf = (ids: readonly string[]) => list(ids.map(name));
		const rs = m.responseSets;
		const db = m.directionBalance;
		const sep = m.separation;
		const rv = m.randomVoters;
		const rsFailing = rs.parties.filter((p) => !p.pass).map((p) => p.party);
		const dbFailing = db.parties.filter((p) => !p.pass).map((p) => p.party);
		const share = (n: number) => (rv.voters === 0 ? 0 : percentOf(n, rv.voters));
		return {
			id: edition.id,
			name: edition.name,
			responseSets: rs.parties.map((p) => ({
				party: p.party,
				name: name(p.party),
				percents: {
					agree: p.agree.percent,
					disagree: p.disagree.percent,
					neutral: p.neutral.percent
				},
				pass: p.pass
			})),
			direction: db.parties.map((p) => ({
				party: p.party,
				name: name(p.party),
				agree: p.agree,
				neutral: p.neutral,
				disagree: p.disagree,
				disagreePercent: p.disagreePercent,
				pass: p.pass
			})),
			separating: sep.statements.map(({ statement, pairs }) => ({
				statement,
				html: t.inline(message('measures-separating'), {
					statement: text(statement),
					pairs: t.join(
						pairs.map((pair) =>
							t.fragment(message('measures-pair'), {
								partyA: name(pair.parties[0]),
								stanceA: stanceName(pair.stances[0]),
								partyB: name(pair.parties[1]),
								stanceB: stanceName(pair.stances[1]),
								steps: pair.steps
							})
						),
						(parts) => parts.join('; ')
					)
				})
			})),
			random: rv.parties.map((p) => ({
				party: p.party,
				name: name(p.party),
				sole: share(p.sole),
				shared: share(p.shared)
			})),
			dead: m.dead.map((statement) => ({ statement, text: text(statement) })),
			text: {
				summary: t.inline(message('measures-summary'), {
					edition: edition.name,
					parties: edition.parties.length,
					asked: m.asked,
					statements: dataset.statements.length
				}),
				responseSets: t.inline(message('measures-response-sets'), {
					min: rs.floor.min,
					max: rs.floor.max,
					failing: namesOf(rsFailing),
					failingCount: rsFailing.length,
					agreeTop: namesOf(rs.top.agree),
					agreeTopCount: rs.top.agree.length,
					disagreeTop: namesOf(rs.top.disagree),
					disagreeTopCount: rs.top.disagree.length,
					fullyAgree: stanceName(RESPONSE_SETS.agree),
					fullyDisagree: stanceName(RESPONSE_SETS.disagree)
				}),
				direction: t.inline(message('measures-direction'), {
					min: db.floor,
					failing: namesOf(dbFailing),
					failingCount: dbFailing.length
				}),
				separation: t.inline(message('measures-separation'), {
					separating: sep.statements.length,
					asked: m.asked,
					steps: sep.steps
				}),
				separationNote: t.inline(message('measures-separation-note'), {
					asked: m.asked,
					target: sep.target,
					met: sep.status === 'pass',
					singleParty: sep.singleParty.length
				}),
				random: t.inline(message('measures-random'), {
					voters: rv.voters,
					sharedTop: share(rv.sharedTop),
					noTop: share(rv.noTop),
					max: rv.warnAbove,
					dominant: namesOf(rv.dominant),
					dominantCount: rv.dominant.length
				}),
				dead: t.inline(message('measures-dead'), { edition: edition.name, dead: m.dead.length })
			}
		};
	});
}
