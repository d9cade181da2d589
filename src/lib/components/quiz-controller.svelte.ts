/**
 * The one glue between the quiz statechart and Svelte: the actor's snapshot as a reactive
 * value (built on `createSubscriber`, the way Svelte's own `MediaQuery` is), saving in the
 * browser, and the one channel of notices. Components read `snapshot` and `notices` and call
 * `send`; nothing else.
 */
import { createSubscriber } from 'svelte/reactivity';
import { createActor } from 'xstate';
import {
	clear,
	quizMachine,
	restore,
	safeStorage,
	save,
	startingSnapshot,
	type KeyValueStorage,
	type QuizActor,
	type QuizEvent,
	type QuizInput,
	type QuizNotice,
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

export class QuizController {
	#input: QuizInput;
	#live: Live;
	/** The restore notice or "answers deleted" (dismissible; `null`: none). */
	#message: QuizNotice | null = $state.raw(null);
	/** False when the browser refuses storage: answers live in memory only. */
	#persistent = $state(true);
	#storage: SafeStorage | null = null;
	#stopSaving: () => void = () => {};

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
		const memory: QuizNotice[] = this.#persistent ? [] : [{ code: 'memory' }];
		return this.#message === null ? memory : [this.#message, ...memory];
	}

	/** In the browser only: bring back the stored answers, then save now and on every change. */
	resume(getStorage: () => KeyValueStorage | undefined): void {
		const storage = safeStorage(getStorage);
		const { actor, notice } = restore(storage, this.#input);
		this.#replace(actor);
		const subscription = actor.subscribe((snapshot) => {
			save(storage, snapshot);
			this.#persistent = storage.persistent;
		});
		this.#stopSaving = () => subscription.unsubscribe();
		// Store the repaired record at once (the edition of this page, dropped answers gone); an
		// unreadable value is already safe under the backup key.
		save(storage, actor.getSnapshot());
		this.#storage = storage;
		this.#message = notice;
		this.#persistent = storage.persistent;
	}

	send(event: QuizEvent): void {
		if (this.#message?.code === 'cleared') this.#message = null;
		this.#live.actor.send(event);
	}

	/** "Slett svarene mine": forget every answer here and in storage. */
	clearAnswers(): void {
		this.#live.actor.send({ type: 'CLEAR' });
		if (this.#storage) clear(this.#storage);
		this.#message = { code: 'cleared' };
	}

	/** Tells the voter `notice` in place of the restore or "deleted" notice. */
	announce(notice: QuizNotice): void {
		this.#message = notice;
	}

	/** Closes the restore or "deleted" notice (the memory notice stays: it is still true). */
	dismissNotice(): void {
		this.#message = null;
	}

	destroy(): void {
		this.#stopSaving();
		this.#live.actor.stop();
	}

	#replace(actor: QuizActor): void {
		this.#stopSaving();
		this.#live.actor.stop();
		this.#live = live(actor);
	}
}
