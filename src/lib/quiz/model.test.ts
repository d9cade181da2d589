/**
 * Model-based tests: `xstate/graph` explores the machine over a two-statement input with an
 * explicit list of payload events (valid and invalid). The graph must take every transition
 * of the definition and nothing else, never enable an invalid payload, and keep the
 * invariants in every reachable snapshot; sampled shortest paths replay on an actor that is
 * saved and restored after every step. The input is small on purpose: every transition is
 * already reachable with two statements, and the work stays a few thousand transitions.
 */
import { fc, test as propTest } from '@fast-check/vitest';
import { createActor } from 'xstate';
import type { AnyStateNode } from 'xstate';
import {
	adjacencyMapToArray,
	getAdjacencyMap,
	getShortestPaths,
	getSimplePaths
} from 'xstate/graph';
import { describe, expect, test } from 'vitest';
import { quizMachine } from './machine.ts';
import type { QuizActor, QuizSnapshot, QuizStateValue } from './machine.ts';
import { restore } from './restore.ts';
import { save } from './store.ts';
import { answeredCount, skippedCount } from './selectors.ts';
import { MemoryStorage, THREE, essence, untyped, withInput } from './test-support.ts';
import type { QuizEvent } from './types.ts';

const TWO = withInput(THREE, { statements: THREE.statements.slice(0, 2) });

/** Events the traversal tries, payloads included; the invalid ones must never fire. */
const INVALID: QuizEvent[] = [
	untyped({ type: 'ANSWER', stance: 7 }),
	untyped({ type: 'GO_TO', index: 2 }),
	untyped({ type: 'GO_TO', index: -1 }),
	untyped({ type: 'SHOW', step: 'answering', index: 2 }),
	untyped({ type: 'SHOW', step: 'elsewhere', index: 0 })
];
const EVENTS: QuizEvent[] = [
	{ type: 'START' },
	{ type: 'ANSWER', stance: 1 },
	{ type: 'SKIP' },
	{ type: 'BACK' },
	{ type: 'TOGGLE_IMPORTANT' },
	{ type: 'SHOW_RESULTS' },
	{ type: 'GO_TO', index: 0 },
	{ type: 'GO_TO', index: 1 },
	{ type: 'CONTINUE' },
	{ type: 'CLEAR' },
	{ type: 'SHOW', step: 'intro', index: 0 },
	{ type: 'SHOW', step: 'answering', index: 0 },
	{ type: 'SHOW', step: 'answering', index: 1 },
	{ type: 'SHOW', step: 'results', index: 0 },
	...INVALID
];

/** Every (source, event, target) the design allows, by leaf state; guarded branches separately. */
const EXPECTED = [
	'intro START answering.stepping',
	'intro CLEAR intro',
	'answering.stepping ANSWER answering.stepping',
	'answering.stepping ANSWER results',
	'answering.stepping SKIP answering.stepping',
	'answering.stepping SKIP results',
	'answering.stepping BACK answering.stepping',
	'answering.stepping BACK intro',
	'answering.stepping TOGGLE_IMPORTANT answering.stepping',
	'answering.stepping SHOW_RESULTS results',
	'answering.stepping CLEAR intro',
	'answering.revising ANSWER results',
	'answering.revising SKIP results',
	'answering.revising BACK results',
	'answering.revising TOGGLE_IMPORTANT answering.revising',
	'answering.revising SHOW_RESULTS results',
	'answering.revising CLEAR intro',
	'results GO_TO answering.revising',
	'results CONTINUE answering.stepping',
	'results CLEAR intro',
	// The browser's history moved: from anywhere to the intro, a statement or the results.
	...['intro', 'answering.stepping', 'answering.revising', 'results'].flatMap((from) =>
		['intro', 'answering.stepping', 'results'].map((to) => `${from} SHOW ${to}`)
	)
].sort();

/** `answering.stepping` for `{ answering: 'stepping' }`. */
function label(value: QuizStateValue): string {
	return typeof value === 'string' ? value : `answering.${value.answering}`;
}

/** The leaf a transition into `node` ends in: its initial child, if it has one. */
function leafOf(node: AnyStateNode): AnyStateNode {
	const initial = node.initial?.target[0];
	return initial ? leafOf(initial) : node;
}

