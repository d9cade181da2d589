import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { askedStatements } from '#lib/content/editions.ts';
import { prepareEdition } from '#lib/content/scoring-input.ts';
import type { Dataset } from '#lib/content/types.ts';
import { partiesInListingOrder } from '#lib/pledges/order.ts';
import { applyChanges, rankParties, whatWouldChange, type Answers } from '#lib/scoring/index.ts';
import {
	COMPARED_STATEMENT_LIMIT,
	comparePair,
	HIGHLIGHT_LIMIT,
	resultsView,
	shownPositions,
	tenthsOfPoint,
	WHAT_IF_OPTIONS,
	type ResultsView
} from './index.ts';
import { datasetArb, datasetOf } from './test-support.ts';

const view = (dataset: Dataset, answers: Answers) =>
	resultsView(dataset, dataset.editions[0]!, answers);
/** The statements the test edition asks. */
const asked = (dataset: Dataset) => askedStatements(dataset, dataset.editions[0]!);
const rank = (dataset: Dataset, answers: Answers) =>
	rankParties(
		prepareEdition(
			dataset.editions[0]!,
			asked(dataset).map((s) => s.id)
		),
		answers
	);

// The worked example of docs/scoring.md: a 88 %, c 38 %, b 75 % with too little basis.
const worked = datasetOf({
	a: { name: 'Åpent parti', stances: [2, -2, 1, 1] },
	b: { name: 'Zeta-partiet', stances: [1, null, -2, -1] },
	c: { name: 'Ærlig parti', stances: [-2, 1, 2, 0] }
});
const workedAnswers: Answers = {
	s1: { stance: 2, important: true },
	s2: { stance: -1, important: false },
	s3: { stance: null, important: false },
	s4: { stance: 0, important: false }
};
const allAgree: Answers = Object.fromEntries(
	['s1', 's2', 's3', 's4'].map((id) => [id, { stance: 2, important: false }])
);
// With +2 on every statement: p 100 %, q 94 % (shared first), r 25 %, s 19 % (tied with r),
// t no position at all.
const tied = datasetOf({
	p: { name: 'P', stances: [2, 2, 2, 2] },
	q: { name: 'Q', stances: [2, 2, 2, 1] },
	r: { name: 'R', stances: [-2, -2, 0, 0] },
	s: { name: 'S', stances: [-2, -2, 0, -1] },
	t: { name: 'T', stances: [null, null, null, null] }
});

describe('ranking rows and verdict', () => {
	it('lists every party in ranking order with its flag', () => {
		const v = view(worked, workedAnswers);
		expect(v.ranking.map((r) => [r.party.id, r.percent, r.basis, r.rank, r.tie, r.flag])).toEqual([
			['a', 88, 3, 1, null, null],
			['c', 38, 3, 2, null, null],
			['b', 75, 2, null, null, 'too-little-basis']
		]);
		expect(v.verdict).toEqual({ kind: 'top', party: v.ranking[0]!.party, percent: 88 });
		expect(v.chart.ranked.map((r) => r.party.id)).toEqual(['a', 'c']);
		expect(v.chart.unranked.map((r) => r.party.id)).toEqual(['b']);
	});

	it('marks a shared first place, ties below it and parties without common statements', () => {
		const v = view(tied, allAgree);
		expect(v.ranking.map((r) => [r.party.id, r.tie, r.flag])).toEqual([
			['p', 'shared-first', null],
			['q', 'shared-first', null],
			['r', null, null],
			['s', 'tied', null],
			['t', null, 'no-common-statements']
		]);
		expect(v.verdict).toMatchObject({ kind: 'shared-top', parties: [{ id: 'p' }, { id: 'q' }] });
	});

	it('says when more answers are needed and when every party is close', () => {
		expect(view(worked, { s1: { stance: 2, important: false } }).verdict).toEqual({
			kind: 'needs-more'
		});
		const same = datasetOf({
			a: { name: 'A', stances: [2, 2, 2, 2] },
			b: { name: 'B', stances: [2, 2, 2, 2] }
		});
		expect(view(same, allAgree).verdict).toMatchObject({
			kind: 'all-close',
			parties: [{ id: expect.any(String) }, { id: expect.any(String) }]
		});
	});
});

