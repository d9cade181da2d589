/**
 * Reading the methodology page's files: the language file `content/methodology/<lang>.md`
 * and the content changelog, with the resolved content and the site configuration. Node-only (node:fs); everything else
 * in this folder is pure. The route's server `load` calls `loadMethodologyPage`, so broken
 * Markdown fails `vite build` with file and line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadResolvedContent } from '../load.ts';
import { loadSite } from '../site/load.ts';
import { methodologyPage, type MethodologyPage, type MethodologyWords } from './page.ts';

/** The folder of the language files, relative to the repository root. */
export const METHODOLOGY_DIR = 'content/methodology';

/** The content changelog, relative to the repository root. */
export const CHANGELOG_FILE = 'content/CHANGELOG.md';

/** The methodology page in `lang` (the file `content/methodology/<lang>.md`). */
export function loadMethodologyPage(
	lang: string,
	words: MethodologyWords,
	root: string = process.cwd()
): MethodologyPage {
	const file = join(METHODOLOGY_DIR, `${lang}.md`);
	const { dataset, seeds, positions } = loadResolvedContent('nb', root);
	return methodologyPage({
		markdown: { file, text: readFileSync(join(root, file), 'utf8') },
		changelog: readFileSync(join(root, CHANGELOG_FILE), 'utf8'),
		content: { dataset, parties: seeds.metadata.parties, pledges: seeds.pledges, positions },
		site: loadSite('nb', root),
		words
	});
}
