/**
 * The one Markdown pipeline. Every Markdown file the site renders (the content changelog,
 * the methodology page) goes through `renderMarkdown`, at build time only: `marked` never
 * reaches the browser, and its output is inserted as HTML only through the `SafeHtml` type
 * this module produces.
 *
 * Markdown is treated as untrusted input, since it is rendered on the origin that holds the
 * voter's answers:
 *
 * - Raw HTML, block or inline (tags, comments, declarations), is never passed through: it is
 *   shown as escaped text. `findRawHtml` lets the content check refuse it up front.
 * - Link and image targets must be `http:`/`https:` URLs, relative URLs or `#fragments`;
 *   anything else (`javascript:`, `data:`, `mailto:`, …) renders as plain text. The target
 *   is checked exactly as the browser will read it (character references decoded, no
 *   whitespace or control characters), then written out escaped.
 * - A heading may end in an anchor, `### Title {#anchor}`, which becomes its `id`.
 * - Tables keep their semantics with explicit ARIA roles, and every cell carries its
 *   column name (`data-label`), so that CSS can show each row as a card on narrow screens.
 *
 * Pure: no Svelte, DOM or Node.
 */
import { Lexer, Marked, type Token, type Tokens } from 'marked';

import { escapeHtml, type SafeHtml } from './html.ts';

export { escapeHtml, textHtml, type SafeHtml } from './html.ts';

export interface MarkdownOptions {
	/** Levels added to every heading (the changelog's `##` becomes `h3` with 1). Default 0. */
	headingShift?: number;
	/** The smallest heading level produced; deeper levels stay, shallower ones are raised. */
	minHeading?: number;
}

const NAMED_REFERENCES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'"
};

/**
 * Decodes numeric character references and the five XML named ones, the way a browser
 * decodes an attribute value. Other named references stay as written; since the result is
 * escaped again before output, the browser then sees them literally, as checked.
 */
function decodeReferences(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
		if (ref[0] !== '#') return NAMED_REFERENCES[ref.toLowerCase()] ?? whole;
		const code =
			ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
		return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
	});
}

/**
 * The link or image target as the browser will read it, when it is allowed: an `http:` or
 * `https:` URL, a relative URL (including `//host/…`, which stays on http(s)) or a
 * `#fragment`. Null for any other scheme and for targets with whitespace or control
 * characters (which browsers strip, so that `java\tscript:` would run).
 */
export function safeUrl(href: string): string | null {
	const url = decodeReferences(href);
	// eslint-disable-next-line no-control-regex -- control characters are what is refused
	if (/[\u0000-\u0020\u007f-\u009f]/.test(url)) return null;
	if (/^https?:/i.test(url)) return url;
	if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return null;
	return url;
}

