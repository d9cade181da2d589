import { describe, expect, test } from 'vitest';
import { safeStorage } from './storage.ts';
import { MemoryStorage, ThrowingStorage } from './test-support.ts';

describe('safeStorage', () => {
	test('a storage that throws on every call works from memory and is not persistent', () => {
		const raw = new ThrowingStorage();
		const storage = safeStorage(() => raw);
		expect(storage.persistent).toBe(false);
		storage.setItem('k', 'v');
		expect(storage.getItem('k')).toBe('v');
		storage.removeItem('k');
		expect(storage.getItem('k')).toBeNull();
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

	test('a working storage is used and reported persistent, and the probe leaves nothing', () => {
		const raw = new MemoryStorage();
		const storage = safeStorage(() => raw);
		expect(storage.persistent).toBe(true);
		storage.setItem('k', 'v');
		expect(raw.getItem('k')).toBe('v');
		expect([...raw.data.keys()]).toEqual(['k']);
		raw.setItem('other', 'x');
		expect(storage.getItem('other')).toBe('x');
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
		expect(storage.failed).toBe(true);
		expect(storage.getItem('k')).toBe('new');
		// Removals still reach the real storage: deleting deletes what was saved before.
		storage.removeItem('k');
		expect(raw.getItem('k')).toBeNull();
		expect(storage.getItem('k')).toBeNull();
	});

	test('a storage unavailable from the start is not one that failed', () => {
		expect(safeStorage(() => new ThrowingStorage()).failed).toBe(false);
		const working = safeStorage(() => new MemoryStorage());
		expect(working.failed).toBe(false);
	});

	test('a storage whose reads start failing switches to memory', () => {
		const raw = new MemoryStorage();
		const storage = safeStorage(() => raw);
		storage.setItem('k', 'v');
		raw.getItem = () => {
			throw new Error('SecurityError');
		};
		expect(storage.getItem('k')).toBe('v');
		expect(storage.persistent).toBe(false);
	});
});
