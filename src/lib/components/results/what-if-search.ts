import type { Counterfactual, RankingResult } from '#lib/scoring/index.ts';

/** A search of "what would change" under way in a worker. */
export interface WorkerSearch {
	/** The search's answer; rejected where no worker could start or it failed. */
	readonly answer: Promise<Counterfactual>;
	/** Ends the worker, answered or not (an unanswered search then never settles). */
	stop(): void;
}

/**
 * Searches "what would change" for `result` in a worker (`what-if-worker.ts`), off the main
 * thread. Rejects where there is no worker (an old browser, or its file could not be loaded,
 * as offline before the service worker had it): the caller then searches on the main thread.
 */
export function searchInWorker(result: RankingResult): WorkerSearch {
	let worker: Worker | undefined;
	const answer = new Promise<Counterfactual>((resolve, reject) => {
		worker = new Worker(new URL('./what-if-worker.ts', import.meta.url), { type: 'module' });
		worker.addEventListener('message', (event: MessageEvent<Counterfactual>) =>
			resolve(event.data)
		);
		worker.addEventListener('error', (event) => reject(new Error(event.message)));
		worker.addEventListener('messageerror', () => reject(new Error('Unreadable answer')));
		worker.postMessage(result);
	});
	const stop = () => worker?.terminate();
	answer.then(stop, stop);
	return { answer, stop };
}
