/**
 * Saving and resuming the quiz with injected storage. Stored data is untrusted: everything
 * read back is validated, answers to changed or removed statements are dropped, and the
 * actor is always resumed from a snapshot rebuilt from the current input, never from the
 * stored one as is. Nothing here throws on bad storage or bad data.
 */
import type { Snapshot } from 'xstate';
import type { EditionId } from '#lib/content/types.ts';
import type { Answer, Answers } from '#lib/scoring/types.ts';
import { isStance, own } from '#lib/scoring/types.ts';
import { initialContext } from './machine.ts';
import type { QuizActor, QuizMachine, QuizSnapshot } from './machine.ts';
import { answeredCount, resumeIndex } from './selectors.ts';
import type { QuizContext, QuizInput, QuizStateValue } from './types.ts';
import { QUIZ_STATES } from './types.ts';

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
}

/** Version of the stored layout. A stored value with another version is reset. */
export const SCHEMA_VERSION = 1;

/** The one storage key the quiz writes. */
export const STORAGE_KEY = 'valgomat:quiz';

const PROBE_KEY = 'valgomat:probe';

/**
 * Wraps the storage returned by `getStorage` so that no access ever throws. Pass a thunk
 * (`() => window.localStorage`): merely reading `window.localStorage` throws in Safari
 * private mode, sandboxed or third-party iframes and in Chromium with storage blocked.
 * Unavailable storage, a failed probe write, or any later failure switches to an in-memory
 * map (writes always go to the map too, so reads stay consistent) and `persistent` turns false.
 */
