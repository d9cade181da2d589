import { describe, expect, it } from 'vitest';
import { resultsView, type RankingRow } from '#lib/results/index.ts';
import { datasetOf } from '#lib/results/test-support.ts';
import type { AnswerChange, Answers } from '#lib/scoring/index.ts';
import { results } from './results.ts';

const pct = (n: number) => `${n}\u00a0%`;

describe('change wording', () => {
	/** The phrase of one change, as the single-change sentence words it. */
	const phrase = (
		kind: AnswerChange['kind'],
		from: AnswerChange['from'],
		to: AnswerChange['to']
	) => {
		const statement = { id: 's1', topic: 't', text: 'P.', direction: 'other', hash: 'h' } as const;
		const sentence = results.whatIfOne(
			{ index: 0, statement, change: { statementId: 's1', kind, from, to } },
			'X'
		);
		return /^Resultatet henger på ett svar: hadde du (.*), ville X vært alene på førsteplass\.$/.exec(
			sentence
		)?.[1];
	};

	it('words every kind of change', () => {
		expect(phrase('stance', { stance: 2, important: true }, { stance: -2, important: true })).toBe(
			'svart «Helt uenig» i stedet for «Helt enig» på «P»'
		);
		expect(
			phrase('importance', { stance: 1, important: false }, { stance: 1, important: true })
		).toBe('markert «P» som viktig');
		expect(
			phrase('importance', { stance: 1, important: true }, { stance: 1, important: false })
		).toBe('latt være å markere «P» som viktig');
		expect(
			phrase('skip', { stance: 1, important: false }, { stance: null, important: false })
		).toBe('hoppet over «P»');
		expect(
			phrase('answer', { stance: null, important: false }, { stance: -1, important: true })
		).toBe('svart «Delvis uenig» på «P» og markert den som viktig i stedet for å hoppe over den');
		expect(
			phrase(
				'stance-and-importance',
				{ stance: 1, important: false },
				{ stance: 0, important: true }
			)
		).toBe('svart «Nøytral» i stedet for «Delvis enig» på «P» og markert den som viktig');
	});

	it('lists one of several changes as a sentence', () => {
		const statement = { id: 's1', topic: 't', text: 'P.', direction: 'other', hash: 'h' } as const;
		expect(
			results.changeItem({
				index: 0,
				statement,
				change: {
					statementId: 's1',
					kind: 'skip',
					from: { stance: 1, important: false },
					to: { stance: null, important: false }
				}
			})
		).toBe('Hoppet over «P».');
	});

	it('never doubles punctuation around a quoted statement', () => {
		const change = {
			statementId: 's1',
			kind: 'skip',
			from: { stance: 1, important: false },
			to: { stance: null, important: false }
		} as const;
		for (const text of ['Skal vi bygge mer?', 'Bygg mer!', 'Bygg mer.', 'Bygg mer']) {
			const row = {
				index: 0,
				statement: { id: 's1', topic: 't', text, direction: 'other', hash: 'h' },
				change
			} as const;
			for (const sentence of [results.changeItem(row), results.whatIfOne(row, 'X')]) {
				expect(sentence, sentence).not.toMatch(/\.»|[.?!]»[.?!]/);
			}
		}
		const question = {
			index: 0,
			statement: {
				id: 's1',
				topic: 't',
				text: 'Skal vi bygge mer?',
				direction: 'other',
				hash: 'h'
			},
			change
		} as const;
		// A question keeps its question mark, and ends the sentence.
		expect(results.changeItem(question)).toBe('Hoppet over «Skal vi bygge mer?»');
	});

	it('says how many answers the search tried, from the view', () => {
		const robust = { kind: 'robust', exhaustive: true, sharedTop: false, maxChanges: 3 } as const;
		expect(results.whatIfRobust(robust)).toBe(
			'Resultatet står seg: ingen endring av tre svar eller færre ville gitt et annet parti førsteplassen.'
		);
		expect(results.whatIfRobust({ ...robust, maxChanges: 1, sharedTop: true })).toBe(
			'Delingen står seg: ingen endring av ett svar eller færre ville gitt ett av partiene førsteplassen alene.'
		);
		expect(results.whatIfRobust({ ...robust, exhaustive: false })).toContain(
			'vi rakk ikke å prøve alle muligheter'
		);
		expect(results.whatIfMany(2, 'Høyre')).toBe(
			'Resultatet henger på to svar: med disse endringene ville Høyre vært alene på førsteplass.'
		);
	});
});

describe('numbers in the comparison', () => {
	it('formats percentage points the Norwegian way, with a true minus sign', () => {
		expect(results.compareExact(158)).toBe('Uten avrunding er forskjellen 15,8 prosentpoeng.');
		expect(results.compareFavours(-63, 'Ap', 'Høyre')).toBe(
			'\u22126,3 prosentpoeng, taler for Høyre'
		);
		expect(results.compareFavours(5, 'Ap', 'Høyre')).toBe('+0,5 prosentpoeng, taler for Ap');
		expect(results.compareSplit(125, 167, -42)).toBe(
			'Av forskjellen på 12,5 prosentpoeng kommer 16,7 fra påstander begge har standpunkt på, og \u22124,2 fra påstander bare ett av partiene har standpunkt på.'
		);
		expect(results.compareOnly(1, 'Høyre', -42)).toBe(
			'Én påstand har bare Høyre standpunkt på. Den trekker Høyre ned med 4,2 prosentpoeng.'
		);
		expect(results.compareShared(3, 'Ap', -20)).toBe(
			'På de 3 påstandene som begge partiene har standpunkt på, ligger Ap 2 prosentpoeng bak.'
		);
		const party = { id: 'ap', name: 'Arbeiderpartiet', shortName: 'Ap', colour: '#c00' };
		const row: RankingRow = { party, percent: 50, basis: 1, rank: 1, tie: null, flag: null };
		expect(results.chartNotes(row)).toBe('basert på 1 påstand');
		expect(results.chartNotes({ ...row, basis: 12, rank: 2, tie: 'tied' })).toBe(
			'basert på 12 påstander · likt med partiet over'
		);
		expect(results.sourceLink('Oslo Arbeiderparti', [205, 205])).toBe(
			'Oslo Arbeiderparti, linje 205'
		);
	});
});

