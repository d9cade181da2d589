import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Counterfactual, RankingResult } from '#lib/scoring/index.ts';
import { searchInWorker, WORKER_PATIENCE_MS } from './what-if-search.ts';

/** A stand-in for the browser's `Worker`: the test says when, and whether, it answers. */
class FakeWorker {
	static last: FakeWorker | undefined;
	readonly url: string;
	readonly sent: unknown[] = [];
	terminated = false;
	readonly #listeners = new Map<string, ((event: unknown) => void)[]>();
	constructor(url: URL | string) {
		this.url = String(url);
		FakeWorker.last = this;
	}
	addEventListener(type: string, listener: (event: unknown) => void): void {
		this.#listeners.set(type, [...(this.#listeners.get(type) ?? []), listener]);
	}
	postMessage(message: unknown): void {
		this.sent.push(message);
	}
	terminate(): void {
		this.terminated = true;
	}
	emit(type: string, event: unknown): void {
		for (const listener of this.#listeners.get(type) ?? []) listener(event);
	}
}

const result = { ranking: [] } as unknown as RankingResult;
const found = { kind: 'robust' } as unknown as Counterfactual;

describe('searchInWorker', () => {
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
		FakeWorker.last = undefined;
	});

	it('sends the result to the worker file and resolves with its answer, then ends the worker', async () => {
		vi.stubGlobal('Worker', FakeWorker);
		const search = searchInWorker(result);
		const worker = FakeWorker.last!;
		expect(worker.url).toMatch(/what-if-worker\.ts$/);
		expect(worker.sent).toEqual([result]);
		worker.emit('message', { data: found });
		await expect(search.answer).resolves.toBe(found);
		expect(worker.terminated).toBe(true);
	});

	it('gives up on a worker that does not answer in time (a stalled file), and ends it', async () => {
		vi.useFakeTimers();
		vi.stubGlobal('Worker', FakeWorker);
		const search = searchInWorker(result);
		let settled = false;
		search.answer.then(
			() => (settled = true),
			() => (settled = true)
		);
		await vi.advanceTimersByTimeAsync(WORKER_PATIENCE_MS - 1);
		expect(settled).toBe(false);
		expect(FakeWorker.last!.terminated).toBe(false);
		vi.advanceTimersByTime(1);
		await expect(search.answer).rejects.toThrow(`No answer within ${WORKER_PATIENCE_MS} ms`);
		expect(FakeWorker.last!.terminated).toBe(true);
	});

	it('an answer in time is kept: the patience ends with it', async () => {
		vi.useFakeTimers();
		vi.stubGlobal('Worker', FakeWorker);
		const search = searchInWorker(result, 100);
		FakeWorker.last!.emit('message', { data: found });
		await vi.advanceTimersByTimeAsync(1_000);
		await expect(search.answer).resolves.toBe(found);
		expect(vi.getTimerCount()).toBe(0);
	});

	it('rejects at once where the worker fails, its answer cannot be read, or there is no worker', async () => {
		vi.stubGlobal('Worker', FakeWorker);
		const failed = searchInWorker(result);
		FakeWorker.last!.emit('error', { message: 'Failed to load' });
		await expect(failed.answer).rejects.toThrow('Failed to load');
		expect(FakeWorker.last!.terminated).toBe(true);

		const unreadable = searchInWorker(result);
		FakeWorker.last!.emit('messageerror', {});
		await expect(unreadable.answer).rejects.toThrow('Unreadable answer');

		vi.stubGlobal('Worker', undefined);
		await expect(searchInWorker(result).answer).rejects.toThrow();
	});

	it('stop ends the worker before it answers', () => {
		vi.stubGlobal('Worker', FakeWorker);
		const search = searchInWorker(result);
		search.answer.catch(() => {});
		search.stop();
		expect(FakeWorker.last!.terminated).toBe(true);
	});
});
