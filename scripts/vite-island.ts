/**
 * Islands: pages that Kit prerenders without its client (`csr = false`) and that hydrate only
 * their interactive part with one module of ours. Each island's module is an extra entry of
 * Kit's client build, so it shares chunks (Svelte's runtime, the statechart) with the rest of
 * the site and is listed in the client build's Vite manifest, where the page's server code
 * finds its files (src/routes/island.server.ts).
 *
 * Why: Kit's client (router, hydration of the whole page, its data) costs about 25 KB gzip
 * on every page; a quiz page needs none of it, and its budget is 60 KB in 8 requests (see
 * ARCHITECTURE.md, "The quiz page's first load").
 *
 * So that an island's code arrives in one file, not in the many chunks the bundler would cut
 * where other pages share its modules, every module an island imports statically (but the
 * runtime and the statechart, which have their own chunks) is put in one chunk per island
 * (`staticImports`, a code-splitting group in vite.config.ts); pages sharing one of them load
 * that chunk too. The same keeps each language's first messages in one chunk.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Every island: the entry's name in the build, and its module. The quiz has one per language,
 * each importing its language's first words, so they arrive with the page (no request after the
 * script's for them); the quiz itself is `src/lib/components/islands/quiz-island.ts`, the
 * embedded quiz's `embed-island.svelte.ts` (the quiz's, with the embed's frame), the start page's
 * `home-island.ts` (no Svelte: it fills in two prerendered parts).
 */
export const ISLANDS = {
	'island/quiz-nb': 'src/lib/components/islands/quiz-nb.ts',
	'island/quiz-nn': 'src/lib/components/islands/quiz-nn.ts',
	'island/quiz-en': 'src/lib/components/islands/quiz-en.ts',
	'island/embed-nb': 'src/lib/components/islands/embed-nb.ts',
	'island/embed-nn': 'src/lib/components/islands/embed-nn.ts',
	'island/embed-en': 'src/lib/components/islands/embed-en.ts',
	'island/home-nb': 'src/lib/components/islands/home-nb.ts',
	'island/home-nn': 'src/lib/components/islands/home-nn.ts',
	'island/home-en': 'src/lib/components/islands/home-en.ts'
} as const;

export type IslandName = keyof typeof ISLANDS;

/** The modules each root imports statically (by its source path), found once the client build has its graph. */
const reachable = new Map<string, Set<string>>();
/** The roots whose static imports are looked for: set by `staticImports`, read at `buildEnd`. */
const roots = new Set<string>();

/**
 * A code-splitting test for the modules `root` (a source path, never an entry: an entry stays
 * its own chunk) imports statically, with `root` itself, that `keep` accepts.
 */
export function staticImports(
	root: string,
	keep: (id: string) => boolean
): (id: string) => boolean {
	roots.add(root);
	return (id) => keep(id) && (reachable.get(root)?.has(id) ?? false);
}

/**
 * V8's explicit compile hint (Chromium 136 and later; other engines read a comment): every
 * function of a file that starts with it is compiled as the file streams in, on a background
 * thread, instead of on the main thread the first time it is called. Nearly all of an island's
 * first-load code runs as the island hydrates, where a slow phone's main thread is the quiz's
 * last wait before it is answerable; nearly all of what its modules load later (the results'
 * code, the dataset, the later words) runs as the results show, the first thing a returning
 * voter sees (without the hint, about 55–80 ms of lazy compiling on the main thread at 1× as a
 * returning voter's results drew; with it, 2–6 ms).
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** The modules an island's page loads before it is ready: every island's static imports. */
const firstLoad = new Set<string>();
/**
 * The modules an island's own modules load later (their dynamic imports, with what those import
 * statically): the results' code, the dataset, the words of the results, the backgrounds; not
 * what those load in turn (sharing a result, which loads after the results show).
 */
const laterLoad = new Set<string>();

/**
 * Whether a chunk of the client build holds a module an island's page loads first or its
 * modules load later (see {@link laterLoad}), whose functions nearly all run when the quiz
 * hydrates or the results show: such a chunk gets {@link COMPILE_HINT}. The rest (Kit's pages,
 * sharing, the editors' page) does not: much of it waits for a click or never runs.
 */
export function loadedByIsland(chunk: { moduleIds: readonly string[] }): boolean {
	return chunk.moduleIds.some((id) => firstLoad.has(id) || laterLoad.has(id));
}

/** What {@link addCompileHint} reads and changes of a chunk and of the bundle around it. */
interface HintedChunk {
	fileName: string;
	code: string;
	map?: { mappings: string } | null;
}
type BundleFiles = Record<string, { type: string; source?: string | Uint8Array } | HintedChunk>;

/**
 * Puts {@link COMPILE_HINT} on a chunk's first line, and moves its source map (when the build
 * writes one: `vite build --sourcemap`) one line down with it, so that a stack trace or a bundle
 * analysis still points at the right source: the `.map` file beside the chunk, and the chunk's
 * own map object, each get an empty first line (a leading `;` in `mappings`).
 */
export function addCompileHint(chunk: HintedChunk, bundle: BundleFiles): void {
	chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
	if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
	const asset = bundle[`${chunk.fileName}.map`];
	if (asset && 'type' in asset && asset.type === 'asset' && asset.source !== undefined) {
		const text =
			typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
		const map = JSON.parse(text) as { mappings: string };
		map.mappings = `;${map.mappings}`;
		asset.source = JSON.stringify(map);
	}
}

export function islands(): Plugin {
	return {
		name: 'valgomat-islands',
		apply: 'build',
		configEnvironment(name) {
			if (name !== 'client') return undefined;
			// Merged into the input Kit gives its client build (its own entries and the pages').
			return { build: { rolldownOptions: { input: { ...ISLANDS } } } };
		},
		// The hint goes on the very first line, or V8 ignores it: after Vite has put its list of
		// a chunk's dynamic imports' files there (`__vite__mapDeps`, in its own generateBundle),
		// so once the files are named. A file's name stays its content's hash but for this line,
		// which only a change in what the islands import can add or take away.
		generateBundle: {
			order: 'post',
			handler(_, bundle) {
				if (this.environment.name !== 'client') return;
				for (const file of Object.values(bundle)) {
					if (file.type === 'chunk' && loadedByIsland(file)) addCompileHint(file, bundle);
				}
			}
		},
		buildEnd() {
			if (this.environment.name !== 'client') return;
			firstLoad.clear();
			laterLoad.clear();
			const graph = (start: string, found: Set<string>) => {
				const visit = (id: string) => {
					if (found.has(id)) return;
					found.add(id);
					for (const next of this.getModuleInfo(id)?.importedIds ?? []) visit(next);
				};
				visit(start);
				return found;
			};
			for (const entry of Object.values(ISLANDS)) graph(resolve(entry), firstLoad);
			for (const id of firstLoad) {
				for (const next of this.getModuleInfo(id)?.dynamicallyImportedIds ?? []) {
					if (!firstLoad.has(next)) graph(next, laterLoad);
				}
			}
			for (const id of firstLoad) laterLoad.delete(id);
			for (const root of roots) reachable.set(root, graph(resolve(root), new Set()));
		}
	};
}
