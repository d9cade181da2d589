import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { quizMachine, statementHash } from './machine.ts';
import { QUIZ_STEPS, RECORD_SCHEMA, clockOf, recordOf, serialiseRecord } from './record.ts';
import type { QuizRecord, StoredAnswer } from './record.ts';
import { parseRecord } from './record-parse.ts';
import type { ParsedRecord } from './record-parse.ts';
import { THREE, after } from './test-support.ts';
import type { QuizEvent } from './types.ts';

const [H1, H2, H3] = THREE.statements.map((s) => statementHash(s.text));

const GOOD: QuizRecord = {
	schema: 4,
	dataset: 'v1',
	edition: 'oslo',
	step: 'answering',
	index: 2,
	cleared: 0,
	answers: {
		s1: { stance: 2, important: true, hash: H1!, rev: 1 },
		s2: { stance: null, important: false, hash: H2!, rev: 1 }
	}
};

/** `GOOD` as schema 3 stored it: no revisions, no `cleared`. */
function schema3(schema: 2 | 3 = 3): Loose {
	const { cleared: _, answers, ...envelope } = GOOD;
	return {
		...envelope,
		schema,
		answers: Object.fromEntries(
			Object.entries(answers).map(([id, { rev: __, ...answer }]) => [id, answer])
		)
	};
}

/** Stored JSON as a test edits it: any path, any value (tampering is the point). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;

/** What `parseRecord` gives for the stored JSON of `value`. */
const parse = (value: unknown): ParsedRecord => parseRecord(JSON.stringify(value));

/** `GOOD` as loose JSON with `edit` applied (tampering is the point). */
function edited(edit: (record: Loose) => void): ParsedRecord {
	const copy: Loose = structuredClone(GOOD);
	edit(copy);
	return parse(copy);
}

/**
 * Stored by the schema 1 code (the XState persisted snapshot), exactly as it wrote them, for
 * THREE: START, TOGGLE_IMPORTANT, ANSWER 2, SKIP; and START, ANSWER -1, SHOW_RESULTS, GO_TO 0.
 */
const SCHEMA_1 = [
	'{"schema":1,"dataset":"v1","snapshot":{"status":"active","value":"answering","historyValue":{},"context":{"statementIds":["s1","s2","s3"],"statementHashes":["1fw6wv5","0epf03s","0qtsm6v"],"editions":["akershus","oslo"],"presetEdition":"oslo","datasetVersion":"v1","answers":{"s1":{"stance":2,"important":true},"s2":{"stance":null,"important":false}},"edition":"oslo","index":2,"returnToResults":false},"children":{}},"hashes":{"s1":"1fw6wv5","s2":"0epf03s"}}',
	'{"schema":1,"dataset":"v1","snapshot":{"status":"active","value":"answering","historyValue":{},"context":{"statementIds":["s1","s2","s3"],"statementHashes":["1fw6wv5","0epf03s","0qtsm6v"],"editions":["akershus","oslo"],"presetEdition":"oslo","datasetVersion":"v1","answers":{"s1":{"stance":-1,"important":false}},"edition":"oslo","index":0,"returnToResults":true},"children":{}},"hashes":{"s1":"1fw6wv5"}}'
] as const;

