import { fc, test as propTest } from '@fast-check/vitest';
import { createActor } from 'xstate';
import { describe, expect, test } from 'vitest';
import { quizMachine, statementHash } from './machine.ts';
import type { QuizSnapshot } from './machine.ts';
import { QUIZ_STEPS, recordOf } from './record.ts';
import { parseRecord } from './record-parse.ts';
import { adoptRecord, restore, snapshotFromRecord } from './restore.ts';
import {
	BACKUP_KEY,
	INTACT_KEY,
	STORAGE_KEY,
	clear,
	save,
	saveRecord,
	startingSnapshot
} from './store.ts';
import type { Restored } from './restore.ts';
import { answeredCount, resumeIndex } from './selectors.ts';
import { safeStorage } from './storage.ts';
import type { KeyValueStorage } from './storage.ts';
import {
	MemoryStorage,
	ThrowingStorage,
	actorAfter,
	after,
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
	notAsked: [],
	edition: 'oslo',
	datasetVersion: 'v1'
};
const START: QuizEvent[] = [{ type: 'START' }];
const answer = (stance: -2 | -1 | 0 | 1 | 2): QuizEvent => ({ type: 'ANSWER', stance });
const STEPPING = { answering: 'stepping' } as const;

/** Saves the quiz after `events` into fresh memory storage. */
function saved(input: QuizInput, events: QuizEvent[]): MemoryStorage {
	const storage = new MemoryStorage();
	expect(save(storage, after(input, events))).toBe(true);
	return storage;
}

/** Restores, returning the restored snapshot and notice. */
function resume(storage: KeyValueStorage, input: QuizInput): [QuizSnapshot, Restored['notice']] {
	const { actor, notice } = restore(storage, input);
	return [actor.getSnapshot(), notice];
}

/** Stored JSON as a test edits it: any path, any value (tampering is the point). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;

/** The stored record of `storage`, edited by `edit`, written back. */
function tamper(storage: MemoryStorage, edit: (stored: Loose) => void) {
	const stored = JSON.parse(storage.getItem(STORAGE_KEY)!);
	edit(stored);
	storage.setItem(STORAGE_KEY, JSON.stringify(stored));
}