describe('statement rows', () => {
	it('gives every statement the answer and each party in Norwegian listing order', () => {
		const rows = view(worked, workedAnswers).statements;
		expect(rows.map((r) => r.index)).toEqual([0, 1, 2, 3]);
		// Z before Æ before Å in Norwegian, unlike the data-file order a, b, c: the order the
		// content build gives the edition (`datasetOf` as `resolve`), which the rows keep.
		expect(rows[0]!.parties.map((p) => p.party.name)).toEqual([
			'Zeta-partiet',
			'Ærlig parti',
			'Åpent parti'
		]);
		expect(rows[1]!.parties.map((p) => p.position?.stance ?? null)).toEqual([null, 1, -2]);
		expect(rows[2]!.answer).toEqual({ stance: null, important: false });
		expect(view(worked, {}).statements[0]!.answer).toBeNull();
		expect(rows[0]!.parties[0]!.position!.readings).toEqual([
			{
				document: 'b-doc',
				sources: [
					{
						document: 'b-doc',
						quote: 'Sitat b 0',
						lines: [10, 10],
						organisation: 'Zeta-partiet sentralt'
					}
				],
				reason: 'Begrunnelse for b 0.'
			}
		]);
	});

	it('groups a position’s quotes by document, each with its reason for voters (null when missing)', () => {
		const edition = worked.editions[0]!;
		const b = edition.parties.find((p) => p.party.id === 'b')!;
		const two: Dataset = {
			...worked,
			documents: [...worked.documents, { ...worked.documents[1]!, id: 'b-lokal', title: 'Lokalt' }],
			editions: [
				{
					...edition,
					parties: edition.parties.map((p) =>
						p !== b
							? p
							: {
									...b,
									documents: ['b-lokal', 'b-doc'],
									positions: {
										...b.positions,
										s1: {
											stance: 1,
											documents: ['b-lokal', 'b-doc'],
											sources: [
												{ document: 'b-lokal', quote: 'Lokalt en', lines: [3, 3] },
												{ document: 'b-lokal', quote: 'Lokalt to', lines: [5, 6] },
												{ document: 'b-doc', quote: 'Sentralt', lines: [9, 9] }
											],
											rationale: ['Local.', 'National.'],
											reasons: [{ document: 'b-doc', text: 'Sentralt sier det rett ut.' }]
										}
									}
								}
					)
				}
			]
		};
		const v = view(two, workedAnswers);
		const position = v.statements[0]!.parties.find((p) => p.party.id === 'b')!.position!;
		expect(
			position.readings.map((r) => [r.document, r.sources.map((s) => s.quote), r.reason])
		).toEqual([
			['b-lokal', ['Lokalt en', 'Lokalt to'], null],
			['b-doc', ['Sentralt'], 'Sentralt sier det rett ut.']
		]);
		expect(shownPositions(v.statements[0]!, 'b').quotes).toBe(3);
		// The party view shows the same readings.
		const partyView = v.parties.find((p) => p.party.id === 'b')!;
		expect(partyView.positions[0]!.position).toEqual(position);
	});

	it('filters a row to one party and counts the quotes shown', () => {
		const [row] = view(worked, workedAnswers).statements.slice(1);
		expect(shownPositions(row!, null)).toMatchObject({ single: null, quotes: 2 });
		expect(shownPositions(row!, 'b')).toMatchObject({ single: { id: 'b' }, quotes: 0 });
		expect(shownPositions(row!, 'c').parties.map((p) => p.party.id)).toEqual(['c']);
	});
});

