import { describe, expect, test } from 'vitest';
import { askedStatements } from '#lib/content/editions.ts';
import type { Dataset, Edition } from '#lib/content/types.ts';
import { quizContent, statementBackgrounds } from './content.ts';
import { quizInput } from './machine.ts';
import { after, editionParty as party } from './test-support.ts';
import type { QuizEvent } from './types.ts';
import { SECONDS_PER_STATEMENT, quizPlace, quizView, samePlace } from './view.ts';

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
		{ id: 's1', topic: 'helse', text: 'Én.', direction: 'other', hash: 'h1' },
		{ id: 's2', topic: 'skole', text: 'To.', direction: 'other', hash: 'h2' },
		{ id: 's3', topic: 'helse', text: 'Tre.', direction: 'other', hash: 'h3' }
	],
	documents: [],
	pledgesPerTopic: {},
	editions: [AKERSHUS, OSLO]
};

/** A dataset statement as the quiz holds it: its words, hash and topic's name. */
const asked = (i: number, topicName: string) => {
	const { id, text, hash } = DATASET.statements[i]!;
	return { id, text, hash, topicName };
};

/** Oslo asks s1 and s3 (s2 is dead there); Akershus asks only s2. */
const OSLO_CONTENT = quizContent(DATASET, OSLO);
const INPUT = quizInput(OSLO_CONTENT);
const view = (events: QuizEvent[]) => quizView(OSLO_CONTENT, after(INPUT, events));

describe('quizContent', () => {
	test('holds of each statement only what the quiz shows and stores (the page’s first load)', () => {
		for (const statement of OSLO_CONTENT.statements) {
			expect(Object.keys(statement).sort()).toEqual(['hash', 'id', 'text', 'topicName']);
		}
		const withBackground = quizContent(
			{ ...DATASET, statements: [{ ...DATASET.statements[0]!, background: 'Bakgrunn.' }] },
			{ ...OSLO, parties: [party('a', 'Alfa-partiet', ['s1'])] }
		);
		// The text itself is not in the page: only the flag that keeps room for "Les mer".
		expect(withBackground.statements).toEqual([{ ...asked(0, 'Helse'), hasBackground: true }]);
		expect(JSON.stringify(withBackground)).not.toContain('Bakgrunn.');
	});

	test('statementBackgrounds: the texts by statement id, only of statements that have one', () => {
		const backgrounds = statementBackgrounds({
			statements: [
				{ ...DATASET.statements[0]!, background: 'Om én.' },
				DATASET.statements[1]!,
				{ ...DATASET.statements[2]!, background: 'Om tre.' }
			]
		});
		expect(backgrounds).toEqual({ s1: 'Om én.', s3: 'Om tre.' });
		expect(statementBackgrounds(DATASET)).toEqual({});
	});
});

