/**
 * Shared helpers for the methodology tests (not part of the public API): the page's content
 * from fixture statements, resolved against the real seeds. Reads the seeds (Node).
 */
import { loadSeeds } from '#lib/pledges/load.ts';
import { resolveDataset } from '../resolve.ts';
import { parseStatements } from '../schema.ts';
import {
	fixturePledgeTopics,
	passingStatements,
	statementsYaml,
	type FixtureStatement
} from '../test-support.ts';
import type { FactsInput } from './facts.ts';

/**
 * The content the page is built from, for `statements` (default: the passing fixture, 24
 * statements, 8 per direction, every party on all of them).
 */
export function fixtureContent(statements?: FixtureStatement[]): FactsInput {
	const s = loadSeeds(process.cwd());
	const raw = parseStatements(
		statementsYaml(statements ?? passingStatements(s.pledges)),
		'fixture.yaml',
		{ documentIds: s.metadata.documents.map((d) => d.id) }
	);
	const { dataset, positions } = resolveDataset(raw, s, fixturePledgeTopics(s.pledges));
	return { dataset, parties: s.metadata.parties, pledges: s.pledges, positions };
}