describe('statements no party in the edition speaks to', () => {
	// The worked example with a dead statement inserted second: s2 is not asked.
	const withDead = datasetOf({
		a: { name: 'Åpent parti', stances: [2, null, -2, 1, 1] },
		b: { name: 'Zeta-partiet', stances: [1, null, null, -2, -1] },
		c: { name: 'Ærlig parti', stances: [-2, null, 1, 2, 0] }
	});
	const answers: Answers = {
		s1: { stance: 2, important: true },
		s2: { stance: -2, important: true },
		s3: { stance: -1, important: false },
		s4: { stance: null, important: false },
		s5: { stance: 0, important: false }
	};

	it('are not shown, counted or suggested, and answers to them change nothing', () => {
		const v = view(withDead, answers);
		expect(v.statements.map((r) => [r.index, r.statement.id])).toEqual([
			[0, 's1'],
			[1, 's3'],
			[2, 's4'],
			[3, 's5']
		]);
		// The same result as the worked example, whose statements are these four.
		const plain = view(worked, workedAnswers);
		const numbers = (x: ResultsView) =>
			x.ranking.map((r) => [r.party.id, r.percent, r.basis, r.rank, r.tie, r.flag]);
		expect(numbers(v)).toEqual(numbers(plain));
		expect(v.result.totalWeight).toBe(plain.result.totalWeight);
		expect(v.whatIf).toMatchObject({ kind: 'change', changes: [{ index: 0 }] });
		const { s2: _dead, ...withoutDead } = answers;
		expect(view(withDead, withoutDead).ranking).toEqual(v.ranking);
		expect(v.parties.map((p) => p.positions.map((x) => x.statement.id))).toEqual([
			['s1', 's4', 's5'],
			['s1', 's3', 's4', 's5'],
			['s1', 's3', 's4', 's5']
		]);
		const compared = comparePair(v, 'a', 'b');
		const reference = comparePair(plain, 'a', 'b');
		if (compared.kind !== 'compared' || reference.kind !== 'compared') throw new Error('kind');
		expect(compared.totalTenths).toBe(reference.totalTenths);
		expect(compared.statements.map((x) => [x.index, x.tenths])).toEqual(
			reference.statements.map((x) => [x.index, x.tenths])
		);
	});
});

describe('party views', () => {
	it('lists the closest and furthest counted statements, documents and positions', () => {
		const v = view(worked, workedAnswers);
		expect(v.parties.map((p) => p.party.id)).toEqual(['b', 'c', 'a']);
		const [b, c, a] = v.parties;
		expect(a!.agree.map((h) => h.statement.id)).toEqual(['s1', 's2', 's4']);
		expect(a!.agree[0]).toMatchObject({ voterStance: 2, partyStance: 2, important: true });
		expect(a!.disagree).toEqual([]);
		expect(c!.agree.map((h) => h.statement.id)).toEqual(['s4']);
		expect(c!.disagree.map((h) => h.statement.id)).toEqual(['s1']);
		expect(b!.ranking).toBe(v.ranking[2]);
		expect(b!.documents.map((d) => d.title)).toEqual(['Program for b']);
		expect(b!.positions.map((p) => p.statement.id)).toEqual(['s1', 's3', 's4']);
	});
});

describe('tenthsOfPoint', () => {
	it('rounds to tenths of a point, halves away from zero, symmetric', () => {
		expect(tenthsOfPoint(0.158)).toBe(158);
		expect(tenthsOfPoint(0.0625)).toBe(63);
		expect(tenthsOfPoint(-0.0625)).toBe(-63);
		expect(tenthsOfPoint(0)).toBe(0);
		expect(tenthsOfPoint(1 / 6)).toBe(167);
	});
});

