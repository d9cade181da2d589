import { describe, expect, it } from 'vitest';
import { m } from '#lib/messages/index.ts';
import {
	rankParties,
	whatWouldChange,
	type AnswerChange,
	type Answers,
	type Stance
} from '#lib/scoring/index.ts';
import {
	changeRows,
	comparisonView,
	firstUnanswered,
	partyHighlights,
	rankingRows,
	resultSummary,
	statementRows,
	tenthsOfPoint
} from './compare.ts';
import { prepareEdition } from './scoring-input.ts';
import type { Edition, Statement } from './types.ts';

const ids = ['s1', 's2', 's3', 's4'];
const statements: Statement[] = ids.map((id) => ({
	id,
	topic: 't',
	text: `Påstand ${id}.`,
	direction: 'other'
}));

/** An edition from stances per party (null: no position), in the given (data-file) order. */
function edition(parties: Record<string, { name: string; stances: (Stance | null)[] }>): Edition {
	return {
		id: 'oslo',
		name: 'Oslo',
		parties: Object.entries(parties).map(([id, p]) => ({
			party: { id, name: p.name, shortName: id.toUpperCase(), colour: '#000000' },
			documents: [`${id}-doc`],
			positions: Object.fromEntries(
				p.stances.flatMap((stance, i) =>
					stance === null
						? []
						: [
								[
									ids[i]!,
									{
										stance,
										documents: [`${id}-doc`],
										sources: [
											{ document: `${id}-doc`, quote: `Sitat ${i}`, lines: [i + 1, i + 1] }
										],
										rationale: ['Why.']
									}
								]
							]
				)
			)
		}))
	};
}