describe('recordOf', () => {
	test('describes a snapshot: version, edition, step, index and each answer with its hash', () => {
		const s = after(THREE, [
			{ type: 'START' },
			{ type: 'TOGGLE_IMPORTANT' },
			{ type: 'ANSWER', stance: 2 },
			{ type: 'SKIP' }
		]);
		expect(recordOf(s)).toEqual(GOOD);
		expect(serialiseRecord(recordOf(s))).toBe(
			`{"schema":4,"dataset":"v1","edition":"oslo","step":"answering","index":2,"cleared":0,"answers":{"s1":{"stance":2,"important":true,"hash":"${H1}","rev":1},"s2":{"stance":null,"important":false,"hash":"${H2}","rev":1}}}`
		);
	});

	test('an answer keeps its revision while it says the same; a changed or new one gets the next', () => {
		const events: QuizEvent[] = [{ type: 'START' }, { type: 'ANSWER', stance: 1 }];
		const previous: QuizRecord = {
			...GOOD,
			cleared: 4,
			answers: {
				s1: { stance: 1, important: false, hash: H1!, rev: 6 },
				s2: { stance: 2, important: false, hash: H2!, rev: 9 }
			}
		};
		// s1 unchanged, s2 answered anew (skipped), s3 new.
		const record = recordOf(
			after(THREE, [...events, { type: 'SKIP' }, { type: 'ANSWER', stance: -2 }]),
			previous
		);
		expect(record.cleared).toBe(4);
		expect(record.answers).toEqual({
			s1: { stance: 1, important: false, hash: H1, rev: 6 },
			s2: { stance: null, important: false, hash: H2, rev: 10 },
			s3: { stance: -2, important: false, hash: H3, rev: 10 }
		});
		expect(clockOf(record)).toBe(10);
		// A changed hash (the statement's text changed) is a changed answer too.
		const moved = { ...previous, answers: { s1: { ...previous.answers['s1']!, hash: 'other' } } };
		expect(recordOf(after(THREE, events), moved).answers['s1']?.rev).toBe(7);
	});

	test('writes the answers carried for statements the edition does not ask after its own, unchanged', () => {
		const carried = {
			x9: { stance: -2, important: true, hash: 'abcdefg', rev: 1 },
			x1: { stance: null, important: false, hash: '0000000', rev: 1 }
		} satisfies Record<string, StoredAnswer>;
		const base = after(THREE, [{ type: 'START' }, { type: 'ANSWER', stance: 1 }]);
		const snapshot = quizMachine.resolveState({
			value: base.value,
			context: { ...base.context, carried }
		});
		const record = recordOf(snapshot);
		expect(record.answers).toEqual({
			s1: { stance: 1, important: false, hash: H1, rev: 1 },
			...carried
		});
		expect(Object.keys(record.answers)).toEqual(['s1', 'x9', 'x1']);
		expect(parseRecord(serialiseRecord(record))).toEqual(ok(record));
	});

	test('names each step in its own words', () => {
		const done: QuizEvent[] = [
			{ type: 'START' },
			{ type: 'ANSWER', stance: 1 },
			{ type: 'SHOW_RESULTS' }
		];
		expect(recordOf(after(THREE)).step).toBe('intro');
		expect(recordOf(after(THREE, done)).step).toBe('results');
		expect(recordOf(after(THREE, [...done, { type: 'GO_TO', index: 2 }])).step).toBe('revising');
		expect(recordOf(after(THREE, [...done, { type: 'CONTINUE' }])).step).toBe('answering');
	});
});

const recordArb: fc.Arbitrary<QuizRecord> = fc.nat(20).chain((cleared) =>
	fc.record({
		schema: fc.constant(RECORD_SCHEMA),
		dataset: fc.string(),
		edition: fc.string(),
		step: fc.constantFrom(...QUIZ_STEPS),
		index: fc.nat(),
		cleared: fc.constant(cleared),
		answers: fc.dictionary(
			fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'toString')),
			fc.record({
				stance: fc.constantFrom(null, -2, -1, 0, 1, 2),
				important: fc.boolean(),
				hash: fc.string(),
				rev: fc.integer({ min: cleared + 1, max: cleared + 50 })
			})
		)
	})
);

/** What `parseRecord` gives for a record stored as it is, with `dropped` malformed answers. */
const ok = (record: QuizRecord, dropped = 0): ParsedRecord => ({
	ok: true,
	record,
	dropped,
	migrated: false,
	schema: 4
});

