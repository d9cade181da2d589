import { createActor } from 'xstate';
import { describe, expect, test } from 'vitest';
import { initialContext, quizInput, quizMachine, statementHash } from './machine.ts';
import {
	answeredCount,
	answerTo,
	canShowResults,
	currentAnswer,
	currentStatementId,
	isFirstStatement,
	isImportant,
	isLastStatement,
	needsEdition,
	progress,
	resumeIndex,
	skippedCount,
	stanceOf
} from './selectors.ts';
import { THREE, actorAfter, after, untyped, withInput } from './test-support.ts';
import type { QuizEvent } from './types.ts';
import type { Dataset } from '#lib/content/types.ts';

const OSLO = withInput(THREE, { edition: 'oslo' });
const START: QuizEvent[] = [{ type: 'START' }];
const answer = (stance: -2 | -1 | 0 | 1 | 2): QuizEvent => ({ type: 'ANSWER', stance });

/** Sends `event` and asserts that nothing changed (the event was ignored). */
function expectIgnored(events: QuizEvent[], event: QuizEvent, input = OSLO): void {
	const actor = actorAfter(input, events);
	const before = actor.getSnapshot();
	expect(before.can(event)).toBe(false);
	actor.send(event);
	const now = actor.getSnapshot();
	expect(now.value).toEqual(before.value);
	expect(now.context).toEqual(before.context);
}

describe('input and initial state', () => {
	test('starts in intro with nothing answered and no edition', () => {
		const s = after(THREE);
		expect(s.value).toBe('intro');
		expect(s.context).toMatchObject({
			answers: {},
			edition: null,
			index: 0,
			returnToResults: false,
			statementIds: ['s1', 's2', 's3'],
			datasetVersion: 'v1'
		});
		expect(needsEdition(s)).toBe(true);
		expect(s.context.statementHashes).toEqual(THREE.statements.map((x) => statementHash(x.text)));
	});

	test('a preset edition is taken only when it is offered', () => {
		expect(after(OSLO).context.edition).toBe('oslo');
		expect(needsEdition(after(OSLO))).toBe(false);
		const bad = withInput(THREE, { editions: ['akershus'], edition: 'oslo' });
		expect(after(bad).context.edition).toBeNull();
		expect(initialContext(bad).presetEdition).toBeNull();
	});

	test('statementHash is FNV-1a 32 in 7 base-36 digits and depends on the text', () => {
		expect(statementHash('')).toBe((0x811c9dc5).toString(36).padStart(7, '0'));
		expect(statementHash('a')).toMatch(/^[0-9a-z]{7}$/);
		expect(statementHash('a')).not.toBe(statementHash('a '));
	});

	test('quizInput keeps only ids, texts, edition ids and the version', () => {
		const dataset = {
			version: 'abc',
			topics: [],
			documents: [],
			statements: [{ id: 'x', topic: 't', text: 'X', direction: 'other', background: 'B' }],
			editions: [{ id: 'oslo', name: 'Oslo', parties: [] }]
		} satisfies Dataset;
		expect(quizInput(dataset, 'oslo')).toEqual({
			statements: [{ id: 'x', text: 'X' }],
			editions: ['oslo'],
			edition: 'oslo',
			datasetVersion: 'abc'
		});
		expect(quizInput(dataset).edition).toBeNull();
	});
});

