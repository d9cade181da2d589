/**
 * What a quiz page loads after its first load, each language its own immutable chunk
 * (scripts/vite-dataset.ts): the whole dataset of the page's language (positions, quotes,
 * documents) for the results, after the voter's first answer; the statements' backgrounds once
 * the quiz is answerable.
 */
import type { Dataset } from '#lib/content/types.ts';
import type { StatementBackgrounds } from '#lib/quiz/index.ts';
import { loadLaterMessages, type Locale } from '#lib/messages/index.ts';

export function loadDataset(locale: Locale): Promise<Dataset> {
	switch (locale) {
		case 'nb':
			return import('virtual:valgomat/dataset/nb').then((module) => module.dataset);
		case 'nn':
			return import('virtual:valgomat/dataset/nn').then((module) => module.dataset);
		case 'en':
			return import('virtual:valgomat/dataset/en').then((module) => module.dataset);
	}
}

/** What the results need beyond their code: the dataset and the results' messages in `m`. */
export async function loadResultsData(locale: Locale): Promise<Dataset> {
	const [dataset] = await Promise.all([loadDataset(locale), loadLaterMessages(locale)]);
	return dataset;
}

/**
 * The statements' backgrounds ("Les mer") in `locale`: their own small chunk, which a quiz page
 * loads once it is answerable (its HTML has no room for them in the first load).
 */
export function loadBackgrounds(locale: Locale): Promise<StatementBackgrounds> {
	switch (locale) {
		case 'nb':
			return import('virtual:valgomat/backgrounds/nb').then((module) => module.backgrounds);
		case 'nn':
			return import('virtual:valgomat/backgrounds/nn').then((module) => module.backgrounds);
		case 'en':
			return import('virtual:valgomat/backgrounds/en').then((module) => module.backgrounds);
	}
}