// The worked example of docs/scoring.md: a 88 %, c 38 %, b 75 % with too little basis.
const worked = edition({
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
const rank = (e: Edition, answers: Answers) => rankParties(prepareEdition(e, ids), answers);

describe('rankingRows', () => {
	it('lists every party in scoring order with its flag', () => {
		const rows = rankingRows(rank(worked, workedAnswers), worked);
		expect(rows.map((r) => [r.party.id, r.percent, r.basis, r.rank, r.notes])).toEqual([
			['a', 88, 3, 1, []],
			['c', 38, 3, 2, []],
			['b', 75, 2, null, ['too-little-basis']]
		]);
	});

	it('marks a shared first place, ties below it and parties without common statements', () => {
		const e = edition({
			p: { name: 'P', stances: [2, 2, 2, 2] },
			q: { name: 'Q', stances: [2, 2, 2, 1] },
			r: { name: 'R', stances: [-2, -2, 0, 0] },
			s: { name: 'S', stances: [-2, -2, 0, -1] },
			t: { name: 'T', stances: [null, null, null, null] }
		});
		const answers: Answers = Object.fromEntries(
			ids.map((id) => [id, { stance: 2, important: false }])
		);
		const rows = rankingRows(rank(e, answers), e);
		expect(rows.map((r) => [r.party.id, r.notes])).toEqual([
			['p', ['shared-first']],
			['q', ['shared-first']],
			['r', []],
			['s', ['tied']],
			['t', ['no-common-statements']]
		]);
	});
});

describe('resultSummary', () => {
	it('names the sole top party', () => {
		expect(resultSummary(rank(worked, workedAnswers), worked)).toMatchObject({
			kind: 'top',
			party: { id: 'a' }
		});
	});

	it('says when more answers are needed and when every party is close', () => {
		expect(resultSummary(rank(worked, { s1: { stance: 2, important: false } }), worked)).toEqual({
			kind: 'needs-more'
		});
		const same = edition({
			a: { name: 'A', stances: [2, 2, 2, 2] },
			b: { name: 'B', stances: [2, 2, 2, 2] }
		});
		const answers: Answers = Object.fromEntries(
			ids.map((id) => [id, { stance: 1, important: false }])
		);
		const summary = resultSummary(rank(same, answers), same);
		expect(summary.kind).toBe('all-close');
	});
});

describe('firstUnanswered', () => {
	it('prefers a statement never answered, then a skipped one, then the first', () => {
		expect(firstUnanswered(ids, { s1: { stance: 1, important: false } })).toBe(1);
		expect(
			firstUnanswered(ids, {
				s1: { stance: 1, important: false },
				s2: { stance: 1, important: false },
				s3: { stance: null, important: true },
				s4: { stance: 1, important: false }
			})
		).toBe(2);
		expect(
			firstUnanswered(
				ids,
				Object.fromEntries(ids.map((id) => [id, { stance: 0, important: false }]))
			)
		).toBe(0);
	});
});

describe('statementRows', () => {
	it('gives every statement the answer and each party in Norwegian listing order', () => {
		const rows = statementRows(statements, worked, workedAnswers);
		expect(rows.map((r) => r.index)).toEqual([0, 1, 2, 3]);
		// Z before Æ before Å in Norwegian, unlike the data-file order a, b, c.
		expect(rows[0]!.parties.map((p) => p.party.name)).toEqual([
			'Zeta-partiet',
			'Ærlig parti',
			'Åpent parti'
		]);
		expect(rows[1]!.parties.map((p) => p.position?.stance ?? null)).toEqual([null, 1, -2]);
		expect(rows[2]!.answer).toEqual({ stance: null, important: false });
		expect(statementRows(statements, worked, {})[0]!.answer).toBeNull();
	});
});

describe('partyHighlights', () => {
	it('lists the closest and furthest counted statements', () => {
		const result = rank(worked, workedAnswers);
		const a = partyHighlights(result, 'a');
		expect(a.agree.map((r) => r.statementId)).toEqual(['s1', 's2', 's4']);
		expect(a.disagree).toEqual([]);
		const c = partyHighlights(result, 'c');
		expect(c.agree.map((r) => r.statementId)).toEqual(['s4']);
		expect(c.disagree.map((r) => r.statementId)).toEqual(['s1']);
		expect(partyHighlights(result, 'a', 1).agree.map((r) => r.statementId)).toEqual(['s1']);
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

describe('comparisonView', () => {
	it('explains the worked example a vs b, whichever order they are asked in', () => {
		const result = rank(worked, workedAnswers);
		const view = comparisonView(result, 'b', 'a');
		expect(view).toMatchObject({
			ahead: 'a',
			behind: 'b',
			percentAhead: 88,
			percentBehind: 75,
			tied: false,
			bothRanked: false,
			comparable: true,
			totalTenths: 125,
			sharedTenths: 167,
			onlyOneTenths: -42,
			onlyAheadTenths: -42,
			onlyBehindTenths: 0,
			sharedCount: 2,
			onlyAheadCount: 1,
			onlyBehindCount: 0
		});
		expect(view.sharedTenths + view.onlyOneTenths).toBe(view.totalTenths);
		expect(view.statements).toEqual([
			{ statementId: 's2', index: 1, group: 'only-a', tenths: 188 },
			{ statementId: 's4', index: 3, group: 'shared', tenths: -63 }
		]);
	});

	it('knows when both parties are ranked', () => {
		const view = comparisonView(rank(worked, workedAnswers), 'c', 'a');
		expect(view).toMatchObject({ ahead: 'a', behind: 'c', bothRanked: true, tied: false });
		expect(view.sharedTenths + view.onlyOneTenths).toBe(view.totalTenths);
	});

	it('is not comparable when a party has no score', () => {
		const e = edition({
			a: { name: 'A', stances: [2, 2, 2, 2] },
			b: { name: 'B', stances: [null, null, null, null] }
		});
		const view = comparisonView(rank(e, workedAnswers), 'a', 'b');
		expect(view.comparable).toBe(false);
		expect(view.percentBehind).toBeNull();
	});
});

describe('changeRows and the change wording', () => {
	it('words the counterfactual of the worked example', () => {
		const result = rank(worked, workedAnswers);
		const cf = whatWouldChange(result);
		expect(cf).toMatchObject({ kind: 'change', newTop: 'c' });
		const rows = changeRows(cf, statements);
		expect(rows.map((r) => r.index)).toEqual([0]);
		expect(m.results.change(rows[0]!.change, rows[0]!.statement.text)).toBe(
			'svart «Helt uenig» i stedet for «Helt enig» på «Påstand s1.»'
		);
		expect(changeRows({ kind: 'no-top' }, statements)).toEqual([]);
	});

	it('words every kind of change', () => {
		const change = (
			kind: AnswerChange['kind'],
			from: AnswerChange['from'],
			to: AnswerChange['to']
		): AnswerChange => ({ statementId: 's1', kind, from, to });
		const t = 'P.';
		expect(
			m.results.change(
				change('importance', { stance: 1, important: false }, { stance: 1, important: true }),
				t
			)
		).toBe('markert «P.» som viktig');
		expect(
			m.results.change(
				change('importance', { stance: 1, important: true }, { stance: 1, important: false }),
				t
			)
		).toBe('latt være å markere «P.» som viktig');
		expect(
			m.results.change(
				change('skip', { stance: 1, important: false }, { stance: null, important: false }),
				t
			)
		).toBe('hoppet over «P.»');
		expect(
			m.results.change(
				change('answer', { stance: null, important: false }, { stance: -1, important: true }),
				t
			)
		).toBe('svart «Delvis uenig» på «P.» og markert den som viktig i stedet for å hoppe over den');
		expect(
			m.results.change(
				change(
					'stance-and-importance',
					{ stance: 1, important: false },
					{ stance: 0, important: true }
				),
				t
			)
		).toBe('svart «Nøytral» i stedet for «Delvis enig» på «P.» og markert den som viktig');
	});
});

describe('result wording', () => {
	it('joins names and formats percentage points the Norwegian way', () => {
		expect(m.results.list(['A'])).toBe('A');
		expect(m.results.list(['A', 'B', 'C'])).toBe('A, B og C');
		expect(m.results.compareExact(158)).toBe('Uten avrunding er forskjellen 15,8 prosentpoeng.');
		expect(m.results.compareFavours(-63, 'Ap', 'Høyre')).toBe(
			'\u22126,3 prosentpoeng, taler for Høyre'
		);
		expect(m.results.compareFavours(5, 'Ap', 'Høyre')).toBe('+0,5 prosentpoeng, taler for Ap');
		expect(m.results.compareSplit(125, 167, -42)).toBe(
			'Av forskjellen på 12,5 prosentpoeng kommer 16,7 fra påstander begge har standpunkt på, og \u22124,2 fra påstander bare ett av partiene har standpunkt på.'
		);
		expect(m.results.compareOnly(1, 'Høyre', -42)).toBe(
			'Én påstand har bare Høyre standpunkt på. Den trekker Høyre ned med 4,2 prosentpoeng.'
		);
		expect(m.results.basis(1)).toBe('basert på 1 påstand');
		expect(m.results.sourceLink('Oslo Arbeiderparti', [205, 205])).toBe(
			'Oslo Arbeiderparti, linje 205'
		);
	});
});
