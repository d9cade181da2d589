import { fc, test as propTest } from '@fast-check/vitest';
import { createActor } from 'xstate';
import { describe, expect, test } from 'vitest';
import { quizMachine, statementHash } from './machine.ts';
import type { QuizSnapshot } from './machine.ts';
import { SCHEMA_VERSION, STORAGE_KEY, clear, restore, safeStorage, save } from './persist.ts';
import type { KeyValueStorage, RestoreResult, StoredQuiz } from './persist.ts';
import { answeredCount, resumeIndex } from './selectors.ts';
import {
	MemoryStorage,
	ThrowingStorage,
	actorAfter,
	essence,
	untyped,
	withInput
} from './test-support.ts';
import type { QuizEvent, QuizInput } from './types.ts';

const FIVE: QuizInput = {
	statements: [
		{ id: 'a', text: 'Bompengene bør fjernes.' },
		{ id: 'b', text: 'Det bør bygges flere sykkelveier.' },
		{ id: 'c', text: 'Kommunen bør selge kraftaksjene.' },
		{ id: 'd', text: 'Skolemat bør være gratis.' },
		{ id: 'e', text: 'Eiendomsskatten bør økes.' }
	],
	editions: ['akershus', 'oslo'],
	datasetVersion: 'v1'
};
const START: QuizEvent[] = [{ type: 'SELECT_EDITION', edition: 'oslo' }, { type: 'START' }];
const answer = (stance: -2 | -1 | 0 | 1 | 2): QuizEvent => ({ type: 'ANSWER', stance });

/** Saves the quiz after `events` into fresh memory storage. */
function saved(input: QuizInput, events: QuizEvent[]): MemoryStorage {
	const storage = new MemoryStorage();
	expect(save(storage, actorAfter(input, events))).toBe(true);
	return storage;
}

/** Restores and starts an actor from the result (or fresh when there is no snapshot). */
function resume(storage: KeyValueStorage, input: QuizInput): [QuizSnapshot, RestoreResult] {
	const result = restore(storage, quizMachine, input);
	const actor = createActor(quizMachine, { input, snapshot: result.snapshot }).start();
	return [actor.getSnapshot(), result];
}

/** Stored JSON as a test edits it: any path, any value (that is the point of tampering). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;

/** The stored JSON, edited by `edit`, written back. */
function tamper(storage: MemoryStorage, edit: (stored: Loose) => void) {
	const stored = JSON.parse(storage.getItem(STORAGE_KEY)!);
	edit(stored);
	storage.setItem(STORAGE_KEY, JSON.stringify(stored));
}

