import { documentsByParty } from '#lib/content/documents.ts';
import { loadResolvedContent } from '#lib/content/load.ts';
import { loadSite } from '#lib/content/site/load.ts';

export function load() {
	const { dataset, seeds } = loadResolvedContent();
	return {
		editions: dataset.editions.map(({ id, name }) => ({ id, name })),
		parties: documentsByParty(dataset, seeds.metadata.parties, seeds.pledges),
		site: loadSite()
	};
}
