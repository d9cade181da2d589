import { createActor } from 'xstate';
import { describe, expect, test } from 'vitest';
import type { Dataset, Edition } from '#lib/content/types.ts';
import { quizContent } from './content.ts';
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
	progress,
	resumeIndex,
	skippedCount,
	stanceOf
} from './selectors.ts';
import { THREE, actorAfter, after, editionParty, untyped, withInput } from './test-support.ts';
import type { QuizEvent } from './types.ts';

const START: QuizEvent[] = [{ type: 'START' }];
const answer = (stance: -2 | -1 | 0 | 1 | 2): QuizEvent => ({ type: 'ANSWER', stance });
const REVISING = { answering: 'revising' } as const;
const STEPPING = { answering: 'stepping' } as const;

/** Sends `event` and asserts that nothing changed (the event was ignored). */
function expectIgnored(events: QuizEvent[], event: QuizEvent, input = THREE): void {
	const actor = actorAfter(input, events);
	const before = actor.getSnapshot();
	expect(before.can(event)).toBe(false);
	actor.send(event);
	const now = actor.getSnapshot();
	expect(now.value).toEqual(before.value);
	expect(now.context).toEqual(before.context);
}

describe('input and initial state', () => {
	test('starts in intro with nothing answered, in the input edition', () => {
		const s = after(THREE);
		expect(s.value).toBe('intro');
		expect(s.context).toMatchObject({
			answers: {},
			edition: 'oslo',
			index: 0,
			statementIds: ['s1', 's2', 's3'],
			datasetVersion: 'v1'
		});
		expect(s.context.statementHashes).toEqual(THREE.statements.map((x) => statementHash(x.text)));
	});

	test('statementHash is FNV-1a 32 in 7 base-36 digits and depends on the text', () => {
		expect(statementHash('')).toBe((0x811c9dc5).toString(36).padStart(7, '0'));
		expect(statementHash('a')).toMatch(/^[0-9a-z]{7}$/);
		expect(statementHash('a')).not.toBe(statementHash('a '));
	});

	test('quizInput keeps ids, texts, hashes, the edition and the version, asking only what a party speaks to', () => {
		const oslo: Edition = {
			id: 'oslo',
			name: 'Oslo',
			parties: [editionParty('a', 'A', ['z', 'x'])]
		};
		const dataset = {
			version: 'abc',
			topics: [],
			documents: [],
			pledgesPerTopic: {},
			statements: ['x', 'y', 'z', 'w'].map((id) => ({
				id,
				topic: 't',
				text: id.toUpperCase(),
				direction: 'other' as const,
				background: 'B',
				hash: `hash-${id}`
			})),
			editions: [oslo]
		} satisfies Dataset;
		expect(quizInput(quizContent(dataset, oslo))).toEqual({
			statements: [
				{ id: 'x', text: 'X', hash: 'hash-x' },
				{ id: 'z', text: 'Z', hash: 'hash-z' }
			],
			notAsked: [
				{ id: 'y', text: 'Y', hash: 'hash-y' },
				{ id: 'w', text: 'W', hash: 'hash-w' }
			],
			edition: 'oslo',
			datasetVersion: 'abc'
		});
	});
});

describe('intro', () => {
	test('START goes to the first statement, stepping', () => {
		const s = after(THREE, START);
		expect(s.value).toEqual(STEPPING);
		expect(s.context.index).toBe(0);
	});

	test('START is blocked when there are no statements', () => {
		expectIgnored([], { type: 'START' }, withInput(THREE, { statements: [] }));
	});

	test('intro ignores answering and results events', () => {
		for (const event of [
			answer(1),
			{ type: 'SKIP' },
			{ type: 'BACK' },
			{ type: 'TOGGLE_IMPORTANT' },
			{ type: 'SHOW_RESULTS' },
			{ type: 'GO_TO', index: 0 },
			{ type: 'CONTINUE' }
		] satisfies QuizEvent[]) {
			expectIgnored([], event);
		}
	});
});

