/**
 * What each party's documents give weight to: per edition and topic, how many of each
 * party's pledges address the topic (from `Dataset.pledgesPerTopic`, the checked
 * pledge-topics file). Counts come from the documents only, never from a voter's answers.
 * Pure.
 *
 * A party with several documents in an edition (a regional and a national one) counts the
 * pledges of all of them: they are different pledges in different documents, so they are
 * added, and `documents` keeps each document's share of the total.
 */
import type { Party } from '#lib/pledges/types.ts';
import { OTHER_TOPIC, type Dataset, type Edition, type EditionId, type Topic } from './types.ts';

/** One of a party's documents in the edition and how many pledges it holds. */
export interface DocumentPledges {
	readonly document: string;
	readonly pledges: number;
}

/** A party's pledges in an edition. */
export interface PartyPledges {
	readonly party: Party;
	/** Its documents in the edition, as `EditionParty.documents` orders them (regional first). */
	readonly documents: readonly DocumentPledges[];
	/** The pledges of all those documents together. */
	readonly pledges: number;
}

/** One party's pledges on one topic. */
export interface PartyTopicCount {
	readonly party: Party;
	readonly count: number;
	/** All the party's pledges in the edition (`PartyPledges.pledges`). */
	readonly of: number;
	/** `count` as a share (0–1) of `of`; 0 when the party has no pledges. */
	readonly share: number;
}

/** One topic with every party's pledges on it. */
export interface TopicPledges {
	/** The topic's id, or `OTHER_TOPIC` for pledges about none of the statements' topics. */
	readonly id: string;
	/** The topic; null for pledges about none of the statements' topics (`OTHER_TOPIC`). */
	readonly topic: Topic | null;
	/** The parties' pledges on it together. */
	readonly total: number;
	/** Every party of the edition, in the neutral listing order. */
	readonly parties: readonly PartyTopicCount[];
}

export interface EditionPriorities {
	readonly edition: EditionId;
	/** Every party of the edition, in the neutral listing order (`Edition.parties`). */
	readonly parties: readonly PartyPledges[];
	/**
	 * Every topic of the dataset in its order (with zero counts where no party has a pledge on
	 * it), then pledges about none of them (`topic: null`) when there are any in the edition.
	 */
	readonly topics: readonly TopicPledges[];
}

const countOf = (counts: Readonly<Record<string, number>> | undefined, topic: string): number =>
	counts !== undefined && Object.hasOwn(counts, topic) ? counts[topic]! : 0;

/** Every party's pledges per topic in `edition` of `dataset`. */
export function editionPriorities(dataset: Dataset, edition: Edition): EditionPriorities {
	const perDocument = (id: string) =>
		Object.hasOwn(dataset.pledgesPerTopic, id) ? dataset.pledgesPerTopic[id] : undefined;
	const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

	const parties: PartyPledges[] = edition.parties.map((p) => {
		const documents = p.documents.map((document) => ({
			document,
			pledges: sum(Object.values(perDocument(document) ?? {}))
		}));
		return { party: p.party, documents, pledges: sum(documents.map((d) => d.pledges)) };
	});

	const row = (topic: Topic | null): TopicPledges => {
		const id = topic?.id ?? OTHER_TOPIC;
		const counts: PartyTopicCount[] = parties.map((p) => {
			const count = sum(p.documents.map((d) => countOf(perDocument(d.document), id)));
			return {
				party: p.party,
				count,
				of: p.pledges,
				share: p.pledges === 0 ? 0 : count / p.pledges
			};
		});
		return { id, topic, total: sum(counts.map((c) => c.count)), parties: counts };
	};

	const other = row(null);
	return {
		edition: edition.id,
		parties,
		topics: [...dataset.topics.map(row), ...(other.total > 0 ? [other] : [])]
	};
}
