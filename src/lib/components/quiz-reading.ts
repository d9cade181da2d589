/**
 * The quiz's read path: bringing back a stored record, and taking in the record another tab
 * stored. `quiz-controller.svelte.ts` loads it only when there is a record to read (a returning
 * voter's page, or another tab storing one), so a first visit does not load it (1.2 KB gzip
 * off every quiz page's and embed's first load). A returning voter's browser loads it with the page's own files
 * (the page lists it with the results' files, boot-script.ts).
 */
export { adoptRecord, restore } from '#lib/quiz/restore.ts';
export { parseRecord } from '#lib/quiz/record-parse.ts';
export { reconcile } from '#lib/quiz/sync.ts';
