import { loadSeeds } from '#lib/pledges/load.ts';
import { partiesInListingOrder } from '#lib/pledges/order.ts';

export function load() {
	const { metadata, documents, pledges } = loadSeeds();
	return {
		parties: partiesInListingOrder(metadata.parties).map((party) => ({
			party,
			documents: documents
				.filter((d) => d.meta.party === party.id)
				.map((d) => ({
					meta: d.meta,
					pledgeCount: pledges.filter((p) => p.document === d.meta.id).length
				}))
		}))
	};
}
