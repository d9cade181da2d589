/**
 * Glue between the pure quiz statechart and Svelte: one actor, its snapshot as
 * reactive state, and persistence in the browser. Components read `snapshot`
 * and call `send`; nothing else.
 */
import { createActor } from 'xstate';
import type { Dataset, EditionId } from '#lib/content/types.ts';
import {
	clear,
	quizInput,
	quizMachine,
	restore,
	safeStorage,
	save,
	type QuizActor,
	type QuizEvent,
	type QuizInput,
	type QuizSnapshot,
	type RestoreNotice,
	type SafeStorage
} from '#lib/quiz/index.ts';

export class QuizController {
	snapshot: QuizSnapshot = $state.raw() as QuizSnapshot;
	notice: RestoreNotice = $state.raw({ code: 'none' });
	/** False when the browser refuses storage (private mode, blocked iframe): answers live in memory. */
	persistent = $state(true);

	#input: QuizInput;
	#actor: QuizActor;
	#storage: SafeStorage | undefined;
	#unsubscribe: (() => void) | undefined;

	/**
	 * Starts at the first statement when an edition is given, so the prerendered
	 * page already shows it; otherwise in the intro.
	 */
	constructor(dataset: Dataset, edition: EditionId | null) {
		this.#input = quizInput(dataset, edition);
		this.#actor = createActor(quizMachine, { input: this.#input }).start();
		if (edition) this.#actor.send({ type: 'START' });
		this.snapshot = this.#actor.getSnapshot();
	}

	/** In the browser only: bring back saved answers, then save on every change. */
	resume(getStorage: () => Storage | undefined): void {
		this.#storage = safeStorage(getStorage);
		this.persistent = this.#storage.persistent;
		const { snapshot, notice } = restore(this.#storage, quizMachine, this.#input);
		this.notice = notice;
		if (snapshot) {
			this.#actor.stop();
			this.#actor = createActor(quizMachine, { input: this.#input, snapshot }).start();
		}
		this.#unsubscribe?.();
		const subscription = this.#actor.subscribe((s) => {
			this.snapshot = s;
			if (this.#storage) save(this.#storage, s);
		});
		this.#unsubscribe = () => subscription.unsubscribe();
		this.snapshot = this.#actor.getSnapshot();
		save(this.#storage, this.#actor);
		this.persistent = this.#storage.persistent;
	}

	send(event: QuizEvent): void {
		this.#actor.send(event);
		this.snapshot = this.#actor.getSnapshot();
	}

	/** "Slett svarene mine": forget every answer here and in storage. */
	clearAnswers(): void {
		this.#actor.send({ type: 'CLEAR' });
		if (this.#storage) clear(this.#storage);
		this.notice = { code: 'none' };
		this.snapshot = this.#actor.getSnapshot();
	}

	dismissNotice(): void {
		this.notice = { code: 'none' };
	}

	destroy(): void {
		this.#unsubscribe?.();
		this.#actor.stop();
	}
}
