/**
 * The dataset as a module the browser loads when it needs it: `virtual:valgomat/dataset/<locale>`
 * is the resolved content of that language (`loadResolvedContent`), built into its own hashed,
 * immutably cached chunk. A quiz page's HTML carries only its `QuizContent`; the results load
 * this after the first answer (src/lib/components/dataset.ts), so no page ships the dataset twice.
 */
import type { Plugin } from 'vite';
import { resolve } from 'node:path';
import { loadResolvedContent, pledgeTopicsFile, statementsFile } from '../src/lib/content/load.ts';
import { isLocale } from '../src/lib/content/locales.ts';

export const DATASET_MODULE = 'virtual:valgomat/dataset/';

export function datasetModules(): Plugin {
	const resolved = `\0${DATASET_MODULE}`;
	return {
		name: 'valgomat-dataset',
		resolveId: (id) => (id.startsWith(DATASET_MODULE) ? `\0${id}` : undefined),
		load(id) {
			if (!id.startsWith(resolved)) return undefined;
			const locale = id.slice(resolved.length);
			if (!isLocale(locale)) this.error(`${id}: no such language (one of nb, nn, en)`);
			// Under `vite dev`, an edit to the content reloads the module (and the results with it).
			for (const file of [statementsFile(), pledgeTopicsFile()]) this.addWatchFile(resolve(file));
			const { dataset } = loadResolvedContent(locale);
			// JSON.parse of a string literal parses faster than the same object as a JS literal.
			return `export const dataset = JSON.parse(${JSON.stringify(JSON.stringify(dataset))});`;
		}
	};
}