describe('round trip', () => {
	test('restores answers, importance, edition, index and state exactly', () => {
		const events: QuizEvent[] = [
			...START,
			answer(2),
			{ type: 'TOGGLE_IMPORTANT' },
			answer(-1),
			{ type: 'SKIP' },
			{ type: 'TOGGLE_IMPORTANT' }
		];
		const original = actorAfter(FIVE, events).getSnapshot();
		const [restored, { notice }] = resume(saved(FIVE, events), FIVE);
		expect(notice).toEqual({ code: 'restored' });
		expect(essence(restored)).toEqual(essence(original));
		expect(restored.value).toBe('answering');
		expect(restored.context).toMatchObject({
			edition: 'oslo',
			index: 3,
			answers: {
				a: { stance: 2, important: false },
				b: { stance: -1, important: true },
				c: { stance: null, important: false },
				d: { stance: null, important: true }
			}
		});
	});

	test('restores results, and editing from results with its return flag', () => {
		const done: QuizEvent[] = [...START, answer(1), { type: 'SHOW_RESULTS' }];
		expect(resume(saved(FIVE, done), FIVE)[0].value).toBe('results');
		const editing = [...done, { type: 'GO_TO', index: 3 } as const];
		const [s] = resume(saved(FIVE, editing), FIVE);
		expect(s.value).toBe('answering');
		expect(s.context).toMatchObject({ index: 3, returnToResults: true });
	});

	test('the restored actor keeps working', () => {
		const [, { snapshot }] = resume(saved(FIVE, [...START, answer(1)]), FIVE);
		const actor = createActor(quizMachine, { input: FIVE, snapshot }).start();
		actor.send(answer(-2));
		actor.send({ type: 'SHOW_RESULTS' });
		expect(actor.getSnapshot().value).toBe('results');
		expect(answeredCount(actor.getSnapshot())).toBe(2);
	});

	test('save writes the schema, dataset version and a hash per answered statement', () => {
		const storage = saved(FIVE, [
			...START,
			answer(1),
			{ type: 'SKIP' },
			{ type: 'TOGGLE_IMPORTANT' }
		]);
		const stored = JSON.parse(storage.getItem(STORAGE_KEY)!) as StoredQuiz;
		expect(stored.schema).toBe(SCHEMA_VERSION);
		expect(stored.dataset).toBe('v1');
		expect(stored.hashes).toEqual({
			a: statementHash(FIVE.statements[0]!.text),
			b: statementHash(FIVE.statements[1]!.text),
			c: statementHash(FIVE.statements[2]!.text)
		});
		expect(stored.snapshot).toMatchObject({ status: 'active', value: 'answering' });
	});

	test('save accepts a snapshot as well as an actor', () => {
		const storage = new MemoryStorage();
		const snapshot = actorAfter(FIVE, [...START, answer(0)]).getSnapshot();
		expect(save(storage, snapshot)).toBe(true);
		expect(essence(resume(storage, FIVE)[0])).toEqual(essence(snapshot));
	});

	test('nothing stored gives notice none and a fresh start', () => {
		const [s, result] = resume(new MemoryStorage(), FIVE);
		expect(result).toEqual({ notice: { code: 'none' } });
		expect(s.value).toBe('intro');
	});

	test('clear removes the stored quiz', () => {
		const storage = saved(FIVE, [...START, answer(1)]);
		clear(storage);
		expect(storage.data.size).toBe(0);
		expect(restore(storage, quizMachine, FIVE).notice).toEqual({ code: 'none' });
	});

	test("the voter's own edition choice survives under the same preset", () => {
		const input = withInput(FIVE, { edition: 'oslo' });
		const events: QuizEvent[] = [
			{ type: 'START' },
			{ type: 'CHANGE_EDITION', edition: 'akershus' }
		];
		const [s] = resume(saved(input, events), input);
		expect(s.context.edition).toBe('akershus');
	});

	test('a new preset edition in the input wins over the stored one; answers are kept', () => {
		const [s, { notice }] = resume(
			saved(FIVE, [...START, answer(1)]),
			withInput(FIVE, { edition: 'akershus' })
		);
		expect(notice).toEqual({ code: 'restored' });
		expect(s.context.edition).toBe('akershus');
		expect(s.context.answers).toEqual({ a: { stance: 1, important: false } });
		expect(s.value).toBe('answering');
	});
});

