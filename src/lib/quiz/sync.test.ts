import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { own } from '#lib/scoring/types.ts';
import { statementHash } from './machine.ts';
import { RECORD_SCHEMA, clearedRecord, clockOf, nextRecord, recordOf } from './record.ts';
import type { QuizRecord, StoredAnswer } from './record.ts';
import { mergeRecords, reconcile } from './sync.ts';
import { THREE, after } from './test-support.ts';

const [H1, H2] = THREE.statements.map((s) => statementHash(s.text)) as [string, string];

/** A record at the Oslo quiz's second statement with `answers` and `cleared`. */
function record(answers: Record<string, StoredAnswer>, cleared = 0): QuizRecord {
	return {
		schema: RECORD_SCHEMA,
		dataset: 'v1',
		edition: 'oslo',
		step: 'answering',
		index: 1,
		cleared,
		answers
	};
}

const agree = (rev: number, hash = H1): StoredAnswer => ({
	stance: 1,
	important: false,
	hash,
	rev
});
const disagree = (rev: number, hash = H1): StoredAnswer => ({
	stance: -2,
	important: true,
	hash,
	rev
});

/** What merging decides: the answers and the deletion, the position aside. */
const essence = (r: QuizRecord) => ({ cleared: r.cleared, answers: r.answers });

describe('mergeRecords', () => {
	test('per statement the newer answer wins, whichever tab holds it', () => {
		const ours = record({ s1: agree(3), s2: agree(1, H2) });
		const theirs = record({ s1: disagree(2), s2: disagree(4, H2), s3: agree(5) });
		expect(mergeRecords(ours, theirs).answers).toEqual({
			s1: agree(3),
			s2: disagree(4, H2),
			s3: agree(5)
		});
	});

	test('a deletion drops every answer at or below it, and keeps the later ones', () => {
		const ours = record({ s1: agree(3), s2: agree(6, H2) });
		const theirs = record({ s3: disagree(7) }, 6);
		expect(essence(mergeRecords(ours, theirs))).toEqual({
			cleared: 6,
			answers: { s3: disagree(7) }
		});
	});

	test('two answers given at once (one revision) are decided by content, the same in both tabs', () => {
		const a = record({ s1: agree(4) });
		const b = record({ s1: disagree(4) });
		expect(mergeRecords(a, b).answers).toEqual(mergeRecords(b, a).answers);
		expect(Object.keys(mergeRecords(a, b).answers)).toEqual(['s1']);
	});

	test('the position stays our own', () => {
		const ours = { ...record({}), step: 'results' as const, index: 0 };
		const theirs = { ...record({ s1: agree(1) }), edition: 'akershus', index: 2 };
		expect(mergeRecords(ours, theirs)).toMatchObject({
			step: 'results',
			index: 0,
			edition: 'oslo'
		});
	});

	test('an id such as __proto__ stays a plain key', () => {
		const theirs = record({});
		Object.defineProperty(theirs.answers, '__proto__', {
			value: agree(2),
			enumerable: true,
			writable: true,
			configurable: true
		});
		const merged = mergeRecords(record({ s1: agree(1) }), theirs);
		expect(Object.getPrototypeOf(merged.answers)).toBe(Object.prototype);
		expect(own(merged.answers, '__proto__')).toEqual(agree(2));
	});
});

describe('reconcile', () => {
	test('a removed record means the answers were deleted in another tab: forget, write nothing', () => {
		const ours = record({ s1: agree(3), s2: disagree(5, H2) }, 1);
		expect(reconcile(ours, null)).toEqual({
			kind: 'deleted',
			record: { ...ours, cleared: 5, answers: {} }
		});
	});

	test('newer answers from another tab are adopted, and not written back', () => {
		const ours = record({ s1: agree(1) });
		const theirs = record({ s1: disagree(2), s2: agree(2, H2) });
		expect(reconcile(ours, theirs)).toEqual({
			kind: 'merged',
			record: { ...ours, answers: theirs.answers },
			adopt: true,
			write: false
		});
	});

	test('a stale record from another tab changes nothing here, and the newer one is written back', () => {
		const ours = record({ s1: agree(5) });
		const stale = record({ s1: disagree(4) });
		expect(reconcile(ours, stale)).toEqual({
			kind: 'merged',
			record: ours,
			adopt: false,
			write: true
		});
	});

	test('both tabs changed: each takes the other’s answer and the merge is stored', () => {
		const ours = record({ s1: agree(3) });
		const theirs = record({ s2: agree(3, H2) });
		const result = reconcile(ours, theirs);
		expect(result).toMatchObject({ kind: 'merged', adopt: true, write: true });
		expect(result.record.answers).toEqual({ s1: agree(3), s2: agree(3, H2) });
	});

	test('the same record again changes nothing', () => {
		const ours = record({ s1: agree(3) }, 2);
		expect(reconcile(ours, structuredClone(ours))).toEqual({
			kind: 'merged',
			record: ours,
			adopt: false,
			write: false
		});
	});
});

