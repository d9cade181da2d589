/**
 * Shared helpers for the content tests: small synthetic statements files built
 * from real pledges and quotes, and resolved datasets constructed directly from stances
 * (not part of the public API). Pure.
 */
import { statementHash } from './statement-hash.ts';
import { stringify } from 'yaml';
import type { DocumentMeta, Party, Pledge } from '#lib/pledges/types.ts';
import type { Stance } from '#lib/scoring/types.ts';
import type { PledgeTopics } from './pledge-topics.ts';
import type { Dataset, Direction, EditionParty } from './types.ts';

export interface FixturePosition {
	stance: number;
	quotes: (string | { pledge: string })[];
	rationale?: string;
	/** The reason for voters; a default when left out, no `reason` field at all when null. */
	reason?: string | null;
	/**
	 * The reason's `nn:` and `en:` translations: a default when left out (and the position
	 * has a reason), no block when null.
	 */
	nn?: string | null;
	en?: string | null;
}

/** A statement's translation block as written in the file (`nn:` or `en:`). */
export type FixtureTranslation = { text?: string; background?: string };

export interface FixtureStatement {
	id: string;
	topic?: string;
	text?: string;
	background?: string;
	direction?: Direction;
	positions: Record<string, FixturePosition>;
	/**
	 * The statement's `nn:` and `en:` blocks: when left out, every text the statement has is
	 * translated (`FIXTURE_NN`, `FIXTURE_EN`); null leaves the block out.
	 */
	nn?: FixtureTranslation | null;
	en?: FixtureTranslation | null;
}

export const FIXTURE_TOPICS = [
	{ id: 'helse', name: 'Helse', nn: { name: 'Helse' }, en: { name: 'Health' } },
	{ id: 'omsorg', name: 'Omsorg', nn: { name: 'Omsorg' }, en: { name: 'Care' } }
];

/** The reason for voters a fixture position gets unless it says otherwise. */
export const FIXTURE_REASON = 'Dokumentet sier dette rett ut.';

/** The default translations of a fixture statement's texts and reasons. */
export const FIXTURE_NN = {
	text: (id: string) => `Påstand ${id} på nynorsk.`,
	background: 'Bakgrunn på nynorsk.',
	reason: 'Dokumentet seier dette rett ut.'
};
export const FIXTURE_EN = {
	text: (id: string) => `Statement ${id} in English.`,
	background: 'Background in English.',
	reason: 'The document says this outright.'
};

/** A statement's translation block: the one given, or every text translated by default. */
function translationBlock(
	given: FixtureTranslation | null | undefined,
	defaults: typeof FIXTURE_NN,
	statement: FixtureStatement
): FixtureTranslation | null {
	if (given !== undefined) return given;
	return {
		text: defaults.text(statement.id),
		...(statement.background === undefined ? {} : { background: defaults.background })
	};
}

/** A statements file with the given statements (defaults filled in). */
export function statementsYaml(statements: FixtureStatement[], topics = FIXTURE_TOPICS): string {
	return stringify({
		topics,
		statements: statements.map((s) => ({
			id: s.id,
			topic: s.topic ?? 'helse',
			text: s.text ?? `Påstand ${s.id}.`,
			...(s.background === undefined ? {} : { background: s.background }),
			...blocks(translationBlock(s.nn, FIXTURE_NN, s), translationBlock(s.en, FIXTURE_EN, s)),
			direction: s.direction ?? 'more-public',
			positions: Object.fromEntries(
				Object.entries(s.positions).map(([doc, p]) => [
					doc,
					{
						stance: p.stance,
						quotes: p.quotes,
						rationale: p.rationale ?? `Rationale for ${doc}.`,
						...(p.reason === null ? {} : { reason: p.reason ?? FIXTURE_REASON }),
						...(p.reason === null
							? {}
							: blocks(
									p.nn === null ? null : { reason: p.nn ?? FIXTURE_NN.reason },
									p.en === null ? null : { reason: p.en ?? FIXTURE_EN.reason }
								))
					}
				])
			)
		}))
	});
}

/** The `nn:` and `en:` keys of a part of the file, leaving out a null block. */
function blocks(nn: object | null, en: object | null): { nn?: object; en?: object } {
	return { ...(nn === null ? {} : { nn }), ...(en === null ? {} : { en }) };
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

// ── Constructed datasets ──────────────────────────────────────────────────────

const PARTY_NAMES: Record<string, string> = { a: 'Apartiet', b: 'Bpartiet', c: 'Cpartiet' };

function party(id: string): Party {
	return { id, name: PARTY_NAMES[id] ?? id, shortName: id.toUpperCase(), colour: '#000000' };
}

function meta(id: string, partyId: string): DocumentMeta {
	return {
		id,
		file: `${id}.txt`,
		party: partyId,
		organisation: partyId,
		region: null,
		title: id,
		kind: 'web-page',
		published: 'unknown',
		printedLineNumbers: false
	};
}

/** Stances per party id, keyed by statement id. */
export type Stances = Record<string, Record<string, Stance>>;

/**
 * A resolved dataset with one edition (Oslo), statements `s1…sN` (directions cycling
 * through `directions`), and one document `<party>-doc` per party, built directly from
 * `stances` (no quotes). Parties a, b and c are called Apartiet, Bpartiet and Cpartiet.
 */
export function constructedDataset(
	count: number,
	stances: Stances,
	directions: Direction[] = ['more-public']
): Dataset {
	const statements = Array.from({ length: count }, (_, i) => ({
		id: `s${i + 1}`,
		topic: 't',
		text: 'Det er kort.',
		direction: directions[i % directions.length]!,
		hash: statementHash('Det er kort.')
	}));
	const parties: EditionParty[] = Object.entries(stances).map(([id, positions]) => ({
		party: party(id),
		documents: [`${id}-doc`],
		positions: Object.fromEntries(
			Object.entries(positions).map(([statement, stance]) => [
				statement,
				{
					stance,
					documents: [`${id}-doc`],
					sources: [],
					rationale: ['Why.'],
					reasons: [{ document: `${id}-doc`, text: FIXTURE_REASON }]
				}
			])
		)
	}));
	return {
		version: 'v',
		topics: [{ id: 't', name: 'T' }],
		statements,
		documents: Object.keys(stances).map((id) => meta(`${id}-doc`, id)),
		pledgesPerTopic: {},
		editions: [{ id: 'oslo', name: 'Oslo', parties }]
	};
}

/** Stances for statements `s1…sN` from a function of the 0-based index (undefined: none). */
export function stancesOf(
	count: number,
	f: (i: number) => Stance | undefined
): Record<string, Stance> {
	const out: Record<string, Stance> = {};
	for (let i = 0; i < count; i++) {
		const stance = f(i);
		if (stance !== undefined) out[`s${i + 1}`] = stance;
	}
	return out;
}

/**
 * Stances for parties a, b and c on `count` statements that meet every threshold and
 * every measure: the `ROTATION` above.
 */
export function rotationStances(count = 24): Stances {
	const column = (p: 0 | 1 | 2) =>
		stancesOf(count, (i) => ROTATION[i % ROTATION.length]![p] as Stance);
	return { a: column(0), b: column(1), c: column(2) };
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
