/**
 * The embed's side of the frame: how it links (`embeddingFor`), its look (the theme as
 * `data-theme` on the root, the accent through the CSS object model: never an inline `style`
 * attribute) and its height, posted to the host whenever it changes. The height is the only
 * message the embed ever sends.
 */
// Not the index: the embed code's snippets and the rest are the editors' page's, not the embed's.
import { heightMessages } from '#lib/embed/height.ts';
import { parseEmbedParams, queryOf, type EmbedOptions } from '#lib/embed/params.ts';
import { paths } from '#lib/paths.ts';
import type { RegionId } from '#lib/pledges/types.ts';
import type { Embedding } from './context.ts';

/** What an embed reads from its address once it runs (its query for links, `plain`). */
export interface EmbedLook {
	query: string;
	plain: boolean;
}

/**
 * How an embed links, following `look` (a `$state` object: the page sets it once it runs, after
 * hydrating, as prerendering knows no query).
 */
export function embeddingFor(look: EmbedLook): Embedding {
	return {
		away: { target: '_blank', rel: 'noopener' },
		edition: (id: RegionId) => paths.embed(id, look.query),
		switchEdition: (id: RegionId) => paths.embed(id, look.query),
		get plain() {
			return look.plain;
		}
	};
}

/**
 * What an embed page does once it runs: reads its options from its address (one console warning
 * per ignored parameter), applies its look, sets `look` (the query its links keep, `plain`) and
 * starts reporting its height. Returns the options and the function that stops the reports.
 */
export function openFrame(look: EmbedLook): { options: EmbedOptions; stop: () => void } {
	const { options, warnings } = parseEmbedParams(window.location.search);
	for (const warning of warnings) console.warn(warning);
	look.query = queryOf(options);
	look.plain = options.plain;
	applyLook(document.documentElement, options);
	return { options, stop: reportHeight(options.id) };
}

/** Forces the colour scheme (`theme`) and sets the accent in the schemes that keep it. */
export function applyLook(root: HTMLElement, { theme, accent }: EmbedOptions): void {
	if (theme !== 'auto') root.dataset.theme = theme;
	if (accent.light) root.style.setProperty('--accent-light', accent.light);
	if (accent.dark) root.style.setProperty('--accent-dark', accent.dark);
}

/**
 * Posts the document's height to the parent window whenever it changes (a ResizeObserver on
 * the root element, which is as tall as the content whatever the frame's height), in the
 * Datawrapper and pym.js formats. Returns the function that stops it. Does nothing outside a frame.
 */
export function reportHeight(id: string): () => void {
	if (window.parent === window) return () => {};
	const root = document.documentElement;
	let last = -1;
	const observer = new ResizeObserver(() => {
		const height = Math.ceil(root.getBoundingClientRect().height);
		if (height === last) return;
		last = height;
		// `*`: the host's origin is unknown, and the message holds nothing but the height.
		for (const message of heightMessages(id, height)) window.parent.postMessage(message, '*');
	});
	observer.observe(root);
	return () => observer.disconnect();
}
