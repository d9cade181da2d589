import { describe, expect, it } from 'vitest';
import { statementHash } from './statement-hash.ts';
import { findQuote, readSourceLines } from '#lib/pledges/index.ts';
import { doc, seeds } from '#lib/pledges/test-support.ts';
import { canonicalJson, resolveDataset, type SeedInput } from './resolve.ts';
import { formatIssue, parseStatements } from './schema.ts';
import {
	FIXTURE_REASON,
	fixturePledgeTopics,
	passingStatements,
	statementsYaml,
	type FixtureStatement
} from './test-support.ts';

const FILE = 'test.yaml';

// Real quotes from the seeds.
const SP_LIST = 'Listelengden og legevaktbelastningen må reduseres'; // sp-nasjonal L19, in a pledge
const SP_PROSE = 'legene selv bruker unødvendig mye tid på administrasjon og byråkrati'; // L13, prose
const SPA_REHAB =
	'Det må være kapasitet både til å trene opp nyopererte og de med kroniske lidelser.'; // L54–56, p27–28
const SPA_EARMARK = 'Styrke kommunehelsetjenesten ved øremerkede statlige overføringer'; // L84, pledge
const H_TEAMS = 'Etablere oppfølgingsteam i primærhelsetjenesten'; // h-nasjonal L18
const AP_OSLO_NO = 'Oslo Arbeiderparti vil ikke ha et todelt helsevesen';
const APA_BPA =
	'Sørge for rask psykisk helsehjelp og lavterskeltjenester uten henvisning i alle kommuner.';

function resolveYaml(statements: FixtureStatement[], input: SeedInput = seeds()) {
	const raw = parseStatements(statementsYaml(statements), FILE);
	return resolveDataset(raw, input, fixturePledgeTopics(input.pledges));
}

const messages = (problems: ReturnType<typeof resolveYaml>['problems']) =>
	problems.map((p) => formatIssue(FILE, p));