describe('intro', () => {
	test('START is blocked until an edition is chosen', () => {
		expectIgnored([], { type: 'START' }, THREE);
		const s = after(THREE, [{ type: 'SELECT_EDITION', edition: 'akershus' }, { type: 'START' }]);
		expect(s.value).toBe('answering');
		expect(s.context.edition).toBe('akershus');
		expect(s.context.index).toBe(0);
	});

	test('with a preset edition START works at once', () => {
		expect(after(OSLO, START).value).toBe('answering');
	});

	test('SELECT_EDITION stays in intro and rejects editions that are not offered', () => {
		const s = after(THREE, [{ type: 'SELECT_EDITION', edition: 'oslo' }]);
		expect(s.value).toBe('intro');
		expect(s.context.edition).toBe('oslo');
		for (const edition of ['bergen', '', null, 7, undefined]) {
			expectIgnored([], untyped({ type: 'SELECT_EDITION', edition }), THREE);
		}
		const onlyAkershus = withInput(THREE, { editions: ['akershus'] });
		expectIgnored([], { type: 'SELECT_EDITION', edition: 'oslo' }, onlyAkershus);
	});

	test('START is blocked when there are no statements', () => {
		expectIgnored([], { type: 'START' }, withInput(OSLO, { statements: [] }));
	});

	test('intro ignores answering and results events', () => {
		for (const event of [
			answer(1),
			{ type: 'SKIP' },
			{ type: 'BACK' },
			{ type: 'TOGGLE_IMPORTANT' },
			{ type: 'SHOW_RESULTS' },
			{ type: 'GO_TO', index: 0 }
		] satisfies QuizEvent[]) {
			expectIgnored([], event);
		}
	});
});

describe('answering', () => {
	test('ANSWER stores the stance and advances', () => {
		const s = after(OSLO, [...START, answer(2)]);
		expect(s.value).toBe('answering');
		expect(s.context.index).toBe(1);
		expect(s.context.answers).toEqual({ s1: { stance: 2, important: false } });
		expect(currentStatementId(s)).toBe('s2');
	});

	test('ANSWER with a stance outside -2..2 is ignored', () => {
		for (const stance of [7, -3, 1.5, '1', null, undefined, Number.NaN]) {
			expectIgnored(START, untyped({ type: 'ANSWER', stance }));
		}
	});

	test('re-answering replaces the stance and keeps the importance flag', () => {
		const s = after(OSLO, [
			...START,
			{ type: 'TOGGLE_IMPORTANT' },
			answer(2),
			{ type: 'BACK' },
			answer(-1)
		]);
		expect(s.context.answers['s1']).toEqual({ stance: -1, important: true });
		expect(s.context.index).toBe(1);
	});

	test('SKIP stores stance null, keeps importance, and advances', () => {
		const s = after(OSLO, [...START, { type: 'SKIP' }]);
		expect(s.context.answers).toEqual({ s1: { stance: null, important: false } });
		expect(s.context.index).toBe(1);
		const skipped = after(OSLO, [
			...START,
			answer(1),
			{ type: 'BACK' },
			{ type: 'TOGGLE_IMPORTANT' },
			{ type: 'SKIP' }
		]);
		expect(skipped.context.answers['s1']).toEqual({ stance: null, important: true });
		expect(skippedCount(skipped)).toBe(1);
		expect(answeredCount(skipped)).toBe(0);
	});

	test('BACK goes to the previous statement, and from the first one to intro', () => {
		const s = after(OSLO, [...START, answer(1), { type: 'BACK' }]);
		expect(s.value).toBe('answering');
		expect(s.context.index).toBe(0);
		const t = after(OSLO, [...START, answer(1), { type: 'BACK' }, { type: 'BACK' }]);
		expect(t.value).toBe('intro');
		expect(t.context.index).toBe(0);
		expect(t.context.answers).toEqual({ s1: { stance: 1, important: false } });
		expect(after(OSLO, [...START, { type: 'BACK' }]).value).toBe('intro');
	});

	test('START after going back to intro resumes at the first statement with answers kept', () => {
		const s = after(OSLO, [...START, answer(1), { type: 'BACK' }, { type: 'BACK' }, ...START]);
		expect(s.value).toBe('answering');
		expect(s.context.index).toBe(0);
		expect(stanceOf(s, 's1')).toBe(1);
	});

	test('answering or skipping the last statement leads to results', () => {
		const answered = after(OSLO, [...START, answer(1), answer(0), answer(-2)]);
		expect(answered.value).toBe('results');
		expect(answered.context.index).toBe(2);
		expect(answeredCount(answered)).toBe(3);
		const skipped = after(OSLO, [...START, answer(1), answer(0), { type: 'SKIP' }]);
		expect(skipped.value).toBe('results');
		expect(stanceOf(skipped, 's3')).toBeNull();
		expect(answerTo(skipped, 's3')).toEqual({ stance: null, important: false });
	});

	test('skipping every statement still ends in results, where canShowResults is false', () => {
		const s = after(OSLO, [...START, { type: 'SKIP' }, { type: 'SKIP' }, { type: 'SKIP' }]);
		expect(s.value).toBe('results');
		expect(canShowResults(s)).toBe(false);
	});

	test('SHOW_RESULTS is blocked with zero answers (skips do not count) and allowed after one', () => {
		expectIgnored(START, { type: 'SHOW_RESULTS' });
		expectIgnored([...START, { type: 'SKIP' }, { type: 'TOGGLE_IMPORTANT' }], {
			type: 'SHOW_RESULTS'
		});
		const s = after(OSLO, [...START, answer(-2), { type: 'SHOW_RESULTS' }]);
		expect(s.value).toBe('results');
		expect(s.context.index).toBe(1);
		expect(canShowResults(s)).toBe(true);
	});

	test('TOGGLE_IMPORTANT before answering creates an importance-only entry', () => {
		const s = after(OSLO, [...START, { type: 'TOGGLE_IMPORTANT' }]);
		expect(s.value).toBe('answering');
		expect(s.context.index).toBe(0);
		expect(currentAnswer(s)).toEqual({ stance: null, important: true });
		expect(isImportant(s, 's1')).toBe(true);
		const answered = after(OSLO, [...START, { type: 'TOGGLE_IMPORTANT' }, answer(1)]);
		expect(answered.context.answers['s1']).toEqual({ stance: 1, important: true });
	});

	test('TOGGLE_IMPORTANT after answering flips the flag and keeps the stance', () => {
		const once = after(OSLO, [...START, answer(1), { type: 'BACK' }, { type: 'TOGGLE_IMPORTANT' }]);
		expect(once.context.answers['s1']).toEqual({ stance: 1, important: true });
		const twice = actorAfter(OSLO, [...START, answer(1), { type: 'BACK' }]);
		twice.send({ type: 'TOGGLE_IMPORTANT' });
		twice.send({ type: 'TOGGLE_IMPORTANT' });
		expect(twice.getSnapshot().context.answers['s1']).toEqual({ stance: 1, important: false });
		expect(isImportant(twice.getSnapshot(), 's1')).toBe(false);
	});

	test('SELECT_EDITION and GO_TO are ignored while answering', () => {
		expectIgnored(START, { type: 'SELECT_EDITION', edition: 'akershus' });
		expectIgnored(START, { type: 'GO_TO', index: 2 });
	});
});

