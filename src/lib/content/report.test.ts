import { describe, expect, it } from 'vitest';
import type { Pledge } from '#lib/pledges/types.ts';
import { RANDOM_VOTERS } from './measures.ts';
import {
	buildReport,
	lix,
	reachability,
	THRESHOLDS,
	type FindingKind,
	type Thresholds
} from './report.ts';
import type { DocumentPosition } from './resolve.ts';
import {
	constructedDataset as dataset,
	rotationStances,
	stancesOf,
	type Stances
} from './test-support.ts';
import type { Dataset } from './types.ts';

// ── Constructed datasets ──────────────────────────────────────────────────────

/** The document positions behind a constructed dataset (one per stated position). */
function positionsOf(data: Dataset): DocumentPosition[] {
	return data.editions[0]!.parties.flatMap((p) =>
		Object.entries(p.positions).map(([statement, position]) => ({
			statement,
			document: `${p.party.id}-doc`,
			stance: position.stance,
			sources: position.sources,
			rationale: 'Why.',
			reason: position.reasons[0]?.text ?? null
		}))
	);
}

/** `count` statements, parties a, b and c on each, meeting every threshold and floor. */
const passing = rotationStances;

/** A small simulation: these tests are not about random voters (measures.test.ts is). */
const SIMULATION = { ...RANDOM_VOTERS, voters: 200 };