describe('resolveDataset: provenance', () => {
	it('records the first match lines and the pledge containing a quote', () => {
		const { dataset, problems, positions } = resolveYaml([
			{
				id: 's1',
				positions: {
					'sp-nasjonal': { stance: 2, quotes: [SP_LIST, SP_PROSE] },
					'sp-akershus': { stance: 2, quotes: [SPA_REHAB, SPA_EARMARK] }
				}
			}
		]);
		expect(problems).toEqual([]);
		expect(positions.map((p) => [p.document, p.sources])).toEqual([
			[
				'sp-nasjonal',
				[
					{
						document: 'sp-nasjonal',
						quote: SP_LIST,
						lines: [19, 19],
						pledge: 'sp-nasjonal-0pvw0rq'
					},
					{ document: 'sp-nasjonal', quote: SP_PROSE, lines: [13, 13] }
				]
			],
			[
				'sp-akershus',
				[
					{ document: 'sp-akershus', quote: SPA_REHAB, lines: [54, 56], printedLines: [27, 28] },
					{
						document: 'sp-akershus',
						quote: SPA_EARMARK,
						lines: [84, 84],
						printedLines: [42, 42],
						pledge: 'sp-akershus-10ty4k4'
					}
				]
			]
		]);
		// The match lines are findQuote's first match.
		expect(findQuote(doc('sp-akershus'), SPA_REHAB)[0]?.lines).toEqual([54, 56]);
		const sp = dataset.editions[0]?.parties.find((p) => p.party.id === 'sp');
		expect(sp?.positions.s1?.sources).toHaveLength(4);
	});

	it('fails a broken quote, showing the quote and the closest text with its lines', () => {
		const misquote = 'Listelengden og legevaktbelastningen skal reduseres';
		const { problems } = resolveYaml([
			{ id: 's1', positions: { 'sp-nasjonal': { stance: 2, quotes: [SP_PROSE, misquote] } } }
		]);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({
			statement: 's1',
			path: 'positions.sp-nasjonal.quotes[1]'
		});
		const [message] = messages(problems);
		expect(message).toContain(
			`${FILE}: statement "s1": positions.sp-nasjonal.quotes[1]: quote not found in sp-nasjonal (seeds/sp-kommunehelsetjenesten.txt):`
		);
		expect(message).toContain(JSON.stringify(misquote));
		expect(message).toContain('closest text (line 19, 91% similar):');
		expect(message).toContain('"Listelengden og legevaktbelastningen må reduseres,"');
		expect(message).toMatch(/\(line \d+\)$/);
	});

	it('shows printed line numbers of the closest text in a PDF document', () => {
		const { problems } = resolveYaml([
			{
				id: 's1',
				positions: {
					'sp-akershus': { stance: 1, quotes: ['Det må være kapasitet til å trene opp nyopererte'] }
				}
			}
		]);
		expect(messages(problems)[0]).toContain(
			'closest text (line 54–56, printed line 27–28, 95% similar):\n      "Det må være kapasitet både til å trene opp nyopererte"'
		);
	});

	it('fails a quote of fewer than three words, naming statement, document and quote', () => {
		const short = 'forsterke velferdsteknologiprogrammet';
		const { problems, positions } = resolveYaml([
			{ id: 'teknologi', positions: { 'h-nasjonal': { stance: 2, quotes: [H_TEAMS, short] } } }
		]);
		expect(messages(problems)).toEqual([
			`${FILE}: statement "teknologi": positions.h-nasjonal.quotes[1]: quote too short (2 words; at least 3 are needed, so that the quote shows what the document says) in h-nasjonal (seeds/h-kommunehelsetjenesten.txt):\n      ${JSON.stringify(short)} (line ${problems[0]?.line})`
		]);
		expect(problems[0]?.line).toBeGreaterThan(0);
		// Found all the same: its lines are recorded, so the rest of the report still works.
		expect(positions[0]?.sources.map((s) => s.lines)).toEqual([
			[18, 18],
			[20, 20]
		]);
		// Three words pass.
		const three = resolveYaml([
			{
				id: 'teknologi',
				positions: { 'h-nasjonal': { stance: 2, quotes: [`ved å ${short}`] } }
			}
		]);
		expect(three.problems).toEqual([]);
	});

	it('fails a quote that starts or ends inside a word, naming the words it cuts', () => {
		const { problems } = resolveYaml([
			{
				id: 's1',
				positions: {
					// "Listelengden og legevaktbelastningen må reduseres" cut at both ends.
					'sp-nasjonal': { stance: 2, quotes: ['lengden og legevaktbelastningen må redus'] },
					// A whole-word occurrence elsewhere wins over one that cuts a word.
					'h-nasjonal': { stance: 2, quotes: ['ny velferdsteknologi som'] }
				}
			}
		]);
		expect(messages(problems)).toEqual([
			`${FILE}: statement "s1": positions.sp-nasjonal.quotes[0]: quote starts inside the word "Listelengden" and ends inside the word "reduseres" in sp-nasjonal (seeds/sp-kommunehelsetjenesten.txt) (line 19); a quote must start and end at word boundaries:\n      "lengden og legevaktbelastningen må redus" (line ${problems[0]?.line})`
		]);
	});

	it('records a quote at its first whole-word occurrence', () => {
		const input = seeds();
		const withText = (text: string): SeedInput => ({
			...input,
			documents: input.documents.map((d) =>
				d.meta.id === 'h-nasjonal' ? { meta: d.meta, lines: readSourceLines(text, false) } : d
			)
		});
		const statements = [
			{ id: 's1', positions: { 'h-nasjonal': { stance: 2, quotes: ['boliger for alle'] } } }
		];
		const both = resolveYaml(
			statements,
			withText('Flere omsorgsboliger for alle.\nVi vil ha boliger for alle.\n')
		);
		expect(both.problems).toEqual([]);
		expect(both.positions[0]?.sources[0]?.lines).toEqual([2, 2]);
		// Only inside a word: a problem, at that occurrence's line.
		const inside = resolveYaml(statements, withText('Tekst.\nFlere omsorgsboliger for alle.\n'));
		expect(messages(inside.problems)[0]).toContain(
			'quote starts inside the word "omsorgsboliger" in h-nasjonal (seeds/h-kommunehelsetjenesten.txt) (line 2)'
		);
	});

	it('fails a quote that is in another document of the same party', () => {
		const { problems } = resolveYaml([
			{ id: 's1', positions: { 'sp-akershus': { stance: 2, quotes: [SP_LIST] } } }
		]);
		expect(messages(problems)[0]).toContain('quote not found in sp-akershus');
	});

	it('resolves a pledge reference to the pledge text and lines', () => {
		const { problems, positions } = resolveYaml([
			{
				id: 's1',
				positions: { 'sp-akershus': { stance: 2, quotes: [{ pledge: 'sp-akershus-10ty4k4' }] } }
			}
		]);
		expect(problems).toEqual([]);
		const pledge = seeds().pledges.find((p) => p.id === 'sp-akershus-10ty4k4');
		expect(positions[0]?.sources).toEqual([
			{
				document: 'sp-akershus',
				quote: pledge?.text,
				lines: [84, 86],
				printedLines: [42, 43],
				pledge: 'sp-akershus-10ty4k4'
			}
		]);
	});

	it('fails an unknown pledge id and a pledge of another document', () => {
		const { problems } = resolveYaml([
			{
				id: 's1',
				positions: {
					'sp-nasjonal': {
						stance: 2,
						quotes: [{ pledge: 'sp-nasjonal-xxxxxxx' }, { pledge: 'sp-akershus-10ty4k4' }]
					}
				}
			}
		]);
		expect(problems.map((p) => p.path)).toEqual([
			'positions.sp-nasjonal.quotes[0]',
			'positions.sp-nasjonal.quotes[1]'
		]);
		expect(problems[0]?.message).toBe(
			'unknown pledge "sp-nasjonal-xxxxxxx"; sp-nasjonal has 8 pledges (list them with `npm run pledges`)'
		);
		expect(problems[1]?.message).toBe(
			'pledge "sp-akershus-10ty4k4" belongs to document sp-akershus, not sp-nasjonal'
		);
	});

	it('fails a position keyed by an unknown document (when the parser did not check)', () => {
		const { problems, positions } = resolveYaml([
			{ id: 's1', positions: { 'sp-fylke': { stance: 2, quotes: [SP_LIST] } } }
		]);
		expect(positions).toEqual([]);
		expect(problems[0]).toMatchObject({ statement: 's1', path: 'positions.sp-fylke' });
		expect(problems[0]?.message).toMatch(/^unknown document "sp-fylke"/);
	});
});

