/**
 * The one glue between the quiz statechart and Svelte: the actor's snapshot as a reactive
 * value (built on `createSubscriber`, the way Svelte's own `MediaQuery` is), saving in the
 * browser (kept consistent with the quiz in other tabs), and the one channel of notices.
 * Components read `snapshot` and `notices` and call `send`; nothing else.
 *
 * Reading a stored record (`quiz-reading.ts`) loads only when there is one to read: a
 * returning voter's quiz is restored once it is here; a tab that learns of another tab's record
 * before it is here writes nothing until it has taken that record in (see `#behind`).
 */
import { createSubscriber } from 'svelte/reactivity';
import { createActor } from 'xstate';
// Straight from the modules, not the quiz's index, which also holds the read path.
import { quizMachine, type QuizActor, type QuizSnapshot } from '#lib/quiz/machine.ts';
import { clearedRecord, nextRecord, recordOf, type QuizRecord } from '#lib/quiz/record.ts';
import { safeStorage, type KeyValueStorage, type SafeStorage } from '#lib/quiz/storage.ts';
import { STORAGE_KEY, clear, saveRecord, startingSnapshot } from '#lib/quiz/store.ts';
import type { QuizEvent, QuizInput, QuizNotice } from '#lib/quiz/types.ts';

/** The read path: restoring a stored record, and taking in what another tab stored. */
export type Reading = typeof import('./quiz-reading.ts');

/**
 * Where a controller gets the read path: `loaded` once it is here, `load` to fetch it (it
 * rejects when the file cannot be loaded; a later call tries again).
 */
export interface ReadingSource {
	loaded(): Reading | undefined;
	load(): Promise<Reading>;
}

let pageReadingModule: Reading | undefined;
let pageReadingLoad: Promise<Reading> | undefined;

/** The page's read path: one module, loaded the first time a controller needs it. */
export const pageReading: ReadingSource = {
	loaded: () => pageReadingModule,
	load() {
		pageReadingLoad ??= import('./quiz-reading.ts').then((module) => (pageReadingModule = module));
		pageReadingLoad.catch(() => (pageReadingLoad = undefined));
		return pageReadingLoad;
	}
};

/** An actor with the subscriber that makes its snapshot reactive: replaced together. */
interface Live {
	readonly actor: QuizActor;
	readonly subscribe: () => void;
}

function live(actor: QuizActor): Live {
	const subscribe = createSubscriber((update) => {
		const subscription = actor.subscribe(update);
		return () => subscription.unsubscribe();
	});
	return { actor, subscribe };
}

/**
 * Calls `onStored` with the stored quiz record whenever another tab of this browser changes it
 * (`null`: removed). The browser fires `storage` in every other tab of the origin, never in
 * the one that wrote; the value is read when the event arrives, as a late event's own value
 * may be out of date. Returns the function that stops listening.
 */
function listenToOtherTabs(onStored: (raw: string | null) => void): () => void {
	const listener = (event: StorageEvent) => {
		if (event.key !== STORAGE_KEY) return;
		let raw = event.newValue;
		try {
			raw = event.storageArea?.getItem(STORAGE_KEY) ?? null;
		} catch {
			// Unreadable now: the event's own value is the best we have.
		}
		onStored(raw);
	};
	window.addEventListener('storage', listener);
	return () => window.removeEventListener('storage', listener);
}

