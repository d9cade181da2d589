/**
 * Storage that never throws. Browsers refuse `localStorage` in many places (Safari private
 * mode, sandboxed or third-party iframes, blocked storage, a full quota); the quiz must work
 * in all of them, from memory, and know whether its data persists. Pure: the storage is
 * injected.
 */

/** The subset of the Web Storage API the quiz uses. */
export interface KeyValueStorage {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

/** A storage that never throws, and says whether it actually persists. */
export interface SafeStorage extends KeyValueStorage {
	/** False when the real storage is unavailable or has failed: data lives in memory only. */
	readonly persistent: boolean;
	/**
	 * True when the real storage took writes at first and then refused one (a full quota):
	 * what was saved before stays there, newer values live in memory only.
	 */
	readonly failed: boolean;
}

const PROBE_KEY = 'valgomat:probe';

/**
 * Wraps the storage returned by `getStorage` so that no access ever throws. Pass a thunk
 * (`() => window.localStorage`): merely reading `window.localStorage` throws in Safari
 * private mode, sandboxed or third-party iframes and in Chromium with storage blocked.
 * Unavailable storage, a failed probe write, or any later failure switches to an in-memory
 * map (writes always go to the map too, so reads stay consistent) and `persistent` turns false.
 * After a refused write (`failed`), removals still reach the real storage: deleting the answers
 * must delete what was saved before, and a removal is how a full storage can still be told that
 * its record is out of date.
 */
export function safeStorage(getStorage: () => KeyValueStorage | null | undefined): SafeStorage {
	const memory = new Map<string, string>();
	let backend: KeyValueStorage | null = null;
	/** False once the backend has refused a write: reads and writes stay in memory from then on. */
	let writable = true;
	try {
		const candidate = getStorage();
		if (candidate) {
			candidate.setItem(PROBE_KEY, '1');
			candidate.removeItem(PROBE_KEY);
			backend = candidate;
		}
	} catch {
		backend = null;
	}
	return {
		get persistent() {
			return backend !== null && writable;
		},
		get failed() {
			return !writable;
		},
		getItem(key) {
			if (backend !== null && writable) {
				try {
					const value = backend.getItem(key);
					return typeof value === 'string' ? value : null;
				} catch {
					backend = null;
				}
			}
			return memory.get(key) ?? null;
		},
		setItem(key, value) {
			memory.set(key, value);
			if (backend === null || !writable) return;
			try {
				backend.setItem(key, value);
			} catch {
				writable = false;
			}
		},
		removeItem(key) {
			memory.delete(key);
			if (backend === null) return;
			try {
				backend.removeItem(key);
			} catch {
				backend = null;
			}
		}
	};
}