describe('answering, stepping', () => {
	test('ANSWER stores the stance and advances', () => {
		const s = after(THREE, [...START, answer(2)]);
		expect(s.value).toEqual(STEPPING);
		expect(s.context.index).toBe(1);
		expect(s.context.answers).toEqual({ s1: { stance: 2, important: false } });
		expect(currentStatementId(s)).toBe('s2');
	});

	test('ANSWER with a stance outside -2..2 is ignored, on the last statement too', () => {
		for (const stance of [7, -3, 1.5, '1', null, undefined, Number.NaN]) {
			expectIgnored(START, untyped({ type: 'ANSWER', stance }));
			expectIgnored([...START, answer(1), answer(1)], untyped({ type: 'ANSWER', stance }));
		}
	});

	test('re-answering replaces the stance and keeps the importance flag', () => {
		const s = after(THREE, [
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
		const s = after(THREE, [...START, { type: 'SKIP' }]);
		expect(s.context.answers).toEqual({ s1: { stance: null, important: false } });
		expect(s.context.index).toBe(1);
		const skipped = after(THREE, [
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
		const s = after(THREE, [...START, answer(1), { type: 'BACK' }]);
		expect(s.value).toEqual(STEPPING);
		expect(s.context.index).toBe(0);
		const t = after(THREE, [...START, answer(1), { type: 'BACK' }, { type: 'BACK' }]);
		expect(t.value).toBe('intro');
		expect(t.context.index).toBe(0);
		expect(t.context.answers).toEqual({ s1: { stance: 1, important: false } });
	});

	test('START after going back to intro resumes at the first statement with answers kept', () => {
		const s = after(THREE, [...START, answer(1), { type: 'BACK' }, { type: 'BACK' }, ...START]);
		expect(s.value).toEqual(STEPPING);
		expect(s.context.index).toBe(0);
		expect(stanceOf(s, 's1')).toBe(1);
	});

	test('answering or skipping the last statement leads to results', () => {
		const answered = after(THREE, [...START, answer(1), answer(0), answer(-2)]);
		expect(answered.value).toBe('results');
		expect(answered.context.index).toBe(2);
		expect(answeredCount(answered)).toBe(3);
		const skipped = after(THREE, [...START, answer(1), answer(0), { type: 'SKIP' }]);
		expect(skipped.value).toBe('results');
		expect(answerTo(skipped, 's3')).toEqual({ stance: null, important: false });
	});

	test('skipping every statement still ends in results, where canShowResults is false', () => {
		const s = after(THREE, [...START, { type: 'SKIP' }, { type: 'SKIP' }, { type: 'SKIP' }]);
		expect(s.value).toBe('results');
		expect(canShowResults(s)).toBe(false);
	});

	test('SHOW_RESULTS is blocked with zero answers (skips do not count) and allowed after one', () => {
		expectIgnored(START, { type: 'SHOW_RESULTS' });
		expectIgnored([...START, { type: 'SKIP' }, { type: 'TOGGLE_IMPORTANT' }], {
			type: 'SHOW_RESULTS'
		});
		const s = after(THREE, [...START, answer(-2), { type: 'SHOW_RESULTS' }]);
		expect(s.value).toBe('results');
		expect(s.context.index).toBe(1);
	});

	test('TOGGLE_IMPORTANT before answering creates an importance-only entry', () => {
		const s = after(THREE, [...START, { type: 'TOGGLE_IMPORTANT' }]);
		expect(s.value).toEqual(STEPPING);
		expect(currentAnswer(s)).toEqual({ stance: null, important: true });
		const answered = after(THREE, [...START, { type: 'TOGGLE_IMPORTANT' }, answer(1)]);
		expect(answered.context.answers['s1']).toEqual({ stance: 1, important: true });
	});

	test('TOGGLE_IMPORTANT after answering flips the flag and keeps the stance', () => {
		const events: QuizEvent[] = [...START, answer(1), { type: 'BACK' }];
		const once = after(THREE, [...events, { type: 'TOGGLE_IMPORTANT' }]);
		expect(once.context.answers['s1']).toEqual({ stance: 1, important: true });
		const twice = after(THREE, [
			...events,
			{ type: 'TOGGLE_IMPORTANT' },
			{ type: 'TOGGLE_IMPORTANT' }
		]);
		expect(twice.context.answers['s1']).toEqual({ stance: 1, important: false });
		expect(isImportant(twice, 's1')).toBe(false);
	});

	test('GO_TO and CONTINUE are ignored while answering', () => {
		expectIgnored(START, { type: 'GO_TO', index: 2 });
		expectIgnored(START, { type: 'CONTINUE' });
	});

	test('taking away an importance mark given before answering records nothing, not a skip', () => {
		const s = after(THREE, [...START, { type: 'TOGGLE_IMPORTANT' }, { type: 'TOGGLE_IMPORTANT' }]);
		expect(s.context.answers).toEqual({});
		expect(skippedCount(s)).toBe(0);
		// On a skipped statement the mark comes and goes and the skip stays a stored entry.
		const skipped = after(THREE, [
			...START,
			{ type: 'SKIP' },
			{ type: 'BACK' },
			{ type: 'TOGGLE_IMPORTANT' }
		]);
		expect(skipped.context.answers['s1']).toEqual({ stance: null, important: true });
	});
});

describe('SHOW: the browser history moved', () => {
	test('to a statement, the intro or the results, keeping every answer', () => {
		const done = [...START, answer(1), answer(-1)];
		const back = after(THREE, [...done, { type: 'SHOW', step: 'answering', index: 0 }]);
		expect(back.value).toEqual(STEPPING);
		expect(back.context.index).toBe(0);
		expect(Object.keys(back.context.answers)).toEqual(['s1', 's2']);
		const intro = after(THREE, [...done, { type: 'SHOW', step: 'intro', index: 0 }]);
		expect(intro.value).toBe('intro');
		expect(intro.context.index).toBe(0);
		const results = after(THREE, [...done, { type: 'SHOW', step: 'results', index: 0 }]);
		expect(results.value).toBe('results');
		expect(results.context.answers).toEqual(back.context.answers);
	});

	test('never to results without an answer, nor to a statement that is not there', () => {
		expectIgnored(START, { type: 'SHOW', step: 'results', index: 0 });
		expectIgnored(START, { type: 'SHOW', step: 'answering', index: 3 });
		expectIgnored(START, untyped({ type: 'SHOW', step: 'answering', index: '1' }));
		expectIgnored(START, untyped({ type: 'SHOW', step: 'revising', index: 0 }));
	});
});

describe('results and revising', () => {
	const DONE: QuizEvent[] = [...START, answer(1), answer(0), answer(-2)];

	test('GO_TO opens that statement for revising', () => {
		const s = after(THREE, [...DONE, { type: 'GO_TO', index: 1 }]);
		expect(s.value).toEqual(REVISING);
		expect(s.context.index).toBe(1);
	});

	test('answering the revised statement returns straight to results', () => {
		const s = after(THREE, [...DONE, { type: 'GO_TO', index: 0 }, answer(2)]);
		expect(s.value).toBe('results');
		expect(stanceOf(s, 's1')).toBe(2);
		expect(stanceOf(s, 's2')).toBe(0);
	});

	test('an invalid stance while revising is ignored', () => {
		expectIgnored([...DONE, { type: 'GO_TO', index: 0 }], untyped({ type: 'ANSWER', stance: 3 }));
	});

	test('skipping the revised statement also returns to results', () => {
		const s = after(THREE, [...DONE, { type: 'GO_TO', index: 0 }, { type: 'SKIP' }]);
		expect(s.value).toBe('results');
		expect(stanceOf(s, 's1')).toBeNull();
	});

	test('BACK while revising returns to results without changing the answer', () => {
		const s = after(THREE, [...DONE, { type: 'GO_TO', index: 1 }, { type: 'BACK' }]);
		expect(s.value).toBe('results');
		expect(s.context.answers).toEqual(after(THREE, DONE).context.answers);
	});

	test('importance can be toggled while revising; the voter stays on the statement', () => {
		const s = after(THREE, [...DONE, { type: 'GO_TO', index: 2 }, { type: 'TOGGLE_IMPORTANT' }]);
		expect(s.value).toEqual(REVISING);
		expect(isImportant(s, 's3')).toBe(true);
	});

	test('SHOW_RESULTS while revising returns to results', () => {
		const s = after(THREE, [...DONE, { type: 'GO_TO', index: 1 }, { type: 'SHOW_RESULTS' }]);
		expect(s.value).toBe('results');
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
			{ type: 'START' }
		] satisfies QuizEvent[]) {
			expectIgnored(DONE, event);
		}
	});

	test('CONTINUE steps on from the first open statement, and does not return after one answer', () => {
		const early: QuizEvent[] = [...START, answer(1), { type: 'SHOW_RESULTS' }];
		const s = after(THREE, [...early, { type: 'CONTINUE' }]);
		expect(s.value).toEqual(STEPPING);
		expect(s.context.index).toBe(1);
		// Not a dead end: the next answer moves on to the next statement.
		const t = after(THREE, [...early, { type: 'CONTINUE' }, answer(2)]);
		expect(t.value).toEqual(STEPPING);
		expect(t.context.index).toBe(2);
	});

	test('CONTINUE prefers an open statement, then a skipped one, then the first', () => {
		const skipFirst: QuizEvent[] = [...START, { type: 'SKIP' }, answer(1), answer(1)];
		expect(after(THREE, [...skipFirst, { type: 'CONTINUE' }]).context.index).toBe(0);
		const skipSecond: QuizEvent[] = [...START, answer(1), { type: 'SKIP' }, answer(1)];
		expect(after(THREE, [...skipSecond, { type: 'CONTINUE' }]).context.index).toBe(1);
		const all = after(THREE, [...DONE, { type: 'CONTINUE' }]);
		expect(all.value).toEqual(STEPPING);
		expect(all.context.index).toBe(0);
	});
});

describe('CLEAR', () => {
	const states: Record<string, QuizEvent[]> = {
		intro: [],
		stepping: [...START, answer(1)],
		revising: [...START, answer(1), { type: 'SHOW_RESULTS' }, { type: 'GO_TO', index: 0 }],
		results: [...START, answer(1), { type: 'SHOW_RESULTS' }]
	};

	test.each(Object.entries(states))(
		'in %s clears every answer and mark, back to intro',
		(_, events) => {
			const s = after(THREE, [...events, { type: 'TOGGLE_IMPORTANT' }, { type: 'CLEAR' }]);
			expect(s.value).toBe('intro');
			expect(s.context.answers).toEqual({});
			expect(s.context.index).toBe(0);
			expect(s.context.edition).toBe('oslo');
		}
	);

	test('unknown events never throw and change nothing', () => {
		const actor = actorAfter(THREE, START);
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
			'hasStatements',
			'isFirstStatement',
			'isLastStatement',
			'showIntro',
			'showResults',
			'showStatement',
			'validIndex',
			'validStance',
			'validStanceOnLast'
		]);
	});

	test('the machine has no timers and no actors', () => {
		const nodes = [quizMachine.root, ...Object.values(quizMachine.states)];
		nodes.push(...Object.values(quizMachine.states.answering!.states));
		expect(nodes).toHaveLength(6);
		expect(nodes.map((n) => n.after.length + n.invoke.length)).toEqual([0, 0, 0, 0, 0, 0]);
	});

	test('progress, first/last and currentStatementId follow the index', () => {
		const actor = createActor(quizMachine, { input: THREE }).start();
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
		expect(currentStatementId(after(withInput(THREE, { statements: [] })))).toBeNull();
	});

	test('resumeIndex prefers an open statement, then a skipped one, then -1', () => {
		const ctx = (answers: Record<string, { stance: null | 1; important: boolean }>) => ({
			context: { ...initialContext(THREE), answers }
		});
		const one = { stance: 1, important: false } as const;
		const skip = { stance: null, important: false } as const;
		expect(resumeIndex(ctx({ s1: skip }))).toBe(1);
		expect(resumeIndex(ctx({ s1: one, s2: skip, s3: one }))).toBe(1);
		expect(resumeIndex(ctx({ s1: one, s2: one, s3: one }))).toBe(-1);
	});

	test('selectors never read inherited properties', () => {
		const input = withInput(THREE, {
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
