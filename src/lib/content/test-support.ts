/**
 * Shared helpers for the content tests: small synthetic statements files built
 * from real pledges and quotes (not part of the public API). Pure.
 */
import { stringify } from 'yaml';
import type { Pledge } from '#lib/pledges/types.ts';
import type { PledgeTopics } from './pledge-topics.ts';
import type { Direction } from './types.ts';

export interface FixturePosition {
	stance: number;
	quotes: (string | { pledge: string })[];
	rationale?: string;
}

export interface FixtureStatement {
	id: string;
	topic?: string;
	text?: string;
	background?: string;
	direction?: Direction;
	positions: Record<string, FixturePosition>;
}

export const FIXTURE_TOPICS = [
	{ id: 'helse', name: 'Helse' },
	{ id: 'omsorg', name: 'Omsorg' }
];

/** A statements file with the given statements (defaults filled in). */
export function statementsYaml(statements: FixtureStatement[], topics = FIXTURE_TOPICS): string {
	return stringify({
		topics,
		statements: statements.map((s) => ({
			id: s.id,
			topic: s.topic ?? 'helse',
			text: s.text ?? `Påstand ${s.id}.`,
			...(s.background === undefined ? {} : { background: s.background }),
			direction: s.direction ?? 'more-public',
			positions: Object.fromEntries(
				Object.entries(s.positions).map(([doc, p]) => [
					doc,
					{ stance: p.stance, quotes: p.quotes, rationale: p.rationale ?? `Rationale for ${doc}.` }
				])
			)
		}))
	});
}

const DIRECTIONS: Direction[] = ['more-public', 'less-public', 'other'];

/**
 * A valid statements file that meets every threshold with the real seeds: 24 statements,
 * every party with a position on all of them in both editions, and stances that make
 * every party reachable (Ap +2, H −2, Sp alternating +1/−1). sp-akershus agrees with
 * sp-nasjonal on the first three statements and differs (+2) on the next three. Quotes
 * alternate between pledge references and the pledges' text as verbatim quotes.
 */
export function passingStatements(pledges: readonly Pledge[]): FixtureStatement[] {
	const of = (document: string) => pledges.filter((p) => p.document === document);
	const quote = (document: string, i: number) => {
		const list = of(document);
		const pledge = list[i % list.length];
		if (!pledge) throw new Error(`no pledges in ${document}`);
		return i % 2 === 0 ? { pledge: pledge.id } : pledge.text;
	};
	return Array.from({ length: 24 }, (_, i): FixtureStatement => {
		const sp = i % 2 === 0 ? 1 : -1;
		const positions: Record<string, FixturePosition> = {
			'ap-akershus': { stance: 2, quotes: [quote('ap-akershus', i)] },
			'ap-oslo': { stance: 2, quotes: [quote('ap-oslo', i)] },
			'h-nasjonal': { stance: -2, quotes: [quote('h-nasjonal', i)] },
			'sp-nasjonal': { stance: sp, quotes: [quote('sp-nasjonal', i)] }
		};
		if (i < 6)
			positions['sp-akershus'] = { stance: i < 3 ? sp : 2, quotes: [quote('sp-akershus', i)] };
		return {
			id: `pastand-${i + 1}`,
			topic: i % 2 === 0 ? 'helse' : 'omsorg',
			text: `Dette er påstand nummer ${i + 1}.`,
			direction: DIRECTIONS[i % 3],
			positions
		};
	});
}

/**
 * A topic for every pledge, for fixtures: the pledges of each document take the fixture
 * topics in turn (the first pledge `helse`, the second `omsorg`, …).
 */
export function fixturePledgeTopics(
	pledges: readonly Pledge[],
	topics: readonly { id: string }[] = FIXTURE_TOPICS
): Map<string, string> {
	const seen = new Map<string, number>();
	return new Map(
		pledges.map((p) => {
			const n = seen.get(p.document) ?? 0;
			seen.set(p.document, n + 1);
			return [p.id, topics[n % topics.length]!.id];
		})
	);
}

/** A pledge-topics file giving `pledges` the topics of `topics`, grouped by document. */
export function pledgeTopicsYaml(pledges: readonly Pledge[], topics: PledgeTopics): string {
	const groups: Record<string, Record<string, string>> = {};
	for (const p of pledges) {
		const topic = topics.get(p.id);
		if (topic !== undefined) (groups[p.document] ??= {})[p.id] = topic;
	}
	return stringify(groups);
}
