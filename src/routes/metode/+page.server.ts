import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadResolvedContent } from '#lib/content/load.ts';
import { renderChangelog } from '#lib/content/methodology/changelog.ts';
import { workedExample } from '#lib/content/methodology/example.ts';
import type { Direction } from '#lib/content/types.ts';
import { partiesInListingOrder } from '#lib/pledges/order.ts';
import { REGION_NAMES } from '#lib/pledges/types.ts';
import { MIN_BASIS } from '#lib/scoring/index.ts';

/** The content changelog, relative to the repository root. */
const CHANGELOG_FILE = 'content/CHANGELOG.md';

export function load() {
	const { dataset, seeds, positions } = loadResolvedContent();
	const parties = partiesInListingOrder(seeds.metadata.parties);
	const partyName = new Map(parties.map((p) => [p.id, p.name]));

	// Documents grouped by party in listing order; within a party in metadata order.
	const documents = parties.flatMap((party) =>
		seeds.metadata.documents
			.filter((d) => d.party === party.id)
			.map((meta) => {
				const pledges = seeds.pledges.filter((p) => p.document === meta.id);
				const leadIns = [...new Set(pledges.map((p) => p.section))];
				const own = positions.filter((p) => p.document === meta.id);
				return {
					meta,
					partyName: party.name,
					regionName: meta.region === null ? null : REGION_NAMES[meta.region],
					pledges: pledges.length,
					leadIns,
					positions: own.length
				};
			})
	);

	const directions: Record<Direction, number> = { 'more-public': 0, 'less-public': 0, other: 0 };
	for (const statement of dataset.statements) directions[statement.direction]++;

	const editions = dataset.editions.map((edition) => ({
		id: edition.id,
		name: edition.name,
		parties: edition.parties.map((p) => ({
			id: p.party.id,
			name: partyName.get(p.party.id) ?? p.party.name,
			documents: p.documents,
			positions: Object.keys(p.positions).length
		}))
	}));

	return {
		version: dataset.version,
		parties: parties.map((p) => ({ id: p.id, name: p.name, colour: p.colour })),
		documents,
		editions,
		topics: dataset.topics.map((t) => t.name),
		statements: dataset.statements.length,
		directions,
		positions: positions.length,
		quotes: positions.reduce((sum, p) => sum + p.sources.length, 0),
		pledges: seeds.pledges.length,
		minBasis: MIN_BASIS,
		example: workedExample(),
		changelog: renderChangelog(readFileSync(resolve(CHANGELOG_FILE), 'utf8'))
	};
}