describe('round trip', () => {
	test('restores answers, importance, edition, index and step exactly', () => {
		const events: QuizEvent[] = [
			...START,
			answer(2),
			{ type: 'TOGGLE_IMPORTANT' },
			answer(-1),
			{ type: 'SKIP' },
			{ type: 'TOGGLE_IMPORTANT' }
		];
		const [restored, notice] = resume(saved(FIVE, events), FIVE);
		expect(notice).toEqual({ code: 'restored' });
		expect(essence(restored)).toEqual(essence(after(FIVE, events)));
		expect(restored.value).toEqual(STEPPING);
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

	test('restores the results, and revising an answer from them', () => {
		const done: QuizEvent[] = [...START, answer(1), { type: 'SHOW_RESULTS' }];
		expect(resume(saved(FIVE, done), FIVE)[0].value).toBe('results');
		const [s] = resume(saved(FIVE, [...done, { type: 'GO_TO', index: 3 }]), FIVE);
		expect(s.value).toEqual({ answering: 'revising' });
		expect(s.context.index).toBe(3);
		// Still revising: the next answer returns to the results.
		const actor = createActor(quizMachine, { input: FIVE, snapshot: s }).start();
		actor.send(answer(-2));
		expect(actor.getSnapshot().value).toBe('results');
	});

	test('the restored actor is running and keeps working', () => {
		const { actor } = restore(saved(FIVE, [...START, answer(1)]), FIVE);
		actor.send(answer(-2));
		actor.send({ type: 'SHOW_RESULTS' });
		expect(actor.getSnapshot().value).toBe('results');
		expect(answeredCount(actor.getSnapshot())).toBe(2);
	});

	test('nothing stored starts at the intro with no notice', () => {
		const [s, notice] = resume(new MemoryStorage(), FIVE);
		expect(notice).toBeNull();
		expect(essence(s)).toEqual(essence(after(FIVE, [])));
		expect(essence(startingSnapshot(FIVE))).toEqual(essence(s));
	});

	test('without statements the first visit is the intro', () => {
		expect(startingSnapshot(withInput(FIVE, { statements: [] })).value).toBe('intro');
	});

	test('a stored quiz without answers comes back without a notice', () => {
		const [s, notice] = resume(saved(FIVE, [...START, { type: 'BACK' }]), FIVE);
		expect(notice).toBeNull();
		expect(s.value).toBe('intro');
	});

	test('the route decides the edition: the other edition restores the same answers and goes on', () => {
		const events = [...START, answer(2), answer(-2)];
		const [s, notice] = resume(saved(FIVE, events), withInput(FIVE, { edition: 'akershus' }));
		expect(notice).toEqual({ code: 'restored' });
		expect(s.context.edition).toBe('akershus');
		expect(s.context.answers).toEqual(after(FIVE, events).context.answers);
		expect(s.value).toEqual(STEPPING);
		expect(s.context.index).toBe(2);
	});

	test('save writes the record; clear removes it and any backup', () => {
		const storage = saved(FIVE, [...START, answer(1), { type: 'SKIP' }]);
		const stored = parseRecord(storage.getItem(STORAGE_KEY)!);
		expect(stored).toEqual({
			ok: true,
			record: recordOf(after(FIVE, [...START, answer(1), { type: 'SKIP' }])),
			dropped: 0,
			migrated: false,
			schema: 4
		});
		expect(storage.getItem(INTACT_KEY)).toBe('1');
		storage.setItem(BACKUP_KEY, 'old');
		clear(storage);
		expect(storage.data.size).toBe(0);
		expect(resume(storage, FIVE)[1]).toBeNull();
	});
});

describe('unreadable values and the backup key', () => {
	test.each(['{', '', '[]', 'null', '{}', '{"schema":3}', '{"schema":2,"dataset":"v1"}'])(
		'%j is moved to the backup key and the quiz starts afresh',
		(raw) => {
			const storage = new MemoryStorage();
			storage.setItem(STORAGE_KEY, raw);
			const [s, notice] = resume(storage, FIVE);
			expect(notice).toEqual({ code: 'reset' });
			expect(essence(s)).toEqual(essence(startingSnapshot(FIVE)));
			expect(storage.getItem(BACKUP_KEY)).toBe(raw);
			expect(storage.getItem(STORAGE_KEY)).toBeNull();
		}
	);

	test('the backup stays until the voter has answered, then goes', () => {
		const storage = new MemoryStorage();
		storage.setItem(STORAGE_KEY, '{"schema":');
		const { actor } = restore(storage, FIVE);
		actor.subscribe((snapshot) => save(storage, snapshot));
		actor.send({ type: 'BACK' });
		actor.send({ type: 'START' });
		expect(storage.getItem(BACKUP_KEY)).toBe('{"schema":');
		expect(storage.getItem(STORAGE_KEY)).not.toBeNull();
		actor.send(answer(1));
		expect(storage.getItem(BACKUP_KEY)).toBeNull();
		expect(resume(storage, FIVE)[0].context.answers).toEqual({
			a: { stance: 1, important: false }
		});
	});

	test('an earlier backup is never overwritten before the voter has answered', () => {
		const storage = new MemoryStorage();
		storage.setItem(BACKUP_KEY, 'first');
		storage.setItem(STORAGE_KEY, 'second');
		expect(resume(storage, FIVE)[1]).toEqual({ code: 'reset' });
		expect(storage.getItem(BACKUP_KEY)).toBe('first');
	});

	test('a storage that refuses the backup keeps the value where it was', () => {
		const raw = new MemoryStorage();
		raw.setItem(STORAGE_KEY, 'unreadable');
		const storage = safeStorage(() => raw);
		raw.setItem = () => {
			throw new Error('QuotaExceededError');
		};
		expect(resume(storage, FIVE)[1]).toEqual({ code: 'reset' });
		expect(raw.getItem(STORAGE_KEY)).toBe('unreadable');
		expect(storage.persistent).toBe(false);
	});
});

describe('repair', () => {
	const good = () => saved(FIVE, [...START, answer(1), answer(2), answer(-1)]);

	test('one malformed answer drops that answer only', () => {
		const storage = good();
		tamper(storage, (x) => (x.answers.b = { stance: 7 }));
		const [s, notice] = resume(storage, FIVE);
		expect(notice).toEqual({ code: 'partial', dropped: 1, kept: 2 });
		expect(s.context.answers).toEqual({
			a: { stance: 1, important: false },
			c: { stance: -1, important: false }
		});
		// Resumes at the first open statement: the dropped one.
		expect(s.value).toEqual(STEPPING);
		expect(s.context.index).toBe(1);
	});

	test.each<[string, (x: Loose) => void]>([
		['an index out of range', (x) => (x.index = 9)],
		['the intro with an index', (x) => Object.assign(x, { step: 'intro', index: 2 })]
	])('a position that does not fit (%s) is normalised, answers kept', (_, edit) => {
		const storage = good();
		tamper(storage, edit);
		const [s, notice] = resume(storage, FIVE);
		expect(notice).toEqual({ code: 'restored' });
		expect(Object.keys(s.context.answers)).toEqual(['a', 'b', 'c']);
		expect(s.context.index).toBeLessThan(5);
	});

	test('answers to unknown ids, __proto__ included, are dropped and pollute nothing', () => {
		const storage = good();
		const raw = storage
			.getItem(STORAGE_KEY)!
			.replace(
				'"answers":{',
				'"answers":{"__proto__":{"stance":2,"important":true,"hash":"0000000","polluted":1},"constructor":{"stance":1,"important":false,"hash":"x"},'
			);
		storage.setItem(STORAGE_KEY, raw);
		const [s, notice] = resume(storage, FIVE);
		expect(notice).toEqual({ code: 'partial', dropped: 2, kept: 3 });
		expect(Object.keys(s.context.answers)).toEqual(['a', 'b', 'c']);
		expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
		expect(Object.getPrototypeOf(s.context.answers)).toBe(Object.prototype);
	});

	test('schema 1 (the XState snapshot stored before) is migrated with every answer', () => {
		const storage = new MemoryStorage();
		const events: QuizEvent[] = [
			...START,
			{ type: 'TOGGLE_IMPORTANT' },
			answer(2),
			{ type: 'SKIP' }
		];
		const s = after(FIVE, events);
		const hashes = Object.fromEntries(
			s.context.statementIds.slice(0, 2).map((id, i) => [id, s.context.statementHashes[i]])
		);
		storage.setItem(
			STORAGE_KEY,
			JSON.stringify({
				schema: 1,
				dataset: 'v1',
				snapshot: {
					status: 'active',
					value: 'answering',
					context: { ...s.context, returnToResults: false }
				},
				hashes
			})
		);
		const [restored, notice] = resume(storage, FIVE);
		expect(notice).toEqual({ code: 'restored' });
		expect(essence(restored)).toEqual(essence(s));
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
		const [s, notice] = resume(saved(FIVE, ALL), CHANGED);
		expect(notice).toEqual({ code: 'partial', dropped: 2, kept: 2 });
		expect(s.context.answers).toEqual({
			a: { stance: 1, important: false },
			b: { stance: -1, important: false }
		});
		expect(s.context.statementIds).toEqual(['a', 'b', 'c', 'e']);
		expect(s.context.datasetVersion).toBe('v2');
		// Lands on the first statement without an answer: the changed one.
		expect(s.value).toEqual(STEPPING);
		expect(s.context.index).toBe(2);
	});

	test('stored results stay results when an answer survived', () => {
		const done = [...ALL, answer(-2)];
		expect(after(FIVE, done).value).toBe('results');
		const [s, notice] = resume(saved(FIVE, done), CHANGED);
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
		const [s, notice] = resume(saved(FIVE, done), input);
		expect(notice).toEqual({ code: 'partial', dropped: 4, kept: 1 });
		expect(s.value).toEqual(STEPPING);
		expect(s.context.index).toBe(1);
	});

	test('nothing surviving lands in intro', () => {
		const input: QuizInput = {
			...FIVE,
			datasetVersion: 'v2',
			statements: [{ id: 'z', text: 'Ny.' }]
		};
		const [s, notice] = resume(saved(FIVE, ALL), input);
		expect(notice).toEqual({ code: 'partial', dropped: 4, kept: 0 });
		expect(s.value).toBe('intro');
		expect(s.context.answers).toEqual({});
		expect(s.context.index).toBe(0);
	});

	test('a new version with identical texts keeps everything, resuming at the new statement', () => {
		const input: QuizInput = {
			...FIVE,
			datasetVersion: 'v2',
			statements: [
				...FIVE.statements.slice(0, 2),
				{ id: 'n', text: 'Ny.' },
				...FIVE.statements.slice(2)
			]
		};
		const [s, notice] = resume(saved(FIVE, ALL), input);
		expect(notice).toEqual({ code: 'restored' });
		expect(Object.keys(s.context.answers)).toEqual(['a', 'b', 'c', 'd']);
		expect(s.value).toEqual(STEPPING);
		expect(s.context.index).toBe(2);
	});

	test('a new version with everything answered goes to results from revising', () => {
		const events: QuizEvent[] = [...ALL, answer(1), { type: 'GO_TO', index: 0 }];
		const [s, notice] = resume(saved(FIVE, events), withInput(FIVE, { datasetVersion: 'v2' }));
		expect(notice).toEqual({ code: 'restored' });
		expect(s.value).toBe('results');
	});

	test('a changed text under the same version still drops that answer', () => {
		const input = {
			...FIVE,
			statements: FIVE.statements.map((s) => ({ ...s, text: s.text + ' ' }))
		};
		const [s, notice] = resume(saved(FIVE, [...START, answer(1)]), input);
		expect(notice).toEqual({ code: 'partial', dropped: 1, kept: 0 });
		expect(s.value).toBe('intro');
	});
});

/**
 * FIVE seen from two editions of one dataset: Akershus asks every statement; no Oslo party
 * speaks to b and d, so Oslo does not ask them.
 */
const AKERSHUS_ALL: QuizInput = withInput(FIVE, { edition: 'akershus' });
const OSLO_ACE: QuizInput = withInput(FIVE, {
	statements: FIVE.statements.filter((s) => s.id !== 'b' && s.id !== 'd'),
	notAsked: FIVE.statements.filter((s) => s.id === 'b' || s.id === 'd')
});

describe('statements an edition does not ask', () => {
	const EVERY: QuizEvent[] = [
		...START,
		answer(2),
		{ type: 'TOGGLE_IMPORTANT' },
		answer(-1),
		{ type: 'SKIP' },
		{ type: 'TOGGLE_IMPORTANT' },
		answer(1),
		answer(-2)
	];
	const everything = () => after(AKERSHUS_ALL, EVERY).context.answers;

	test('answers to them are carried untouched, and come back in the edition that asks them', () => {
		const storage = saved(AKERSHUS_ALL, EVERY);
		const akershusRecord = parseRecord(storage.getItem(STORAGE_KEY)!);
		const [oslo, osloNotice] = resume(storage, OSLO_ACE);
		// Oslo asks a, c and e: only those are the voter's answers there, and the notice counts
		// only them.
		expect(oslo.context.answers).toEqual({
			a: everything()['a'],
			c: everything()['c'],
			e: everything()['e']
		});
		expect(osloNotice).toEqual({ code: 'restored' });
		expect(oslo.context.statementIds).toEqual(['a', 'c', 'e']);
		expect(oslo.context.carried).toEqual({
			b: { ...everything()['b'], hash: statementHash(FIVE.statements[1]!.text) },
			d: { ...everything()['d'], hash: statementHash(FIVE.statements[3]!.text) }
		});
		// Saved in Oslo, the record still holds every answer, with the same hashes.
		save(storage, oslo);
		const osloRecord = parseRecord(storage.getItem(STORAGE_KEY)!);
		expect(osloRecord.ok && akershusRecord.ok).toBe(true);
		if (!osloRecord.ok || !akershusRecord.ok) return;
		expect(osloRecord.record.edition).toBe('oslo');
		expect(osloRecord.record.answers).toEqual(akershusRecord.record.answers);
		// Back in Akershus, every answer is there again.
		const [back, backNotice] = resume(storage, AKERSHUS_ALL);
		expect(backNotice).toEqual({ code: 'restored' });
		expect(back.context.answers).toEqual(everything());
		expect(back.context.carried).toEqual({});
	});

	test('answering in the other edition leaves them as they were', () => {
		const storage = saved(AKERSHUS_ALL, [...START, answer(1), answer(-2)]);
		const { actor } = restore(storage, OSLO_ACE);
		actor.subscribe((snapshot) => save(storage, snapshot));
		expect(actor.getSnapshot().context.index).toBe(1);
		actor.send(answer(2));
		actor.send({ type: 'BACK' });
		actor.send(answer(0));
		expect(resume(storage, AKERSHUS_ALL)[0].context.answers).toEqual({
			a: { stance: 1, important: false },
			b: { stance: -2, important: false },
			c: { stance: 0, important: false }
		});
	});

	test('no notice when only such answers were stored, and they stay stored', () => {
		// Answered b only (a's answer taken out of the record).
		const storage = saved(AKERSHUS_ALL, [...START, { type: 'SKIP' }, answer(2)]);
		tamper(storage, (x) => delete x.answers.a);
		const [oslo, notice] = resume(storage, OSLO_ACE);
		expect(notice).toBeNull();
		expect(oslo.context.answers).toEqual({});
		expect(oslo.value).toBe('intro');
		save(storage, oslo);
		const [back, backNotice] = resume(storage, AKERSHUS_ALL);
		expect(backNotice).toEqual({ code: 'restored' });
		expect(back.context.answers).toEqual({ b: { stance: 2, important: false } });
	});

	test('one that was changed or removed is dropped as any other, and counted', () => {
		const storage = saved(AKERSHUS_ALL, EVERY);
		const changed: QuizInput = {
			...OSLO_ACE,
			datasetVersion: 'v2',
			notAsked: [{ id: 'b', text: 'Det bør bygges færre sykkelveier.' }]
		};
		const [oslo, notice] = resume(storage, changed);
		// b's text changed and d is gone from the dataset: two dropped; a, c and e kept.
		expect(notice).toEqual({ code: 'partial', dropped: 2, kept: 3 });
		expect(oslo.context.carried).toEqual({});
		save(storage, oslo);
		const stored = parseRecord(storage.getItem(STORAGE_KEY)!);
		expect(stored.ok && Object.keys(stored.record.answers)).toEqual(['a', 'c', 'e']);
	});

	test('"Slett svarene mine" deletes them too', () => {
		const storage = saved(AKERSHUS_ALL, EVERY);
		const { actor } = restore(storage, OSLO_ACE);
		actor.send({ type: 'CLEAR' });
		expect(actor.getSnapshot().context.carried).toEqual({});
		save(storage, actor.getSnapshot());
		expect(resume(storage, AKERSHUS_ALL)).toEqual([expect.anything(), null]);
		expect(resume(storage, AKERSHUS_ALL)[0].context.answers).toEqual({});
	});

	test('a position from another edition is not taken as is: the voter goes on where they can', () => {
		// Stepping at e in Akershus (index 4); Oslo asks three statements, so index 4 does not
		// exist there, and index 2 would be another statement.
		const stepping = saved(AKERSHUS_ALL, EVERY.slice(0, -1));
		expect(after(AKERSHUS_ALL, EVERY.slice(0, -1)).context.index).toBe(4);
		const [oslo] = resume(stepping, OSLO_ACE);
		expect(oslo.value).toEqual(STEPPING);
		expect(oslo.context.index).toBe(2);
		// From the results, to the results.
		const [results] = resume(saved(AKERSHUS_ALL, EVERY), OSLO_ACE);
		expect(results.value).toBe('results');
		// Revising e (index 4 in Akershus): in Oslo every statement has an answer, c a skip,
		// so the voter goes on at c.
		const [revising] = resume(
			saved(AKERSHUS_ALL, [...EVERY, { type: 'GO_TO', index: 4 }]),
			OSLO_ACE
		);
		expect(revising.value).toEqual(STEPPING);
		expect(revising.context.index).toBe(1);
	});

	test('a schema 2 record keeps its answers but not its position', () => {
		const storage = saved(FIVE, [...START, answer(1), answer(2), answer(0), { type: 'BACK' }]);
		expect(
			after(FIVE, [...START, answer(1), answer(2), answer(0), { type: 'BACK' }]).context.index
		).toBe(2);
		tamper(storage, (x) => (x.schema = 2));
		const [s, notice] = resume(storage, FIVE);
		expect(notice).toEqual({ code: 'restored' });
		expect(Object.keys(s.context.answers)).toEqual(['a', 'b', 'c']);
		expect(s.value).toEqual(STEPPING);
		// Its index counted every statement of the dataset: the voter goes on at the first open one.
		expect(s.context.index).toBe(3);
	});
});

describe('storage failures', () => {
	test('a storage that throws on every call: the quiz works from memory', () => {
		const storage = safeStorage(() => new ThrowingStorage());
		expect(storage.persistent).toBe(false);
		const s = after(FIVE, [...START, answer(1)]);
		expect(save(storage, s)).toBe(false);
		const [restored, notice] = resume(storage, FIVE);
		expect(notice).toEqual({ code: 'restored' });
		expect(essence(restored)).toEqual(essence(s));
		clear(storage);
		expect(storage.getItem(STORAGE_KEY)).toBeNull();
	});

	test('save, restore and clear never throw on a raw throwing storage', () => {
		const raw = new ThrowingStorage();
		expect(save(raw, after(FIVE, START))).toBe(false);
		const { actor, notice } = restore(raw, FIVE);
		expect(notice).toBeNull();
		expect(essence(actor.getSnapshot())).toEqual(essence(startingSnapshot(FIVE)));
		expect(() => clear(raw)).not.toThrow();
		// save: the write and the removal of the intact mark; restore: one read; clear: three keys.
		expect(raw.calls).toBe(6);
	});
});

describe('a storage that filled up', () => {
	/** A storage over `raw` that saved the quiz after `before`, then refused the save after `later`. */
	function filledUp(before: QuizEvent[], later: QuizEvent[]): MemoryStorage {
		const raw = new MemoryStorage();
		const storage = safeStorage(() => raw);
		expect(save(storage, after(FIVE, before))).toBe(true);
		expect(raw.getItem(INTACT_KEY)).toBe('1');
		const write = raw.setItem.bind(raw);
		raw.setItem = () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
		expect(save(storage, after(FIVE, [...before, ...later]))).toBe(false);
		expect(storage.failed).toBe(true);
		raw.setItem = write;
		return raw;
	}

	test('a save the storage refuses removes the intact mark, and keeps the record saved before', () => {
		const raw = filledUp([...START, answer(2)], [answer(1)]);
		expect(raw.getItem(INTACT_KEY)).toBeNull();
		expect(parseRecord(raw.getItem(STORAGE_KEY)!)).toMatchObject({
			ok: true,
			record: { answers: { a: { stance: 2 } } }
		});
	});

	test('the next visit gets the answers saved before, told they are not all, never "restored"', () => {
		const raw = filledUp([...START, answer(2), answer(-1)], [answer(1)]);
		const [s, notice] = resume(raw, FIVE);
		expect(notice).toEqual({ code: 'incomplete', kept: 2 });
		expect(s.context.answers).toEqual({
			a: { stance: 2, important: false },
			b: { stance: -1, important: false }
		});
		// The stored position is as old as the answers: the voter goes on at the first open one.
		expect(s.context.index).toBe(2);
	});

	test('with nothing saved before, the next visit says the answers were not saved', () => {
		const raw = filledUp([], [...START, answer(2)]);
		expect(resume(raw, FIVE)[1]).toEqual({ code: 'incomplete', kept: 0 });
	});

	test('a record from before schema 4 needs no mark', () => {
		const raw = new MemoryStorage();
		save(raw, after(FIVE, [...START, answer(2)]));
		tamper(raw, (x) => {
			x.schema = 3;
			delete x.cleared;
			for (const a of Object.values<Loose>(x.answers)) delete a.rev;
		});
		raw.removeItem(INTACT_KEY);
		expect(resume(raw, FIVE)[1]).toEqual({ code: 'restored' });
	});
});

describe('adoptRecord', () => {
	test('takes the answers of another tab and keeps this tab where it is', () => {
		const here = after(FIVE, [...START, answer(1), answer(1), answer(1)]);
		const there = recordOf(after(FIVE, [...START, answer(-2), { type: 'SKIP' }]));
		there.answers['x'] = { stance: 2, important: false, hash: 'unknown', rev: 1 };
		there.answers['c'] = { stance: 2, important: false, hash: 'changed', rev: 1 };
		const adopted = adoptRecord(here, there, FIVE);
		expect(adopted.value).toEqual(here.value);
		expect(adopted.context.index).toBe(3);
		// Only answers to the statements as this tab has them are shown.
		expect(adopted.context.answers).toEqual({
			a: { stance: -2, important: false },
			b: { stance: null, important: false }
		});
	});

	test('answers to statements this edition does not ask are carried', () => {
		const oslo = withInput(FIVE, {
			statements: FIVE.statements.slice(0, 4),
			notAsked: FIVE.statements.slice(4)
		});
		const there = recordOf(
			after(FIVE, [...START, answer(1), answer(1), answer(1), answer(1), answer(-1)])
		);
		const adopted = adoptRecord(after(oslo, START), there, oslo);
		expect(Object.keys(adopted.context.answers)).toEqual(['a', 'b', 'c', 'd']);
		expect(adopted.context.carried).toEqual({
			e: { stance: -1, important: false, hash: statementHash('Eiendomsskatten bør økes.') }
		});
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
		{ type: 'CONTINUE' },
		{ type: 'CLEAR' }
	),
	fc.constantFrom(-2, -1, 0, 1, 2).map((stance): QuizEvent => ({ type: 'ANSWER', stance })),
	fc.integer({ min: 0, max: 4 }).map((index): QuizEvent => ({ type: 'GO_TO', index }))
);

/** Events with payloads the types forbid. */
const invalidEvent: fc.Arbitrary<QuizEvent> = fc.oneof(
	fc.anything().map((stance) => untyped({ type: 'ANSWER', stance })),
	fc.anything().map((index) => untyped({ type: 'GO_TO', index }))
);

describe('properties', () => {
	propTest.prop([fc.array(validEvent, { maxLength: 40 })])(
		'saved and restored after every event, the quiz behaves exactly as one never interrupted',
		(events) => {
			const storage = new MemoryStorage();
			const steady = actorAfter(FIVE, []);
			let actor = restore(storage, FIVE).actor;
			// The restored actor starts where a first visit does: at the intro.
			for (const event of events) {
				steady.send(event);
				actor.send(event);
				save(storage, actor.getSnapshot());
				actor.stop();
				const restored = restore(storage, FIVE);
				actor = restored.actor;
				const answers = Object.keys(steady.getSnapshot().context.answers).length;
				expect(restored.notice).toEqual(answers === 0 ? null : { code: 'restored' });
				expect(essence(actor.getSnapshot())).toEqual(essence(steady.getSnapshot()));
			}
		}
	);

	propTest.prop([fc.array(fc.oneof(validEvent, invalidEvent), { maxLength: 40 })])(
		'invalid payloads never throw and never change anything',
		(events) => {
			const actor = actorAfter(FIVE, []);
			for (const event of events) {
				const before = actor.getSnapshot();
				const enabled = before.can(event);
				actor.send(event);
				if (!enabled) expect(essence(actor.getSnapshot())).toEqual(essence(before));
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
			const original = after(FIVE, [...START, ...events]);
			const storage = new MemoryStorage();
			save(storage, original);
			const input: QuizInput = {
				...FIVE,
				datasetVersion: 'v2',
				statements: FIVE.statements.flatMap((s, i) =>
					fate[i] === 'removed' ? [] : [fate[i] === 'changed' ? { ...s, text: `${s.text}?` } : s]
				)
			};
			const [s, notice] = resume(storage, input);
			const same = new Set(FIVE.statements.filter((_, i) => fate[i] === 'same').map((x) => x.id));
			const stored = Object.entries(original.context.answers);
			const expected = Object.fromEntries(stored.filter(([id]) => same.has(id)));
			expect(s.context.answers).toEqual(expected);
			const kept = Object.keys(expected).length;
			const dropped = stored.length - kept;
			expect(notice).toEqual(
				dropped > 0 ? { code: 'partial', dropped, kept } : kept > 0 ? { code: 'restored' } : null
			);
			// The documented normalisation.
			if (kept === 0 || original.value === 'intro') {
				expect(s.value).toBe('intro');
				expect(s.context.index).toBe(0);
			} else if (original.value === 'results' && answeredCount(s) > 0) {
				expect(s.value).toBe('results');
			} else if (resumeIndex(s) === -1) {
				expect(s.value).toBe('results');
			} else {
				expect(s.value).toEqual(STEPPING);
				expect(s.context.index).toBe(resumeIndex(s));
			}
		}
	);

	propTest.prop([fc.array(validEvent, { maxLength: 40 })])(
		'snapshotFromRecord of a record from the same data restores the snapshot exactly',
		(events) => {
			const original = after(FIVE, [...START, ...events]);
			const { snapshot, kept, dropped } = snapshotFromRecord(recordOf(original), FIVE);
			expect(essence(snapshot)).toEqual(essence(original));
			expect([kept, dropped]).toEqual([Object.keys(original.context.answers).length, 0]);
		}
	);

	propTest.prop([fc.array(validEvent, { maxLength: 40 })])(
		'switching to an edition that asks fewer statements and back loses no answer and drops none',
		(events) => {
			const original = after(AKERSHUS_ALL, [...START, ...events]);
			const storage = new MemoryStorage();
			save(storage, original);
			const [oslo, osloNotice] = resume(storage, OSLO_ACE);
			const asked = Object.keys(original.context.answers).filter((id) => id !== 'b' && id !== 'd');
			expect(osloNotice).toEqual(asked.length > 0 ? { code: 'restored' } : null);
			expect(Object.keys(oslo.context.answers)).toEqual(asked);
			save(storage, oslo);
			const [back, backNotice] = resume(storage, AKERSHUS_ALL);
			expect(back.context.answers).toEqual(original.context.answers);
			const stored = Object.keys(original.context.answers).length;
			expect(backNotice).toEqual(stored > 0 ? { code: 'restored' } : null);
		}
	);

	const storedAnswer = fc.record({
		stance: fc.constantFrom(-2, -1, 0, 1, 2, null),
		important: fc.boolean()
	});

	propTest.prop([
		fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd', 'e'), storedAnswer),
		fc.subarray(['a', 'b', 'c', 'd', 'e']),
		fc.constantFrom(...QUIZ_STEPS),
		fc.nat({ max: 9 }),
		fc.constantFrom('oslo', 'akershus', 'bergen'),
		fc.constantFrom('v1', 'v0')
	])(
		'a schema 2 record loses no answer, whichever statements the edition that reads it asks',
		(answers, dead, step, index, edition, dataset) => {
			// As the code before schema 3 stored it: every edition asked every statement.
			const hashes = new Map(FIVE.statements.map((s) => [s.id, statementHash(s.text)]));
			const schema2 = {
				schema: 2,
				dataset,
				edition,
				step,
				index,
				answers: Object.fromEntries(
					Object.entries(answers).map(([id, a]) => [id, { ...a, hash: hashes.get(id) }])
				)
			};
			const storage = new MemoryStorage();
			storage.setItem(STORAGE_KEY, JSON.stringify(schema2));
			const here = withInput(FIVE, {
				statements: FIVE.statements.filter((s) => !dead.includes(s.id)),
				notAsked: FIVE.statements.filter((s) => dead.includes(s.id))
			});
			const [s, notice] = resume(storage, here);
			const asked = Object.keys(answers).filter((id) => !dead.includes(id));
			// The edition's own answers come back, nothing is reported dropped.
			expect(s.context.answers).toEqual(Object.fromEntries(asked.map((id) => [id, answers[id]])));
			expect(notice).toEqual(asked.length > 0 ? { code: 'restored' } : null);
			// Saved back as schema 4, the record holds every answer with its hash.
			save(storage, s);
			const stored = parseRecord(storage.getItem(STORAGE_KEY)!);
			expect(stored).toMatchObject({ ok: true, dropped: 0, migrated: false });
			expect(stored.ok && stored.record.answers).toEqual(
				Object.fromEntries(Object.entries(schema2.answers).map(([id, a]) => [id, { ...a, rev: 1 }]))
			);
			// An edition that asks every statement has them all.
			const [all, allNotice] = resume(storage, withInput(FIVE, { edition: 'akershus' }));
			expect(all.context.answers).toEqual(answers);
			expect(allNotice).toEqual(Object.keys(answers).length > 0 ? { code: 'restored' } : null);
		}
	);
});

describe('stored answers expire', () => {
	const DAY = 24 * 60 * 60 * 1000;
	const answeredAt = Date.UTC(2026, 10, 1, 12);

	/** Answers stored as a tab stores them: revisions from the time of each change. */
	function answeredOn(time: number): MemoryStorage {
		const storage = new MemoryStorage();
		const snapshot = after(FIVE, [...START, answer(2), answer(-1)]);
		expect(saveRecord(storage, recordOf(snapshot, undefined, time))).toBe(true);
		storage.setItem(BACKUP_KEY, 'an old unreadable value');
		return storage;
	}

	test('kept until the configured days have passed since the last change', () => {
		const storage = answeredOn(answeredAt);
		const { actor, notice } = restore(storage, FIVE, { now: answeredAt + 30 * DAY });
		expect(notice).toEqual({ code: 'restored' });
		expect(answeredCount(actor.getSnapshot())).toBe(2);
	});

	test('deleted after them, with a notice, leaving nothing stored of the old answers', () => {
		const storage = answeredOn(answeredAt);
		const { actor, notice, record } = restore(storage, FIVE, {
			now: answeredAt + 30 * DAY + 1
		});
		expect(notice).toEqual({ code: 'expired', days: 30 });
		expect(actor.getSnapshot().value).toBe('intro');
		expect(answeredCount(actor.getSnapshot())).toBe(0);
		expect(record.answers).toEqual({});
		for (const key of [STORAGE_KEY, BACKUP_KEY, INTACT_KEY])
			expect(storage.getItem(key)).toBeNull();
	});

	test('the period is configurable', () => {
		const { notice } = restore(answeredOn(answeredAt), FIVE, {
			now: answeredAt + 8 * DAY,
			keepDays: 7
		});
		expect(notice).toEqual({ code: 'expired', days: 7 });
	});

	test('a record that cannot tell when it was answered (Lamport revisions, schema 3) is kept', () => {
		const { notice } = restore(saved(FIVE, [...START, answer(1)]), FIVE, {
			now: answeredAt + 3650 * DAY
		});
		expect(notice).toEqual({ code: 'restored' });
	});

	test('a record without answers has nothing to expire', () => {
		const storage = new MemoryStorage();
		saveRecord(storage, recordOf(after(FIVE, START), undefined, answeredAt));
		const { notice } = restore(storage, FIVE, { now: answeredAt + 365 * DAY });
		expect(notice).toBeNull();
	});
});