describe('comparePair', () => {
	it('explains the worked example a vs b, whichever order they are asked in', () => {
		const v = view(worked, workedAnswers);
		const c = comparePair(v, 'b', 'a');
		expect(c).toMatchObject({
			kind: 'compared',
			ahead: { id: 'a' },
			behind: { id: 'b' },
			percentAhead: 88,
			percentBehind: 75,
			standing: 'not-ranked',
			totalTenths: 125,
			exactDiffers: true,
			flagged: [{ id: 'b' }],
			bases: {
				sharedCount: 2,
				sharedTenths: 167,
				onlyAhead: { count: 1, tenths: -42 },
				onlyBehind: null,
				onlyOneTenths: -42
			}
		});
		if (c.kind !== 'compared') throw new Error(c.kind);
		expect(
			c.statements.map((s) => [
				s.statement.id,
				s.index,
				s.group,
				s.tenths,
				s.aheadStance,
				s.behindStance
			])
		).toEqual([
			['s2', 1, 'only-a', 188, -2, null],
			['s4', 3, 'shared', -63, 1, -1]
		]);
		expect(c.statements[0]!.answer).toEqual({ stance: -1, important: false });
		expect(comparePair(v, 'a', 'b')).toEqual(c);
	});

	it('knows when both parties are ranked, and when they are tied', () => {
		expect(comparePair(view(worked, workedAnswers), 'c', 'a')).toMatchObject({
			kind: 'compared',
			ahead: { id: 'a' },
			behind: { id: 'c' },
			standing: 'ahead',
			flagged: []
		});
		expect(comparePair(view(tied, allAgree), 'q', 'p')).toMatchObject({
			kind: 'compared',
			ahead: { id: 'p' },
			standing: 'tied',
			// 100 % against 93.75 %: 6.3 points exactly, 6 between the rounded percentages.
			exactDiffers: true,
			totalTenths: 63,
			bases: null
		});
	});

	it('is not comparable when a party has no score, and names that party', () => {
		expect(comparePair(view(tied, allAgree), 't', 'p')).toMatchObject({
			kind: 'not-comparable',
			ahead: { id: 'p' },
			behind: { id: 't' },
			unscored: { id: 't' }
		});
	});

	it('answers the same party twice, and refuses a party not in the edition', () => {
		const v = view(worked, workedAnswers);
		expect(comparePair(v, 'c', 'c')).toEqual({ kind: 'same-party', party: v.ranking[1]!.party });
		expect(() => comparePair(v, 'a', 'x')).toThrow(RangeError);
	});

	it('starts with the first two parties of the ranking, choosers in listing order', () => {
		const v = view(worked, workedAnswers);
		expect(v.comparison).toEqual({
			parties: v.parties.map((p) => p.party),
			first: 'a',
			second: 'c'
		});
	});
});

describe('what would change', () => {
	it('names the change of the worked example with its statement', () => {
		const whatIf = view(worked, workedAnswers).whatIf;
		expect(whatIf).toMatchObject({ kind: 'change', newTop: { id: 'c' } });
		if (whatIf.kind !== 'change') throw new Error(whatIf.kind);
		expect(whatIf.changes.map((c) => [c.index, c.statement.id, c.change.to])).toEqual([
			[0, 's1', { stance: -2, important: true }]
		]);
	});

	it('says when no party is ranked, and when the lead is robust', () => {
		expect(view(worked, {}).whatIf).toEqual({ kind: 'no-top' });
		const far = datasetOf({
			a: { name: 'A', stances: [2, 2, 2, 2, 2, 2, 2, 2] },
			b: { name: 'B', stances: [-2, -2, -2, -2, -2, -2, -2, -2] }
		});
		const answers = Object.fromEntries(
			far.statements.map((s) => [s.id, { stance: 2 as const, important: false }])
		);
		expect(view(far, answers).whatIf).toEqual({
			kind: 'robust',
			exhaustive: true,
			sharedTop: false,
			maxChanges: WHAT_IF_OPTIONS.maxChanges
		});
	});
});

describe('what would change, searched elsewhere', () => {
	it('reads the same from the answer of a search done elsewhere with the same options', () => {
		const searched = whatWouldChange(view(worked, workedAnswers).result, WHAT_IF_OPTIONS);
		const v = view(worked, workedAnswers);
		expect(v.whatIfFrom(searched)).toEqual(view(worked, workedAnswers).whatIf);
		expect(v.whatIf).toBe(v.whatIfFrom(searched));
	});

	test.prop([datasetArb])('for any dataset and answers', ({ dataset, answers }) => {
		const v = view(dataset, answers);
		expect(v.whatIfFrom(whatWouldChange(v.result, WHAT_IF_OPTIONS))).toEqual(
			view(dataset, answers).whatIf
		);
	});

	it('takes the answer it is given, without searching again', () => {
		const v = view(worked, workedAnswers);
		expect(v.whatIfFrom({ kind: 'no-top' })).toEqual({ kind: 'no-top' });
		expect(v.whatIf).toEqual({ kind: 'no-top' });
	});
});

describe('other editions', () => {
	it('lists the dataset’s other editions by name', () => {
		const two: Dataset = {
			...worked,
			editions: [...worked.editions, { ...worked.editions[0]!, id: 'akershus', name: 'Akershus' }]
		};
		expect(view(two, workedAnswers).otherEditions).toEqual([{ id: 'akershus', name: 'Akershus' }]);
	});
});