describe('the chart description', () => {
	const data = datasetOf({
		a: { name: 'Åpent parti', stances: [2, -2, 1, 1] },
		b: { name: 'Zeta-partiet', stances: [1, null, -2, -1] },
		c: { name: 'Ærlig parti', stances: [-2, 1, 2, 0] },
		d: { name: 'Dølapartiet', stances: [null, null, null, null] }
	});
	const answers: Answers = {
		s1: { stance: 2, important: true },
		s2: { stance: -1, important: false },
		s3: { stance: null, important: false },
		s4: { stance: 0, important: false }
	};

	it('names the top party, then every party with its percentage, the unranked ones as such', () => {
		const view = resultsView(data, data.editions[0]!, answers);
		expect(results.chartDescription(view.verdict, view.chart)).toBe(
			`Åpent parti stemmer best med svarene dine, med ${pct(88)}. ` +
				`Rangert: Åpent parti ${pct(88)} og Ærlig parti ${pct(38)}. ` +
				`Zeta-partiet er ikke rangert: for lite grunnlag (${pct(75)}, basert på 2 påstander). ` +
				`Dølapartiet er ikke rangert: ingen felles påstander med deg.`
		);
		expect(results.chartNotes(view.chart.unranked[0]!)).toBe(
			'basert på 2 påstander · for lite grunnlag'
		);
		expect(results.partySummary(view.ranking[0]!)).toBe(`${pct(88)} · basert på 3 påstander`);
	});

	it('says when no party can be ranked', () => {
		const view = resultsView(data, data.editions[0]!, { s1: { stance: 2, important: false } });
		expect(results.chartDescription(view.verdict, view.chart)).toMatch(
			/^Du har svart på for få påstander til at partiene kan rangeres\. Åpent parti er ikke rangert: for lite grunnlag \(/
		);
	});
});

describe('the verdict line', () => {
	const data = datasetOf({
		a: { name: 'Åpent parti', stances: [2, 2, 2, 2] },
		b: { name: 'Bygdelista', stances: [2, 2, 2, 1] },
		c: { name: 'Ærlig parti', stances: [-2, -2, -2, null] }
	});
	const agree = (ids: string[]): Answers =>
		Object.fromEntries(ids.map((id) => [id, { stance: 2, important: false }]));
	const words = (answers: Answers, dataset = data) => {
		const view = resultsView(dataset, dataset.editions[0]!, answers);
		return [
			results.verdictLine(view.verdict, view.headline),
			results.verdictBasis(view.verdict, view.headline)
		];
	};

	it('names the party the voter agrees with most, with its percentage and basis', () => {
		const apart = datasetOf({
			a: { name: 'Åpent parti', stances: [2, 2, 2, 2] },
			b: { name: 'Bygdelista', stances: [-2, -2, 2, 1] }
		});
		expect(words(agree(['s1', 's2', 's3', 's4']), apart)).toEqual([
			`Du er mest enig med Åpent parti (${pct(100)}).`,
			'Prosenten bygger på 4 påstander som både du og partiet har tatt stilling til.'
		]);
	});

	it('names every party sharing first place with its percentage, and the range of bases', () => {
		expect(words(agree(['s1', 's2', 's3', 's4']))).toEqual([
			`Du er omtrent like enig med Åpent parti (${pct(100)}) og Bygdelista (${pct(94)}).`,
			'Forskjellen er så liten at ingen av dem kan kåres som best. Prosentene bygger på 4 påstander som både du og partiet har tatt stilling til.'
		]);
	});

	it('says "among the parties that can be ranked" when some cannot', () => {
		const apart = datasetOf({
			a: { name: 'Åpent parti', stances: [2, 2, 2, 2] },
			b: { name: 'Bygdelista', stances: [-2, -2, 2, 1] },
			c: { name: 'Ærlig parti', stances: [null, null, null, 2] }
		});
		expect(words(agree(['s1', 's2', 's3', 's4']), apart)[0]).toBe(
			`Du er mest enig med Åpent parti (${pct(100)}) av partiene som kan rangeres.`
		);
	});

	it('says what ranking needs when there is too little to rank', () => {
		expect(words(agree(['s1']))).toEqual([
			'For lite grunnlag til å rangere partiene ennå.',
			'Et parti rangeres når du og partiet begge har tatt stilling til minst 3 påstander.'
		]);
	});

	it('words the bases of several parties as a range, and the progress', () => {
		const uneven = datasetOf({
			a: { name: 'A', stances: [2, 2, 2, 2, 2] },
			b: { name: 'B', stances: [2, 2, 2, null, null] }
		});
		const view = resultsView(uneven, uneven.editions[0]!, agree(['s1', 's2', 's3', 's4', 's5']));
		expect(view.verdict.kind).toBe('all-close');
		expect(results.verdictBasis(view.verdict, view.headline)).toContain('bygger på 3–5 påstander');
		expect(results.progress({ asked: 35, answered: 5, skipped: 0, open: 30 })).toBe(
			'Du har svart på 5 av 35 påstander.'
		);
		expect(results.progress({ asked: 35, answered: 5, skipped: 2, open: 28 })).toBe(
			'Du har svart på 5 av 35 påstander og hoppet over 2.'
		);
	});
});
