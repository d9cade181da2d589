/**
 * Model-based tests: `xstate/graph` walks the machine over a 3-statement input with an
 * explicit list of payload events (valid and invalid), and every generated path is replayed
 * against a real actor that is saved and restored after every step.
 */
import { createActor } from 'xstate';
import { createTestModel, getShortestPaths } from 'xstate/graph';
import type { StatePath } from 'xstate/graph';
import { describe, expect, test } from 'vitest';
import { quizMachine } from './machine.ts';
import type { QuizActor, QuizSnapshot } from './machine.ts';
import { restore, safeStorage, save } from './persist.ts';
import { answeredCount, skippedCount } from './selectors.ts';
import { MemoryStorage, THREE, essence, untyped } from './test-support.ts';
import type { QuizEvent, QuizStateValue } from './types.ts';

/** Events the traversal tries, payloads included; the invalid ones must never fire. */
const EVENTS: QuizEvent[] = [
	{ type: 'START' },
	{ type: 'SELECT_EDITION', edition: 'oslo' },
	untyped({ type: 'SELECT_EDITION', edition: 'bergen' }),
	{ type: 'CHANGE_EDITION', edition: 'akershus' },
	untyped({ type: 'CHANGE_EDITION', edition: 'bergen' }),
	{ type: 'ANSWER', stance: 1 },
	untyped({ type: 'ANSWER', stance: 7 }),
	{ type: 'SKIP' },
	{ type: 'BACK' },
	{ type: 'TOGGLE_IMPORTANT' },
	{ type: 'GO_TO', index: 0 },
	{ type: 'GO_TO', index: 2 },
	untyped({ type: 'GO_TO', index: 3 }),
	{ type: 'SHOW_RESULTS' },
	{ type: 'RESTART' },
	{ type: 'CLEAR' }
];

type Triple = `${QuizStateValue} ${QuizEvent['type']} ${QuizStateValue}`;

/** Every (source, event, target) the design allows; guarded branches are separate triples. */
const EXPECTED: Triple[] = [
	'intro START answering',
	'intro SELECT_EDITION intro',
	'intro CHANGE_EDITION intro',
	'intro RESTART intro',
	'intro CLEAR intro',
	'answering ANSWER answering',
	'answering ANSWER results',
	'answering SKIP answering',
	'answering SKIP results',
	'answering BACK answering',
	'answering BACK intro',
	'answering BACK results',
	'answering TOGGLE_IMPORTANT answering',
	'answering SHOW_RESULTS results',
	'answering CHANGE_EDITION answering',
	'answering RESTART intro',
	'answering CLEAR intro',
	'results GO_TO answering',
	'results CHANGE_EDITION results',
	'results RESTART intro',
	'results CLEAR intro'
];

const valueOf = (s: QuizSnapshot): QuizStateValue => s.value;

/**
 * The (source, event, target) triples of the enabled steps of `paths`. The test model keys
 * vertices by snapshot plus the transition that reached them, so paths may contain steps
 * whose event was ignored: those must leave the snapshot unchanged and are not counted.
 */
function covered(paths: StatePath<QuizSnapshot, QuizEvent>[]): Set<Triple> {
	const triples = new Set<Triple>();
	for (const path of paths) {
		const [init, ...steps] = path.steps;
		expect(init?.event.type).toBe('xstate.init');
		let previous = init!.state;
		for (const step of steps) {
			if (previous.can(step.event)) {
				triples.add(`${valueOf(previous)} ${step.event.type} ${valueOf(step.state)}`);
			} else {
				expect(essence(step.state)).toEqual(essence(previous));
			}
			previous = step.state;
		}
	}
	return triples;
}

/** Invariants every reachable snapshot satisfies. */
function checkInvariants(s: QuizSnapshot): void {
	const { context } = s;
	const n = context.statementIds.length;
	expect(Number.isInteger(context.index) && context.index >= 0 && context.index < n).toBe(true);
	if (s.value === 'intro') expect(context.index).toBe(0);
	else expect(context.edition).not.toBeNull();
	if (context.returnToResults) expect(s.value).toBe('answering');
	for (const [id, answer] of Object.entries(context.answers)) {
		expect(context.statementIds).toContain(id);
		expect([null, -2, -1, 0, 1, 2]).toContain(answer.stance);
	}
}

