/**
 * "Hva partiene prioriterer": every party's pledges per topic in the edition's documents
 * (`editionPriorities`), with the topics the voter marked as important first. The counts
 * come from the documents only; the voter's answers decide nothing but the order.
 */
import { isAskedIn } from '#lib/content/editions.ts';
import { editionPriorities, type TopicPledges } from '#lib/content/priorities.ts';
import type { Dataset, Edition } from '#lib/content/types.ts';
import type { DocumentMeta, Party } from '#lib/pledges/types.ts';
import type { Lookup } from './lookup.ts';

/** A party's pledges in the edition, document by document (regional first). */
export interface PriorityParty {
	readonly party: Party;
	/** All its documents' pledges together. */
	readonly pledges: number;
	readonly documents: readonly { readonly document: DocumentMeta; readonly pledges: number }[];
}

/** One topic of the priorities view. */
export interface PriorityRow extends TopicPledges {
	/** The voter marked a statement on this topic (one the edition asks) as important. */
	readonly important: boolean;
}

export interface PrioritiesView {
	/** Every party of the edition with its pledges there, in the neutral listing order. */
	readonly parties: readonly PriorityParty[];
	/**
	 * Every topic: those the voter marked as important first; within each group by how much
	 * the parties' documents give to it (the sum of its share of each party's pledges, so that
	 * a long document does not decide the order alone), then by the number of pledges, then in
	 * the dataset's order. Pledges about none of the topics (`topic: null`) come last.
	 */
	readonly topics: readonly PriorityRow[];
}

const weight = (row: TopicPledges) => row.parties.reduce((sum, p) => sum + p.share, 0);

/** `a − b`, with sums of shares that differ only by rounding counted as equal. */
const difference = (a: number, b: number) => (Math.abs(a - b) < 1e-9 ? 0 : a - b);

/** The priorities view of `edition` for the answers in `lookup`. */
export function prioritiesView(dataset: Dataset, edition: Edition, lookup: Lookup): PrioritiesView {
	const priorities = editionPriorities(dataset, edition);
	const important = new Set(
		dataset.statements
			.filter((s) => lookup.answer(s.id)?.important === true && isAskedIn(edition, s.id))
			.map((s) => s.topic)
	);
	const rows = priorities.topics.map((row) => ({
		...row,
		important: row.topic !== null && important.has(row.topic.id)
	}));
	const weights = rows.map(weight);
	const order = rows.map((_, i) => i);
	order.sort((a, b) => {
		const [x, y] = [rows[a]!, rows[b]!];
		return (
			Number(x.topic === null) - Number(y.topic === null) ||
			Number(y.important) - Number(x.important) ||
			difference(weights[b]!, weights[a]!) ||
			y.total - x.total ||
			a - b
		);
	});
	return {
		parties: priorities.parties.map((p) => ({
			party: p.party,
			pledges: p.pledges,
			documents: p.documents.map((d) => ({
				document: lookup.document(d.document),
				pledges: d.pledges
			}))
		})),
		topics: order.map((i) => rows[i]!)
	};
}