describe('the clock', () => {
	test('an answer given after a deletion outlives it, even in a tab that had not heard of it', () => {
		// Tab A answered at time 10 and deleted at time 20; tab B, asleep, never saw either
		// and answers at time 30 with nothing seen (its clock at 0).
		const a = clearedRecord(record({ s1: agree(10) }), 20);
		const b = nextRecord(
			after(THREE, [{ type: 'START' }, { type: 'ANSWER', stance: -2 }]),
			record({}),
			30
		);
		expect(a.cleared).toBe(20);
		expect(mergeRecords(a, b).answers).toEqual(b.answers);
		expect(b.answers['s1']?.rev).toBe(30);
	});

	test('changes in one millisecond still count up', () => {
		const previous = record({ s1: agree(50) });
		const next = nextRecord(
			after(THREE, [{ type: 'START' }, { type: 'ANSWER', stance: 2 }]),
			previous,
			40
		);
		expect(next.answers['s1']?.rev).toBe(51);
		expect(clearedRecord(next, 40).cleared).toBe(51);
	});
});

describe('nextRecord', () => {
	test('a change here gets the next revision after everything the tab has seen', () => {
		const previous = record({ s1: agree(7) }, 2);
		const next = nextRecord(
			after(THREE, [{ type: 'START' }, { type: 'ANSWER', stance: -2 }]),
			previous
		);
		expect(next.answers).toEqual({ s1: { stance: -2, important: false, hash: H1, rev: 8 } });
		expect(next.cleared).toBe(2);
	});

	test('answers this tab cannot show (another version of a statement) are kept, not deleted', () => {
		const foreign = agree(4, 'changed');
		const previous = record({ s1: foreign, x: agree(2, 'elsewhere') });
		const snapshot = after(THREE, [
			{ type: 'START' },
			{ type: 'SKIP' },
			{ type: 'ANSWER', stance: 2 }
		]);
		const next = nextRecord(snapshot, previous);
		// The snapshot has its own s1 (a skip): that is a change here, at the next revision.
		expect(next.answers['s1']).toEqual({ stance: null, important: false, hash: H1, rev: 5 });
		expect(next.answers['x']).toEqual(agree(2, 'elsewhere'));
		expect(next.answers['s2']?.rev).toBe(5);
	});

	test('a mark "viktig" taken back on a statement never answered stays gone', () => {
		const marked = after(THREE, [{ type: 'START' }, { type: 'TOGGLE_IMPORTANT' }]);
		const previous = nextRecord(marked, record({}), 10);
		expect(previous.answers['s1']).toEqual({ stance: null, important: true, hash: H1, rev: 10 });
		const unmarked = after(THREE, [
			{ type: 'START' },
			{ type: 'TOGGLE_IMPORTANT' },
			{ type: 'TOGGLE_IMPORTANT' }
		]);
		expect(unmarked.context.answers).toEqual({});
		expect(nextRecord(unmarked, previous, 11).answers).toEqual({});
	});
});

// Properties: records over a few statements, revisions and deletions drawn small so that
// ties and deletions happen often.
const IDS = ['s1', 's2', 's3', '__proto__'] as const;
const answerArb = (cleared: number) =>
	fc.record({
		stance: fc.constantFrom(null, -2, -1, 0, 1, 2),
		important: fc.boolean(),
		hash: fc.constantFrom(H1, H2),
		rev: fc.integer({ min: cleared + 1, max: cleared + 6 })
	});
const recordArb: fc.Arbitrary<QuizRecord> = fc.nat(5).chain((cleared) =>
	fc
		.dictionary(fc.constantFrom(...IDS), answerArb(cleared), { maxKeys: IDS.length })
		.map((answers) => {
			const r = record({}, cleared);
			for (const [id, answer] of Object.entries(answers)) {
				Object.defineProperty(r.answers, id, {
					value: answer,
					enumerable: true,
					writable: true,
					configurable: true
				});
			}
			return r;
		})
);