describe('model-based', () => {
	const model = createTestModel(quizMachine, { events: EVENTS, input: THREE });
	const shortest = model.getShortestPaths();

	test('the definition has exactly the expected transitions', () => {
		const fromDefinition = new Set<string>();
		for (const [name, node] of Object.entries(quizMachine.states)) {
			for (const owner of [node, quizMachine.root]) {
				for (const [type, transitions] of Object.entries(owner.on)) {
					for (const t of transitions) {
						fromDefinition.add(`${name} ${type} ${t.target?.[0]?.key ?? name}`);
					}
				}
			}
		}
		expect([...fromDefinition].sort()).toEqual([...EXPECTED].sort());
	});

	test('shortest paths reach every state value', () => {
		expect(new Set(shortest.map((p) => valueOf(p.state)))).toEqual(
			new Set(['intro', 'answering', 'results'])
		);
	});

	test('shortest paths to every (snapshot, incoming transition) take every transition', () => {
		// Key vertices by the enabled transition that reached them too, so that a transition
		// whose target snapshot is also reachable another way (RESTART in intro) gets a path.
		const byTransition = createTestModel(quizMachine, {
			events: EVENTS,
			input: THREE,
			serializeTransition: (_, event, previous) =>
				event && previous?.can(event) ? ` via ${previous.value} ${event.type}` : ''
		});
		const paths = byTransition.getShortestPaths();
		expect([...covered(paths)].sort()).toEqual([...EXPECTED].sort());
	});

	test('invalid payloads are never enabled anywhere in the graph', () => {
		const invalid = EVENTS.filter((e) => /bergen|"stance":7|"index":3/.test(JSON.stringify(e)));
		expect(invalid).toHaveLength(4);
		let checked = 0;
		for (const path of shortest) {
			for (const step of path.steps) {
				for (const event of invalid) {
					expect(step.state.can(event)).toBe(false);
					checked++;
				}
			}
		}
		expect(checked).toBeGreaterThan(1000);
	});

	test('every shortest path replays on an actor that is saved and restored after each step', async () => {
		expect(shortest.length).toBeGreaterThan(100);
		for (const path of shortest) {
			const storage = safeStorage(() => new MemoryStorage());
			let actor: QuizActor = createActor(quizMachine, { input: THREE }).start();
			const check = (state: QuizSnapshot) => {
				checkInvariants(state);
				expect(essence(actor.getSnapshot())).toEqual(essence(state));
			};
			await path.test({
				events: Object.fromEntries(
					EVENTS.map((e) => [
						e.type,
						(step: { event: unknown }) => {
							actor.send(step.event as QuizEvent);
							save(storage, actor);
							const { snapshot, notice } = restore(storage, quizMachine, THREE);
							expect(notice).toEqual({ code: 'restored' });
							actor.stop();
							actor = createActor(quizMachine, { input: THREE, snapshot }).start();
						}
					])
				),
				states: { intro: check, answering: check, results: check }
			});
		}
	});

	test('simple paths to results: every mix of answers and skips ends there', () => {
		const preset = { ...THREE, edition: 'oslo' as const };
		const forward = createTestModel(quizMachine, {
			events: [{ type: 'START' }, { type: 'ANSWER', stance: 1 }, { type: 'SKIP' }],
			input: preset,
			filterEvents: (_, e) => ['START', 'ANSWER', 'SKIP'].includes(e.type)
		});
		const paths = forward.getSimplePaths({ toState: (s) => s.matches('results') });
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

	test('getShortestPaths on the bare machine reaches exactly the snapshots the model visits', () => {
		const bare = getShortestPaths(quizMachine, { events: EVENTS, input: THREE });
		const key = (state: QuizSnapshot) => JSON.stringify(essence(state));
		const visited = new Set(shortest.flatMap((p) => p.steps.map((step) => key(step.state))));
		expect(new Set(bare.map((p) => key(p.state)))).toEqual(visited);
		expect(visited.size).toBeGreaterThan(1000);
	});
});
