import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { seeds } from '#lib/pledges/test-support.ts';
import type { DocumentMeta, Party, RegionId } from '#lib/pledges/types.ts';
import { countPledgeTopics } from './pledge-topics.ts';
import { editionPriorities } from './priorities.ts';
import { resolveDataset } from './resolve.ts';
import { parseStatements } from './schema.ts';
import { fixturePledgeTopics, passingStatements, statementsYaml } from './test-support.ts';
import { OTHER_TOPIC, type Dataset, type Edition, type EditionParty } from './types.ts';

const party = (id: string, name: string): Party => ({
	id,
	name,
	shortName: id.toUpperCase(),
	colour: '#336699'
});
const X = party('x', 'Østlandslista');
const Y = party('y', 'Bygdelista');
const Z = party('z', 'Alfa-partiet');

const meta = (id: string, p: Party, region: RegionId | null): DocumentMeta => ({
	id,
	file: `${id}.txt`,
	party: p.id,
	organisation: p.name,
	region,
	title: id,
	kind: 'resolution',
	published: 'unknown',
	printedLineNumbers: false
});
const member = (p: Party, documents: string[]): EditionParty => ({
	party: p,
	documents,
	positions: {}
});

/**
 * X has a regional document in Akershus and a national one; Y a national one; Z a regional
 * one in Oslo without pledges. Each edition gives its parties in the listing order, as the
 * content build puts them (`Edition.parties`).
 */
const DATASET: Dataset = {
	version: 'v',
	topics: [
		{ id: 'a', name: 'A' },
		{ id: 'b', name: 'B' },
		{ id: 'c', name: 'C' }
	],
	statements: [],
	documents: [
		meta('x-akershus', X, 'akershus'),
		meta('x-nasjonal', X, null),
		meta('y-nasjonal', Y, null),
		meta('z-oslo', Z, 'oslo')
	],
	pledgesPerTopic: {
		'x-akershus': { a: 2, [OTHER_TOPIC]: 1 },
		'x-nasjonal': { a: 1, b: 3 },
		'y-nasjonal': { c: 4 },
		'z-oslo': {}
	},
	editions: [
		{
			id: 'akershus',
			name: 'Akershus',
			parties: [member(Y, ['y-nasjonal']), member(X, ['x-akershus', 'x-nasjonal'])]
		},
		{
			id: 'oslo',
			name: 'Oslo',
			parties: [member(Z, ['z-oslo']), member(Y, ['y-nasjonal']), member(X, ['x-nasjonal'])]
		}
	]
};

/** Each topic's counts per party in listing order, as [topic, ...counts]. */
const counts = (edition: Edition, dataset = DATASET) =>
	editionPriorities(dataset, edition).topics.map((row) => [
		row.id,
		row.total,
		...row.parties.map((p) => `${p.party.id} ${p.count}`)
	]);

describe('editionPriorities', () => {
	it('adds up a party’s regional and national documents (counted by hand)', () => {
		const akershus = editionPriorities(DATASET, DATASET.editions[0]!);
		expect(akershus.parties).toEqual([
			{ party: Y, documents: [{ document: 'y-nasjonal', pledges: 4 }], pledges: 4 },
			{
				party: X,
				documents: [
					{ document: 'x-akershus', pledges: 3 },
					{ document: 'x-nasjonal', pledges: 4 }
				],
				pledges: 7
			}
		]);
		expect(counts(DATASET.editions[0]!)).toEqual([
			['a', 3, 'y 0', 'x 3'],
			['b', 3, 'y 0', 'x 3'],
			['c', 4, 'y 4', 'x 0'],
			[OTHER_TOPIC, 1, 'y 0', 'x 1']
		]);
		expect(akershus.topics[0]!.parties.map((p) => p.share)).toEqual([0, 3 / 7]);
		expect(akershus.topics[2]!.parties.map((p) => p.share)).toEqual([1, 0]);
		expect(akershus.topics.map((row) => row.topic)).toEqual([...DATASET.topics, null]);
	});

	it('lists every topic, leaves out "other" when no pledge is about none, and never divides by zero', () => {
		const oslo = editionPriorities(DATASET, DATASET.editions[1]!);
		expect(oslo.parties.map((p) => [p.party.id, p.pledges])).toEqual([
			['z', 0],
			['y', 4],
			['x', 4]
		]);
		expect(counts(DATASET.editions[1]!)).toEqual([
			['a', 1, 'z 0', 'y 0', 'x 1'],
			['b', 3, 'z 0', 'y 0', 'x 3'],
			['c', 4, 'z 0', 'y 4', 'x 0']
		]);
		expect(oslo.topics.flatMap((row) => row.parties.map((p) => p.share))).toEqual([
			0,
			0,
			1 / 4,
			0,
			0,
			3 / 4,
			0,
			1,
			0
		]);
	});

	/** The fixture statements resolved against the real seeds (pledge topics replaced below). */
	const real = (() => {
		const s = seeds();
		const raw = parseStatements(statementsYaml(passingStatements(s.pledges)), 'fixture.yaml');
		return resolveDataset(raw, s, fixturePledgeTopics(s.pledges)).dataset;
	})();
	const topicIds = [...real.topics.map((t) => t.id), OTHER_TOPIC];

	test.prop([
		fc.array(fc.nat(topicIds.length - 1), {
			minLength: seeds().pledges.length,
			maxLength: seeds().pledges.length
		})
	])(
		'counts every pledge of the edition’s documents once, under its topic (real seeds)',
		(choices) => {
			const pledges = seeds().pledges;
			const topics = new Map(pledges.map((p, i) => [p.id, topicIds[choices[i]!]!]));
			const dataset: Dataset = {
				...real,
				pledgesPerTopic: countPledgeTopics(
					pledges,
					topics,
					real.documents.map((d) => d.id)
				)
			};
			for (const edition of dataset.editions) {
				const priorities = editionPriorities(dataset, edition);
				for (const [i, p] of priorities.parties.entries()) {
					const documents = edition.parties.find((e) => e.party.id === p.party.id)!.documents;
					const own = pledges.filter((pledge) => documents.includes(pledge.document));
					expect(p.pledges).toBe(own.length);
					const perTopic = priorities.topics.map((row) => row.parties[i]!);
					expect(perTopic.reduce((sum, c) => sum + c.count, 0)).toBe(own.length);
					for (const [t, row] of priorities.topics.entries()) {
						expect(perTopic[t]!.count).toBe(own.filter((x) => topics.get(x.id) === row.id).length);
						expect(perTopic[t]!.of).toBe(own.length);
					}
					const shares = perTopic.reduce((sum, c) => sum + c.share, 0);
					expect(shares).toBeCloseTo(own.length === 0 ? 0 : 1, 12);
				}
				const all = pledges.filter((pledge) =>
					edition.parties.some((e) => e.documents.includes(pledge.document))
				);
				expect(priorities.topics.reduce((sum, row) => sum + row.total, 0)).toBe(all.length);
			}
		}
	);
});