function leaves(node: AnyStateNode): AnyStateNode[] {
	const children = Object.values(node.states);
	return children.length === 0 ? [node] : children.flatMap(leaves);
}

/** Invariants every reachable snapshot satisfies. */
function checkInvariants(s: QuizSnapshot): void {
	const { context } = s;
	const n = context.statementIds.length;
	expect(Number.isInteger(context.index) && context.index >= 0 && context.index < n).toBe(true);
	if (s.value === 'intro') expect(context.index).toBe(0);
	expect(context.edition).toBe(TWO.edition);
	for (const [id, answer] of Object.entries(context.answers)) {
		expect(context.statementIds).toContain(id);
		expect([null, -2, -1, 0, 1, 2]).toContain(answer.stance);
	}
}

describe('model-based', () => {
	const edges = adjacencyMapToArray(getAdjacencyMap(quizMachine, { events: EVENTS, input: TWO }));
	const snapshots = new Map(edges.map((e) => [JSON.stringify(essence(e.state)), e.state]));

	test('the definition has exactly the expected transitions', () => {
		const fromDefinition = new Set<string>();
		for (const leaf of leaves(quizMachine.root)) {
			// A leaf takes its own transitions and those of every ancestor.
			for (let owner: AnyStateNode | undefined = leaf; owner; owner = owner.parent) {
				for (const [type, transitions] of Object.entries(owner.on)) {
					for (const t of transitions) {
						const target = t.target?.[0] ? leafOf(t.target[0]) : leaf;
						fromDefinition.add(`${leaf.path.join('.')} ${type} ${target.path.join('.')}`);
					}
				}
			}
		}
		expect([...fromDefinition].sort()).toEqual(EXPECTED);
	});

	test('the state graph takes every transition of the definition, and ignored events change nothing', () => {
		const taken = new Set<string>();
		for (const { state, event, nextState } of edges) {
			if (state.can(event)) {
				taken.add(`${label(state.value)} ${event.type} ${label(nextState.value)}`);
			} else {
				expect(essence(nextState)).toEqual(essence(state));
			}
		}
		expect([...taken].sort()).toEqual(EXPECTED);
	});

	test('invalid payloads are never enabled anywhere in the graph', () => {
		expect(snapshots.size).toBeGreaterThan(100);
		for (const snapshot of snapshots.values()) {
			for (const event of INVALID) expect(snapshot.can(event)).toBe(false);
		}
	});

	test('every reachable snapshot keeps the invariants', () => {
		for (const snapshot of snapshots.values()) checkInvariants(snapshot);
	});

	test('simple paths to results: every mix of answers and skips ends there', () => {
		const paths = getSimplePaths(quizMachine, {
			events: [{ type: 'START' }, { type: 'ANSWER', stance: 1 }, { type: 'SKIP' }],
			input: THREE,
			toState: (s) => s.matches('results')
		});
		// 2 choices for each of 3 statements.
		expect(paths).toHaveLength(8);
		for (const path of paths) {
			const answers = path.steps.filter((s) => s.event.type === 'ANSWER').length;
			// xstate.init, START, then one step per statement.
			expect(path.steps.map((s) => s.event.type).slice(0, 2)).toEqual(['xstate.init', 'START']);
			expect(path.steps).toHaveLength(5);
			expect(answeredCount(path.state)).toBe(answers);
			expect(skippedCount(path.state)).toBe(3 - answers);
			expect(path.state.context.index).toBe(2);
		}
	});

	const shortest = getShortestPaths(quizMachine, { events: EVENTS, input: TWO });

	propTest.prop([fc.constantFrom(...shortest)], { numRuns: 60 })(
		'sampled shortest paths replay on an actor that is saved and restored after each step',
		(path) => {
			const storage = new MemoryStorage();
			let actor: QuizActor = createActor(quizMachine, { input: TWO }).start();
			for (const step of path.steps.slice(1)) {
				actor.send(step.event);
				save(storage, actor.getSnapshot());
				actor.stop();
				actor = restore(storage, TWO).actor;
				expect(essence(actor.getSnapshot())).toEqual(essence(step.state));
			}
			expect(essence(actor.getSnapshot())).toEqual(essence(path.state));
		}
	);
});
