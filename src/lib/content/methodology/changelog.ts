/**
 * The content changelog (`content/CHANGELOG.md`) as the methodology page shows it, through
 * the one Markdown pipeline (`../markdown.ts`: raw HTML escaped, link targets filtered):
 *
 * - Only the log itself is shown: everything from the first dated heading
 *   (`## YYYY-MM-DD`) on. The part before it is the editors' format guide, with a made-up
 *   template row that a voter could mistake for a real correction. A file without a dated
 *   heading is rendered whole.
 * - Headings move down one level (at least `h3`), so they sit under the page's own
 *   `h2` "Endringslogg".
 * - Tables are rendered as the pipeline renders every table: each cell carries its column
 *   name, so the page can show each row as a card.
 *
 * Pure: the caller reads the file.
 */
import { renderMarkdown, type SafeHtml } from '../markdown.ts';

/**
 * The language the log is written in (bokmål). The log is an editorial record, like the
 * party quotes it cites: it is kept in one language and shown as written on every page.
 */
export const CHANGELOG_LANG = 'nb';

/** The first dated heading of the log: where the entries begin. */
export const FIRST_ENTRY = /^## \d{4}-\d{2}-\d{2}\b/m;

/** The log entries of the changelog: the text from the first dated heading on. */
export function changelogEntries(markdown: string): string {
	const match = FIRST_ENTRY.exec(markdown);
	return match ? markdown.slice(match.index) : markdown;
}

/** The changelog entries as HTML. */
export function renderChangelog(markdown: string): SafeHtml {
	return renderMarkdown(changelogEntries(markdown), { headingShift: 1, minHeading: 3 });
}