describe('untrusted data', () => {
	const good = () => saved(FIVE, [...START, answer(1), answer(2)]);
	const reset = { notice: { code: 'reset', reason: 'corrupt' } };

	test.each(['{', '', 'undefined', '[]', '"x"', 'null', '42', '{}', '{"schema":"1"}'])(
		'unparseable or shapeless %j resets as corrupt',
		(raw) => {
			const storage = new MemoryStorage();
			storage.setItem(STORAGE_KEY, raw);
			const [s, result] = resume(storage, FIVE);
			expect(result).toEqual(reset);
			expect(s.value).toBe('intro');
			expect(s.context.answers).toEqual({});
		}
	);

	const tamperings: [string, (stored: Loose) => void][] = [
		['missing snapshot', (x) => delete x.snapshot],
		['dataset not a string', (x) => (x.dataset = 1)],
		['hashes missing', (x) => delete x.hashes],
		['hashes an array', (x) => (x.hashes = [])],
		['hash of an answer missing', (x) => delete x.hashes.a],
		['hash not a string', (x) => (x.hashes.a = 5)],
		['stance 7', (x) => (x.snapshot.context.answers.a.stance = 7)],
		['stance "1"', (x) => (x.snapshot.context.answers.a.stance = '1')],
		['stance missing', (x) => delete x.snapshot.context.answers.a.stance],
		['important not boolean', (x) => (x.snapshot.context.answers.a.important = 'yes')],
		['answer not an object', (x) => (x.snapshot.context.answers.a = 1)],
		['answers an array', (x) => (x.snapshot.context.answers = [])],
		['unknown state value', (x) => (x.snapshot.value = 'finished')],
		['object state value', (x) => (x.snapshot.value = { answering: 'x' })],
		['status done', (x) => (x.snapshot.status = 'done')],
		['context missing', (x) => delete x.snapshot.context],
		['index negative', (x) => (x.snapshot.context.index = -1)],
		['index fractional', (x) => (x.snapshot.context.index = 1.5)],
		['index a string', (x) => (x.snapshot.context.index = '2')],
		['index out of range', (x) => (x.snapshot.context.index = 5)],
		['edition a number', (x) => (x.snapshot.context.edition = 3)],
		['returnToResults a string', (x) => (x.snapshot.context.returnToResults = 'true')],
		[
			'intro with an index',
			(x) => {
				x.snapshot.value = 'intro';
				x.snapshot.context.index = 2;
			}
		],
		[
			'results with the return flag',
			(x) => {
				x.snapshot.value = 'results';
				x.snapshot.context.returnToResults = true;
			}
		]
	];

	test.each(tamperings)('%s resets as corrupt without throwing', (_, edit) => {
		const storage = good();
		tamper(storage, edit);
		const [s, result] = resume(storage, FIVE);
		expect(result).toEqual(reset);
		expect(s.value).toBe('intro');
		expect(s.context.answers).toEqual({});
	});

	test('another schema version resets with reason schema', () => {
		const storage = good();
		tamper(storage, (x) => (x.schema = SCHEMA_VERSION + 1));
		expect(restore(storage, quizMachine, FIVE)).toEqual({
			notice: { code: 'reset', reason: 'schema' }
		});
	});

	test('stored immutable data is ignored: ids, hashes and version come from the input', () => {
		const storage = good();
		tamper(storage, (x) => {
			x.snapshot.context.statementIds = ['evil'];
			x.snapshot.context.editions = ['bergen'];
			x.snapshot.context.presetEdition = 'bergen';
			x.snapshot.context.extra = { huge: true };
		});
		const [s, { notice }] = resume(storage, FIVE);
		expect(notice).toEqual({ code: 'restored' });
		expect(s.context).toEqual({
			...actorAfter(FIVE, [...START, answer(1), answer(2)]).getSnapshot().context
		});
	});

	test('an answer keyed __proto__ is dropped and pollutes nothing', () => {
		const storage = good();
		const raw = storage
			.getItem(STORAGE_KEY)!
			.replace('"answers":{', '"answers":{"__proto__":{"stance":2,"important":true,"polluted":1},')
			.replace('"hashes":{', '"hashes":{"__proto__":"0000000",');
		storage.setItem(STORAGE_KEY, raw);
		const [s, { notice }] = resume(storage, FIVE);
		expect(notice).toEqual({ code: 'partial', dropped: 1, kept: 2 });
		expect(Object.keys(s.context.answers)).toEqual(['a', 'b']);
		expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
		expect(Object.getPrototypeOf(s.context.answers)).toBe(Object.prototype);
	});

	test('an edition that is no longer offered lands in intro with the answers kept', () => {
		const storage = saved(FIVE, [...START, answer(1)]);
		const [s, { notice }] = resume(storage, withInput(FIVE, { editions: ['akershus'] }));
		expect(notice).toEqual({ code: 'restored' });
		expect(s.value).toBe('intro');
		expect(s.context.edition).toBeNull();
		expect(s.context.answers).toEqual({ a: { stance: 1, important: false } });
	});
});

