import type { Handle } from '@sveltejs/kit/hooks';
import { escapeHtml } from '#lib/content/markdown.ts';
import { nb } from '#lib/messages/nb/index.ts';
import { localeOf, pathsFor } from '#lib/paths.ts';

/** The path Kit renders the static hosts' `404.html` from (adapter-static's `fallback`). */
const FALLBACK = '/[fallback]';

/**
 * `404.html` serves every missing path in every language; before its script runs it is in
 * bokmål (the error page then renders in the language of the URL and sets `<html lang>`).
 */
const m = nb;
const paths = pathsFor('nb');

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

/** `<html lang>` of every page: the language of its URL (`%lang%` in app.html). */
const withLang = (html: string, lang: string) => html.replace('%lang%', lang);

export const handle: Handle = ({ event, resolve }) =>
	event.url.pathname === FALLBACK
		? resolve(event, {
				transformPageChunk: ({ html }) =>
					withLang(html, m.lang)
						.replace('</head>', (head) => notFoundTitle() + head)
						.replace(
							'<body data-sveltekit-preload-data="hover">',
							(body) => body + notFoundWithoutScript()
						)
			})
		: resolve(event, {
				transformPageChunk: ({ html }) => withLang(html, localeOf(event.url.pathname))
			});
