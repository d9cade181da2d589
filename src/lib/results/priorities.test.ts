import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { editionPriorities } from '#lib/content/priorities.ts';
import type { Dataset } from '#lib/content/types.ts';
import { SCALE, type Answers } from '#lib/scoring/index.ts';
import { resultsView } from './index.ts';
import { datasetOf, type PartySpec } from './test-support.ts';

/** `datasetOf` with the given topics, statement `s<i+1>` under `statementTopics[i]`. */
function withTopics(
	parties: Readonly<Record<string, PartySpec>>,
	topics: readonly string[],
	statementTopics: readonly string[]
): Dataset {
	const base = datasetOf(parties);
	return {
		...base,
		topics: topics.map((id) => ({ id, name: `Tema ${id}` })),
		statements: base.statements.map((s, i) => ({ ...s, topic: statementTopics[i]! }))
	};
}

// a: 10 pledges (t1 6, t2 2, t4 2); b: 4 (t2 1, t3 1, other 2). Sums of shares: t1 0.6,
// t2 0.45, t3 0.25, t4 0.2 (other 0.5); totals t1 6, t2 3, t3 1, t4 2, other 2.
// s1 (t3) only b speaks to, s2 (t4) only a, s3 (t2) nobody: it is not asked.
const DATASET = withTopics(
	{
		a: { name: 'Åpent parti', stances: [null, 2, null], pledges: { t1: 6, t2: 2, t4: 2 } },
		b: { name: 'Zeta-partiet', stances: [1, null, null], pledges: { t2: 1, t3: 1, other: 2 } }
	},
	['t1', 't2', 't3', 't4'],
	['t3', 't4', 't2']
);

const order = (answers: Answers, dataset = DATASET) =>
	resultsView(dataset, dataset.editions[0]!, answers).priorities.topics.map((row) =>
		row.important ? `${row.id}!` : row.id
	);

const important = (...ids: string[]): Answers =>
	Object.fromEntries(ids.map((id) => [id, { stance: 1, important: true }]));

describe('the priorities view', () => {
	it('orders topics by the sum of the parties’ shares, not the longest document, "other" last', () => {
		expect(order({})).toEqual(['t1', 't2', 't3', 't4', 'other']);
	});

	it('puts the topics of statements the voter marked as important first', () => {
		expect(order(important('s2'))).toEqual(['t4!', 't1', 't2', 't3', 'other']);
		expect(order(important('s2', 's1'))).toEqual(['t3!', 't4!', 't1', 't2', 'other']);
		// Marked important without an answer counts; an answer not marked important does not.
		expect(
			order({ s1: { stance: null, important: true }, s2: { stance: 2, important: false } })
		).toEqual(['t3!', 't1', 't2', 't4', 'other']);
	});

	it('ignores importance on a statement the edition does not ask', () => {
		expect(order(important('s3'))).toEqual(['t1', 't2', 't3', 't4', 'other']);
	});

	it('breaks equal shares by the number of pledges, then by the topics’ order', () => {
		// t1 and t2 both 0.5 (a 1 of 2, b 2 of 4); t2 has more pledges. t3 1.0.
		const dataset = withTopics(
			{
				a: { name: 'A', stances: [1], pledges: { t1: 1, t3: 1 } },
				b: { name: 'B', stances: [1], pledges: { t2: 2, t3: 2 } }
			},
			['t1', 't2', 't3'],
			['t1']
		);
		expect(order({}, dataset)).toEqual(['t3', 't2', 't1']);
		const even = withTopics(
			{ a: { name: 'A', stances: [1], pledges: { t2: 1, t1: 1 } } },
			['t1', 't2', 't3'],
			['t1']
		);
		expect(order({}, even)).toEqual(['t1', 't2', 't3']);
	});

	it('lists parties in the neutral order with their pledges and shares', () => {
		const view = resultsView(DATASET, DATASET.editions[0]!, {}).priorities;
		expect(
			view.parties.map((p) => [
				p.party.name,
				p.pledges,
				p.documents.map((d) => [d.document.organisation, d.pledges])
			])
		).toEqual([
			['Zeta-partiet', 4, [['Zeta-partiet sentralt', 4]]],
			['Åpent parti', 10, [['Åpent parti sentralt', 10]]]
		]);
		expect(view.topics[0]!.parties.map((p) => [p.party.id, p.count, p.of, p.share])).toEqual([
			['b', 0, 4, 0],
			['a', 6, 10, 0.6]
		]);
	});

	const answerArb = fc.record({
		stance: fc.option(fc.constantFrom(...SCALE), { nil: null }),
		important: fc.boolean()
	});
	test.prop([fc.dictionary(fc.constantFrom('s1', 's2', 's3'), answerArb)])(
		'takes its counts from the documents only: answers change the order and marks, never a count',
		(answers) => {
			const view = resultsView(DATASET, DATASET.editions[0]!, answers).priorities;
			const priorities = editionPriorities(DATASET, DATASET.editions[0]!);
			const byTopic = (rows: typeof priorities.topics) =>
				[...rows]
					.map(({ topic, total, parties }) => ({ topic, total, parties }))
					.sort((x, y) => (x.topic?.id ?? '~').localeCompare(y.topic?.id ?? '~'));
			expect(byTopic(view.topics)).toEqual(byTopic(priorities.topics));
			expect(
				view.parties.map((p) => ({
					party: p.party,
					pledges: p.pledges,
					documents: p.documents.map((d) => ({ document: d.document.id, pledges: d.pledges }))
				}))
			).toEqual(priorities.parties);
			const marked = new Set(
				['s1', 's2']
					.filter((id) => answers[id]?.important === true)
					.map((id) => DATASET.statements.find((s) => s.id === id)!.topic)
			);
			for (const row of view.topics) {
				expect(row.important).toBe(row.topic !== null && marked.has(row.topic.id));
			}
			// Important topics form the head of the list.
			const flags = view.topics.map((row) => row.important);
			expect(flags).toEqual([...flags].sort((x, y) => Number(y) - Number(x)));
		}
	);
});