describe('merge laws', () => {
	propTest.prop([recordArb])('idempotent: a record merged with itself is itself', (a) => {
		expect(essence(mergeRecords(a, a))).toEqual(essence(a));
	});

	propTest.prop([recordArb, recordArb])(
		'merging what is already merged changes nothing',
		(a, b) => {
			const ab = mergeRecords(a, b);
			expect(essence(mergeRecords(ab, b))).toEqual(essence(ab));
			expect(essence(mergeRecords(ab, a))).toEqual(essence(ab));
		}
	);

	propTest.prop([recordArb, recordArb])(
		'commutative: both tabs reach the same answers whichever merges first',
		(a, b) => {
			expect(essence(mergeRecords(a, b))).toEqual(essence(mergeRecords(b, a)));
		}
	);

	propTest.prop([recordArb, recordArb, recordArb])('associative', (a, b, c) => {
		expect(essence(mergeRecords(mergeRecords(a, b), c))).toEqual(
			essence(mergeRecords(a, mergeRecords(b, c)))
		);
	});

	propTest.prop([recordArb, recordArb])(
		'never loses an answer unless a deletion came after it; a newer answer wins per statement',
		(a, b) => {
			const merged = mergeRecords(a, b);
			const cleared = Math.max(a.cleared, b.cleared);
			expect(merged.cleared).toBe(cleared);
			for (const [id, answer] of [...Object.entries(a.answers), ...Object.entries(b.answers)]) {
				const kept = own(merged.answers, id);
				if (answer.rev <= cleared) continue;
				expect(kept).toBeDefined();
				expect(kept!.rev).toBeGreaterThanOrEqual(answer.rev);
			}
			for (const [id, answer] of Object.entries(merged.answers)) {
				expect(answer.rev).toBeGreaterThan(cleared);
				// Every kept answer is one of the two tabs' answers, never a mix.
				expect([own(a.answers, id), own(b.answers, id)]).toContainEqual(answer);
			}
		}
	);

	propTest.prop([recordArb, recordArb])(
		'a deletion in another tab wins over every answer this tab had seen',
		(ours, other) => {
			const seen = mergeRecords(other, ours);
			const deleted = clearedRecord(seen);
			const merged = mergeRecords(ours, deleted);
			expect(merged.answers).toEqual({});
			expect(clockOf(merged)).toBe(clockOf(seen));
		}
	);

	propTest.prop([recordArb, recordArb])(
		'reconcile adopts exactly when the merge differs from ours, and writes exactly when it differs from theirs',
		(ours, theirs) => {
			const result = reconcile(ours, theirs);
			if (result.kind !== 'merged') throw new Error('a record is never a deletion');
			expect(essence(result.record)).toEqual(essence(mergeRecords(ours, theirs)));
			const sorted = (r: QuizRecord) =>
				Object.entries(r.answers)
					.sort(([a], [b]) => (a < b ? -1 : 1))
					.map(([id, { stance, important, hash, rev }]) => [id, stance, important, hash, rev]);
			const same = (x: QuizRecord, y: QuizRecord) =>
				JSON.stringify(sorted(x)) === JSON.stringify(sorted(y));
			expect(result.adopt).toBe(!same(result.record, ours));
			expect(result.write).toBe(
				!same(result.record, theirs) || result.record.cleared !== theirs.cleared
			);
		}
	);
});

/**
 * Tabs as the controller runs them, on records, with the operation's place in the list as the
 * time: each keeps its record; before acting or deleting it takes in what is stored (as the
 * controller does), stores its change at once,
 * and takes in the stored record again when a `storage` event arrives, which may be late (the
 * controller reads the stored value then, not the event's possibly stale one).
 */
type Op =
	| { kind: 'answer'; tab: number; id: (typeof IDS)[number]; stance: -2 | -1 | 0 | 1 | 2 }
	| { kind: 'delete'; tab: number }
	| { kind: 'deliver'; tab: number };

