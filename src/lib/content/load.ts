/**
 * Loading the content from disk: `content/statements.yaml`, `content/pledge-topics.yaml`
 * and the seeds, parsed, verified and resolved into the published `Dataset`. Node-only (uses
 * node:fs); everything else in this folder is pure.
 *
 * The site build calls `loadContent()` from server `load` functions, so broken
 * content throws a `ContentError` there and fails `vite build` with a readable
 * message.
 */
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { loadSeeds, type Seeds } from '#lib/pledges/load.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales.ts';
import { parsePledgeTopics, type PledgeTopics } from './pledge-topics.ts';
import { resolveDataset, type DocumentPosition } from './resolve.ts';
import { ContentError, parseStatements, type ContentIssue, type RawContent } from './schema.ts';
import { localizeDataset } from './translate.ts';
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

/** The pledge-topics file, relative to the repository root. */
export const PLEDGE_TOPICS_FILE = 'content/pledge-topics.yaml';

/**
 * Environment variable naming another pledge-topics file to use instead (absolute, or
 * relative to the root), e.g. with a draft statements file whose topics differ.
 */
export const PLEDGE_TOPICS_ENV = 'VALGOMAT_PLEDGE_TOPICS';

/** The pledge-topics file in use: `$VALGOMAT_PLEDGE_TOPICS` when set, else the default. */
export function pledgeTopicsFile(): string {
	return process.env[PLEDGE_TOPICS_ENV] || PLEDGE_TOPICS_FILE;
}

/** Everything the content check found, whether or not the content is usable. */
export interface ContentCheck {
	/** The statements file as named in messages (relative to the root when inside it). */
	file: string;
	seeds: Seeds;
	/** The parsed file; null when it could not be read or failed validation. */
	raw: RawContent | null;
	/** The pledge-topics file as named in messages. */
	pledgeTopicsFile: string;
	/** Pledge id → topic id: every entry of the pledge-topics file without a problem. */
	pledgeTopics: PledgeTopics;
	dataset: Dataset | null;
	/** Every document's position with its verified sources (empty when `raw` is null). */
	positions: DocumentPosition[];
	/** All schema and provenance errors; the content is usable only when empty. */
	errors: ContentIssue[];
}

/** The file's text, or why it cannot be read. */
function readContentFile(root: string, file: string): { text: Uint8Array } | { error: string } {
	try {
		// Bytes: `readYaml` checks the encoding and names the line of a byte that is not UTF-8.
		return { text: readFileSync(resolve(root, file)) };
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		return {
			error:
				code === 'ENOENT'
					? 'the file does not exist'
					: `the file cannot be read (${code ?? String(error)})`
		};
	}
}

function label(root: string, file: string): string {
	const absolute = resolve(root, file);
	const inside = relative(resolve(root), absolute);
	return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : absolute;
}

/**
 * Reads, validates, verifies and resolves the statements file and the pledge-topics file
 * (`topicsFile`) under `root` (default: the current directory) without throwing for content
 * errors: they are returned in `errors`. Errors in the seeds themselves (metadata, missing
 * documents) still throw, as `loadSeeds` does.
 */
export function checkContent(
	root: string = process.cwd(),
	file = statementsFile(),
	topicsFile = pledgeTopicsFile()
): ContentCheck {
	const seeds = loadSeeds(root);
	const name = label(root, file);
	const topicsName = label(root, topicsFile);
	const result: ContentCheck = {
		file: name,
		seeds,
		raw: null,
		pledgeTopicsFile: topicsName,
		pledgeTopics: new Map(),
		dataset: null,
		positions: [],
		errors: []
	};
	const statements = readContentFile(root, file);
	if ('text' in statements) {
		try {
			result.raw = parseStatements(statements.text, name, {
				documentIds: seeds.metadata.documents.map((d) => d.id)
			});
		} catch (error) {
			if (!(error instanceof ContentError)) throw error;
			result.errors.push(...error.issues);
		}
	} else {
		result.errors.push({ path: '', message: statements.error });
	}
	const topics = readContentFile(root, topicsFile);
	if ('text' in topics) {
		const checked = parsePledgeTopics(topics.text, topicsName, {
			pledges: seeds.pledges,
			documentIds: seeds.metadata.documents.map((d) => d.id),
			topics: result.raw && { file: name, topics: result.raw.topics }
		});
		result.pledgeTopics = checked.topics;
		result.errors.push(...checked.issues);
	} else {
		result.errors.push({ file: topicsName, path: '', message: topics.error });
	}
	if (!result.raw) return result;
	// Resolved even when the pledge-topics file has problems (with its valid entries), so that
	// the report still shows while the topics are being fixed; the errors fail the check.
	const resolved = resolveDataset(result.raw, seeds, result.pledgeTopics);
	result.dataset = resolved.dataset;
	result.positions = resolved.positions;
	result.errors.push(...resolved.problems);
	return result;
}

