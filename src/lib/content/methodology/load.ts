/**
 * Reading the methodology page's files: the language file `content/methodology/<lang>.md`
 * and the content changelog, with the resolved content and the site configuration. Node-only (node:fs); everything else
 * in this folder is pure. The route's server `load` calls `loadMethodologyPage`, so broken
 * Markdown fails `vite build` with file and line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LOCALE, type Locale } from '../locales.ts';
import { loadResolvedContent } from '../load.ts';
import { loadSite } from '../site/load.ts';
import { methodologyPage, type MethodologyPage, type MethodologyWords } from './page.ts';

/** The folder of the language files, relative to the repository root. */
export const METHODOLOGY_DIR = 'content/methodology';

/** The content changelog, relative to the repository root. */
export const CHANGELOG_FILE = 'content/CHANGELOG.md';

/** A language file, relative to the repository root: `content/methodology/<lang>.md`. */
export function methodologyFile(lang: string): string {
	return join(METHODOLOGY_DIR, `${lang}.md`);
}

/**
 * The methodology page in `lang` (the file `content/methodology/<lang>.md`), worded and
 * formatted with `words`, the messages of the same language. A translation must have the
 * structure of the original (`nb.md`): the build fails otherwise, naming file and line.
 */
export function loadMethodologyPage(
	lang: Locale,
	words: MethodologyWords,
	root: string = process.cwd()
): MethodologyPage {
	if (words.format.locale !== lang)
		throw new Error(
			`The methodology page in "${lang}" needs the messages of "${lang}", not of "${words.format.locale}".`
		);
	const read = (file: string) => ({ file, text: readFileSync(join(root, file), 'utf8') });
	const { dataset, seeds, positions } = loadResolvedContent(lang, root);
	return methodologyPage({
		markdown: read(methodologyFile(lang)),
		reference: lang === DEFAULT_LOCALE ? undefined : read(methodologyFile(DEFAULT_LOCALE)),
		changelog: readFileSync(join(root, CHANGELOG_FILE), 'utf8'),
		content: { dataset, parties: seeds.metadata.parties, pledges: seeds.pledges, positions },
		site: loadSite(lang, root),
		words
	});
}