describe('dataset changes', () => {
	/** FIVE at v2 with c's text changed and d removed. */
	const CHANGED: QuizInput = {
		...FIVE,
		datasetVersion: 'v2',
		statements: FIVE.statements
			.filter((s) => s.id !== 'd')
			.map((s) => (s.id === 'c' ? { ...s, text: 'Kommunen bør beholde kraftaksjene.' } : s))
	};
	const ALL: QuizEvent[] = [
		...START,
		answer(1),
		answer(-1),
		answer(2),
		{ type: 'TOGGLE_IMPORTANT' },
		answer(0)
	];

	test('answers to changed and removed statements are dropped, the others kept', () => {
		const [s, { notice }] = resume(saved(FIVE, ALL), CHANGED);
		expect(notice).toEqual({ code: 'partial', dropped: 2, kept: 2 });
		expect(s.context.answers).toEqual({
			a: { stance: 1, important: false },
			b: { stance: -1, important: false }
		});
		expect(s.context.statementIds).toEqual(['a', 'b', 'c', 'e']);
		expect(s.context.datasetVersion).toBe('v2');
		// Lands on the first statement without an answer: the changed one.
		expect(s.value).toBe('answering');
		expect(s.context.index).toBe(2);
		expect(s.context.returnToResults).toBe(false);
		expect(s.context.edition).toBe('oslo');
	});

	test('stored results stay results when an answer survived', () => {
		const done = [...ALL, answer(-2)];
		expect(actorAfter(FIVE, done).getSnapshot().value).toBe('results');
		const [s, { notice }] = resume(saved(FIVE, done), CHANGED);
		expect(notice).toEqual({ code: 'partial', dropped: 2, kept: 3 });
		expect(s.value).toBe('results');
	});

	test('stored results with only skips surviving resume answering at the first skip', () => {
		const done: QuizEvent[] = [
			...START,
			{ type: 'SKIP' },
			answer(1),
			answer(1),
			answer(1),
			answer(1)
		];
		const input: QuizInput = {
			...FIVE,
			datasetVersion: 'v2',
			statements: FIVE.statements.map((s) => (s.id === 'a' ? s : { ...s, text: `${s.text}!` }))
		};
		const [s, { notice }] = resume(saved(FIVE, done), input);
		expect(notice).toEqual({ code: 'partial', dropped: 4, kept: 1 });
		expect(s.value).toBe('answering');
		expect(s.context.index).toBe(1);
	});

	test('nothing surviving lands in intro with the edition kept', () => {
		const input: QuizInput = {
			...FIVE,
			datasetVersion: 'v2',
			statements: [{ id: 'z', text: 'Ny påstand.' }]
		};
		const [s, { notice }] = resume(saved(FIVE, ALL), input);
		expect(notice).toEqual({ code: 'partial', dropped: 4, kept: 0 });
		expect(s.value).toBe('intro');
		expect(s.context.answers).toEqual({});
		expect(s.context.index).toBe(0);
		expect(s.context.edition).toBe('oslo');
	});

	test('a new version with identical texts keeps everything (restored), resuming at the new statement', () => {
		const input: QuizInput = {
			...FIVE,
			datasetVersion: 'v2',
			statements: [
				...FIVE.statements.slice(0, 2),
				{ id: 'n', text: 'Ny.' },
				...FIVE.statements.slice(2)
			]
		};
		const [s, { notice }] = resume(saved(FIVE, ALL), input);
		expect(notice).toEqual({ code: 'restored' });
		expect(Object.keys(s.context.answers)).toEqual(['a', 'b', 'c', 'd']);
		expect(s.value).toBe('answering');
		expect(s.context.index).toBe(2);
	});

	test('a new version with everything answered and stored answering goes to results', () => {
		const events: QuizEvent[] = [...ALL, answer(1), { type: 'GO_TO', index: 0 }];
		const [s, { notice }] = resume(saved(FIVE, events), withInput(FIVE, { datasetVersion: 'v2' }));
		expect(notice).toEqual({ code: 'restored' });
		expect(s.value).toBe('results');
		expect(s.context.returnToResults).toBe(false);
	});

	test('a changed text under the same version still drops that answer', () => {
		const input = {
			...FIVE,
			statements: FIVE.statements.map((s) => ({ ...s, text: s.text + ' ' }))
		};
		const [s, { notice }] = resume(saved(FIVE, [...START, answer(1)]), input);
		expect(notice).toEqual({ code: 'partial', dropped: 1, kept: 0 });
		expect(s.value).toBe('intro');
	});
});

