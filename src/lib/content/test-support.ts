/**
 * Shared helpers for the content tests: small synthetic statements files built
 * from real pledges and quotes (not part of the public API). Pure.
 */
import { stringify } from 'yaml';
import type { Pledge } from '#lib/pledges/types.ts';
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
 * Stances of Ap, H and Sp on statement i: the rotations of (+2, −1, −2) and (−2, +1, +2),
 * one per statement in turn. Every party takes each stance equally often (50 % from the
 * all-agree and the all-disagree voter, half its positions disagreement), two parties are
 * at least two steps apart on every statement, and no party is favoured by random voters.
 */
const ROTATION: readonly (readonly [number, number, number])[] = [
	[2, -1, -2],
	[-2, 2, -1],
	[-1, -2, 2],
	[-2, 1, 2],
	[2, -2, 1],
	[1, 2, -2]
];

/**
 * A valid statements file that meets every threshold and every measure's floor and target
 * with the real seeds: 24 statements, every party with a position on all of them in both
 * editions (stances from `ROTATION`), every party reachable. sp-akershus agrees with
 * sp-nasjonal on the first three statements and takes the opposite stance on the next three.
 * Quotes alternate between pledge references and the pledges' text as verbatim quotes.
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
		const [ap, h, sp] = ROTATION[i % ROTATION.length]!;
		const positions: Record<string, FixturePosition> = {
			'ap-akershus': { stance: ap, quotes: [quote('ap-akershus', i)] },
			'ap-oslo': { stance: ap, quotes: [quote('ap-oslo', i)] },
			'h-nasjonal': { stance: h, quotes: [quote('h-nasjonal', i)] },
			'sp-nasjonal': { stance: sp, quotes: [quote('sp-nasjonal', i)] }
		};
		if (i < 6)
			positions['sp-akershus'] = { stance: i < 3 ? sp : -sp, quotes: [quote('sp-akershus', i)] };
		return {
			id: `pastand-${i + 1}`,
			topic: i % 2 === 0 ? 'helse' : 'omsorg',
			text: `Dette er påstand nummer ${i + 1}.`,
			direction: DIRECTIONS[i % 3],
			positions
		};
	});
}