describe('resolveDataset: editions', () => {
	const editionParty = (
		result: ReturnType<typeof resolveYaml>,
		edition: 'akershus' | 'oslo',
		party: string
	) =>
		result.dataset.editions
			.find((e) => e.id === edition)
			?.parties.find((p) => p.party.id === party);

	it('has one edition per region with its parties in listing order', () => {
		const result = resolveYaml([
			{ id: 's1', positions: { 'h-nasjonal': { stance: 2, quotes: [H_TEAMS] } } }
		]);
		expect(result.dataset.editions.map((e) => [e.id, e.name])).toEqual([
			['akershus', 'Akershus'],
			['oslo', 'Oslo']
		]);
		for (const edition of result.dataset.editions) {
			expect(edition.parties.map((p) => p.party.name)).toEqual([
				'Arbeiderpartiet',
				'Høyre',
				'Senterpartiet'
			]);
		}
		expect(result.dataset.editions.map((e) => e.parties.map((p) => p.documents))).toEqual([
			[['ap-akershus'], ['h-nasjonal'], ['sp-akershus', 'sp-nasjonal']],
			[['ap-oslo'], ['h-nasjonal'], ['sp-nasjonal']]
		]);
	});

	it('gives the same dataset whatever order the metadata lists the parties in', () => {
		const statements = [
			{ id: 's1', positions: { 'h-nasjonal': { stance: 2 as const, quotes: [H_TEAMS] } } }
		];
		const input = seeds();
		const listed = resolveYaml(statements, input).dataset;
		for (const parties of [
			[...input.metadata.parties].reverse(),
			[input.metadata.parties[1]!, input.metadata.parties[2]!, input.metadata.parties[0]!]
		]) {
			const reordered = resolveYaml(statements, {
				...input,
				metadata: { ...input.metadata, parties }
			}).dataset;
			expect(reordered.editions).toEqual(listed.editions);
		}
	});

	it('lets the regional document win when it differs from the national one', () => {
		const result = resolveYaml([
			{
				id: 's1',
				positions: {
					'sp-nasjonal': {
						stance: -1,
						quotes: [SP_LIST],
						rationale: 'National.',
						reason: 'Nasjonalt.'
					},
					'sp-akershus': {
						stance: 2,
						quotes: [SPA_REHAB],
						rationale: 'Regional.',
						reason: 'Regionalt.'
					}
				}
			}
		]);
		expect(result.problems).toEqual([]);
		expect(editionParty(result, 'akershus', 'sp')?.positions.s1).toEqual({
			stance: 2,
			documents: ['sp-akershus'],
			sources: [
				{ document: 'sp-akershus', quote: SPA_REHAB, lines: [54, 56], printedLines: [27, 28] }
			],
			rationale: ['Regional.'],
			reasons: [{ document: 'sp-akershus', text: 'Regionalt.' }]
		});
		expect(editionParty(result, 'oslo', 'sp')?.positions.s1).toMatchObject({
			stance: -1,
			documents: ['sp-nasjonal'],
			rationale: ['National.'],
			reasons: [{ document: 'sp-nasjonal', text: 'Nasjonalt.' }]
		});
	});

	it('keeps both documents when they agree', () => {
		const result = resolveYaml([
			{
				id: 's1',
				positions: {
					'sp-nasjonal': { stance: 2, quotes: [SP_LIST], rationale: 'National.' },
					'sp-akershus': { stance: 2, quotes: [SPA_REHAB], rationale: 'Regional.' }
				}
			}
		]);
		const position = editionParty(result, 'akershus', 'sp')?.positions.s1;
		expect(position?.stance).toBe(2);
		expect(position?.documents).toEqual(['sp-akershus', 'sp-nasjonal']);
		expect(position?.sources.map((s) => s.quote)).toEqual([SPA_REHAB, SP_LIST]);
		expect(position?.rationale).toEqual(['Regional.', 'National.']);
		expect(position?.reasons).toEqual([
			{ document: 'sp-akershus', text: FIXTURE_REASON },
			{ document: 'sp-nasjonal', text: FIXTURE_REASON }
		]);
	});

	it('carries each document’s reason for voters, leaving out a document without one', () => {
		const result = resolveYaml([
			{
				id: 's1',
				positions: {
					'sp-nasjonal': { stance: 2, quotes: [SP_LIST], reason: null },
					'sp-akershus': { stance: 2, quotes: [SPA_REHAB], reason: 'Partiet vil ha mer.' }
				}
			}
		]);
		expect(result.problems).toEqual([]);
		expect(result.positions.map((p) => [p.document, p.reason])).toEqual([
			['sp-nasjonal', null],
			['sp-akershus', 'Partiet vil ha mer.']
		]);
		expect(editionParty(result, 'akershus', 'sp')?.positions.s1?.reasons).toEqual([
			{ document: 'sp-akershus', text: 'Partiet vil ha mer.' }
		]);
		expect(editionParty(result, 'oslo', 'sp')?.positions.s1).toMatchObject({
			documents: ['sp-nasjonal'],
			reasons: []
		});
	});

	it('gives a party with only a national document its national position in Oslo', () => {
		const result = resolveYaml([
			{
				id: 's1',
				positions: {
					'h-nasjonal': { stance: 1, quotes: [H_TEAMS] },
					'ap-oslo': { stance: -2, quotes: [AP_OSLO_NO] },
					'ap-akershus': { stance: 2, quotes: [APA_BPA] }
				}
			},
			{ id: 's2', positions: { 'sp-akershus': { stance: 2, quotes: [SPA_REHAB] } } }
		]);
		const h = editionParty(result, 'oslo', 'h');
		expect(h?.documents).toEqual(['h-nasjonal']);
		expect(h?.positions.s1).toMatchObject({ stance: 1, documents: ['h-nasjonal'] });
		expect(editionParty(result, 'akershus', 'h')?.positions.s1?.stance).toBe(1);
		// Regional documents apply only in their own region.
		expect(editionParty(result, 'oslo', 'ap')?.positions.s1?.stance).toBe(-2);
		expect(editionParty(result, 'akershus', 'ap')?.positions.s1?.stance).toBe(2);
		expect(editionParty(result, 'oslo', 'sp')?.positions).toEqual({});
		expect(editionParty(result, 'akershus', 'sp')?.positions).toHaveProperty('s2');
	});

	it('reports documents of the same level that disagree', () => {
		const base = seeds();
		const twin = base.documents.find((d) => d.meta.id === 'sp-nasjonal')!;
		const input: SeedInput = {
			...base,
			metadata: {
				...base.metadata,
				documents: [...base.metadata.documents, { ...twin.meta, id: 'sp-nasjonal-2' }]
			},
			documents: [...base.documents, { ...twin, meta: { ...twin.meta, id: 'sp-nasjonal-2' } }]
		};
		const result = resolveYaml(
			[
				{
					id: 's1',
					positions: {
						'sp-nasjonal': { stance: 2, quotes: [SP_LIST] },
						'sp-nasjonal-2': { stance: -2, quotes: [SP_LIST] }
					}
				}
			],
			input
		);
		expect(result.problems.map((p) => p.message)).toEqual(
			['Akershus', 'Oslo'].map(
				(edition) =>
					`in the ${edition} edition, Senterpartiet's documents sp-nasjonal (2), sp-nasjonal-2 (-2) disagree and no single regional document decides; make them agree or drop one`
			)
		);
		expect(result.problems[0]).toMatchObject({ statement: 's1', path: 'positions' });
	});

	it('publishes the statements without positions, each with the hash of its text, and the documents in metadata order', () => {
		const { dataset } = resolveYaml([
			{ id: 's1', background: 'Bakgrunn.', positions: {} },
			{ id: 's2', direction: 'other', positions: {} }
		]);
		expect(dataset.statements).toEqual([
			{
				id: 's1',
				topic: 'helse',
				text: 'Påstand s1.',
				background: 'Bakgrunn.',
				direction: 'more-public',
				hash: statementHash('Påstand s1.')
			},
			{
				id: 's2',
				topic: 'helse',
				text: 'Påstand s2.',
				direction: 'other',
				hash: statementHash('Påstand s2.')
			}
		]);
		expect(dataset.topics).toEqual([
			{ id: 'helse', name: 'Helse' },
			{ id: 'omsorg', name: 'Omsorg' }
		]);
		expect(dataset.documents.map((d) => d.id)).toEqual(seeds().metadata.documents.map((d) => d.id));
	});
});

