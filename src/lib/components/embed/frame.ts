/**
 * The embed's side of the frame: its look (the theme as `data-theme` on the root, the accent
 * through the CSS object model: never an inline `style` attribute) and its height, posted to the host
 * whenever it changes. The height is the only message the embed ever sends.
 */
import { heightMessages, type EmbedOptions } from '#lib/embed/index.ts';

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