export function safeStorage(getStorage: () => KeyValueStorage | null | undefined): SafeStorage {
	const memory = new Map<string, string>();
	let backend: KeyValueStorage | null = null;
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
			return backend !== null;
		},
		getItem(key) {
			if (backend !== null) {
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
			if (backend === null) return;
			try {
				backend.setItem(key, value);
			} catch {
				backend = null;
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

/** The JSON stored under {@link STORAGE_KEY}. */
export interface StoredQuiz {
	schema: number;
	/** `Dataset.version` the answers were given against. */
	dataset: string;
	/** `actor.getPersistedSnapshot()`. */
	snapshot: Snapshot<unknown>;
	/** `statementHash(text)` of every statement that has a stored answer, by id. */
	hashes: Record<string, string>;
}

/**
 * Saves the quiz under {@link STORAGE_KEY}. Call it on every change (`actor.subscribe`) and
 * once after `actor.start()`. Statement hashes come from the snapshot's context, which was
 * built from the input. Returns false if the storage threw (never throws itself).
 */
export function save(storage: KeyValueStorage, source: QuizActor | QuizSnapshot): boolean {
	try {
		const snapshot = 'getSnapshot' in source ? source.getSnapshot() : source;
		const { context } = snapshot;
		const hashes: Record<string, string> = Object.fromEntries(
			context.statementIds.flatMap((id, i) => {
				const hash = context.statementHashes[i];
				return own(context.answers, id) !== undefined && hash !== undefined ? [[id, hash]] : [];
			})
		);
		const stored: StoredQuiz = {
			schema: SCHEMA_VERSION,
			dataset: context.datasetVersion,
			snapshot: snapshot.machine.getPersistedSnapshot(snapshot),
			hashes
		};
		storage.setItem(STORAGE_KEY, JSON.stringify(stored));
		return true;
	} catch {
		return false;
	}
}

/** Removes the stored quiz ("Slett svarene mine"). Never throws. */
export function clear(storage: KeyValueStorage): void {
	try {
		storage.removeItem(STORAGE_KEY);
	} catch {
		// Nothing stored that we could reach: nothing to delete.
	}
}

/**
 * What `restore` found, as a code for the UI to explain in bokmål:
 * - `none`: nothing stored; start fresh.
 * - `restored`: everything came back (also after a dataset update that left every answered
 *   statement's text unchanged).
 * - `partial`: `dropped` stored answers (answers, skips or importance marks) belonged to
 *   statements that were changed or removed; `kept` survived.
 * - `reset`: the stored data was unusable (`corrupt`: bad JSON, wrong shape or tampered
 *   values; `schema`: another storage layout) and was ignored entirely.
 */
export type RestoreNotice =
	| { code: 'none' }
	| { code: 'restored' }
	| { code: 'partial'; dropped: number; kept: number }
	| { code: 'reset'; reason: 'corrupt' | 'schema' };

/** Result of {@link restore}: a snapshot for `createActor` (absent: start fresh) and a notice. */
export interface RestoreResult {
	snapshot?: Snapshot<unknown>;
	notice: RestoreNotice;
}

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStateValue(value: unknown): value is QuizStateValue {
	return QUIZ_STATES.some((state) => state === value);
}

function isAnswer(value: unknown): value is Answer {
	return (
		isRecord(value) &&
		(value.stance === null || isStance(value.stance)) &&
		typeof value.important === 'boolean'
	);
}

/** The part of a stored snapshot that `restore` uses, validated. */
interface StoredState {
	value: QuizStateValue;
	answers: [string, Answer][];
	edition: string | null;
	/** The preset edition the stored quiz was created with (`null` if none or malformed). */
	presetEdition: string | null;
	index: number;
	returnToResults: boolean;
	dataset: string;
	hashes: Json;
}

type Parsed = { ok: true; state: StoredState } | { ok: false; reason: 'corrupt' | 'schema' };

function parse(raw: string): Parsed {
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return { ok: false, reason: 'corrupt' };
	}
	if (!isRecord(data) || typeof data.schema !== 'number') return { ok: false, reason: 'corrupt' };
	if (data.schema !== SCHEMA_VERSION) return { ok: false, reason: 'schema' };
	const { dataset, hashes, snapshot } = data;
	if (typeof dataset !== 'string' || !isRecord(hashes) || !isRecord(snapshot)) {
		return { ok: false, reason: 'corrupt' };
	}
	const { status, value, context } = snapshot;
	if (status !== 'active' || !isStateValue(value) || !isRecord(context)) {
		return { ok: false, reason: 'corrupt' };
	}
	const { answers, edition, index, returnToResults, presetEdition } = context;
	if (
		!isRecord(answers) ||
		!(edition === null || typeof edition === 'string') ||
		typeof index !== 'number' ||
		!Number.isInteger(index) ||
		index < 0 ||
		typeof returnToResults !== 'boolean'
	) {
		return { ok: false, reason: 'corrupt' };
	}
	const entries: [string, Answer][] = [];
	for (const [id, answer] of Object.entries(answers)) {
		// Every stored answer must be well formed and carry the hash of the text it answered.
		if (!isAnswer(answer) || typeof own(hashes, id) !== 'string') {
			return { ok: false, reason: 'corrupt' };
		}
		entries.push([id, { stance: answer.stance, important: answer.important }]);
	}
	return {
		ok: true,
		state: {
			value,
			answers: entries,
			edition,
			presetEdition: typeof presetEdition === 'string' ? presetEdition : null,
			index,
			returnToResults,
			dataset,
			hashes
		}
	};
}

/** The invariants every snapshot the machine produces satisfies, checked against `context`. */
function consistent(state: StoredState, context: QuizContext): boolean {
	const n = context.statementIds.length;
	if (state.value === 'intro') return state.index === 0 && !state.returnToResults;
	if (context.edition === null || state.index >= n) return false;
	return state.value === 'answering' || !state.returnToResults;
}

/**
 * Reads the stored quiz and rebuilds a clean snapshot against the current `input`.
 *
 * Answers are kept only for statements that still exist with the same text (stored hash ==
 * hash of the current text). The stored edition is kept unless `input` presets another
 * edition than the stored quiz was created with (then the new preset wins). When
 * everything is kept, the dataset version is unchanged and the stored state is consistent
 * with the input, the state is restored exactly (value, index, `returnToResults`).
 * Otherwise it is normalised: `intro` (index 0) when nothing survived, when the stored
 * state was `intro`, or when no offered edition is known; `results` when it was `results`
 * and at least one answered statement survived; else `answering` at the first statement
 * without a stored answer (else the first skipped one; else `results`).
 * Never throws: unusable data gives `{ notice: { code: 'reset', … } }` and no snapshot.
 */
export function restore(
	storage: KeyValueStorage,
	machine: QuizMachine,
	input: QuizInput
): RestoreResult {
	let raw: string | null;
	try {
		raw = storage.getItem(STORAGE_KEY);
	} catch {
		raw = null;
	}
	if (typeof raw !== 'string') return { notice: { code: 'none' } };

	const parsed = parse(raw);
	if (!parsed.ok) return { notice: { code: 'reset', reason: parsed.reason } };
	const stored = parsed.state;

	const base = initialContext(input);
	const hashById = new Map<string, string>();
	base.statementIds.forEach((id, i) => hashById.set(id, base.statementHashes[i] ?? ''));

	const kept: [string, Answer][] = [];
	let dropped = 0;
	for (const [id, answer] of stored.answers) {
		const current = hashById.get(id);
		if (current !== undefined && current === own(stored.hashes, id)) kept.push([id, answer]);
		else dropped++;
	}
	// Keep the input's statement order in the rebuilt answers.
	const keptById = new Map(kept);
	const answers: Answers = Object.fromEntries(
		base.statementIds.flatMap((id) => {
			const answer = keptById.get(id);
			return answer === undefined ? [] : [[id, answer]];
		})
	);
	const storedEdition = base.editions.find((e): e is EditionId => e === stored.edition) ?? null;
	// A preset that differs from the one the quiz was saved under (the voter followed a link
	// to another edition) wins; otherwise the voter's own choice does.
	const newPreset = base.presetEdition !== null && base.presetEdition !== stored.presetEdition;
	const edition = newPreset ? base.presetEdition : (storedEdition ?? base.presetEdition);
	const context: QuizContext = { ...base, answers, edition };

	const unchanged = stored.dataset === input.datasetVersion && dropped === 0;
	const reachable = consistent(stored, context);
	if (unchanged && !reachable && edition !== null) {
		// Same dataset, nothing dropped, yet a state the machine can never reach: tampered.
		return { notice: { code: 'reset', reason: 'corrupt' } };
	}

	let value: QuizStateValue;
	if (unchanged && reachable) {
		value = stored.value;
		context.index = stored.index;
		context.returnToResults = stored.returnToResults;
	} else {
		value = normalise(stored.value, context);
	}

	const snapshot = machine.resolveState({ value, context });
	const notice: RestoreNotice =
		dropped === 0 ? { code: 'restored' } : { code: 'partial', dropped, kept: kept.length };
	return { snapshot: machine.getPersistedSnapshot(snapshot), notice };
}

/** Sets `context.index`/`returnToResults` for the normalised state and returns its value. */
function normalise(storedValue: QuizStateValue, context: QuizContext): QuizStateValue {
	context.returnToResults = false;
	context.index = 0;
	if (
		storedValue === 'intro' ||
		context.edition === null ||
		context.statementIds.length === 0 ||
		Object.keys(context.answers).length === 0
	) {
		return 'intro';
	}
	const resume = resumeIndex({ context });
	context.index = resume === -1 ? context.statementIds.length - 1 : resume;
	if (storedValue === 'results' && answeredCount({ context }) > 0) return 'results';
	return resume === -1 ? 'results' : 'answering';
}
