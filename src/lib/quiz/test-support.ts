/** Fixtures and helpers for the quiz tests (not part of the public API). */
import { createActor } from 'xstate';
import type { EditionParty, ResolvedPosition } from '#lib/content/types.ts';
import type { KeyValueStorage } from './storage.ts';
import { quizMachine } from './machine.ts';
import type { QuizActor, QuizSnapshot } from './machine.ts';
import type { QuizEvent, QuizInput } from './types.ts';

/** Three statements in the Oslo edition. */
export const THREE: QuizInput = {
	statements: [
		{ id: 's1', text: 'Eiendomsskatten bør fjernes.' },
		{ id: 's2', text: 'Kollektivtrafikken bør være gratis.' },
		{ id: 's3', text: 'Flere skoler bør bygges.' }
	],
	notAsked: [],
	edition: 'oslo',
	datasetVersion: 'v1'
};

/** A party in an edition with a position (the same, `+1`) on each of `statementIds`. */
export function editionParty(id: string, name: string, statementIds: string[]): EditionParty {
	const position: ResolvedPosition = {
		stance: 1,
		documents: ['d'],
		sources: [],
		rationale: ['Why.'],
		reasons: []
	};
	return {
		party: { id, name, shortName: id.toUpperCase(), colour: '#336699' },
		documents: ['d'],
		positions: Object.fromEntries(statementIds.map((s) => [s, position]))
	};
}

/** `input` with `changes` merged in. */
export function withInput(input: QuizInput, changes: Partial<QuizInput>): QuizInput {
	return { ...input, ...changes };
}

/** A started actor that has received `events` in order. */
export function actorAfter(input: QuizInput, events: readonly QuizEvent[] = []): QuizActor {
	const actor = createActor(quizMachine, { input }).start();
	for (const event of events) actor.send(event);
	return actor;
}

/** The snapshot after `events`. */
export function after(input: QuizInput, events: readonly QuizEvent[] = []): QuizSnapshot {
	return actorAfter(input, events).getSnapshot();
}

/** An event with a payload the types forbid, as untrusted callers could send it. */
export function untyped(event: Record<string, unknown> & { type: string }): QuizEvent {
	return event as unknown as QuizEvent;
}

/** A Map-backed storage that records calls. */
export class MemoryStorage implements KeyValueStorage {
	readonly data = new Map<string, string>();
	getItem(key: string): string | null {
		return this.data.get(key) ?? null;
	}
	setItem(key: string, value: string): void {
		this.data.set(key, value);
	}
	removeItem(key: string): void {
		this.data.delete(key);
	}
}

/** A storage whose every call throws, like a blocked `localStorage`. */
export class ThrowingStorage implements KeyValueStorage {
	calls = 0;
	getItem(): string | null {
		this.calls++;
		throw new Error('Access is denied for this document.');
	}
	setItem(): void {
		this.calls++;
		throw new Error('QuotaExceededError');
	}
	removeItem(): void {
		this.calls++;
		throw new Error('SecurityError');
	}
}

/** The data a round trip must preserve: state value and context. */
export function essence(snapshot: QuizSnapshot): { value: unknown; context: unknown } {
	return { value: snapshot.value, context: snapshot.context };
}
