import { describe, expect, it } from 'vitest';
import type { DocumentMeta, Party, Pledge } from '#lib/pledges/types.ts';
import type { Stance } from '#lib/scoring/types.ts';
import { buildReport, lix, reachability, THRESHOLDS, type FindingKind } from './report.ts';
import type { DocumentPosition } from './resolve.ts';
import type { Dataset, Direction, EditionParty } from './types.ts';

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

type Stances = Record<string, Record<string, Stance>>;

/** A dataset with one edition, statements `s1…sN`, and one document `<party>-doc` per party. */
function dataset(
	count: number,
	stances: Stances,
	directions: Direction[] = ['more-public']
): Dataset {
	const statements = Array.from({ length: count }, (_, i) => ({
		id: `s${i + 1}`,
		topic: 't',
		text: 'Det er kort.',
		direction: directions[i % directions.length]!
	}));
	const parties: EditionParty[] = Object.entries(stances).map(([id, positions]) => ({
		party: party(id),
		documents: [`${id}-doc`],
		positions: Object.fromEntries(
			Object.entries(positions).map(([statement, stance]) => [
				statement,
				{ stance, documents: [`${id}-doc`], sources: [], rationale: ['Why.'] }
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
function stancesOf(count: number, f: (i: number) => Stance | undefined): Record<string, Stance> {
	const out: Record<string, Stance> = {};
	for (let i = 0; i < count; i++) {
		const stance = f(i);
		if (stance !== undefined) out[`s${i + 1}`] = stance;
	}
	return out;
}

/** The document positions behind a constructed dataset (one per stated position). */
function positionsOf(data: Dataset): DocumentPosition[] {
	return data.editions[0]!.parties.flatMap((p) =>
		Object.entries(p.positions).map(([statement, position]) => ({
			statement,
			document: `${p.party.id}-doc`,
			stance: position.stance,
			sources: position.sources,
			rationale: 'Why.'
		}))
	);
}

/** 24 statements, three parties with a position on each: a +2, b −2, c alternating ±1. */
function passing(count = 24): Stances {
	return {
		a: stancesOf(count, () => 2),
		b: stancesOf(count, () => -2),
		c: stancesOf(count, (i) => (i % 2 === 0 ? 1 : -1))
	};
}

function report(data: Dataset, positions = positionsOf(data), pledges: Pledge[] = []) {
	return buildReport({ dataset: data, positions, pledges });
}

const kinds = (r: ReturnType<typeof report>): FindingKind[] => r.failures.map((f) => f.kind);

// ── Tests ─────────────────────────────────────────────────────────────────────

describe('lix', () => {
	it.each([
		// 8 words, 3 long (Fastlegene, pasienter, listene), 1 sentence: 8/1 + 100·3/8
		['Fastlegene bør ha færre pasienter på listene sine.', 45.5, 8, 1, 3],
		// 8 words, 2 long (Kommunene, sykehjem), 2 sentences: 8/2 + 100·2/8
		['Kommunene bør bygge flere sykehjem. Det koster penger.', 29, 8, 2, 2],
		// no terminal punctuation: one sentence; 2 words, none long
		['Ja takk', 2, 2, 1, 0],
		// "sykdom" has 6 letters (not long), "sykdoms" 7; "e-helse" 6 letters (hyphen is no letter)
		['sykdom sykdoms e-helse?', 3 + 100 / 3, 3, 1, 1],
		// punctuation and quotes are not letters; "!" and "?" end sentences; a dash is no word;
		// long: Velferdsteknologi (17 letters) and Hvorfor (7)
		['«Velferdsteknologi», nå! Hvorfor ikke – nå?', 5 / 2 + (100 * 2) / 5, 5, 2, 2],
		// a decimal point is no sentence end
		['Prisen er 2.5 prosent høyere.', 5 + 100 / 5, 5, 1, 1],
		['', 0, 0, 1, 0]
	])('%j has LIX %d', (text, value, words, sentences, longWords) => {
		const result = lix(text);
		expect(result.lix).toBeCloseTo(value, 10);
		expect(result).toMatchObject({ words, sentences, longWords });
	});

	it('warns about a statement above LIX 40, and only then', () => {
		const data = dataset(24, passing());
		data.statements[0]!.text = 'Fastlegene bør ha færre pasienter på listene sine.';
		data.statements[1]!.text = 'Kommunene bør bygge flere sykehjem. Det koster penger.';
		const r = report(data);
		expect(r.warnings.filter((w) => w.kind === 'lix')).toEqual([
			{
				kind: 'lix',
				statement: 's1',
				message: 'statement "s1" has LIX 45.5 (above 40): 8 words, 3 long, 1 sentence'
			}
		]);
		expect(r.readability[1]).toMatchObject({ statement: 's2', lix: 29 });
		expect(r.failures).toEqual([]);
	});
});

describe('buildReport: coverage and balance', () => {
	it('passes a dataset that meets every threshold', () => {
		const r = report(dataset(24, passing()));
		expect(r.failures).toEqual([]);
		expect(r.statements).toBe(24);
		expect(r.editions[0]?.reachability.every((x) => x.reachable)).toBe(true);
	});

	it('counts positions per party, parties per statement, differences and the balance', () => {
		const data = dataset(3, { a: { s1: 2, s2: 1 }, b: { s1: 2, s2: -1 }, c: { s2: 0 } }, [
			'more-public',
			'less-public',
			'more-public'
		]);
		const e = report(data).editions[0]!;
		expect(e.parties.map((p) => [p.party, p.positions, p.share])).toEqual([
			['a', 2, 2 / 3],
			['b', 2, 2 / 3],
			['c', 1, 1 / 3]
		]);
		expect(e.coverage.map((c) => [c.statement, c.parties, c.differ, c.stances])).toEqual([
			['s1', 2, false, { a: 2, b: 2 }],
			['s2', 3, true, { a: 1, b: -1, c: 0 }],
			['s3', 0, false, {}]
		]);
		expect(e.multiPartyShare).toBe(2 / 3);
		expect(e.balance).toEqual({
			statements: { 'more-public': 2, 'less-public': 1, other: 0 },
			positions: { agree: 3, neutral: 1, disagree: 1 }
		});
		expect(report(data).warnings.filter((w) => w.kind === 'no-position')).toEqual([
			{
				kind: 'no-position',
				edition: 'oslo',
				statement: 's3',
				message: 'Oslo: no party has a position on statement "s3"'
			}
		]);
	});
});

describe('buildReport: thresholds', () => {
	it('fails fewer than 24 statements', () => {
		expect(kinds(report(dataset(23, passing(23))))).toEqual(['statements']);
		expect(kinds(report(dataset(24, passing(24))))).toEqual([]);
		expect(report(dataset(23, passing(23))).failures[0]?.message).toBe(
			'only 23 statements; at least 24 are needed'
		);
	});

	it('fails a party with a stated position on fewer than 40% of the statements', () => {
		// c has positions on 9 of 24 (37.5%), then on 10 of 24 (41.7%).
		const few = { ...passing(), c: stancesOf(24, (i) => (i < 9 ? 1 : undefined)) };
		const enough = { ...passing(), c: stancesOf(24, (i) => (i < 10 ? 1 : undefined)) };
		const r = report(dataset(24, few));
		expect(kinds(r)).toEqual(['party-share']);
		expect(r.failures[0]).toMatchObject({
			edition: 'oslo',
			party: 'c',
			message:
				'Oslo: Cpartiet has a stated position on 9 of 24 statements (38%); at least 40% is needed'
		});
		expect(kinds(report(dataset(24, enough)))).toEqual([]);
	});

	it('fails when fewer than half of the statements have positions from two or more parties in some edition', () => {
		// a on every statement; b and c only on the first n: n statements have ≥ 2 parties.
		const stances = (n: number): Stances => ({
			a: stancesOf(24, () => 2),
			b: stancesOf(24, (i) => (i < n ? -2 : undefined)),
			c: stancesOf(24, (i) => (i < n ? (i % 2 === 0 ? 1 : -1) : undefined))
		});
		const r = report(dataset(24, stances(11)));
		expect(kinds(r)).toEqual(['multi-party']);
		expect(r.failures[0]?.message).toBe(
			'only 11 of 24 statements (46%) have positions from two or more parties in some edition; at least 50% is needed'
		);
		expect(kinds(report(dataset(24, stances(12))))).toEqual([]);
	});

	it('fails a document contributing fewer than 3 positions', () => {
		const data = dataset(24, passing());
		const positions = positionsOf(data);
		const cDoc = positions.filter((p) => p.document === 'c-doc');
		const others = positions.filter((p) => p.document !== 'c-doc');
		const r = report(data, [...others, ...cDoc.slice(0, 2)]);
		expect(kinds(r)).toEqual(['document-positions']);
		expect(r.failures[0]).toMatchObject({
			document: 'c-doc',
			message: 'document c-doc contributes 2 positions; at least 3 are needed'
		});
		expect(kinds(report(data, [...others, ...cDoc.slice(0, 3)]))).toEqual([]);
	});

	it('takes custom thresholds', () => {
		const r = buildReport(
			{
				dataset: dataset(24, passing()),
				positions: positionsOf(dataset(24, passing())),
				pledges: []
			},
			{ ...THRESHOLDS, minStatements: 30 }
		);
		expect(kinds(r)).toEqual(['statements']);
	});
});

describe('reachability', () => {
	it('passes when each party is alone on top, with margins above 1/W', () => {
		const data = dataset(24, passing());
		const result = reachability(
			data.editions[0]!,
			data.statements.map((s) => s.id)
		);
		expect(result.map((r) => [r.party, r.reachable, r.topMatches, r.basis, r.score])).toEqual([
			['a', true, ['a'], 24, 1],
			['b', true, ['b'], 24, 1],
			['c', true, ['c'], 24, 1]
		]);
		// Voter as a (+2 everywhere): c agrees ¾ on half and ¼ on the other half → 0.5; b → 0.
		expect(result[0]).toMatchObject({ runnerUp: 'c', runnerUpScore: 0.5, margin: 0.5 });
		expect(result[0]?.threshold).toBeCloseTo(1 / 24, 12);
	});

	it('detects a party that is only tied for first place (margin within 1/W)', () => {
		// Voter as a (W = 4): a scores 1, b scores 15/16; 1 − 15/16 = 1/16 ≤ 1/W = 1/4.
		const stances: Stances = {
			a: { s1: 2, s2: 2, s3: 2, s4: 2 },
			b: { s1: 2, s2: 2, s3: 2, s4: 1 },
			c: stancesOf(24, (i) => (i % 2 === 0 ? -2 : -1))
		};
		const data = dataset(24, stances);
		const [a, b, c] = reachability(
			data.editions[0]!,
			data.statements.map((s) => s.id)
		);
		expect(a).toMatchObject({ reachable: false, topMatches: ['a', 'b'], margin: 1 / 16 });
		expect(a?.threshold).toBe(1 / 4);
		expect(b).toMatchObject({ reachable: false });
		expect(b?.topMatches).toContain('a');
		expect(c).toMatchObject({ reachable: true, topMatches: ['c'] });

		const r = report(data);
		const failures = r.failures.filter((f) => f.kind === 'reachability');
		expect(failures.map((f) => f.party)).toEqual(['a', 'b']);
		expect(failures[0]?.message).toBe(
			'Oslo: a voter who answers exactly as Apartiet does does not get Apartiet alone as top match: first place is shared by Apartiet, Bpartiet (margin +0.063 to Bpartiet, tie threshold 1/W = 0.250)'
		);
	});

	it('detects a party with identical positions to another', () => {
		const data = dataset(24, { ...passing(), d: passing().a! });
		const result = reachability(
			data.editions[0]!,
			data.statements.map((s) => s.id)
		);
		expect(result.filter((r) => !r.reachable).map((r) => r.party)).toEqual(['a', 'd']);
	});

	it('detects a party with too few positions to be ranked', () => {
		const data = dataset(24, { ...passing(), d: { s1: 2, s2: -2 } });
		const d = reachability(
			data.editions[0]!,
			data.statements.map((s) => s.id)
		).find((r) => r.party === 'd');
		expect(d).toMatchObject({ reachable: false, basis: 2, topMatches: [] });
		expect(
			report(data).failures.find((f) => f.kind === 'reachability' && f.party === 'd')?.message
		).toBe(
			'Oslo: a voter who answers exactly as d does does not get d alone as top match: it is not ranked with only 2 stated positions'
		);
	});
});

describe('buildReport: pledge usage', () => {
	it('lists the pledges each document contributes and the unused ones', () => {
		const data = dataset(24, passing());
		const pledge = (id: string, line: number): Pledge => ({
			id,
			document: 'a-doc',
			party: 'a',
			organisation: 'a',
			region: null,
			lines: [line, line],
			section: 'A vil:',
			text: `Pledge ${id}.`
		});
		const pledges = [pledge('a-1', 1), pledge('a-2', 2), pledge('a-3', 3)];
		const positions = positionsOf(data).map((p) =>
			p.document === 'a-doc' && (p.statement === 's1' || p.statement === 's2')
				? {
						...p,
						sources: [
							{ document: 'a-doc', quote: 'q', lines: [2, 2] as [number, number], pledge: 'a-2' }
						]
					}
				: p
		);
		const usage = report(data, positions, pledges).documents;
		expect(usage.map((d) => [d.document, d.positions, d.pledges])).toEqual([
			['a-doc', 24, 3],
			['b-doc', 24, 0],
			['c-doc', 24, 0]
		]);
		expect(usage[0]?.used).toEqual([{ pledge: 'a-2', statements: ['s1', 's2'] }]);
		expect(usage[0]?.unused).toEqual([
			{ pledge: 'a-1', lines: [1, 1], text: 'Pledge a-1.' },
			{ pledge: 'a-3', lines: [3, 3], text: 'Pledge a-3.' }
		]);
	});
});