describe('parseRecord', () => {
	propTest.prop([recordArb])('every record survives serialise and parse unchanged', (record) => {
		const parsed = parseRecord(serialiseRecord(record));
		expect(parsed).toEqual(ok(record));
		if (parsed.ok) expect(Object.keys(parsed.record.answers)).toEqual(Object.keys(record.answers));
	});

	test.each<[string, unknown]>([
		['stance 7', { stance: 7, important: false, hash: H1, rev: 1 }],
		['stance "1"', { stance: '1', important: false, hash: H1, rev: 1 }],
		['stance missing', { important: false, hash: H1, rev: 1 }],
		['important "yes"', { stance: 1, important: 'yes', hash: H1, rev: 1 }],
		['hash missing', { stance: 1, important: false, rev: 1 }],
		['hash a number', { stance: 1, important: false, hash: 5, rev: 1 }],
		['rev missing', { stance: 1, important: false, hash: H1 }],
		['rev 0', { stance: 1, important: false, hash: H1, rev: 0 }],
		['rev fractional', { stance: 1, important: false, hash: H1, rev: 1.5 }],
		['rev a string', { stance: 1, important: false, hash: H1, rev: '2' }],
		['a number', 1],
		['null', null],
		['an array', [1, false, H1]],
		['a string', 'agree']
	])('a malformed answer (%s) drops that answer only', (_, bad) => {
		const parsed = edited((r) => {
			r.answers.s3 = bad;
		});
		expect(parsed).toEqual(ok(GOOD, 1));
	});

	test('an answer at or below the deletion the record knows of is dropped', () => {
		const parsed = edited((r) => {
			r.cleared = 1;
			r.answers.s3 = { stance: 1, important: false, hash: H3, rev: 2 };
		});
		expect(parsed).toEqual(
			ok(
				{
					...GOOD,
					cleared: 1,
					answers: { s3: { stance: 1, important: false, hash: H3!, rev: 2 } }
				},
				2
			)
		);
	});

	test('several malformed answers are each counted', () => {
		const parsed = edited((r) => {
			r.answers = { ...GOOD.answers, s3: 1, s4: { stance: 9, important: true, hash: H3, rev: 1 } };
		});
		expect(parsed).toEqual(ok(GOOD, 2));
	});

	test.each(['{', '', 'undefined', '[]', '"x"', 'null', '42', '{}', '{"schema":"3"}'])(
		'%j is unreadable',
		(raw) => {
			expect(parseRecord(raw)).toEqual({ ok: false });
		}
	);

	test.each<[string, (r: Loose) => void]>([
		['another schema', (r) => (r.schema = 5)],
		['schema 0', (r) => (r.schema = 0)],
		['dataset a number', (r) => (r.dataset = 1)],
		['edition null', (r) => (r.edition = null)],
		['unknown step', (r) => (r.step = 'finished')],
		['step as a state value', (r) => (r.step = { answering: 'revising' })],
		['index negative', (r) => (r.index = -1)],
		['index fractional', (r) => (r.index = 1.5)],
		['index a string', (r) => (r.index = '2')],
		['cleared missing', (r) => delete r.cleared],
		['cleared negative', (r) => (r.cleared = -1)],
		['answers an array', (r) => (r.answers = [])],
		['answers null', (r) => (r.answers = null)],
		['answers missing', (r) => delete r.answers]
	])('a malformed envelope (%s) is unreadable', (_, edit) => {
		expect(edited(edit)).toEqual({ ok: false });
	});

	/** A stored value as anything may have left it: text, JSON, or a record with a field swapped. */
	const storedText = fc.oneof(
		fc.string({ unit: 'binary' }),
		fc.jsonValue().map((v) => JSON.stringify(v)),
		fc
			.tuple(
				fc.constantFrom('schema', 'dataset', 'edition', 'step', 'index', 'cleared', 'answers'),
				fc.jsonValue({ maxDepth: 2 })
			)
			.map(([key, value]) => JSON.stringify({ ...GOOD, [key]: value })),
		fc
			.tuple(fc.constantFrom('stance', 'important', 'hash', 'rev'), fc.jsonValue({ maxDepth: 1 }))
			.map(([key, value]) =>
				JSON.stringify({
					...GOOD,
					answers: { ...GOOD.answers, s1: { ...GOOD.answers.s1, [key]: value } }
				})
			)
	);

	propTest.prop([storedText])(
		'never throws on any stored text; what it reads, it reads again the same once saved',
		(raw) => {
			const parsed = parseRecord(raw);
			if (!parsed.ok) return;
			const again = parseRecord(serialiseRecord(parsed.record));
			expect(again.ok && again.record).toEqual(parsed.record);
		}
	);

	test('prototype keys stay plain own keys and pollute nothing', () => {
		const raw = serialiseRecord(GOOD).replace(
			'"answers":{',
			`"answers":{"__proto__":{"stance":2,"important":true,"hash":"x","rev":1,"polluted":1},"constructor":{"stance":1,"important":false,"hash":"y","rev":1},`
		);
		const parsed = parseRecord(raw);
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		const { answers } = parsed.record;
		expect(Object.getPrototypeOf(answers)).toBe(Object.prototype);
		expect(Object.keys(answers).sort()).toEqual(['__proto__', 'constructor', 's1', 's2']);
		expect(Object.getOwnPropertyDescriptor(answers, '__proto__')?.value).toEqual({
			stance: 2,
			important: true,
			hash: 'x',
			rev: 1
		});
		expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
		// Serialising again keeps them as keys.
		expect(parseRecord(serialiseRecord(parsed.record))).toEqual(parsed);
	});
});