describe('results', () => {
	const DONE: QuizEvent[] = [...START, answer(1), answer(0), answer(-2)];

	test('GO_TO opens that statement for editing with returnToResults set', () => {
		const s = after(OSLO, [...DONE, { type: 'GO_TO', index: 1 }]);
		expect(s.value).toBe('answering');
		expect(s.context.index).toBe(1);
		expect(s.context.returnToResults).toBe(true);
	});

	test('answering the edited statement returns straight to results', () => {
		const s = after(OSLO, [...DONE, { type: 'GO_TO', index: 0 }, answer(2)]);
		expect(s.value).toBe('results');
		expect(s.context.returnToResults).toBe(false);
		expect(stanceOf(s, 's1')).toBe(2);
		expect(stanceOf(s, 's2')).toBe(0);
	});

	test('skipping the edited statement also returns to results', () => {
		const s = after(OSLO, [...DONE, { type: 'GO_TO', index: 0 }, { type: 'SKIP' }]);
		expect(s.value).toBe('results');
		expect(s.context.returnToResults).toBe(false);
		expect(stanceOf(s, 's1')).toBeNull();
	});

	test('BACK while editing returns to results without changing the answer', () => {
		const s = after(OSLO, [...DONE, { type: 'GO_TO', index: 1 }, { type: 'BACK' }]);
		expect(s.value).toBe('results');
		expect(s.context.returnToResults).toBe(false);
		expect(stanceOf(s, 's2')).toBe(0);
	});

	test('importance can be toggled while editing; the voter stays on the statement', () => {
		const s = after(OSLO, [...DONE, { type: 'GO_TO', index: 2 }, { type: 'TOGGLE_IMPORTANT' }]);
		expect(s.value).toBe('answering');
		expect(s.context.returnToResults).toBe(true);
		expect(isImportant(s, 's3')).toBe(true);
	});

	test('SHOW_RESULTS while editing returns to results and clears the flag', () => {
		const s = after(OSLO, [...DONE, { type: 'GO_TO', index: 1 }, { type: 'SHOW_RESULTS' }]);
		expect(s.value).toBe('results');
		expect(s.context.returnToResults).toBe(false);
	});

	test('GO_TO with an index out of range or not an integer is ignored', () => {
		for (const index of [-1, 3, 1.5, Number.NaN, Infinity, '1', null]) {
			expectIgnored(DONE, untyped({ type: 'GO_TO', index }));
		}
	});

	test('results ignore answering events', () => {
		for (const event of [
			answer(1),
			{ type: 'SKIP' },
			{ type: 'BACK' },
			{ type: 'TOGGLE_IMPORTANT' },
			{ type: 'SHOW_RESULTS' },
			{ type: 'START' },
			{ type: 'SELECT_EDITION', edition: 'akershus' }
		] satisfies QuizEvent[]) {
			expectIgnored(DONE, event);
		}
	});

	test('after editing, the next answer is an ordinary one again', () => {
		const s = after(OSLO, [
			...START,
			answer(1),
			{ type: 'SHOW_RESULTS' },
			{ type: 'GO_TO', index: 1 }
		]);
		expect(s.context.returnToResults).toBe(true);
		const back = after(OSLO, [
			...START,
			answer(1),
			{ type: 'SHOW_RESULTS' },
			{ type: 'GO_TO', index: 0 },
			answer(2),
			{ type: 'GO_TO', index: 1 }
		]);
		expect(back.value).toBe('answering');
		expect(back.context.index).toBe(1);
	});
});