/** A heading's trailing anchor: `{#anchor}`. */
const ANCHOR = /\s*\{#([A-Za-z][\w-]*)\}\s*$/;

/** Plain text of a header cell for `data-label` (inline Markdown markers removed). */
function plainLabel(text: string): string {
	return text.replace(/[`*_]/g, '').trim();
}

function createMarked({ headingShift = 0, minHeading = 1 }: MarkdownOptions): Marked {
	return new Marked({
		gfm: true,
		renderer: {
			html({ text, block }: Tokens.HTML | Tokens.Tag) {
				return block ? `<p>${escapeHtml(text.trim())}</p>\n` : escapeHtml(text);
			},
			link({ href, title, tokens }: Tokens.Link) {
				const text = this.parser.parseInline(tokens);
				const url = safeUrl(href);
				if (url === null) return text;
				const titleAttribute = title ? ` title="${escapeHtml(title)}"` : '';
				return `<a href="${escapeHtml(url)}"${titleAttribute}>${text}</a>`;
			},
			image({ href, title, text }: Tokens.Image) {
				const url = safeUrl(href);
				if (url === null) return escapeHtml(text);
				const titleAttribute = title ? ` title="${escapeHtml(title)}"` : '';
				return `<img src="${escapeHtml(url)}" alt="${escapeHtml(text)}"${titleAttribute}>`;
			},
			heading({ tokens, depth, text }: Tokens.Heading) {
				const level = Math.min(6, Math.max(minHeading, depth + headingShift));
				const anchor = ANCHOR.exec(text);
				if (anchor === null) return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
				const title = this.parser.parseInline(Lexer.lexInline(text.slice(0, anchor.index)));
				return `<h${level} id="${escapeHtml(anchor[1]!)}">${title}</h${level}>\n`;
			},
			table(token: Tokens.Table) {
				const align = (cell: Tokens.TableCell) =>
					cell.align ? ` style="text-align:${cell.align}"` : '';
				const head = token.header
					.map(
						(cell) =>
							`<th scope="col" role="columnheader"${align(cell)}>${this.parser.parseInline(cell.tokens)}</th>`
					)
					.join('');
				const labels = token.header.map((cell) => escapeHtml(plainLabel(cell.text)));
				const body = token.rows
					.map(
						(row) =>
							`<tr role="row">${row
								.map(
									(cell, i) =>
										`<td role="cell" data-label="${labels[i] ?? ''}"${align(cell)}>${this.parser.parseInline(cell.tokens)}</td>`
								)
								.join('')}</tr>`
					)
					.join('\n');
				return (
					`<table role="table">\n<thead role="rowgroup"><tr role="row">${head}</tr></thead>\n` +
					`<tbody role="rowgroup">\n${body}\n</tbody>\n</table>\n`
				);
			}
		}
	});
}

const instances = new Map<string, Marked>();

function markedFor(options: MarkdownOptions): Marked {
	const key = `${options.headingShift ?? 0}/${options.minHeading ?? 1}`;
	let instance = instances.get(key);
	if (!instance) {
		instance = createMarked(options);
		instances.set(key, instance);
	}
	return instance;
}

/** Markdown blocks as HTML, under the rules above. */
export function renderMarkdown(markdown: string, options: MarkdownOptions = {}): SafeHtml {
	return markedFor(options).parse(markdown, { async: false }) as SafeHtml;
}

/** One line of inline Markdown (no paragraph around it) as HTML, under the rules above. */
export function renderInline(markdown: string): SafeHtml {
	return markedFor({}).parseInline(markdown, { async: false }) as SafeHtml;
}

/** Every link and image target in the Markdown, in document order. */
export function linkTargets(markdown: string): string[] {
	const instance = markedFor({});
	const targets: string[] = [];
	instance.walkTokens(instance.lexer(markdown), (token) => {
		if (token.type === 'link' || token.type === 'image') targets.push(token.href);
	});
	return targets;
}

/** Raw HTML found in a Markdown file: 1-based line and the HTML as written. */
export interface RawHtml {
	line: number;
	html: string;
}

/**
 * Every piece of raw HTML (block or inline) in the Markdown, with its line, as the
 * pipeline would find it. Autolinks (`<https://…>`), code spans and code blocks are not
 * HTML.
 */
export function findRawHtml(markdown: string): RawHtml[] {
	const source = markdown.replace(/\r\n?/g, '\n');
	const instance = markedFor({});
	const found: RawHtml[] = [];
	const lineAt = (offset: number) => source.slice(0, offset).split('\n').length;
	let start = 0;
	for (const token of instance.lexer(source)) {
		// Top-level tokens cover the source in order; find each one from where the last ended.
		const at = source.indexOf(token.raw, start);
		const blockStart = at === -1 ? start : at;
		let cursor = 0;
		instance.walkTokens([token] as Token[], (inner) => {
			if (inner.type !== 'html') return;
			const raw = inner.raw.trim();
			const within = token.raw.indexOf(raw.split('\n')[0]!, cursor);
			const offset = within === -1 ? 0 : within;
			if (within !== -1) cursor = within + 1;
			found.push({ line: lineAt(blockStart + offset), html: raw });
		});
		if (at !== -1) start = at + token.raw.length;
	}
	return found;
}

/** A top-level block of Markdown as its structure: kind, 1-based line, and its source. */
export interface MarkdownBlock {
	/** `heading`, `paragraph`, `list`, `code`, `table`, `blockquote`, `hr`, … (marked's token type). */
	readonly kind: string;
	/** What else fixes the block's shape: `h3`, `3 items`, `ordered, 2 items`, `4 columns, 2 rows`. */
	readonly shape: string;
	readonly line: number;
	readonly raw: string;
}

/**
 * The top-level blocks of the Markdown, as the pipeline would parse them, with their lines
 * (blank space between blocks is not a block). Used to compare a translation's structure
 * with the original's.
 */
export function markdownBlocks(markdown: string): MarkdownBlock[] {
	const source = markdown.replace(/\r\n?/g, '\n');
	const blocks: MarkdownBlock[] = [];
	let offset = 0;
	for (const token of markedFor({}).lexer(source)) {
		const at = source.indexOf(token.raw, offset);
		const start = at === -1 ? offset : at;
		if (at !== -1) offset = at + token.raw.length;
		if (token.type === 'space') continue;
		// A block's first line is its first non-blank one.
		const leading = /^\s*\n/.exec(token.raw)?.[0] ?? '';
		const line = source.slice(0, start + leading.length).split('\n').length;
		blocks.push({ kind: token.type, shape: shapeOf(token), line, raw: token.raw });
	}
	return blocks;
}

function shapeOf(token: Token): string {
	const count = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;
	switch (token.type) {
		case 'heading':
			return `h${(token as Tokens.Heading).depth}`;
		case 'list': {
			const list = token as Tokens.List;
			return `${list.ordered ? 'ordered, ' : ''}${count(list.items.length, 'item', 'items')}`;
		}
		case 'table': {
			const table = token as Tokens.Table;
			return `${count(table.header.length, 'column', 'columns')}, ${count(table.rows.length, 'row', 'rows')}`;
		}
		default:
			return '';
	}
}