const TABS = 3;
const opArb: fc.Arbitrary<Op> = fc.oneof(
	{
		weight: 4,
		arbitrary: fc.record({
			kind: fc.constant('answer' as const),
			tab: fc.nat(TABS - 1),
			id: fc.constantFrom(...IDS),
			stance: fc.constantFrom<-2 | -1 | 0 | 1 | 2>(-2, -1, 0, 1, 2)
		})
	},
	{
		weight: 1,
		arbitrary: fc.record({ kind: fc.constant('delete' as const), tab: fc.nat(TABS - 1) })
	},
	{
		weight: 3,
		arbitrary: fc.record({ kind: fc.constant('deliver' as const), tab: fc.nat(TABS - 1) })
	}
);

interface Tab {
	record: QuizRecord;
	/** Whether the storage should hold a record this tab wrote (else a missing one is no news). */
	wrote: boolean;
	/** `storage` events not yet delivered. */
	pending: number;
}

const setKey = (target: Record<string, unknown>, key: string, value: unknown) =>
	Object.defineProperty(target, key, {
		value,
		enumerable: true,
		writable: true,
		configurable: true
	});

function simulate(
	ops: readonly Op[],
	deliverAtOnce: boolean,
	check: (tabs: Tab[], truth: object) => void
) {
	let stored: QuizRecord | null = null;
	const tabs: Tab[] = Array.from({ length: TABS }, () => ({
		record: record({}),
		wrote: false,
		pending: 0
	}));
	/** Real-time truth: the last answer per statement since the last deletion. */
	let truth: Record<string, number> = {};
	const store = (from: Tab, value: QuizRecord | null) => {
		stored = value;
		from.wrote = value !== null;
		for (const tab of tabs) if (tab !== from) tab.pending++;
		if (deliverAtOnce) flush();
	};
	/** An event always brings news; before acting, a missing record is news only to a tab that wrote one. */
	let time = 0;
	const take = (tab: Tab, event: boolean) => {
		if (stored === null && !tab.wrote && !event) return;
		const result = reconcile(tab.record, stored, time);
		tab.record = result.record;
		if (result.kind === 'deleted') tab.wrote = false;
		else if (result.write) store(tab, result.record);
	};
	const flush = () => {
		while (tabs.some((t) => t.pending > 0)) {
			for (const tab of tabs) {
				if (tab.pending === 0) continue;
				tab.pending = 0;
				take(tab, true);
			}
		}
	};
	for (const op of ops) {
		time++;
		const tab = tabs[op.tab]!;
		if (op.kind === 'deliver') {
			if (tab.pending > 0) {
				tab.pending = 0;
				take(tab, true);
			}
		} else if (op.kind === 'delete') {
			// Deleting deletes what is stored, seen here yet or not: the tab takes it in first.
			take(tab, false);
			tab.record = clearedRecord(tab.record, time);
			truth = {};
			store(tab, null);
		} else {
			take(tab, false);
			const rev = Math.max(clockOf(tab.record) + 1, time);
			const answer: StoredAnswer = { stance: op.stance, important: false, hash: H1, rev };
			const change = record({});
			setKey(change.answers, op.id, answer);
			tab.record = mergeRecords(tab.record, change);
			setKey(truth, op.id, op.stance);
			store(tab, tab.record);
		}
		check(tabs, truth);
	}
	flush();
	return { tabs, stored: stored as QuizRecord | null, truth };
}

const stances = (r: QuizRecord | null) => {
	const out: Record<string, unknown> = {};
	for (const [id, a] of Object.entries(r?.answers ?? {})) setKey(out, id, a.stance);
	return out;
};

describe('tabs', () => {
	propTest.prop([fc.array(opArb, { maxLength: 40 })])(
		'with every change seen at once, every tab always shows the last answer to each statement since the last deletion',
		(ops) => {
			simulate(ops, true, (tabs, truth) => {
				for (const tab of tabs) expect(stances(tab.record)).toEqual(truth);
			});
		}
	);

	propTest.prop([fc.array(opArb, { maxLength: 40 })])(
		'with changes seen late, no tab overwrites a newer answer, and once all are seen every tab and the storage agree with what happened',
		(ops) => {
			const { tabs, stored, truth } = simulate(ops, false, () => {});
			expect(stances(stored)).toEqual(truth);
			for (const tab of tabs) expect(stances(tab.record)).toEqual(truth);
		}
	);
});

test('recordOf with no history gives revision 1, the start of every clock', () => {
	const r = recordOf(after(THREE, [{ type: 'START' }, { type: 'ANSWER', stance: 1 }]));
	expect(clockOf(r)).toBe(1);
	expect(clockOf(clearedRecord(r))).toBe(1);
});