describe('events allowed everywhere', () => {
	const states: Record<string, QuizEvent[]> = {
		intro: [],
		answering: [...START, answer(1)],
		results: [...START, answer(1), { type: 'SHOW_RESULTS' }]
	};

	test.each(Object.entries(states))(
		'CHANGE_EDITION in %s keeps answers and state',
		(name, events) => {
			const before = after(OSLO, events);
			const s = after(OSLO, [...events, { type: 'CHANGE_EDITION', edition: 'akershus' }]);
			expect(s.value).toBe(name);
			expect(s.context.edition).toBe('akershus');
			expect(s.context.answers).toEqual(before.context.answers);
			expect(s.context.index).toBe(before.context.index);
			expectIgnored(events, untyped({ type: 'CHANGE_EDITION', edition: 'bergen' }));
		}
	);

	test.each(Object.entries(states))(
		'RESTART in %s clears answers and keeps the edition',
		(_, events) => {
			const s = after(OSLO, [
				...events,
				{ type: 'CHANGE_EDITION', edition: 'akershus' },
				{ type: 'RESTART' }
			]);
			expect(s.value).toBe('intro');
			expect(s.context.answers).toEqual({});
			expect(s.context.index).toBe(0);
			expect(s.context.returnToResults).toBe(false);
			expect(s.context.edition).toBe('akershus');
		}
	);

	test.each(Object.entries(states))(
		'CLEAR in %s clears everything back to the preset',
		(_, events) => {
			const s = after(OSLO, [
				...events,
				{ type: 'CHANGE_EDITION', edition: 'akershus' },
				{ type: 'TOGGLE_IMPORTANT' },
				{ type: 'CLEAR' }
			]);
			expect(s.value).toBe('intro');
			expect(s.context.answers).toEqual({});
			expect(s.context.index).toBe(0);
			expect(s.context.edition).toBe('oslo');
		}
	);

	test('CLEAR without a preset forgets the chosen edition', () => {
		const s = after(THREE, [
			{ type: 'SELECT_EDITION', edition: 'akershus' },
			...START,
			answer(1),
			{ type: 'CLEAR' }
		]);
		expect(s.context.edition).toBeNull();
		expect(needsEdition(s)).toBe(true);
	});

	test('RESTART and CLEAR while editing from results reset the return flag', () => {
		const editing: QuizEvent[] = [...states['results']!, { type: 'GO_TO', index: 0 }];
		expect(after(OSLO, [...editing, { type: 'RESTART' }]).context.returnToResults).toBe(false);
		expect(after(OSLO, [...editing, { type: 'CLEAR' }]).context.returnToResults).toBe(false);
	});

	test('unknown events never throw and change nothing', () => {
		const actor = actorAfter(OSLO, START);
		const before = actor.getSnapshot();
		expect(() => actor.send(untyped({ type: 'NOPE' }))).not.toThrow();
		expect(actor.getSnapshot().context).toEqual(before.context);
		expect(actor.getSnapshot().status).toBe('active');
	});
});

