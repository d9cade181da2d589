/**
 * The embed code the editors' page offers: the loader snippet (one `<div>` and `/embed.js`)
 * and a plain `<iframe>` for CMSes that strip scripts. Attribute values are escaped.
 */
import type { EmbedChoice } from './params.ts';
import { parseHex } from './contrast.ts';

/** A fixed height for the plain iframe: the intro and a statement fit on a phone without scrolling. */
export const IFRAME_HEIGHT = 820;

function attr(value: string): string {
	return value
		.replaceAll('&', '&amp;')
		.replaceAll('"', '&quot;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;');
}

/**
 * `<div data-valgomat="…/embed/" …></div>` and the loader's `<script>`: `embedBase` is the
 * absolute `/embed/` URL (no language prefix: `lang` says it), `loader` the absolute `/embed.js`.
 */
export function loaderSnippet(
	embedBase: string,
	loader: string,
	choice: EmbedChoice & { edition?: string; lang?: string }
): string {
	const data: [string, string][] = [['valgomat', embedBase]];
	if (choice.edition) data.push(['edition', choice.edition]);
	if (choice.lang && choice.lang !== 'nb') data.push(['lang', choice.lang]);
	if (choice.theme !== 'auto') data.push(['theme', choice.theme]);
	const hex = parseHex(choice.accent.trim());
	if (hex) data.push(['accent', hex.slice(1)]);
	if (choice.plain) data.push(['plain', '1']);
	const attrs = data.map(([k, v]) => ` data-${k}="${attr(v)}"`).join('');
	return `<div${attrs}></div>\n<script src="${attr(loader)}" async></script>`;
}

/** A plain `<iframe>` of the absolute embed `url`, `title` for screen readers. */
export function iframeSnippet(url: string, title: string): string {
	return (
		`<iframe src="${attr(url)}" title="${attr(title)}" width="100%" height="${IFRAME_HEIGHT}"` +
		` loading="lazy" allow="web-share; clipboard-write" style="border:0;width:100%"></iframe>`
	);
}