describe('storage failures', () => {
	test('a storage that throws on every call: quiz works from memory, persistent false', () => {
		const raw = new ThrowingStorage();
		const storage = safeStorage(() => raw);
		expect(storage.persistent).toBe(false);
		const actor = actorAfter(FIVE, [...START, answer(1)]);
		expect(save(storage, actor)).toBe(true);
		const [s, { notice }] = resume(storage, FIVE);
		expect(notice).toEqual({ code: 'restored' });
		expect(essence(s)).toEqual(essence(actor.getSnapshot()));
		clear(storage);
		expect(storage.getItem(STORAGE_KEY)).toBeNull();
	});

	test('a getter that throws (blocked localStorage access) falls back to memory', () => {
		const storage = safeStorage(() => {
			throw new Error('Access is denied for this document.');
		});
		expect(storage.persistent).toBe(false);
		storage.setItem('k', 'v');
		expect(storage.getItem('k')).toBe('v');
		storage.removeItem('k');
		expect(storage.getItem('k')).toBeNull();
	});

	test('no storage at all (server rendering) falls back to memory', () => {
		expect(safeStorage(() => undefined).persistent).toBe(false);
		expect(safeStorage(() => null).getItem('x')).toBeNull();
	});

	test('a working storage is used and reported persistent', () => {
		const raw = new MemoryStorage();
		const storage = safeStorage(() => raw);
		expect(storage.persistent).toBe(true);
		storage.setItem('k', 'v');
		expect(raw.getItem('k')).toBe('v');
		expect(raw.data.has('valgomat:probe')).toBe(false);
	});

	test('a storage that starts failing (quota) switches to memory and keeps the latest value', () => {
		const raw = new MemoryStorage();
		const storage = safeStorage(() => raw);
		storage.setItem('k', 'old');
		raw.setItem = () => {
			throw new Error('QuotaExceededError');
		};
		storage.setItem('k', 'new');
		expect(storage.persistent).toBe(false);
		expect(storage.getItem('k')).toBe('new');
	});

	test('save, restore and clear never throw on a raw throwing storage', () => {
		const raw = new ThrowingStorage();
		expect(save(raw, actorAfter(FIVE, START))).toBe(false);
		expect(restore(raw, quizMachine, FIVE)).toEqual({ notice: { code: 'none' } });
		expect(() => clear(raw)).not.toThrow();
		expect(raw.calls).toBe(3);
	});
});

/** Valid events for the property tests (any type, well-formed payloads). */
const validEvent: fc.Arbitrary<QuizEvent> = fc.oneof(
	fc.constantFrom<QuizEvent>(
		{ type: 'START' },
		{ type: 'SKIP' },
		{ type: 'BACK' },
		{ type: 'TOGGLE_IMPORTANT' },
		{ type: 'SHOW_RESULTS' },
		{ type: 'RESTART' },
		{ type: 'CLEAR' }
	),
	fc.constantFrom(-2, -1, 0, 1, 2).map((stance): QuizEvent => ({ type: 'ANSWER', stance })),
	fc.integer({ min: 0, max: 4 }).map((index): QuizEvent => ({ type: 'GO_TO', index })),
	fc
		.constantFrom('akershus', 'oslo')
		.chain((edition) =>
			fc.constantFrom<QuizEvent>(
				{ type: 'SELECT_EDITION', edition },
				{ type: 'CHANGE_EDITION', edition }
			)
		)
);

