/**
 * HTML a component may insert (`{@html}`), and the one escaping of text into HTML. Only the
 * Markdown pipeline (`markdown.ts`, at build time) and the party documents' line markup
 * (`components/document-markup.ts`, text escaped here) make `SafeHtml`. Pure, and free of
 * `marked`, so the browser can load it.
 */

declare const safe: unique symbol;

/** HTML built from escaped text by a module that owns its markup: the only HTML a component may insert. */
export type SafeHtml = string & { readonly [safe]: true };

/** Escapes text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');
}

/** Text as `SafeHtml`, escaped. */
export function textHtml(text: string): SafeHtml {
	return escapeHtml(text) as SafeHtml;
}
