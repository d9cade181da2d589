/**
 * A party document's lines as HTML, for `DocumentText.svelte` to insert whole: every line keeps
 * its anchor (`#L<line>`), its file line number and its printed number; the pledges stand out
 * as blocks; with `flow` (a PDF) the lines are grouped into paragraphs.
 *
 * Why a string and not a Svelte template: a source page hydrates with Kit's client, and
 * hydrating a document line by line (a block for each line, its link, its text and its printed
 * number) made the page's longest task 78 ms median at 1× on the 2-core test machine
 * (`/kilder/ap-akershus/`, 145 lines; about 0.3 s at 4×), 26 ms with the lines inserted whole:
 * inserted HTML is hydrated by stepping over it. Every text and attribute value is escaped
 * (`escapeHtml`), so a document's text is only ever text.
 *
 * Pure: no Svelte or DOM. The quoted words a result links to are marked on the page, in the
 * lines' text, by the component (`splitMarked` says where).
 */
import { escapeHtml, type SafeHtml } from '#lib/content/html.ts';
import { isBlank } from '#lib/pledges/lines.ts';
import { readingBlocks, typicalLineLength } from '#lib/pledges/reading.ts';
import { segmentLines } from '#lib/pledges/segments.ts';
import type { Pledge, SourceLine } from '#lib/pledges/types.ts';

/** The words the markup needs, in the page's language (`m.document`). */
export interface DocumentWords {
	/** The page's language, for the pledge marker (the text is in the documents' language). */
	readonly lang: string;
	/** The label on a pledge's block. */
	readonly pledgeMarker: string;
	/** The name of the link to a line. */
	lineLabel(line: number): string;
	/** What a printed line number is read as. */
	printedLabel(printed: number): string;
}

function lineMarkup(l: SourceLine, words: DocumentWords): string {
	// A blank line has no link of its own and is drawn small.
	const blank = isBlank(l.text);
	const number = blank
		? `<span class="ln" aria-hidden="true">${l.line}</span>`
		: `<a class="ln" href="#L${l.line}" data-sveltekit-replacestate="" aria-label="${escapeHtml(
				words.lineLabel(l.line)
			)}">${l.line}</a>`;
	const printed =
		l.printed === null
			? ''
			: `<span class="printed" aria-label="${escapeHtml(words.printedLabel(l.printed))}">${
					l.printed
				}</span>`;
	return (
		`<span class="${blank ? 'line empty' : 'line'}" id="L${l.line}">${number} ` +
		`<span class="text">${escapeHtml(l.text)}</span> ${printed}</span>`
	);
}

function blocksMarkup(
	run: SourceLine[],
	flow: boolean,
	typical: number,
	words: DocumentWords
): string {
	return readingBlocks(run, flow, typical)
		.map((block) =>
			block.kind === 'gap'
				? `<div class="gap">${lineMarkup(block.line, words)}</div>`
				: `<p class="para">${block.lines.map((l) => lineMarkup(l, words)).join('')}</p>`
		)
		.join('');
}

/** The document's lines as HTML (the content of `DocumentText`'s `.document`). */
export function documentMarkup(
	lines: SourceLine[],
	pledges: Pick<Pledge, 'id' | 'lines' | 'text'>[],
	flow: boolean,
	words: DocumentWords
): SafeHtml {
	const typical = typicalLineLength(lines);
	return segmentLines(lines, pledges)
		.map((segment) =>
			segment.kind === 'pledge'
				? `<div class="pledge" id="${escapeHtml(segment.pledge.id)}">` +
					`<span class="badge" lang="${escapeHtml(words.lang)}">${escapeHtml(words.pledgeMarker)}</span> ` +
					`${blocksMarkup(segment.lines, flow, typical, words)}</div>`
				: blocksMarkup(segment.lines, flow, typical, words)
		)
		.join('') as SafeHtml;
}
