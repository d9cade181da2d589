/**
 * The dataset as modules the browser loads when it needs them, each built into its own hashed,
 * immutably cached chunk:
 * - `virtual:valgomat/dataset/<locale>`: the resolved content of that language
 *   (`loadResolvedContent`). A quiz page's HTML carries only its `QuizContent`; the results load
 *   this after the first answer (src/lib/components/dataset.ts), so no page ships the dataset twice.
 * - `virtual:valgomat/backgrounds/<locale>`: the statements' backgrounds ("Les mer",
 *   `statementBackgrounds`), which a quiz page loads once it is answerable.
 */
import type { Plugin } from 'vite';
import { resolve } from 'node:path';
import { loadResolvedContent, pledgeTopicsFile, statementsFile } from '../src/lib/content/load.ts';
import { isLocale } from '../src/lib/content/locales.ts';
import { statementBackgrounds } from '../src/lib/quiz/content.ts';

export const DATASET_MODULE = 'virtual:valgomat/dataset/';
export const BACKGROUNDS_MODULE = 'virtual:valgomat/backgrounds/';

/** JSON.parse of a string literal parses faster than the same object as a JS literal. */
const jsonExport = (name: string, value: unknown) =>
	`export const ${name} = JSON.parse(${JSON.stringify(JSON.stringify(value))});`;

export function datasetModules(): Plugin {
	const modules = [DATASET_MODULE, BACKGROUNDS_MODULE];
	return {
		name: 'valgomat-dataset',
		resolveId: (id) => (modules.some((m) => id.startsWith(m)) ? `\0${id}` : undefined),
		load(id) {
			const module = modules.find((m) => id.startsWith(`\0${m}`));
			if (module === undefined) return undefined;
			const locale = id.slice(module.length + 1);
			if (!isLocale(locale)) this.error(`${id}: no such language (one of nb, nn, en)`);
			// Under `vite dev`, an edit to the content reloads the module (and the results with it).
			for (const file of [statementsFile(), pledgeTopicsFile()]) this.addWatchFile(resolve(file));
			const { dataset } = loadResolvedContent(locale);
			return module === DATASET_MODULE
				? jsonExport('dataset', dataset)
				: jsonExport('backgrounds', statementBackgrounds(dataset));
		}
	};
}
