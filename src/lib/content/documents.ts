/**
 * The party documents as the site lists them: grouped by party in the neutral listing order,
 * each with the name of the edition it applies to (`Edition.name`, the one owner of edition
 * names) and its pledge count. Pure: the route's server `load` passes the loaded content in.
 */
import { partiesInListingOrder } from '#lib/pledges/order.ts';
import type { DocumentMeta, Party, Pledge, RegionId } from '#lib/pledges/types.ts';
import type { Dataset } from './types.ts';

/** A document as listed: its metadata, the name of its region (null: national), its pledges. */
export interface ListedDocument {
	readonly meta: DocumentMeta;
	/** `Edition.name` of the document's region; null for a national document. */
	readonly regionName: string | null;
	readonly pledgeCount: number;
}

/** The name of the edition for `region`; null for a national document (no region). */
export function regionName(dataset: Dataset, region: RegionId | null): string | null {
	if (region === null) return null;
	const edition = dataset.editions.find((e) => e.id === region);
	if (!edition) throw new RangeError(`No edition for region ${JSON.stringify(region)}`);
	return edition.name;
}

/** One document, as listed. */
export function listedDocument(
	dataset: Dataset,
	meta: DocumentMeta,
	pledges: readonly Pledge[]
): ListedDocument {
	return {
		meta,
		regionName: regionName(dataset, meta.region),
		pledgeCount: pledges.filter((p) => p.document === meta.id).length
	};
}

/** Every party (listing order) with its documents (in metadata order). */
export function documentsByParty(
	dataset: Dataset,
	parties: readonly Party[],
	pledges: readonly Pledge[]
): { party: Party; documents: ListedDocument[] }[] {
	return partiesInListingOrder(parties).map((party) => ({
		party,
		documents: dataset.documents
			.filter((d) => d.party === party.id)
			.map((meta) => listedDocument(dataset, meta, pledges))
	}));
}
