/**
 * Keeps the registry of published share layouts (content/share-layouts.json): appends the
 * statement list every edition asks now when it is not there yet, so links shared from this
 * version keep opening after statements are added, removed, reworded or reordered. Never
 * removes or rewrites an entry.
 *
 *   npm run share-layouts            append the current layouts (then commit the file)
 *   npm run share-layouts -- --check exit 1 when a current layout is missing, changing nothing
 *
 * `readLayouts` and `layoutCheck` are also used by content:check.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadContent } from '../src/lib/content/load.ts';
import type { Dataset } from '../src/lib/content/types.ts';
import {
	NO_LAYOUTS,
	SHARE_LAYOUTS_FILE,
	layoutIssues,
	missingLayouts,
	withCurrentLayouts,
	type ShareLayouts
} from '../src/lib/share/layouts.ts';

/** The command that appends the current layouts, as the messages name it. */
export const SHARE_LAYOUTS_COMMAND = 'npm run share-layouts';

/** The registry in `file`: an empty one when the file does not exist; problems when it is unsound. */
export function readLayouts(file: string): { layouts: ShareLayouts; issues: string[] } {
	if (!existsSync(file)) return { layouts: NO_LAYOUTS, issues: [] };
	let value: unknown;
	try {
		value = JSON.parse(readFileSync(file, 'utf8'));
	} catch (error) {
		return {
			layouts: NO_LAYOUTS,
			issues: [`${file}: not valid JSON (${error instanceof Error ? error.message : error})`]
		};
	}
	const issues = layoutIssues(value).map((issue) => `${file}: ${issue}`);
	return { layouts: issues.length === 0 ? (value as ShareLayouts) : NO_LAYOUTS, issues };
}

/** The errors content:check reports for the registry in `file` against `dataset`. */
export function layoutCheck(file: string, dataset: Dataset): string[] {
	const { layouts, issues } = readLayouts(file);
	if (issues.length > 0) return issues;
	return missingLayouts(layouts, dataset).map(
		({ edition, layout }) =>
			`${file}: the statements edition ${JSON.stringify(edition)} asks now (layout ${layout.tag}) are not registered, so links shared from this version would stop opening after the next change of statements. Run \`${SHARE_LAYOUTS_COMMAND}\` to append them, and commit ${file}.`
	);
}

/** The registry as written: one layout per line group, stable and diff-friendly. */
export function formatLayouts(layouts: ShareLayouts): string {
	return `${JSON.stringify(layouts, null, '\t')}\n`;
}

export function main(args: string[], root = process.cwd()): number {
	const file = resolve(root, SHARE_LAYOUTS_FILE);
	const { layouts, issues } = readLayouts(file);
	if (issues.length > 0) {
		for (const issue of issues) console.error(issue);
		return 1;
	}
	const dataset = loadContent('nb', root);
	const missing = missingLayouts(layouts, dataset);
	if (args.includes('--check')) {
		for (const m of missing) console.error(`missing: ${m.edition} layout ${m.layout.tag}`);
		return missing.length === 0 ? 0 : 1;
	}
	if (missing.length === 0) {
		console.log(`${SHARE_LAYOUTS_FILE}: every current layout is registered`);
		return 0;
	}
	writeFileSync(file, formatLayouts(withCurrentLayouts(layouts, dataset)));
	for (const m of missing) {
		console.log(`${SHARE_LAYOUTS_FILE}: added ${m.edition} layout ${m.layout.tag}`);
	}
	return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
	process.exitCode = main(process.argv.slice(2));
}
