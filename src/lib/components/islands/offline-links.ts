/**
 * On an island page (no Kit router), a link followed while the connection is gone would leave
 * the quiz for the browser's own error page, and a quiz page that is not yet in the service
 * worker's cache could not be reopened. So while the browser is offline, a link to another page
 * of the site opens only if that page is cached (the service worker then serves it); otherwise
 * the page stays and says so above its content, with the way to try again once back online.
 * The words are the site's own error page's (`m.site.errors.offline`).
 */
import { m } from '#lib/messages/index.ts';

const NOTICE_ID = 'offline-notice';

/** Whether the service worker's caches hold `url` (never, where there are none). */
async function cached(url: string): Promise<boolean> {
	try {
		return typeof caches !== 'undefined' && (await caches.match(url)) !== undefined;
	} catch {
		return false;
	}
}

function showNotice(href: string): void {
	document.getElementById(NOTICE_ID)?.remove();
	const notice = document.createElement('section');
	notice.id = NOTICE_ID;
	notice.className = 'callout';
	notice.dataset.error = 'offline';
	notice.setAttribute('role', 'alert');
	notice.setAttribute('aria-labelledby', `${NOTICE_ID}-heading`);
	const heading = document.createElement('h2');
	heading.id = `${NOTICE_ID}-heading`;
	heading.tabIndex = -1;
	heading.textContent = m.site.errors.offline.title;
	const text = document.createElement('p');
	text.textContent = m.site.errors.offline.text;
	const retry = document.createElement('a');
	retry.className = 'btn btn-primary';
	retry.href = href;
	retry.textContent = m.site.errors.retry;
	notice.append(heading, text, retry);
	const main = document.getElementById('main');
	main?.prepend(notice);
	heading.focus();
}

/** Watches the page's links while offline (see above). */
export function guardOfflineLinks(): void {
	document.addEventListener('click', (event) => {
		if (navigator.onLine || event.defaultPrevented || event.button !== 0) return;
		if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
		const link = (event.target as Element | null)?.closest?.('a[href]');
		if (!(link instanceof HTMLAnchorElement) || link.target || link.hasAttribute('download'))
			return;
		const url = new URL(link.href);
		if (url.origin !== window.location.origin) return;
		if (url.pathname === window.location.pathname && url.search === window.location.search) return;
		event.preventDefault();
		void cached(url.href).then((hit) => {
			if (hit) window.location.assign(url.href);
			else showNotice(url.href);
		});
	});
}