function report(
	data: Dataset,
	positions = positionsOf(data),
	pledges: Pledge[] = [],
	thresholds: Thresholds = THRESHOLDS
) {
	return buildReport(
		{
			dataset: data,
			positions,
			pledges,
			translations: { texts: [], stray: [] },
			simulation: SIMULATION
		},
		thresholds
	);
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
		// s3 has no position, so Oslo does not ask it: shares are of the two asked statements.
		expect([e.statements, e.asked]).toEqual([3, 2]);
		expect(e.parties.map((p) => [p.party, p.positions, p.share])).toEqual([
			['a', 2, 1],
			['b', 2, 1],
			['c', 1, 1 / 2]
		]);
		expect(e.coverage.map((c) => [c.statement, c.parties, c.differ, c.stances])).toEqual([
			['s1', 2, false, { a: 2, b: 2 }],
			['s2', 3, true, { a: 1, b: -1, c: 0 }],
			['s3', 0, false, {}]
		]);
		expect(e.multiPartyShare).toBe(1);
		expect(e.balance).toEqual({
			statements: { 'more-public': 2, 'less-public': 1, other: 0 },
			positions: { agree: 3, neutral: 1, disagree: 1 }
		});
		expect(e.measures.dead).toEqual(['s3']);
		expect(report(data).warnings.filter((w) => w.kind === 'not-asked')).toEqual([
			{
				kind: 'not-asked',
				statement: 's3',
				message: 'statement "s3" is asked in no edition: no party has a position on it'
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

	it('fails a party with a stated position on fewer than 30% of the statements asked', () => {
		// c (alternating ±1) has positions on 7 of 24 (29.2%), then on 8 of 24 (33.3%).
		const c = (n: number) => stancesOf(24, (i) => (i >= n ? undefined : i % 2 === 0 ? 1 : -1));
		const r = report(dataset(24, { ...passing(), c: c(7) }));
		expect(kinds(r)).toEqual(['party-share']);
		expect(r.failures[0]).toMatchObject({
			edition: 'oslo',
			party: 'c',
			message:
				'Oslo: Cpartiet has a stated position on 7 of the 24 statements asked (29%); at least 30% is needed'
		});
		expect(kinds(report(dataset(24, { ...passing(), c: c(8) })))).toEqual([]);
		// Four statements no party speaks to are not asked, so they do not count: c has 8 of
		// the 24 asked (33.3%), not 8 of 28 (28.6%).
		const withDead = report(dataset(28, { ...passing(), c: c(8) }));
		expect(withDead.editions[0]).toMatchObject({ statements: 28, asked: 24 });
		expect(kinds(withDead)).toEqual([]);
	});

	it('fails an edition where fewer than a fifth of the statements asked have positions from two or more parties, and warns below a third', () => {
		// a (alternating ±2) on every statement; b (−a) and c (alternating ±1) only on the
		// first n: n of the 24 statements have ≥ 2 parties.
		const stances = (n: number): Stances => ({
			a: stancesOf(24, (i) => (i % 2 === 0 ? 2 : -2)),
			b: stancesOf(24, (i) => (i >= n ? undefined : i % 2 === 0 ? -2 : 2)),
			c: stancesOf(24, (i) => (i >= n ? undefined : i % 2 === 0 ? 1 : -1))
		});
		const multiWarnings = (r: ReturnType<typeof report>) =>
			r.warnings.filter((w) => w.kind === 'multi-party');
		// Only failures and warnings about sharing are asserted here: b and c with very few
		// positions also miss other floors, which their own tests cover.
		const r = report(dataset(24, stances(4)));
		expect(r.failures.find((f) => f.kind === 'multi-party')).toMatchObject({
			edition: 'oslo',
			message:
				'Oslo: only 4 of the 24 statements asked (17%) have positions from two or more parties; at least 20% is needed'
		});
		expect(multiWarnings(r)).toEqual([]);
		const warned = report(dataset(24, stances(7)));
		expect(warned.failures.filter((f) => f.kind === 'multi-party')).toEqual([]);
		expect(multiWarnings(warned)).toEqual([
			{
				kind: 'multi-party',
				edition: 'oslo',
				message:
					'Oslo: 7 of the 24 statements asked (29%) have positions from two or more parties; the parties share few questions (target 33%)'
			}
		]);
		expect(kinds(report(dataset(24, stances(8))))).toEqual([]);
		expect(multiWarnings(report(dataset(24, stances(8))))).toEqual([]);
		// Four more statements that no party speaks to change nothing: they are not asked.
		expect(multiWarnings(report(dataset(28, stances(8))))).toEqual([]);
		expect(kinds(report(dataset(28, stances(8))))).toEqual([]);
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
		const data = dataset(24, passing());
		const r = report(data, positionsOf(data), [], { ...THRESHOLDS, minStatements: 30 });
		expect(kinds(r)).toEqual(['statements']);
	});
});

describe('buildReport: measures', () => {
	it('reports every measure per edition, and a passing dataset has no finding', () => {
		const r = report(dataset(24, passing()));
		const m = r.editions[0]!.measures;
		expect(m.asked).toBe(24);
		expect(
			[m.responseSets, m.directionBalance, m.separation, m.randomVoters].map((x) => x.status)
		).toEqual(['pass', 'pass', 'pass', 'pass']);
		expect(m.randomVoters.voters).toBe(SIMULATION.voters);
		expect(r.failures).toEqual([]);
		expect(r.warnings).toEqual([]);
	});

	it('fails a party outside 35–65 % for the response-set voters, and below 35 % disagreement', () => {
		// a: +2 on 18 statements, −2 on 6: the all-agree voter gives 18 of 24 (75 %).
		const stances = { ...passing(), a: stancesOf(24, (i) => (i % 4 === 0 ? -2 : 2)) };
		const r = report(dataset(24, stances));
		expect(r.failures).toEqual([
			{
				kind: 'response-set',
				edition: 'oslo',
				party: 'a',
				message:
					'Oslo: Apartiet gets 75% from a voter who answers "Helt enig" to every statement and 25% from one who answers "Helt uenig"; both must be 35–65%'
			},
			{
				kind: 'disagreement',
				edition: 'oslo',
				party: 'a',
				message: "Oslo: 6 of Apartiet's 24 positions (25%) are disagreement; at least 35% is needed"
			}
		]);
	});

	it('warns, never fails, when fewer than four statements separate two parties', () => {
		// Every statement: a ±1, b 0 or −1, c +1 or 0: no two parties two steps apart.
		const stances: Stances = {
			a: stancesOf(24, (i) => (i % 2 === 0 ? 1 : -1)),
			b: stancesOf(24, (i) => (i % 2 === 0 ? 0 : -1)),
			c: stancesOf(24, (i) => (i % 2 === 0 ? 1 : 0))
		};
		const r = report(dataset(24, stances));
		expect(r.warnings.filter((w) => w.kind === 'separation')).toEqual([
			{
				kind: 'separation',
				edition: 'oslo',
				message:
					'Oslo: 0 of 24 statements have two parties 2 or more steps apart (target 4; never stretch a coding to reach it)'
			}
		]);
		expect(kinds(r)).not.toContain('separation');
	});

	it('warns when a party is first alone for more than half of the random voters', () => {
		// c takes ±1 where a and b take ±2, so random answers lie closer to c.
		const stances: Stances = {
			a: stancesOf(24, (i) => (i % 2 === 0 ? 2 : -2)),
			b: stancesOf(24, (i) => (i % 2 === 0 ? -2 : 2)),
			c: stancesOf(24, (i) => ([1, 1, -1, -1] as const)[i % 4])
		};
		const r = report(dataset(24, stances));
		const c = r.editions[0]!.measures.randomVoters.parties.find((p) => p.party === 'c')!;
		expect(r.warnings).toEqual([
			{
				kind: 'random-voters',
				edition: 'oslo',
				party: 'c',
				message: `Oslo: Cpartiet is first alone for ${(c.soleShare * 100).toFixed(1)}% of 200 random voters (more than 50%)`
			}
		]);
		expect(c.soleShare).toBeGreaterThan(0.5);
		expect(r.failures).toEqual([]);
	});
});

describe('buildReport: reasons for voters', () => {
	it('fails every position without a Norwegian reason, naming statement and document', () => {
		const data = dataset(24, passing());
		const positions = positionsOf(data).map((p) =>
			(p.statement === 's2' && p.document === 'b-doc') ||
			(p.statement === 's7' && p.document === 'c-doc')
				? { ...p, reason: null }
				: p
		);
		const r = report(data, positions);
		expect(r.failures).toEqual([
			{
				kind: 'missing-reason',
				statement: 's2',
				document: 'b-doc',
				message:
					'statement "s2": missing Norwegian reason for b-doc (`reason`: one bokmål sentence for voters on why the quotes mean this stance)'
			},
			{
				kind: 'missing-reason',
				statement: 's7',
				document: 'c-doc',
				message:
					'statement "s7": missing Norwegian reason for c-doc (`reason`: one bokmål sentence for voters on why the quotes mean this stance)'
			}
		]);
		expect(r.warnings.filter((w) => w.kind === 'reason-lix')).toEqual([]);
	});

	it('warns about a reason above LIX 50, and only then', () => {
		const data = dataset(24, passing());
		const hard = 'Programformuleringen gjelder kommunehelsetjenestens dimensjonering generelt.';
		// Above the statements' 40 but within the reasons' 50: one sentence naming a party.
		const easy = 'Arbeiderpartiet vil at alle kommuner skal gi psykisk hjelp uten henvisning.';
		const positions = positionsOf(data).map((p) =>
			p.statement === 's1' && p.document === 'a-doc'
				? { ...p, reason: hard }
				: p.statement === 's1' && p.document === 'b-doc'
					? { ...p, reason: easy }
					: p
		);
		const r = report(data, positions);
		expect(lix(easy).lix).toBeGreaterThan(THRESHOLDS.maxLix);
		expect(lix(easy).lix).toBeLessThanOrEqual(THRESHOLDS.maxReasonLix);
		expect(r.warnings.filter((w) => w.kind === 'reason-lix')).toEqual([
			{
				kind: 'reason-lix',
				statement: 's1',
				document: 'a-doc',
				message: 'statement "s1": the reason for a-doc has LIX 105.0 (above 50): 5 words, 5 long'
			}
		]);
		expect(r.failures).toEqual([]);
	});
});

describe('buildReport: translations', () => {
	const text = (statement: string, nn: string | undefined, en: string | undefined) => ({
		statement,
		field: 'text',
		nb: 'Det er kort.',
		translations: { nn, en }
	});

	it('fails every missing translation, naming statement, field and language', () => {
		const data = dataset(24, passing());
		const translations = {
			texts: [text('s1', 'Det er kort.', undefined), text('s2', undefined, 'It is short.')],
			stray: [{ statement: 's3', field: 'positions.a-doc.nn.reason', line: 7 }]
		};
		const r = buildReport({
			dataset: data,
			positions: positionsOf(data),
			pledges: [],
			translations,
			simulation: SIMULATION
		});
		expect(r.failures.map((f) => [f.kind, f.statement, f.message])).toEqual([
			[
				'missing-translation',
				's1',
				'statement "s1": en.text: missing the English text; write it in an `en:` block beside the bokmål text (content/README.md)'
			],
			[
				'missing-translation',
				's2',
				'statement "s2": nn.text: missing the nynorsk text; write it in an `nn:` block beside the bokmål text (content/README.md)'
			],
			[
				'stray-translation',
				's3',
				'statement "s3": positions.a-doc.nn.reason: a translation without a bokmål text beside it (line 7); write the bokmål too, or remove the translation'
			]
		]);
		expect(r.translations).toEqual({ texts: 2, translated: { nn: 1, en: 1 } });
		expect(r.readability.slice(0, 3).map((x) => x.nn?.lix ?? null)).toEqual([
			lix('Det er kort.').lix,
			null,
			null
		]);
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
		// Voter as a: per six statements b is 3, 4, 1, 3, 4, 1 steps away and c 4, 1, 3, 4, 1, 3:
		// both agree 2 of 6 (1/3), so the runner-up is one of them (the seeded tie-break).
		expect(['b', 'c']).toContain(result[0]?.runnerUp);
		expect(result[0]?.runnerUpScore).toBeCloseTo(1 / 3, 12);
		expect(result[0]?.margin).toBeCloseTo(2 / 3, 12);
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
