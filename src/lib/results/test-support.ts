/**
 * Small synthetic datasets for the results tests (not part of the public API): parties
 * given by their stances per statement, each position backed by one quote, and a
 * fast-check arbitrary over such datasets with a set of answers.
 */
import { statementHash } from '#lib/content/statement-hash.ts';
import fc from 'fast-check';
import type { Dataset, Edition } from '#lib/content/types.ts';
import { partiesInListingOrder } from '#lib/pledges/order.ts';
import { instanceArb } from '#lib/scoring/arbitraries.ts';
import type { Answers, Stance } from '#lib/scoring/index.ts';

export interface PartySpec {
	readonly name: string;
	/** One stance per statement; null: no position. */
	readonly stances: readonly (Stance | null)[];
	/** The pledges of the party's one document per topic id (none when left out). */
	readonly pledges?: Readonly<Record<string, number>>;
}

/**
 * A dataset with one edition of `parties` (given in data-file order, put in the listing order
 * as the content build puts them) and as many statements (`s1`, `s2` …) as the longest stance
 * list.
 */
export function datasetOf(parties: Readonly<Record<string, PartySpec>>): Dataset {
	const count = Math.max(0, ...Object.values(parties).map((p) => p.stances.length));
	const ids = Array.from({ length: count }, (_, i) => `s${i + 1}`);
	const edition: Edition = {
		id: 'oslo',
		name: 'Oslo',
		parties: partiesInListingOrder(Object.entries(parties).map(([id, p]) => ({ id, ...p }))).map(
			({ id, ...p }) => ({
				party: { id, name: p.name, shortName: id.toUpperCase(), colour: '#336699' },
				documents: [`${id}-doc`],
				positions: Object.fromEntries(
					p.stances.flatMap((stance, i) =>
						stance === null
							? []
							: [
									[
										ids[i]!,
										{
											stance,
											documents: [`${id}-doc`],
											sources: [
												{
													document: `${id}-doc`,
													quote: `Sitat ${id} ${i}`,
													lines: [10 + i, 10 + i]
												}
											],
											rationale: ['Why.'],
											reasons: [{ document: `${id}-doc`, text: `Begrunnelse for ${id} ${i}.` }]
										}
									]
								]
					)
				)
			})
		)
	};
	return {
		version: 'test',
		topics: [{ id: 't', name: 'Tema' }],
		statements: ids.map((id) => ({
			id,
			topic: 't',
			text: `Påstand ${id}.`,
			direction: 'other',
			hash: statementHash(`Påstand ${id}.`)
		})),
		documents: Object.entries(parties).map(([id, p]) => ({
			id: `${id}-doc`,
			file: `${id}.txt`,
			party: id,
			organisation: `${p.name} sentralt`,
			region: null,
			title: `Program for ${id}`,
			kind: 'resolution',
			published: 'unknown',
			printedLineNumbers: false
		})),
		pledgesPerTopic: Object.fromEntries(
			Object.entries(parties).map(([id, p]) => [`${id}-doc`, { ...p.pledges }])
		),
		editions: [edition]
	};
}

/** Party names whose Norwegian order differs from both their code-unit and data-file order. */
const NAMES = [
	'Åpent parti',
	'Zeta-partiet',
	'Ærlig parti',
	'Alfa-partiet',
	'Østre liste',
	'Bygdelista'
];

/** A random dataset (1–5 parties, 0–8 statements) with random answers. */
export const datasetArb: fc.Arbitrary<{ dataset: Dataset; answers: Answers }> = instanceArb({
	maxParties: NAMES.length
}).map(({ statementIds, parties, answers }) => {
	const dataset = datasetOf(
		Object.fromEntries(
			parties.map((p, k) => [
				p.id,
				{
					name: NAMES[k]!,
					stances: statementIds.map((id) =>
						Object.hasOwn(p.positions, id) ? p.positions[id]! : null
					)
				}
			])
		)
	);
	// The instance's statements are s0, s1 …; the dataset's s1, s2 …
	const renamed: Answers = Object.fromEntries(
		Object.entries(answers).map(([id, answer]) => [`s${Number(id.slice(1)) + 1}`, answer])
	);
	return { dataset, answers: renamed };
});