describe('guards and selectors', () => {
	test('the guards are the documented named ones', () => {
		expect(Object.keys(quizMachine.implementations.guards).sort()).toEqual([
			'hasAnswer',
			'hasEdition',
			'hasStatements',
			'isFirstStatement',
			'isLastStatement',
			'returnsToResults',
			'validEdition',
			'validIndex',
			'validStance'
		]);
	});

	test('the machine has no timers and no actors', () => {
		const nodes = Object.values(quizMachine.states);
		expect(nodes.map((n) => n.after.length + n.invoke.length)).toEqual([0, 0, 0]);
		expect(quizMachine.root.after).toEqual([]);
	});

	test('progress, first/last and currentStatementId follow the index', () => {
		const actor = createActor(quizMachine, { input: OSLO }).start();
		actor.send({ type: 'START' });
		let s = actor.getSnapshot();
		expect(progress(s)).toEqual({ position: 1, total: 3 });
		expect([isFirstStatement(s), isLastStatement(s)]).toEqual([true, false]);
		actor.send(answer(1));
		actor.send({ type: 'SKIP' });
		s = actor.getSnapshot();
		expect(progress(s)).toEqual({ position: 3, total: 3 });
		expect([isFirstStatement(s), isLastStatement(s)]).toEqual([false, true]);
		expect(currentStatementId(s)).toBe('s3');
		expect(currentAnswer(s)).toBeUndefined();
		expect(answeredCount(s)).toBe(1);
		expect(skippedCount(s)).toBe(1);
	});

	test('currentStatementId is null without statements', () => {
		expect(currentStatementId(after(withInput(OSLO, { statements: [] })))).toBeNull();
	});

	test('resumeIndex prefers an open statement, then a skipped one, then -1', () => {
		const ctx = (answers: Record<string, { stance: null | 1; important: boolean }>) => ({
			context: { ...initialContext(OSLO), answers }
		});
		expect(resumeIndex(ctx({ s1: { stance: null, important: false } }))).toBe(1);
		expect(
			resumeIndex(
				ctx({
					s1: { stance: 1, important: false },
					s2: { stance: null, important: false },
					s3: { stance: 1, important: false }
				})
			)
		).toBe(1);
		expect(
			resumeIndex(
				ctx({
					s1: { stance: 1, important: false },
					s2: { stance: 1, important: false },
					s3: { stance: 1, important: false }
				})
			)
		).toBe(-1);
	});

	test('selectors never read inherited properties', () => {
		const input = withInput(OSLO, {
			statements: [
				{ id: 'constructor', text: 'A' },
				{ id: 'toString', text: 'B' }
			]
		});
		const s = after(input, START);
		expect(currentAnswer(s)).toBeUndefined();
		expect(isImportant(s, 'constructor')).toBe(false);
		expect(answeredCount(s)).toBe(0);
		expect(resumeIndex(s)).toBe(0);
	});
});
