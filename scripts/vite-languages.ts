/**
 * Each language's own app files. The client build's chunks that only one language's pages load
 * (its words, its dataset and backgrounds) are named after the language
 * (`_app/immutable/chunks/nn.<hash>.js`), as the islands' entries are already
 * (`island/quiz-nn.<hash>.js`). The service worker reads the name (`appFileLanguage` in
 * src/lib/offline.ts) and precaches a language's files only for the languages in use, with no
 * list of files to fetch first. The language alone, not what the chunk holds: every page's
 * first load names some of these files (the HTML, the island's entry, the chunks that import
 * them), and a longer name cost a quiz page about 70 bytes of gzip.
 *
 * Kit names the client's chunks (`chunks/<hash>.js`); this plugin wraps its naming and changes
 * only a chunk whose every module is one language's (`moduleLanguage`): a chunk holding several
 * languages' code, or shared code beside one language's, stays shared. Once the bundle is
 * written it checks every file: its name says the language of its content (a chunk's modules,
 * an asset's importers), and no file of one language is imported statically by a file that is
 * not of that language (a page that loads the importer would need it offline). A language's
 * files are loaded only through the page's language (`loadMessages(locale)`,
 * `loadDataset(locale)`): dynamic imports are not checked here but by the e2e offline test.
 */
import { isAbsolute, relative } from 'node:path';
import type { Plugin, Rolldown } from 'vite';
import { LOCALES, isLocale, type Locale } from '../src/lib/content/locales.ts';
import { appFileLanguage } from '../src/lib/offline.ts';
import { BACKGROUNDS_MODULE, DATASET_MODULE } from './vite-dataset.ts';
import { ISLANDS } from './vite-island.ts';

/**
 * A module id as a path from the project's root ("src/lib/messages/nn/later.ts", as the Vite
 * manifest's keys are), or a virtual module's id without its `\0`.
 */
function keyOf(id: string): string {
	if (id.startsWith('\0')) return id.slice(1);
	return (isAbsolute(id) ? relative(process.cwd(), id) : id).replaceAll('\\', '/');
}

/** The modules of one language that are not its words: its dataset, backgrounds and islands. */
const LANGUAGE_MODULES = new Map<string, Locale>([
	...LOCALES.flatMap((locale): [string, Locale][] => [
		[`${DATASET_MODULE}${locale}`, locale],
		[`${BACKGROUNDS_MODULE}${locale}`, locale]
	]),
	...Object.entries(ISLANDS).flatMap(([name, module]): [string, Locale][] => {
		const language = name.slice(name.lastIndexOf('-') + 1);
		return isLocale(language) ? [[module, language]] : [];
	})
]);

/** A language's words: `src/lib/messages/<locale>/…`. */
const WORDS = /^src\/lib\/messages\/([^/]+)\//;

/**
 * The language of a module only that language's pages load, from its id in the build (or its key
 * in the Vite manifest): its words (`src/lib/messages/<locale>/`), its dataset or backgrounds
 * (`virtual:valgomat/dataset/<locale>`, scripts/vite-dataset.ts) or one of its islands' modules
 * (`islands/quiz-<locale>.ts`, scripts/vite-island.ts); `undefined` for any other module.
 */
export function moduleLanguage(id: string): Locale | undefined {
	const key = keyOf(id);
	const words = WORDS.exec(key)?.[1];
	if (isLocale(words)) return words;
	return LANGUAGE_MODULES.get(key);
}

/** The language of a chunk whose every module is of that language; `undefined` (shared) else. */
export function chunkLanguage(moduleIds: readonly string[]): Locale | undefined {
	const languages = new Set(moduleIds.map(moduleLanguage));
	const [only] = languages;
	return languages.size === 1 ? only : undefined;
}

type ChunkFileNames = string | ((chunk: Rolldown.PreRenderedChunk) => string);

/** Kit's name for `chunk`, with `<language>.` before the hash for one language's chunk. */
function languageChunkName(kit: ChunkFileNames, chunk: Rolldown.PreRenderedChunk): string {
	const pattern = typeof kit === 'function' ? kit(chunk) : kit;
	const language = chunkLanguage(chunk.moduleIds);
	if (language === undefined || !pattern.includes('[hash]')) return pattern;
	return pattern.replace('[hash]', `${language}.[hash]`);
}

/** The language the file's content says: a chunk's modules', an asset's importers'. */
function contentLanguages(bundle: Rolldown.OutputBundle): Map<string, Locale | undefined> {
	const languages = new Map<string, Locale | undefined>();
	const importers = new Map<string, Set<Locale | undefined>>();
	for (const file of Object.values(bundle)) {
		if (file.type !== 'chunk') continue;
		const language = chunkLanguage(file.moduleIds);
		languages.set(file.fileName, language);
		const { importedCss = new Set<string>(), importedAssets = new Set<string>() } =
			file.viteMetadata ?? {};
		for (const asset of [...importedCss, ...importedAssets]) {
			importers.set(asset, (importers.get(asset) ?? new Set()).add(language));
		}
	}
	for (const file of Object.values(bundle)) {
		if (file.type !== 'asset') continue;
		const [only, ...others] = importers.get(file.fileName) ?? [];
		languages.set(file.fileName, others.length === 0 ? only : undefined);
	}
	return languages;
}

export function languageFiles(): Plugin {
	return {
		name: 'valgomat-language-files',
		apply: 'build',
		// After Kit's plugins, so that its client build's naming is there to wrap.
		enforce: 'post',
		configEnvironment(name, config) {
			if (name !== 'client') return undefined;
			const output = config.build?.rolldownOptions?.output;
			const kit = Array.isArray(output) ? undefined : output?.chunkFileNames;
			if (kit === undefined) {
				throw new Error(
					'valgomat-language-files: Kit set no chunkFileNames for its client build to wrap.'
				);
			}
			return {
				build: {
					rolldownOptions: {
						output: { chunkFileNames: (chunk) => languageChunkName(kit, chunk) }
					}
				}
			};
		},
		generateBundle(_, bundle) {
			if (this.environment.name !== 'client') return;
			const content = contentLanguages(bundle);
			const problems: string[] = [];
			for (const [file, language] of content) {
				const named = appFileLanguage(file, LOCALES);
				if (named !== language) {
					problems.push(`${file}: named ${named ?? 'shared'}, holds ${language ?? 'shared'} code`);
				}
			}
			for (const file of Object.values(bundle)) {
				if (file.type !== 'chunk') continue;
				for (const imported of file.imports) {
					const language = content.get(imported);
					if (language !== undefined && language !== content.get(file.fileName)) {
						problems.push(`${file.fileName} imports ${imported} (${language} only) statically`);
					}
				}
			}
			if (problems.length > 0) {
				this.error(`Language files (scripts/vite-languages.ts):\n${problems.join('\n')}`);
			}
		}
	};
}