export class QuizController {
	#input: QuizInput;
	#live: Live;
	/** The restore notice or "answers deleted" (dismissible; `null`: none). */
	#message: QuizNotice | null = $state.raw(null);
	/**
	 * Whether answers reach the storage: `memory` when the browser refuses it, `unsaved` when it
	 * stopped taking them during this visit (a full storage); both last the whole visit.
	 */
	#saving: 'stored' | 'memory' | 'unsaved' = $state('stored');
	#storage: SafeStorage | null = null;
	/**
	 * The record this tab last stored or took from another tab (`null` before `resume`): its
	 * answers' revisions tell a change here from one made elsewhere.
	 */
	#record: QuizRecord | null = null;
	/** The stored value this tab last wrote or took in, and whether the storage should hold one. */
	#seen: string | null = null;
	#stored = false;
	/** While forgetting the answers: the snapshot of the deletion itself is not saved. */
	#quiet = false;
	#stopSaving: () => void = () => {};
	#stopListening: () => void = () => {};
	#reading: ReadingSource;
	/**
	 * Another tab stored a record while the read path was still loading: until this tab has
	 * taken that record in, it writes nothing (it would overwrite answers it has not seen) and
	 * keeps what it would have written (`#unsaved`); the voter's taps still take effect at once.
	 */
	#behind = false;
	#unsaved = false;
	#destroyed = false;