/** The resolved content with the seeds it was resolved against. */
export interface LoadedContent {
	file: string;
	/** The dataset in the language asked for (the same shape and version in every language). */
	dataset: Dataset;
	/** The statements file as parsed: the bokmål with the translations `dataset` takes its texts from. */
	raw: RawContent;
	seeds: Seeds;
	positions: DocumentPosition[];
	/** Pledge id → topic id, for the open data. */
	pledgeTopics: PledgeTopics;
}

/** The bokmål content, and the same in each other language once asked for. */
interface Memo {
	loaded: LoadedContent;
	locales: Map<Locale, LoadedContent>;
}

const memo = new Map<string, Memo>();

/**
 * Like {@link loadContent}, but also returns the parsed statements file, the seeds
 * (documents, pledges) and every document's position (in bokmål: the positions are the
 * editors' view, `dataset` the voters'). Memoised per process by root, file and the file's
 * modification time (so `vite dev` picks up edits), and by language.
 */
export function loadResolvedContent(
	locale: Locale = DEFAULT_LOCALE,
	root: string = process.cwd()
): LoadedContent {
	const file = statementsFile();
	const topicsFile = pledgeTopicsFile();
	const stamp = (relative: string) => {
		const absolute = resolve(root, relative);
		try {
			const stat = statSync(absolute);
			return `${absolute}\u0000${stat.mtimeMs}:${stat.size}`;
		} catch {
			return `${absolute}\u0000missing`; // reported by checkContent below
		}
	};
	const key = `${resolve(root)}\u0000${stamp(file)}\u0000${stamp(topicsFile)}`;
	let cached = memo.get(key);
	if (!cached) {
		const check = checkContent(root, file, topicsFile);
		if (check.errors.length > 0 || !check.dataset || !check.raw) {
			throw new ContentError(check.file, check.errors);
		}
		const loaded: LoadedContent = {
			file: check.file,
			dataset: check.dataset,
			raw: check.raw,
			seeds: check.seeds,
			positions: check.positions,
			pledgeTopics: check.pledgeTopics
		};
		cached = { loaded, locales: new Map([[DEFAULT_LOCALE, loaded]]) };
		memo.set(key, cached);
	}
	let localized = cached.locales.get(locale);
	if (!localized) {
		const { loaded } = cached;
		localized = { ...loaded, dataset: localizeDataset(loaded.dataset, loaded.raw, locale) };
		cached.locales.set(locale, localized);
	}
	return localized;
}

/**
 * The resolved `Dataset` in `locale` (default bokmål) from `content/statements.yaml` (or
 * `$VALGOMAT_STATEMENTS`) and the seeds under `root`. Every language gives the same shape,
 * ids, stances, quotes and `version`; only the voter-visible texts (topic
 * names, statement texts and backgrounds, the voters' reasons) are in `locale`, with bokmål
 * where a translation is still missing (which `content:check` fails). Throws a
 * `ContentError` listing every schema and provenance error when the content is broken.
 * Memoised per process and language.
 */
export function loadContent(
	locale: Locale = DEFAULT_LOCALE,
	root: string = process.cwd()
): Dataset {
	return loadResolvedContent(locale, root).dataset;
}

/** The dataset in every language, keyed by locale (for the open data). */
export function loadContentInEveryLocale(root: string = process.cwd()): Record<Locale, Dataset> {
	return Object.fromEntries(LOCALES.map((locale) => [locale, loadContent(locale, root)])) as Record<
		Locale,
		Dataset
	>;
}
