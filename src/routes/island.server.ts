/**
 * The files an island's page loads (scripts/vite-island.ts): its module, the chunks it imports
 * (preloaded, so they arrive in parallel instead of one after another). Its stylesheets are the page's own
 * (the page renders the island's component, so Kit links or inlines them). Read from the
 * Vite manifest of Kit's client build, which is written before Kit prerenders the pages.
 */
import { readFileSync } from 'node:fs';
import { dev } from '$app/env';
import type { QuizIslandProps } from '#lib/components/islands/quiz-props.ts';
import { LOCALES } from '#lib/content/locales.ts';
import { appFileLanguage } from '#lib/offline.ts';
import { siteRoot } from '#lib/paths.ts';
import { ISLANDS, type IslandName } from '../../scripts/vite-island.ts';
import { quizPageContent } from './content.server.ts';

interface ManifestChunk {
	file: string;
	imports?: string[];
	dynamicImports?: string[];
	css?: string[];
}

/** Paths from the site's root, without the leading slash ("_app/immutable/…"). */
export interface IslandFiles {
	script: string;
	/** Modules the script imports, directly or not. */
	preload: string[];
}

const MANIFEST = '.svelte-kit/output/client/.vite/manifest.json';

let manifest: Record<string, ManifestChunk> | undefined;

function chunk(key: string): ManifestChunk {
	manifest ??= JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, ManifestChunk>;
	const found = manifest[key];
	if (!found) throw new Error(`${MANIFEST}: no chunk for ${key} (is it an island or a module?)`);
	return found;
}

/** The files of island `name`. */
export function islandFiles(name: IslandName): IslandFiles {
	// Under `vite dev` the module is served from its source (and its CSS injected by Vite).
	if (dev) return { script: ISLANDS[name], preload: [] };
	const preload = new Set<string>();
	const visit = (key: string) => {
		const { file, imports = [] } = chunk(key);
		if (preload.has(file)) return;
		preload.add(file);
		imports.forEach(visit);
	};
	const entry = chunk(ISLANDS[name]);
	visit(ISLANDS[name]);
	preload.delete(entry.file);
	return { script: entry.file, preload: [...preload] };
}

/**
 * The files island `name` may load later in `locale` (what its modules import dynamically, with
 * what those import statically: on a quiz page the results' code, the dataset and the later
 * words, with their stylesheets), not those it loads first and none of another language: a page lists them for a returning voter's
 * browser to start loading at once (`RESULTS_FILES_META`, boot-script.ts).
 */
export function laterFiles(name: IslandName, locale: string): string[] {
	if (dev) return [];
	const { script, preload } = islandFiles(name);
	const first = new Set([script, ...preload]);
	const files = new Set<string>();
	const seen = new Set<string>();
	const visit = (key: string, later: boolean) => {
		if (seen.has(key)) return;
		seen.add(key);
		const { file, imports = [], dynamicImports = [], css = [] } = chunk(key);
		if (later && !first.has(file)) {
			files.add(file);
			for (const sheet of css) files.add(sheet);
		}
		imports.forEach((next) => visit(next, later));
		// What the island's own modules load later, not what those load in turn (sharing a result,
		// say, which loads after the results show).
		if (later) return;
		for (const next of dynamicImports) {
			// One language's files are named after it (scripts/vite-languages.ts).
			const language = appFileLanguage(chunk(next).file, LOCALES);
			if (language === undefined || language === locale) visit(next, true);
		}
	};
	visit(ISLANDS[name], false);
	return [...files];
}

/**
 * A quiz island page's data (`QuizIslandPage.svelte`): the props its module hydrates the quiz
 * with, its files, and the files a returning voter's browser starts loading at once
 * (boot-script.ts). `kind`: the quiz page's island or the embedded quiz's.
 */
export function quizIsland(kind: 'quiz' | 'embed', edition: string, url: URL) {
	const { locale, content, site } = quizPageContent(edition, url);
	const props: QuizIslandProps = { locale, root: siteRoot(), content, site };
	const name = `island/${kind}-${locale}` as const;
	return { island: { props, files: islandFiles(name), later: laterFiles(name, locale) } };
}
