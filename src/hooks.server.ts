import type { Handle } from '@sveltejs/kit/hooks';
import { escapeHtml } from '#lib/content/markdown.ts';
import { m } from '#lib/messages/index.ts';
import { paths } from '#lib/paths.ts';

/** The path Kit renders the static hosts' `404.html` from (adapter-static's `fallback`). */
const FALLBACK = '/[fallback]';

/** The title of `404.html`, the same the error page sets once the app runs. */
const notFoundTitle = () =>
	`<title>${escapeHtml(m.site.errors.pageTitle(m.site.errors.notFound.title))}</title>`;

/**
 * What `404.html` says without JavaScript, where the app that renders the error page cannot
 * start (the page links the site's stylesheet, where `.noscript` sets the column: an inline
 * `<style>` here would have no hash in the page's Content-Security-Policy).
 */
function notFoundWithoutScript(): string {
	const { notFound, toStart } = m.site.errors;
	return (
		'<noscript><main class="noscript">' +
		`<h1>${escapeHtml(notFound.title)}</h1><p>${escapeHtml(notFound.text)}</p>` +
		`<p><a href="${escapeHtml(paths.home())}">${escapeHtml(toStart)}</a></p></main></noscript>`
	);
}

export const handle: Handle = ({ event, resolve }) =>
	event.url.pathname === FALLBACK
		? resolve(event, {
				transformPageChunk: ({ html }) =>
					html
						.replace('</head>', (head) => notFoundTitle() + head)
						.replace(
							'<body data-sveltekit-preload-data="hover">',
							(body) => body + notFoundWithoutScript()
						)
			})
		: resolve(event);