describe('resolveDataset: version', () => {
	const statements = passingStatements(seeds().pledges);

	it('is stable across runs', () => {
		const a = resolveYaml(statements).dataset.version;
		const b = resolveYaml(structuredClone(statements)).dataset.version;
		expect(a).toMatch(/^[0-9a-z]{14}$/);
		expect(b).toBe(a);
	});

	it('changes when a stance, a rationale, a reason, a text or a document changes', () => {
		const version = resolveYaml(statements).dataset.version;
		const edit = (change: (s: FixtureStatement[]) => void) => {
			const copy = structuredClone(statements);
			change(copy);
			return resolveYaml(copy).dataset.version;
		};
		const versions = [
			edit((s) => (s[0]!.positions['ap-oslo']!.stance = 1)),
			edit((s) => (s[0]!.positions['ap-oslo']!.rationale = 'Changed.')),
			edit((s) => (s[0]!.positions['ap-oslo']!.reason = 'Endret.')),
			edit((s) => (s[3]!.text = 'Endret påstand.')),
			edit((s) => (s[3]!.background = 'Ny bakgrunn.'))
		];
		const base = seeds();
		const [first, ...rest] = base.documents;
		const changedText = resolveYaml(statements, {
			...base,
			documents: [
				{
					...first!,
					lines: first!.lines.map((l, i) => (i === 0 ? { ...l, text: `${l.text} ` } : l))
				},
				...rest
			]
		}).dataset.version;
		expect(new Set([version, ...versions, changedText]).size).toBe(7);
	});

	it('uses a canonical JSON independent of key order', () => {
		expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe(
			'{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}'
		);
	});
});
