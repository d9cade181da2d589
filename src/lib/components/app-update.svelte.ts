/**
 * A new deployment, offered to the voter between quizzes. The service worker of a new
 * deployment installs beside the running one and waits (see `src/service-worker/`); this
 * notices it, and when the voter accepts, asks it to take over and reloads the page, which then
 * runs entirely on the new deployment. Answers are on the device and survive the reload.
 */
import { SKIP_WAITING } from '#lib/offline.ts';

/** Whether a quiz on the page is between its first and last statement: updates wait. */
export const quizActivity = $state({ busy: false });

export class AppUpdate {
	/** The new deployment's worker, installed and waiting; `null` when there is none. */
	waiting: ServiceWorker | null = $state(null);

	/**
	 * Registers the service worker at `url` and watches for a new deployment; returns the function
	 * that stops watching. Where the browser refuses service workers (private modes, blocked
	 * storage), the site simply works online: nothing is logged, nothing breaks.
	 */
	watch(url: string): () => void {
		const container = typeof navigator === 'undefined' ? undefined : navigator.serviceWorker;
		if (!container) return () => {};
		let registration: ServiceWorkerRegistration | undefined;
		const offer = (worker: ServiceWorker | null) => {
			// Only an update: the first install on a page with no worker takes over by itself.
			if (worker && container.controller) this.waiting = worker;
		};
		const found = () => {
			const installing = registration?.installing;
			installing?.addEventListener('statechange', () => {
				if (installing.state === 'installed') offer(installing);
			});
		};
		container.register(url).then(
			(r: ServiceWorkerRegistration | undefined) => {
				// Test browsers that block workers resolve without a registration.
				if (!r) return;
				registration = r;
				offer(r.waiting);
				r.addEventListener('updatefound', found);
			},
			() => {}
		);
		return () => registration?.removeEventListener('updatefound', found);
	}

	/** Lets the waiting worker take over, then reloads onto the new deployment. */
	apply(): void {
		const worker = this.waiting;
		if (!worker) return;
		navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
			once: true
		});
		worker.postMessage(SKIP_WAITING);
	}
}