describe('schema 3 and 2 migration', () => {
	test('a schema 3 record keeps every answer, at revision 1, and its position', () => {
		expect(parse(schema3())).toEqual({ ...ok(GOOD), schema: 3 });
	});

	test('a schema 2 record becomes the same record, marked migrated', () => {
		expect(parse(schema3(2))).toEqual({ ...ok(GOOD), migrated: true, schema: 2 });
	});

	test('their malformed answers and envelope are handled as in schema 4', () => {
		const stored = (edit: (r: Loose) => void) => {
			const copy = schema3(2);
			edit(copy);
			return parse(copy);
		};
		expect(stored((r) => (r.answers.s3 = { stance: 9 }))).toEqual({
			...ok(GOOD, 1),
			migrated: true,
			schema: 2
		});
		expect(stored((r) => (r.index = -1))).toEqual({ ok: false });
	});
});

describe('schema 1 migration', () => {
	test('the snapshot the old code stored becomes the same record', () => {
		expect(parseRecord(SCHEMA_1[0])).toEqual({ ...ok(GOOD), migrated: true, schema: 1 });
	});

	test('editing from the results (returnToResults) becomes the revising step', () => {
		expect(parseRecord(SCHEMA_1[1])).toEqual({
			...ok({
				...GOOD,
				step: 'revising',
				index: 0,
				answers: { s1: { stance: -1, important: false, hash: H1!, rev: 1 } }
			}),
			migrated: true,
			schema: 1
		});
	});

	/** The first sample with `edit` applied to its parsed JSON. */
	function schema1(edit: (stored: Loose) => void) {
		const stored = JSON.parse(SCHEMA_1[0]);
		edit(stored);
		return parse(stored);
	}

	test('an answer without its hash, or malformed, is dropped alone', () => {
		expect(schema1((x) => delete x.hashes.s2)).toEqual({
			...ok({ ...GOOD, answers: { s1: GOOD.answers['s1']! } }, 1),
			migrated: true,
			schema: 1
		});
		expect(schema1((x) => (x.snapshot.context.answers.s1 = { stance: 5 }))).toEqual({
			...ok({ ...GOOD, answers: { s2: GOOD.answers['s2']! } }, 1),
			migrated: true,
			schema: 1
		});
	});

	test.each<[string, (x: Loose) => void]>([
		['snapshot missing', (x) => delete x.snapshot],
		['hashes an array', (x) => (x.hashes = [])],
		['status done', (x) => (x.snapshot.status = 'done')],
		['unknown state value', (x) => (x.snapshot.value = 'finished')],
		['edition null', (x) => (x.snapshot.context.edition = null)],
		['index a string', (x) => (x.snapshot.context.index = '2')],
		['returnToResults a string', (x) => (x.snapshot.context.returnToResults = 'true')],
		['answers an array', (x) => (x.snapshot.context.answers = [])]
	])('a malformed schema 1 envelope (%s) is unreadable', (_, edit) => {
		expect(schema1(edit)).toEqual({ ok: false });
	});
});
