/**
 * Loading the content from disk: `content/statements.yaml` and the seeds,
 * parsed, verified and resolved into the published `Dataset`. Node-only (uses
 * node:fs); everything else in this folder is pure.
 *
 * The site build calls `loadContent()` from server `load` functions, so broken
 * content throws a `ContentError` there and fails `vite build` with a readable
 * message.
 */
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { loadSeeds, type Seeds } from '#lib/pledges/load.ts';
import { resolveDataset, type DocumentPosition } from './resolve.ts';
import { ContentError, parseStatements, type ContentIssue, type RawContent } from './schema.ts';
import type { Dataset } from './types.ts';

/** The statements file, relative to the repository root. */
export const STATEMENTS_FILE = 'content/statements.yaml';

/**
 * Environment variable naming another statements file to use instead (absolute, or
 * relative to the root), e.g. to preview a draft: `VALGOMAT_STATEMENTS=draft.yaml npm run dev`.
 */
export const STATEMENTS_ENV = 'VALGOMAT_STATEMENTS';

/** The statements file in use: `$VALGOMAT_STATEMENTS` when set, else `content/statements.yaml`. */
export function statementsFile(): string {
	return process.env[STATEMENTS_ENV] || STATEMENTS_FILE;
}

/** Everything the content check found, whether or not the content is usable. */
export interface ContentCheck {
	/** The statements file as named in messages (relative to the root when inside it). */
	file: string;
	seeds: Seeds;
	/** The parsed file; null when it could not be read or failed validation. */
	raw: RawContent | null;
	dataset: Dataset | null;
	/** Every document's position with its verified sources (empty when `raw` is null). */
	positions: DocumentPosition[];
	/** All schema and provenance errors; the content is usable only when empty. */
	errors: ContentIssue[];
}

function label(root: string, file: string): string {
	const absolute = resolve(root, file);
	const inside = relative(resolve(root), absolute);
	return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : absolute;
}

/**
 * Reads, validates, verifies and resolves the statements file under `root` (default: the
 * current directory) without throwing for content errors: they are returned in
 * `errors`. Errors in the seeds themselves (metadata, missing documents) still throw, as
 * `loadSeeds` does.
 */
export function checkContent(root: string = process.cwd(), file = statementsFile()): ContentCheck {
	const seeds = loadSeeds(root);
	const name = label(root, file);
	const result: ContentCheck = {
		file: name,
		seeds,
		raw: null,
		dataset: null,
		positions: [],
		errors: []
	};
	let text: Uint8Array;
	try {
		text = readFileSync(resolve(root, file));
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		const reason =
			code === 'ENOENT'
				? 'the file does not exist'
				: `the file cannot be read (${code ?? String(error)})`;
		result.errors = [{ path: '', message: reason }];
		return result;
	}
	try {
		result.raw = parseStatements(text, name, {
			documentIds: seeds.metadata.documents.map((d) => d.id)
		});
	} catch (error) {
		if (!(error instanceof ContentError)) throw error;
		result.errors = error.issues;
		return result;
	}
	const resolved = resolveDataset(result.raw, seeds);
	result.dataset = resolved.dataset;
	result.positions = resolved.positions;
	result.errors = resolved.problems;
	return result;
}

/** The resolved content with the seeds it was resolved against. */
export interface LoadedContent {
	file: string;
	dataset: Dataset;
	seeds: Seeds;
	positions: DocumentPosition[];
}

const memo = new Map<string, LoadedContent>();

/**
 * Like {@link loadContent}, but also returns the seeds (documents, pledges) and every
 * document's position. Memoised per process by root, file and the file's modification
 * time (so `vite dev` picks up edits).
 */
export function loadResolvedContent(root: string = process.cwd()): LoadedContent {
	const file = statementsFile();
	const absolute = resolve(root, file);
	let stamp = 'missing';
	try {
		const stat = statSync(absolute);
		stamp = `${stat.mtimeMs}:${stat.size}`;
	} catch {
		// reported by checkContent below
	}
	const key = `${resolve(root)}\u0000${absolute}\u0000${stamp}`;
	const cached = memo.get(key);
	if (cached) return cached;
	const check = checkContent(root, file);
	if (check.errors.length > 0 || !check.dataset) throw new ContentError(check.file, check.errors);
	const loaded: LoadedContent = {
		file: check.file,
		dataset: check.dataset,
		seeds: check.seeds,
		positions: check.positions
	};
	memo.set(key, loaded);
	return loaded;
}

/**
 * The resolved `Dataset` from `content/statements.yaml` (or `$VALGOMAT_STATEMENTS`) and
 * the seeds under `root`. Throws a `ContentError` listing every schema and provenance
 * error when the content is broken. Memoised per process.
 */
export function loadContent(root: string = process.cwd()): Dataset {
	return loadResolvedContent(root).dataset;
}
