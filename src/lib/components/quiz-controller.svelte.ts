/**
 * The one glue between the quiz statechart and Svelte: the actor's snapshot as a reactive
 * value (built on `createSubscriber`, the way Svelte's own `MediaQuery` is), saving in the
 * browser (kept consistent with the quiz in other tabs), and the one channel of notices.
 * Components read `snapshot` and `notices` and call `send`; nothing else.
 */
import { createSubscriber } from 'svelte/reactivity';
import { createActor } from 'xstate';
import {
	STORAGE_KEY,
	adoptRecord,
	clear,
	clearedRecord,
	nextRecord,
	parseRecord,
	quizMachine,
	reconcile,
	restore,
	safeStorage,
	saveRecord,
	startingSnapshot,
	type KeyValueStorage,
	type QuizActor,
	type QuizEvent,
	type QuizInput,
	type QuizNotice,
	type QuizRecord,
	type QuizSnapshot,
	type SafeStorage
} from '#lib/quiz/index.ts';

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

	/** Starts at the first statement, so the prerendered page already shows it. */
	constructor(input: QuizInput) {
		this.#input = input;
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
	 * and take in what the quiz in other tabs stores.
	 */
	resume(getStorage: () => KeyValueStorage | undefined): void {
		this.#storage = safeStorage(getStorage);
		const { actor, notice, record } = restore(this.#storage, this.#input, { now: Date.now() });
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

	/** Runs `actor` in place of the current one, saving every change it makes. */
	#attach(actor: QuizActor): void {
		this.#stopSaving();
		this.#live.actor.stop();
		this.#live = live(actor);
		const subscription = actor.subscribe((snapshot) => {
			if (this.#record !== null && !this.#quiet)
				this.#write(nextRecord(snapshot, this.#record, Date.now()));
		});
		this.#stopSaving = () => subscription.unsubscribe();
	}

	#write(record: QuizRecord): void {
		this.#record = record;
		if (this.#storage === null) return;
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
		this.#quiet = true;
		this.#live.actor.send({ type: 'CLEAR' });
		this.#quiet = false;
		this.#message = notice;
	}

	/** Takes in the record another tab stored (`null`: it deleted the answers). */
	#receive(raw: string | null): void {
		if (this.#record === null) return;
		const parsed = raw === null ? null : parseRecord(raw);
		if (parsed?.ok === false) return;
		const result = reconcile(this.#record, parsed?.record ?? null, Date.now());
		if (result.kind === 'deleted') {
			if (Object.keys(this.#record.answers).length > 0) this.#forget({ code: 'cleared-elsewhere' });
			this.#stored = false;
			return;
		}
		this.#record = result.record;
		if (result.adopt) {
			const snapshot = adoptRecord(this.#live.actor.getSnapshot(), result.record, this.#input);
			this.#attach(createActor(quizMachine, { input: this.#input, snapshot }).start());
		}
		if (result.write) this.#write(result.record);
		else this.#seen = raw;
	}
}
