import { describe, expect, test } from 'vitest';
import type { Dataset, Edition, EditionParty, ResolvedPosition } from '#lib/content/types.ts';
import { quizInput } from './machine.ts';
import { after } from './test-support.ts';
import type { QuizEvent } from './types.ts';
import { quizView } from './view.ts';

const position: ResolvedPosition = {
	stance: 1,
	documents: ['d'],
	sources: [],
	rationale: ['Why.']
};

function party(id: string, name: string, positions: string[]): EditionParty {
	return {
		party: { id, name, shortName: id.toUpperCase(), colour: '#336699' },
		documents: ['d'],
		positions: Object.fromEntries(positions.map((s) => [s, position]))
	};
}

const OSLO: Edition = {
	id: 'oslo',
	name: 'Oslo',
	parties: [party('a', 'Alfa-partiet', ['s1']), party('b', 'Beta-partiet', ['s1', 's3'])]
};
const AKERSHUS: Edition = {
	id: 'akershus',
	name: 'Akershus',
	parties: [party('a', 'Alfa-partiet', ['s2'])]
};

const DATASET: Dataset = {
	version: 'v1',
	topics: [
		{ id: 'helse', name: 'Helse' },
		{ id: 'skole', name: 'Skole' }
	],
	statements: [
		{ id: 's1', topic: 'helse', text: 'Én.', direction: 'other' },
		{ id: 's2', topic: 'skole', text: 'To.', direction: 'other' },
		{ id: 's3', topic: 'helse', text: 'Tre.', direction: 'other' }
	],
	documents: [],
	pledgesPerTopic: {},
	editions: [AKERSHUS, OSLO]
};

const INPUT = quizInput(DATASET, 'oslo');
const view = (events: QuizEvent[]) => quizView(DATASET, OSLO, after(INPUT, events));

describe('quizView', () => {
	test('the intro: statement count, party names in listing order, the other editions', () => {
		expect(view([])).toEqual({
			screen: 'intro',
			statementCount: 3,
			partyNames: ['Alfa-partiet', 'Beta-partiet'],
			otherEditions: [AKERSHUS]
		});
	});

	test('answering: the current statement, its topic, progress and the answer given', () => {
		const v = view([
			{ type: 'START' },
			{ type: 'ANSWER', stance: 2 },
			{ type: 'TOGGLE_IMPORTANT' },
			{ type: 'ANSWER', stance: -1 },
			{ type: 'BACK' }
		]);
		expect(v).toEqual({
			screen: 'answering',
			statement: DATASET.statements[1],
			topicName: 'Skole',
			position: 2,
			total: 3,
			answer: { stance: -1, important: true },
			important: true,
			canShowResults: true,
			noPartyPosition: true
		});
	});

	test('noPartyPosition is false when any party in the edition has a position', () => {
		expect(view([{ type: 'START' }])).toMatchObject({
			screen: 'answering',
			noPartyPosition: false
		});
		const third = view([{ type: 'START' }, { type: 'SKIP' }, { type: 'SKIP' }]);
		expect(third).toMatchObject({ screen: 'answering', position: 3, noPartyPosition: false });
		// The same statement in Akershus: no party there speaks to it.
		const akershus = quizView(DATASET, AKERSHUS, after(INPUT, [{ type: 'START' }]));
		expect(akershus).toMatchObject({ screen: 'answering', noPartyPosition: true });
	});

	test('nothing answered yet: no answer, not important, no results to show', () => {
		expect(view([{ type: 'START' }])).toMatchObject({
			answer: undefined,
			important: false,
			canShowResults: false
		});
	});

	test('revising an answer from the results shows that statement', () => {
		const v = view([
			{ type: 'START' },
			{ type: 'ANSWER', stance: 1 },
			{ type: 'SHOW_RESULTS' },
			{ type: 'GO_TO', index: 2 }
		]);
		expect(v).toMatchObject({ screen: 'answering', statement: DATASET.statements[2], position: 3 });
	});

	test('the results carry the answers', () => {
		const v = view([{ type: 'START' }, { type: 'ANSWER', stance: 1 }, { type: 'SHOW_RESULTS' }]);
		expect(v).toEqual({ screen: 'results', answers: { s1: { stance: 1, important: false } } });
	});

	test('a snapshot from other data, whose statement is not in the dataset, shows the intro', () => {
		const other = after({ ...INPUT, statements: [{ id: 'x', text: 'X' }] }, [{ type: 'START' }]);
		expect(quizView(DATASET, OSLO, other).screen).toBe('intro');
	});
});
