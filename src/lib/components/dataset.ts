/**
 * The whole dataset of the page's language (positions, quotes, documents), for the results:
 * each language is its own immutable chunk (scripts/vite-dataset.ts), loaded after the voter's
 * first answer, never with the quiz page.
 */
import type { Dataset } from '#lib/content/types.ts';
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
