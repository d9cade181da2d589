import type { Counterfactual, RankingResult } from '#lib/scoring/index.ts';

/**
 * How long the search waits for a worker's answer before it gives up on it (ms). The search
 * itself takes a worker well under a second on a slow phone and its file is 5 KB; a request
 * that stalls (a network that drops packets without failing) would otherwise leave «Hva om»
 * saying «Regner ut …» until the browser gives up on the file, which can take minutes.
 */
export const WORKER_PATIENCE_MS = 5_000;

/** A search of "what would change" under way in a worker. */
export interface WorkerSearch {
	/** The search's answer; rejected where no worker could start, it failed or took too long. */
	readonly answer: Promise<Counterfactual>;
	/** Ends the worker, answered or not (an unanswered search then never settles). */
	stop(): void;
}

/**
 * Searches "what would change" for `result` in a worker (`what-if-worker.ts`), off the main
 * thread. Rejects where there is no worker (an old browser, or its file could not be loaded,
 * as offline before the service worker had it) or it has not answered within `patienceMs`:
 * the caller then searches on the main thread.
 */
export function searchInWorker(
	result: RankingResult,
	patienceMs: number = WORKER_PATIENCE_MS
): WorkerSearch {
	let worker: Worker | undefined;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const answer = new Promise<Counterfactual>((resolve, reject) => {
		timer = setTimeout(() => reject(new Error(`No answer within ${patienceMs} ms`)), patienceMs);
		worker = new Worker(new URL('./what-if-worker.ts', import.meta.url), { type: 'module' });
		worker.addEventListener('message', (event: MessageEvent<Counterfactual>) =>
			resolve(event.data)
		);
		worker.addEventListener('error', (event) => reject(new Error(event.message)));
		worker.addEventListener('messageerror', () => reject(new Error('Unreadable answer')));
		worker.postMessage(result);
	});
	const stop = () => {
		clearTimeout(timer);
		worker?.terminate();
	};
	answer.then(stop, stop);
	return { answer, stop };
}