	/**
	 * Starts at the intro, so the prerendered page already shows it. `reading`: where the read
	 * path comes from (the page's module; a test passes its own).
	 */
	constructor(input: QuizInput, reading: ReadingSource = pageReading) {
		this.#input = input;
		this.#reading = reading;
		this.#live = $state.raw(
			live(createActor(quizMachine, { input, snapshot: startingSnapshot(input) }).start())
		);
	}

	/** The current snapshot; reactive in effects and templates, always current elsewhere. */
	get snapshot(): QuizSnapshot {
		const { actor, subscribe } = this.#live;
		subscribe();
		return actor.getSnapshot();
	}

	/** Everything to tell the voter beside the screens, in order. */
	get notices(): QuizNotice[] {
		const saving: QuizNotice[] = this.#saving === 'stored' ? [] : [{ code: this.#saving }];
		return this.#message === null ? saving : [this.#message, ...saving];
	}

	/**
	 * In the browser only: bring back the stored answers, then save now and on every change,
	 * and take in what the quiz in other tabs stores. On a first visit (nothing stored), or with
	 * the read path already here, this is done when `resume` returns; else once the read path has
	 * loaded. The promise rejects when it could not load: nothing was read or written, and a
	 * later call tries again.
	 */
	resume(getStorage: () => KeyValueStorage | undefined): Promise<void> {
		const storage = safeStorage(getStorage);
		this.#storage = storage;
		if (storage.getItem(STORAGE_KEY) === null) {
			// What `restore` does with nothing stored, without loading it: the quiz as it started.
			const { actor } = this.#live;
			this.#begin(actor, null, recordOf(actor.getSnapshot()));
			return Promise.resolve();
		}
		const restoreWith = ({ restore }: Reading) => {
			if (this.#destroyed) return;
			const { actor, notice, record } = restore(storage, this.#input, { now: Date.now() });
			this.#begin(actor, notice, record);
		};
		const reading = this.#reading.loaded();
		if (reading !== undefined) {
			restoreWith(reading);
			return Promise.resolve();
		}
		return this.#reading.load().then(restoreWith);
	}

	/** Runs `actor`, with `notice` for the voter, and stores `record`, its answers. */
	#begin(actor: QuizActor, notice: QuizNotice | null, record: QuizRecord): void {
		this.#attach(actor);
		// Store the repaired record at once (the edition of this page, dropped answers gone); an
		// unreadable value is already safe under the backup key.
		this.#write(record);
		this.#message = notice;
		this.#stopListening = listenToOtherTabs((raw) => this.#receive(raw));
	}

	send(event: QuizEvent): void {
		const code = this.#message?.code;
		if (code === 'cleared' || code === 'cleared-elsewhere') this.#message = null;
		this.#catchUp();
		this.#live.actor.send(event);
	}

	/** "Slett svarene mine": forget every answer here and in storage (other tabs follow). */
	clearAnswers(): void {
		this.#catchUp();
		this.#forget({ code: 'cleared' });
		if (this.#storage) clear(this.#storage);
	}

	/** Tells the voter `notice` in place of the restore or "deleted" notice. */
	announce(notice: QuizNotice): void {
		this.#message = notice;
	}

	/** Closes the restore or "deleted" notice (the notices about saving stay: they are still true). */
	dismissNotice(): void {
		this.#message = null;
	}

	destroy(): void {
		this.#destroyed = true;
		this.#stopListening();
		this.#stopSaving();
		this.#live.actor.stop();
	}

	/**
	 * Takes in what another tab stored that this one has not seen yet (it was asleep, or is
	 * back from the back-forward cache), so that acting here never overwrites newer answers.
	 */
	#catchUp(): void {
		const stored = this.#storage?.getItem(STORAGE_KEY) ?? null;
		if (stored !== this.#seen && (stored !== null || this.#stored)) this.#receive(stored);
	}

	/** Runs `actor` in place of the current one (or goes on with it), saving every change it makes. */
	#attach(actor: QuizActor): void {
		this.#stopSaving();
		if (actor !== this.#live.actor) {
			this.#live.actor.stop();
			this.#live = live(actor);
		}
		const subscription = actor.subscribe((snapshot) => {
			if (this.#record !== null && !this.#quiet)
				this.#write(nextRecord(snapshot, this.#record, Date.now()));
		});
		this.#stopSaving = () => subscription.unsubscribe();
	}

	#write(record: QuizRecord): void {
		this.#record = record;
		if (this.#storage === null) return;
		this.#unsaved = this.#behind;
		if (this.#behind) return;
		saveRecord(this.#storage, record);
		this.#seen = this.#storage.getItem(STORAGE_KEY);
		this.#stored = true;
		const { persistent, failed } = this.#storage;
		this.#saving = persistent ? 'stored' : failed ? 'unsaved' : 'memory';
	}

	/** Every answer gone (deleted here or in another tab), with `notice`; nothing is stored. */
	#forget(notice: QuizNotice): void {
		if (this.#record !== null) this.#record = clearedRecord(this.#record, Date.now());
		this.#stored = false;
		this.#unsaved = false;
		this.#quiet = true;
		this.#live.actor.send({ type: 'CLEAR' });
		this.#quiet = false;
		this.#message = notice;
	}

	/** Takes in the record another tab stored (`null`: it deleted the answers). */
	#receive(raw: string | null): void {
		if (this.#record === null) return;
		const reading = this.#reading.loaded();
		if (reading === undefined) return this.#fallBehind();
		const parsed = raw === null ? null : reading.parseRecord(raw);
		if (parsed?.ok === false) return;
		const result = reading.reconcile(this.#record, parsed?.record ?? null, Date.now());
		if (result.kind === 'deleted') {
			if (Object.keys(this.#record.answers).length > 0) this.#forget({ code: 'cleared-elsewhere' });
			this.#stored = false;
			return;
		}
		this.#record = result.record;
		if (result.adopt) {
			const snapshot = reading.adoptRecord(
				this.#live.actor.getSnapshot(),
				result.record,
				this.#input
			);
			this.#attach(createActor(quizMachine, { input: this.#input, snapshot }).start());
		}
		if (result.write) this.#write(result.record);
		else this.#seen = raw;
	}

	/**
	 * Another tab's record is stored and the read path is not here yet: write nothing until it
	 * is, then take in what is stored by then, or store what this tab kept (`#unsaved`). Should
	 * it fail to load (offline, and not cached), this tab stores what it has: the voter's own
	 * answers here are not lost, and the other tab, if still open, merges its own back in.
	 */
	#fallBehind(): void {
		if (this.#behind) return;
		this.#behind = true;
		const settled = () => {
			this.#behind = false;
			if (this.#destroyed || this.#record === null) return;
			if (this.#reading.loaded() !== undefined) this.#catchUp();
			if (this.#unsaved) this.#write(this.#record);
		};
		this.#reading.load().then(settled, settled);
	}
}
