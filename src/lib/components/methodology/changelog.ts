/**
 * Renders the content changelog (`content/CHANGELOG.md`) for the methodology page. The
 * Markdown is trusted repository content, rendered once at build time.
 *
 * - Only the log itself is shown: everything from the first dated heading
 *   (`## YYYY-MM-DD`) on. The part before it is the editors' format guide, with a made-up
 *   template row that a voter could mistake for a real correction. A file without a dated
 *   heading is rendered whole.
 * - Headings move down one level (at least `h3`), so they sit under the page's own
 *   `h2` "Endringslogg".
 * - Tables keep their semantics but every data cell carries its column name
 *   (`data-label`), so that narrow screens can show each row as a card instead of
 *   scrolling sideways. Explicit table roles keep the table readable by screen readers
 *   when CSS changes the cells' display.
 *
 * Pure: the caller reads the file.
 */
import { Marked, type Tokens } from 'marked';

/** The first dated heading of the log: where the entries begin. */
export const FIRST_ENTRY = /^## \d{4}-\d{2}-\d{2}\b/m;

/** The log entries of the changelog: the text from the first dated heading on. */
export function changelogEntries(markdown: string): string {
	const match = FIRST_ENTRY.exec(markdown);
	return match ? markdown.slice(match.index) : markdown;
}

function escapeAttribute(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/"/g, '&quot;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;');
}

/** Plain text of a header cell for `data-label` (inline Markdown markers removed). */
function plain(text: string): string {
	return text.replace(/[`*_]/g, '').trim();
}

const marked = new Marked({
	gfm: true,
	renderer: {
		heading({ tokens, depth }: Tokens.Heading) {
			const level = Math.min(6, Math.max(3, depth + 1));
			return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
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
			const labels = token.header.map((cell) => escapeAttribute(plain(cell.text)));
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

/** The changelog entries as HTML. */
export function renderChangelog(markdown: string): string {
	return marked.parse(changelogEntries(markdown), { async: false });
}