/** Events with payloads the types forbid. */
const invalidEvent: fc.Arbitrary<QuizEvent> = fc.oneof(
	fc.anything().map((stance) => untyped({ type: 'ANSWER', stance })),
	fc.anything().map((index) => untyped({ type: 'GO_TO', index })),
	fc.anything().map((edition) => untyped({ type: 'CHANGE_EDITION', edition })),
	fc.anything().map((edition) => untyped({ type: 'SELECT_EDITION', edition }))
);

const preset = fc.constantFrom<QuizInput['edition']>(undefined, null, 'oslo', 'akershus');

describe('properties', () => {
	propTest.prop([fc.array(validEvent, { maxLength: 40 }), preset])(
		'any valid event sequence, saved and restored, comes back identical',
		(events, edition) => {
			const input = withInput(FIVE, { edition });
			const original = actorAfter(input, events).getSnapshot();
			const [restored, { notice }] = resume(saved(input, events), input);
			expect(notice).toEqual({ code: 'restored' });
			expect(essence(restored)).toEqual(essence(original));
		}
	);

	propTest.prop([fc.array(fc.oneof(validEvent, invalidEvent), { maxLength: 40 })])(
		'invalid payloads never throw and never change anything',
		(events) => {
			const actor = createActor(quizMachine, { input: FIVE }).start();
			for (const event of events) {
				const before = actor.getSnapshot();
				actor.send(event);
				const after = actor.getSnapshot();
				if (!before.can(event)) expect(essence(after)).toEqual(essence(before));
			}
			expect(actor.getSnapshot().status).toBe('active');
		}
	);

	propTest.prop([
		fc.array(validEvent, { maxLength: 40 }),
		fc.array(fc.constantFrom('same', 'changed', 'removed'), { minLength: 5, maxLength: 5 })
	])(
		'after a dataset change exactly the answers to unchanged statements survive',
		(events, fate) => {
			const storage = saved(FIVE, events);
			const original = actorAfter(FIVE, events).getSnapshot();
			const input: QuizInput = {
				...FIVE,
				datasetVersion: 'v2',
				statements: FIVE.statements.flatMap((s, i) =>
					fate[i] === 'removed' ? [] : [fate[i] === 'changed' ? { ...s, text: `${s.text}?` } : s]
				)
			};
			const [s, { notice }] = resume(storage, input);
			const same = new Set(FIVE.statements.filter((_, i) => fate[i] === 'same').map((x) => x.id));
			const stored = Object.entries(original.context.answers);
			const expected = Object.fromEntries(stored.filter(([id]) => same.has(id)));
			expect(s.context.answers).toEqual(expected);
			const kept = Object.keys(expected).length;
			const dropped = stored.length - kept;
			expect(notice).toEqual(
				dropped === 0 ? { code: 'restored' } : { code: 'partial', dropped, kept }
			);
			// The documented normalisation.
			expect(s.context.returnToResults).toBe(false);
			if (kept === 0 || original.value === 'intro' || s.context.edition === null) {
				expect(s.value).toBe('intro');
				expect(s.context.index).toBe(0);
			} else if (original.value === 'results' && answeredCount(s) > 0) {
				expect(s.value).toBe('results');
			} else if (resumeIndex(s) === -1) {
				expect(s.value).toBe('results');
			} else {
				expect(s.value).toBe('answering');
				expect(s.context.index).toBe(resumeIndex(s));
			}
		}
	);
});