/** Properties over random datasets and answers. */
const arb = datasetArb;
const partyIds = (d: Dataset) => d.editions[0]!.parties.map((p) => p.party.id);

describe('the parts only closed sections show', () => {
	const lazy = ['whatIf', 'statements', 'parties', 'priorities'] as const;

	it('are computed once: every read gives the same value', () => {
		const v = view(worked, workedAnswers);
		for (const key of lazy) expect(v[key]).toBe(v[key]);
	});

	it('read the same whenever and in whatever order they are read', () => {
		const early = view(worked, workedAnswers);
		const reads = lazy.map((key) => early[key]);
		const late = view(worked, workedAnswers);
		const reversed = [...lazy]
			.reverse()
			.map((key) => late[key])
			.reverse();
		expect(reversed).toEqual(reads);
		// Spread and serialised like any other field (what a copy or a snapshot of the view sees);
		// its one method (`whatIfFrom`) is each view's own.
		const fields = ({ whatIfFrom, ...rest }: ResultsView) => {
			expect(typeof whatIfFrom).toBe('function');
			return rest;
		};
		expect(fields({ ...late })).toEqual(fields({ ...early }));
		expect(JSON.stringify(late)).toBe(JSON.stringify(early));
	});
});

describe('results view laws', () => {
	test.prop([arb])(
		'the ranking has every party once, exactly as rankParties ranks them',
		({ dataset, answers }) => {
			const v = view(dataset, answers);
			const result = rank(dataset, answers);
			expect(v.ranking.map((r) => [r.party.id, r.percent, r.basis, r.rank, r.flag])).toEqual(
				result.entries.map((e) => [e.partyId, e.percent, e.basis, e.rank, e.flag])
			);
			expect(v.ranking.map((r) => r.party.id).sort()).toEqual(partyIds(dataset).sort());
			expect([...v.chart.ranked, ...v.chart.unranked]).toEqual(v.ranking);
			expect(v.chart.ranked.every((r) => r.rank !== null)).toBe(true);
			expect(v.chart.unranked.every((r) => r.rank === null)).toBe(true);
		}
	);

	test.prop([arb])(
		'tie notes mark exactly a shared first place and ties below it',
		({ dataset, answers }) => {
			const v = view(dataset, answers);
			const firsts = v.ranking.filter((r) => r.rank === 1).length;
			v.ranking.forEach((row, i) => {
				const above = v.ranking[i - 1];
				const expected =
					row.rank === 1 && firsts > 1
						? 'shared-first'
						: row.rank !== null && row.rank !== 1 && above?.rank === row.rank
							? 'tied'
							: null;
				expect(row.tie).toBe(expected);
			});
		}
	);

	test.prop([arb])('the verdict agrees with the ranking', ({ dataset, answers }) => {
		const { verdict, ranking } = view(dataset, answers);
		const top = ranking.filter((r) => r.rank === 1).map((r) => r.party);
		const ranked = ranking.filter((r) => r.rank !== null);
		switch (verdict.kind) {
			case 'needs-more':
				expect(ranked).toEqual([]);
				break;
			case 'top':
				expect(top).toEqual([verdict.party]);
				expect(verdict.percent).toBe(ranking[0]!.percent);
				break;
			case 'shared-top':
				expect(verdict.parties).toEqual(top);
				expect(top.length).toBeGreaterThan(1);
				expect(top.length).toBeLessThan(ranked.length);
				break;
			case 'all-close':
				expect(verdict.parties).toEqual(top);
				expect(ranked.length).toBeGreaterThan(1);
				break;
		}
	});

	test.prop([arb])(
		'statements and party views list every party once, in the neutral listing order',
		({ dataset, answers }) => {
			const v = view(dataset, answers);
			const edition = dataset.editions[0]!;
			const listing = partiesInListingOrder(edition.parties.map((p) => p.party)).map((p) => p.id);
			expect(v.parties.map((p) => p.party.id)).toEqual(listing);
			expect(v.statements.map((s) => s.statement)).toEqual(asked(dataset));
			for (const row of v.statements) {
				expect(row.parties.map((p) => p.party.id)).toEqual(listing);
				for (const p of row.parties) {
					const own = edition.parties.find((e) => e.party.id === p.party.id)!.positions;
					expect(p.position?.stance ?? null).toBe(own[row.statement.id]?.stance ?? null);
				}
			}
			for (const party of v.parties) {
				expect(party.ranking.party).toBe(party.party);
				expect(party.agree.length).toBeLessThanOrEqual(HIGHLIGHT_LIMIT);
				expect(party.disagree.length).toBeLessThanOrEqual(HIGHLIGHT_LIMIT);
				expect(party.agree.every((h) => h.distance <= 1)).toBe(true);
				expect(party.disagree.every((h) => h.distance >= 3)).toBe(true);
				expect(party.positions.length).toBe(
					Object.keys(edition.parties.find((e) => e.party.id === party.party.id)!.positions).length
				);
			}
		}
	);

	test.prop([arb, fc.nat(), fc.nat()])(
		'a comparison does not depend on the order the parties are chosen in, and its parts add up',
		({ dataset, answers }, i, j) => {
			const v = view(dataset, answers);
			const ids = partyIds(dataset);
			const x = ids[i % ids.length]!;
			const y = ids[j % ids.length]!;
			const c = comparePair(v, x, y);
			expect(comparePair(v, y, x)).toEqual(c);
			expect(c.kind === 'same-party').toBe(x === y);
			if (c.kind === 'same-party') return;
			const order = v.ranking.map((r) => r.party.id);
			expect(order.indexOf(c.ahead.id)).toBeLessThan(order.indexOf(c.behind.id));
			const percents = [c.ahead, c.behind].map(
				(p) => v.ranking.find((r) => r.party === p)!.percent
			);
			expect(c.kind === 'not-comparable').toBe(percents.includes(null));
			if (c.kind !== 'compared') return;
			expect(c.statements.length).toBeLessThanOrEqual(COMPARED_STATEMENT_LIMIT);
			expect(c.statements.every((s) => s.tenths !== 0)).toBe(true);
			if (c.bases !== null) {
				expect(c.bases.sharedTenths + c.bases.onlyOneTenths).toBe(c.totalTenths);
			}
		}
	);

	test.prop([arb])(
		'the suggested changes give the new top party first place alone',
		({ dataset, answers }) => {
			const v = view(dataset, answers);
			fc.pre(v.whatIf.kind === 'change');
			if (v.whatIf.kind !== 'change') return;
			const changes = v.whatIf.changes.map((c) => c.change);
			expect(changes.length).toBeLessThanOrEqual(WHAT_IF_OPTIONS.maxChanges);
			for (const c of v.whatIf.changes) {
				expect(asked(dataset)[c.index]!.id).toBe(c.change.statementId);
			}
			const after = rank(dataset, applyChanges(answers, changes));
			expect(after.topMatches).toEqual([v.whatIf.newTop.id]);
			expect(v.result.topMatches).not.toEqual([v.whatIf.newTop.id]);
		}
	);

	test.prop([arb, fc.array(fc.nat())])(
		'the order of the edition’s parties changes no ranking, and the lists keep it',
		({ dataset, answers }, keys) => {
			// The content build puts an edition's parties in the listing order whatever the data
			// file's order (resolve.test.ts); the ranking must not depend on that order at all,
			// and the lists show the parties in it, sorting nothing again.
			const edition = dataset.editions[0]!;
			const shuffled = edition.parties
				.map((p, i) => ({ p, key: keys[i] ?? 0, i }))
				.sort((a, b) => a.key - b.key || a.i - b.i)
				.map(({ p }) => p);
			const other: ResultsView = resultsView(dataset, { ...edition, parties: shuffled }, answers);
			const v = view(dataset, answers);
			expect(other.ranking).toEqual(v.ranking);
			expect(other.verdict).toEqual(v.verdict);
			const order = shuffled.map((p) => p.party.id);
			expect(other.parties.map((p) => p.party.id)).toEqual(order);
			for (const row of other.statements) expect(row.parties.map((p) => p.party.id)).toEqual(order);
			const byId = (list: readonly { party: { id: string } }[]) =>
				new Map(list.map((item) => [item.party.id, item]));
			expect(byId(other.parties)).toEqual(byId(v.parties));
		}
	);
});