describe('quizView', () => {
	test('the intro: the statements asked here, party names in listing order, the other editions', () => {
		expect(view([])).toEqual({
			screen: 'intro',
			statementCount: 2,
			minutes: 1,
			partyNames: ['Alfa-partiet', 'Beta-partiet'],
			firstStatement: asked(
				DATASET.statements.indexOf(askedStatements(DATASET, OSLO)[0]!),
				'Helse'
			),
			otherEditions: [{ id: AKERSHUS.id, name: AKERSHUS.name }]
		});
		expect(view([])).toMatchObject({ firstStatement: { id: expect.any(String) } });
		const akershus = quizView(
			quizContent(DATASET, AKERSHUS),
			after(quizInput(quizContent(DATASET, AKERSHUS)))
		);
		expect(akershus).toMatchObject({ screen: 'intro', statementCount: 1 });
	});

	test('answering: the current statement, its topic, progress among the asked ones, the answer', () => {
		expect(view([{ type: 'START' }, { type: 'ANSWER', stance: -1 }, { type: 'BACK' }])).toEqual({
			screen: 'answering',
			statement: asked(0, 'Helse'),
			topicName: 'Helse',
			position: 1,
			total: 2,
			answer: { stance: -1, important: false },
			important: false,
			skipped: false,
			canShowResults: true,
			otherEditions: [{ id: AKERSHUS.id, name: AKERSHUS.name }]
		});
		// The dead s2 is not asked: the second statement is s3.
		expect(
			view([{ type: 'START' }, { type: 'ANSWER', stance: 2 }, { type: 'TOGGLE_IMPORTANT' }])
		).toEqual({
			screen: 'answering',
			statement: asked(2, 'Helse'),
			topicName: 'Helse',
			position: 2,
			total: 2,
			answer: { stance: null, important: true },
			important: true,
			// Marked important before answering: not a skip.
			skipped: false,
			canShowResults: true,
			otherEditions: [{ id: AKERSHUS.id, name: AKERSHUS.name }]
		});
	});

	test('another edition asks its own statements', () => {
		const akershus = quizView(
			quizContent(DATASET, AKERSHUS),
			after(quizInput(quizContent(DATASET, AKERSHUS)), [{ type: 'START' }])
		);
		expect(akershus).toMatchObject({
			screen: 'answering',
			statement: asked(1, 'Skole'),
			topicName: 'Skole',
			position: 1,
			total: 1
		});
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
			{ type: 'GO_TO', index: 1 }
		]);
		expect(v).toMatchObject({ screen: 'answering', statement: asked(2, 'Helse'), position: 2 });
	});

	test('a skip is a skip', () => {
		expect(view([{ type: 'START' }, { type: 'SKIP' }, { type: 'BACK' }])).toMatchObject({
			skipped: true
		});
	});

	test('the intro estimates the minutes from the statements asked, at least one', () => {
		const ids = Array.from({ length: 34 }, (_, i) => `n${i}`);
		const many: Dataset = {
			...DATASET,
			statements: ids.map(
				(id) => ({ id, topic: 'helse', text: id, direction: 'other', hash: `h-${id}` }) as const
			),
			editions: [{ ...OSLO, parties: [party('a', 'Alfa-partiet', ids)] }]
		};
		const intro = quizView(
			quizContent(many, many.editions[0]!),
			after(quizInput(quizContent(many, many.editions[0]!)))
		);
		expect(intro).toMatchObject({
			statementCount: 34,
			minutes: Math.round((34 * SECONDS_PER_STATEMENT) / 60)
		});
		expect(view([])).toMatchObject({ statementCount: 2, minutes: 1 });
	});

	test('the place the history keeps: intro, statement index or results, never the answers', () => {
		expect(quizPlace(after(INPUT, []))).toEqual({ step: 'intro', index: 0 });
		expect(quizPlace(after(INPUT, [{ type: 'START' }, { type: 'ANSWER', stance: 1 }]))).toEqual({
			step: 'answering',
			index: 1
		});
		const results = after(INPUT, [
			{ type: 'START' },
			{ type: 'ANSWER', stance: 1 },
			{ type: 'SHOW_RESULTS' }
		]);
		expect(quizPlace(results)).toEqual({ step: 'results', index: 0 });
		const revising = after(INPUT, [
			{ type: 'START' },
			{ type: 'ANSWER', stance: 1 },
			{ type: 'SHOW_RESULTS' },
			{ type: 'GO_TO', index: 1 }
		]);
		expect(quizPlace(revising)).toEqual({ step: 'answering', index: 1 });
		expect(samePlace({ step: 'answering', index: 1 }, { step: 'answering', index: 1 })).toBe(true);
		expect(samePlace({ step: 'answering', index: 1 }, { step: 'answering', index: 0 })).toBe(false);
		expect(samePlace({ step: 'intro', index: 0 }, { step: 'results', index: 0 })).toBe(false);
	});

	test('the results carry the answers', () => {
		const v = view([{ type: 'START' }, { type: 'ANSWER', stance: 1 }, { type: 'SHOW_RESULTS' }]);
		expect(v).toEqual({ screen: 'results', answers: { s1: { stance: 1, important: false } } });
	});

	test('a snapshot from other data, whose statement is not in the dataset, shows the intro', () => {
		const other = after({ ...INPUT, statements: [{ id: 'x', text: 'X' }] }, [{ type: 'START' }]);
		expect(quizView(OSLO_CONTENT, other).screen).toBe('intro');
	});
});
