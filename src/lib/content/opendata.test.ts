import { m } from '#lib/messages/index.ts';
import { describe, expect, it } from 'vitest';
import { partiesInListingOrder } from '#lib/pledges/order.ts';
import { seeds } from '#lib/pledges/test-support.ts';
import { LOCALES, type Locale } from './locales.ts';
import { editionMeasures, RANDOM_VOTERS } from './measures.ts';
import {
	buildOpenDataCsv,
	buildOpenDataJson,
	buildPrioritiesCsv,
	csvField,
	CSV_COLUMNS,
	OPEN_DATA_SCHEMA,
	openDataJsonText,
	PRIORITIES_CSV_COLUMNS,
	type LocalizedDatasets
} from './opendata.ts';
import { resolveDataset } from './resolve.ts';
import { parseStatements } from './schema.ts';
import {
	FIXTURE_EN,
	FIXTURE_NN,
	fixturePledgeTopics,
	statementsYaml,
	type FixtureStatement
} from './test-support.ts';
import { localizeDataset } from './translate.ts';

const SP_LIST = 'Listelengden og legevaktbelastningen må reduseres';
const SPA_REHAB =
	'Det må være kapasitet både til å trene opp nyopererte og de med kroniske lidelser.';
const H_TEAMS = 'Etablere oppfølgingsteam i primærhelsetjenesten';

/** The statements resolved against the real seeds, in every language. */
function localized(statements: FixtureStatement[]): LocalizedDatasets {
	const raw = parseStatements(statementsYaml(statements), 'test.yaml');
	const { dataset, problems } = resolveDataset(raw, seeds(), fixturePledgeTopics(seeds().pledges));
	expect(problems).toEqual([]);
	return Object.fromEntries(
		LOCALES.map((locale) => [locale, localizeDataset(dataset, raw, locale)])
	) as Record<Locale, typeof dataset>;
}

/**
 * A small resolved dataset from the real seeds, in every language: three statements, one
 * without positions; h-nasjonal's position on s1 has no reason for voters yet.
 */
function small(): LocalizedDatasets {
	return localized([
		{
			id: 's1',
			text: 'Første; med "anførsel"\nog linjeskift.',
			background: 'Bakgrunn.',
			positions: {
				'sp-nasjonal': {
					stance: 2,
					quotes: [SP_LIST],
					rationale: 'National.',
					reason: 'Partiet sier det; rett ut.'
				},
				'sp-akershus': {
					stance: 2,
					quotes: [SPA_REHAB],
					rationale: 'Regional.',
					reason: 'Fylkeslaget vil ha mer kapasitet.'
				},
				'h-nasjonal': { stance: -1, quotes: [{ pledge: 'h-nasjonal-01c8s15' }], reason: null }
			}
		},
		{ id: 's2', positions: { 'h-nasjonal': { stance: 0, quotes: [H_TEAMS] } } },
		{ id: 's3', positions: {} }
	]);
}

function json(datasets: LocalizedDatasets) {
	return buildOpenDataJson(datasets, {
		parties: partiesInListingOrder(seeds().metadata.parties),
		pledges: seeds().pledges,
		pledgeTopics: fixturePledgeTopics(seeds().pledges)
	});
}

/** A strict RFC 4180 parser (separator `;`, CRLF records) for checking the output. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let i = 0;
	while (i < text.length) {
		let field = '';
		if (text[i] === '"') {
			i++;
			for (;;) {
				if (i >= text.length) throw new Error('unterminated quoted field');
				if (text[i] === '"') {
					if (text[i + 1] === '"') {
						field += '"';
						i += 2;
					} else {
						i++;
						break;
					}
				} else field += text[i++];
			}
		} else {
			while (i < text.length && text[i] !== ';' && text[i] !== '\r' && text[i] !== '\n') {
				if (text[i] === '"') throw new Error(`bare quote at ${i}`);
				field += text[i++];
			}
		}
		row.push(field);
		if (text[i] === ';') i++;
		else if (text.startsWith('\r\n', i)) {
			rows.push(row);
			row = [];
			i += 2;
		} else if (i < text.length) throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
	}
	if (row.length > 0) throw new Error('last record has no CRLF');
	return rows;
}

/** The fixture's translations of a reason. */
const TRANSLATED_REASON = { nn: { text: FIXTURE_NN.reason }, en: { text: FIXTURE_EN.reason } };

describe('buildOpenDataJson', () => {
	it('lists every statement for every party in every edition, null where none is stated', () => {
		const dataset = small();
		const data = json(dataset);
		expect(data.editions.map((e) => e.id)).toEqual(['akershus', 'oslo']);
		for (const edition of data.editions) {
			expect(edition.parties.map((p) => p.party)).toEqual(['ap', 'h', 'sp']);
			for (const p of edition.parties) {
				expect(Object.keys(p.positions)).toEqual(['s1', 's2', 's3']);
				expect(p.positions.s3).toEqual({ stance: null, sources: [], rationale: [], reasons: [] });
			}
		}
		const akershus = data.editions[0]!;
		expect(akershus.parties[0]?.positions.s1).toEqual({
			stance: null,
			sources: [],
			rationale: [],
			reasons: []
		});
		expect(akershus.parties[2]).toMatchObject({ documents: ['sp-akershus', 'sp-nasjonal'] });
		expect(akershus.parties[2]?.positions.s1).toEqual({
			stance: 2,
			sources: [
				{
					document: 'sp-akershus',
					lines: [54, 56],
					printedLines: [27, 28],
					quote: SPA_REHAB
				},
				{ document: 'sp-nasjonal', lines: [19, 19], quote: SP_LIST, pledge: 'sp-nasjonal-0pvw0rq' }
			],
			rationale: ['Regional.', 'National.'],
			reasons: [
				{
					document: 'sp-akershus',
					text: 'Fylkeslaget vil ha mer kapasitet.',
					translations: TRANSLATED_REASON
				},
				{
					document: 'sp-nasjonal',
					text: 'Partiet sier det; rett ut.',
					translations: TRANSLATED_REASON
				}
			]
		});
		expect(akershus.parties[1]?.positions.s1?.reasons).toEqual([]);
		expect(akershus.parties[1]?.positions.s1?.sources[0]).toMatchObject({
			document: 'h-nasjonal',
			pledge: 'h-nasjonal-01c8s15',
			lines: [18, 18]
		});
		expect(akershus.parties[1]?.positions.s2?.stance).toBe(0);
	});

	it('has the documented top-level shape', () => {
		const data = json(small());
		expect(Object.keys(data)).toEqual([
			'schema',
			'version',
			'documents',
			'parties',
			'pledges',
			'statements',
			'topics',
			'editions'
		]);
		expect(data.documents[0]).toEqual({
			id: 'sp-akershus',
			file: 'seeds/sp-akershus-styrk-kommunehelsetjenesten.txt',
			party: 'sp',
			organisation: 'Akershus Senterparti',
			region: 'akershus',
			title: 'Styrk kommunehelsetjenesten',
			kind: 'resolution',
			published: 'unknown',
			url: null,
			retrieved: null
		});
		expect(data.parties.map((p) => p.id)).toEqual(['ap', 'h', 'sp']);
		expect(data.pledges).toHaveLength(seeds().pledges.length);
		const translations = (id: string, background: boolean) => ({
			nn: { text: FIXTURE_NN.text(id), background: background ? FIXTURE_NN.background : null },
			en: { text: FIXTURE_EN.text(id), background: background ? FIXTURE_EN.background : null }
		});
		expect(data.statements).toEqual([
			{
				id: 's1',
				text: 'Første; med "anførsel"\nog linjeskift.',
				topic: 'helse',
				background: 'Bakgrunn.',
				translations: translations('s1', true)
			},
			{
				id: 's2',
				text: 'Påstand s2.',
				topic: 'helse',
				background: null,
				translations: translations('s2', false)
			},
			{
				id: 's3',
				text: 'Påstand s3.',
				topic: 'helse',
				background: null,
				translations: translations('s3', false)
			}
		]);
		expect(data.topics).toEqual([
			{
				id: 'helse',
				name: 'Helse',
				translations: { nn: { name: 'Helse' }, en: { name: 'Health' } }
			},
			{
				id: 'omsorg',
				name: 'Omsorg',
				translations: { nn: { name: 'Omsorg' }, en: { name: 'Care' } }
			}
		]);
		expect(data).not.toHaveProperty('generated');
	});

	it("publishes each edition's measures as editionMeasures computes them", () => {
		const dataset = small();
		const data = json(dataset);
		expect(data.schema).toBe(OPEN_DATA_SCHEMA);
		data.editions.forEach((edition, i) => {
			expect(edition.measures).toEqual(editionMeasures(dataset.nb, dataset.nb.editions[i]!));
			expect(Object.keys(edition.measures)).toEqual([
				'asked',
				'dead',
				'responseSets',
				'directionBalance',
				'separation',
				'randomVoters'
			]);
			// No party speaks to s3 in either edition.
			expect(edition.measures).toMatchObject({ asked: 2, dead: ['s3'] });
		});
		// Oslo: H −1 and Sp +2 on s1 are three steps apart, on opposite sides.
		expect(data.editions[1]!.measures.separation.statements).toEqual([
			{
				statement: 's1',
				pairs: [{ parties: ['h', 'sp'], stances: [-1, 2], steps: 3, opposite: true }]
			}
		]);
		expect(data.editions[1]!.measures.randomVoters).toMatchObject({
			voters: RANDOM_VOTERS.voters,
			seed: RANDOM_VOTERS.seed
		});
	});

	it('publishes where a document comes from when the metadata says', () => {
		const { nb, ...translated } = small();
		const withOrigin: LocalizedDatasets = {
			...translated,
			nb: {
				...nb,
				documents: nb.documents.map((d) =>
					d.id === 'h-nasjonal'
						? { ...d, url: 'https://hoyre.no/politikk/helse', retrieved: '2026-11-30' }
						: d
				)
			}
		};
		const documents = json(withOrigin).documents;
		expect(documents.find((d) => d.id === 'h-nasjonal')).toMatchObject({
			url: 'https://hoyre.no/politikk/helse',
			retrieved: '2026-11-30'
		});
		expect(documents.filter((d) => d.url !== null).map((d) => d.id)).toEqual(['h-nasjonal']);
	});

	it('publishes each pledge’s topic and each party’s pledges per topic in each edition', () => {
		const dataset = small();
		const data = json(dataset);
		const topics = fixturePledgeTopics(seeds().pledges);
		expect(data.pledges.map((p) => [p.id, p.topic])).toEqual([...topics]);
		expect(Object.keys(data.pledges[0]!).at(-1)).toBe('topic');
		// The fixture topics alternate within each document, starting with "helse".
		const n = (document: string) => seeds().pledges.filter((p) => p.document === document).length;
		const helse = (document: string) => Math.ceil(n(document) / 2);
		const omsorg = (document: string) => Math.floor(n(document) / 2);
		const pledgesOf = (edition: string, party: string) =>
			data.editions.find((e) => e.id === edition)?.parties.find((p) => p.party === party)?.pledges;
		expect(pledgesOf('akershus', 'sp')).toEqual({
			total: n('sp-akershus') + n('sp-nasjonal'),
			perTopic: {
				helse: helse('sp-akershus') + helse('sp-nasjonal'),
				omsorg: omsorg('sp-akershus') + omsorg('sp-nasjonal'),
				other: 0
			}
		});
		expect(pledgesOf('oslo', 'sp')).toEqual({
			total: n('sp-nasjonal'),
			perTopic: { helse: helse('sp-nasjonal'), omsorg: omsorg('sp-nasjonal'), other: 0 }
		});
		expect(Object.keys(pledgesOf('oslo', 'ap')!.perTopic)).toEqual(['helse', 'omsorg', 'other']);

		const [first, ...rest] = seeds().pledges;
		expect(() =>
			buildOpenDataJson(dataset, {
				parties: seeds().metadata.parties,
				pledges: seeds().pledges,
				pledgeTopics: fixturePledgeTopics(rest)
			})
		).toThrow(new RangeError(`pledge ${first!.id} has no topic`));
	});

	it('is deterministic and round-trips through its text', () => {
		const a = openDataJsonText(json(small()));
		const b = openDataJsonText(json(small()));
		expect(b).toBe(a);
		expect(a.endsWith('}\n')).toBe(true);
		expect(JSON.parse(a)).toEqual(json(small()));
	});
});

describe('buildOpenDataCsv', () => {
	it('is UTF-8 with BOM, semicolon-separated, CRLF, with a header', () => {
		const csv = buildOpenDataCsv(small(), m.stanceName);
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		expect(csv.slice(1).startsWith(`${CSV_COLUMNS.join(';')}\r\n`)).toBe(true);
		expect(CSV_COLUMNS.join(';')).toBe(
			'edition;party;party_name;statement_id;statement;stance;stance_label;documents;lines;quotes;reason;statement_nn;statement_en;reason_nn;reason_en'
		);
		expect(csv.endsWith('\r\n')).toBe(true);
		// Every line break outside quoted fields is CRLF.
		expect(csv.replace(/"(?:[^"]|"")*"/g, '').match(/(?<!\r)\n/g)).toBeNull();
	});

	it('has one row per edition × party × statement, in order', () => {
		const dataset = small();
		const rows = parseCsv(buildOpenDataCsv(dataset, m.stanceName).slice(1));
		const [header, ...body] = rows;
		expect(header).toEqual([...CSV_COLUMNS]);
		expect(body).toHaveLength(2 * 3 * 3);
		expect(body.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
		expect(body.map((r) => r.slice(0, 2).concat(r[3]!).join('/'))).toEqual(
			['akershus', 'oslo'].flatMap((e) =>
				['ap', 'h', 'sp'].flatMap((p) => ['s1', 's2', 's3'].map((s) => `${e}/${p}/${s}`))
			)
		);
	});

	it('writes stances, bokmål labels, documents, lines, quotes, and reasons and statements in every language', () => {
		const rows = parseCsv(buildOpenDataCsv(small(), m.stanceName).slice(1));
		const row = (edition: string, party: string, statement: string) =>
			rows.find((r) => r[0] === edition && r[1] === party && r[3] === statement);
		expect(row('akershus', 'sp', 's1')).toEqual([
			'akershus',
			'sp',
			'Senterpartiet',
			's1',
			'Første; med "anførsel"\nog linjeskift.',
			'2',
			'Helt enig',
			'sp-akershus | sp-nasjonal',
			'sp-akershus:54-56 | sp-nasjonal:19',
			`${SPA_REHAB} | ${SP_LIST}`,
			'Fylkeslaget vil ha mer kapasitet. | Partiet sier det; rett ut.',
			FIXTURE_NN.text('s1'),
			FIXTURE_EN.text('s1'),
			`${FIXTURE_NN.reason} | ${FIXTURE_NN.reason}`,
			`${FIXTURE_EN.reason} | ${FIXTURE_EN.reason}`
		]);
		expect(row('oslo', 'sp', 's1')?.slice(7)).toEqual([
			'sp-nasjonal',
			'sp-nasjonal:19',
			SP_LIST,
			'Partiet sier det; rett ut.',
			FIXTURE_NN.text('s1'),
			FIXTURE_EN.text('s1'),
			FIXTURE_NN.reason,
			FIXTURE_EN.reason
		]);
		// A position without a reason yet has empty reason cells.
		expect(row('oslo', 'h', 's1')?.slice(CSV_COLUMNS.indexOf('reason'))).toEqual([
			'',
			FIXTURE_NN.text('s1'),
			FIXTURE_EN.text('s1'),
			'',
			''
		]);
		expect(row('oslo', 'h', 's1')?.slice(5, 7)).toEqual(['-1', 'Delvis uenig']);
		expect(row('oslo', 'h', 's2')?.slice(5, 7)).toEqual(['0', 'Nøytral']);
		expect(row('oslo', 'ap', 's1')?.slice(5)).toEqual([
			'',
			'Ingen standpunkt',
			'',
			'',
			'',
			'',
			FIXTURE_NN.text('s1'),
			FIXTURE_EN.text('s1'),
			'',
			''
		]);
	});

	it('quotes fields with a separator, a quote or a line break (RFC 4180)', () => {
		expect(csvField('plain text')).toBe('plain text');
		expect(csvField('a;b')).toBe('"a;b"');
		expect(csvField('say "hi"')).toBe('"say ""hi"""');
		expect(csvField('two\nlines')).toBe('"two\nlines"');
		expect(csvField('cr\rhere')).toBe('"cr\rhere"');
		const csv = buildOpenDataCsv(small(), m.stanceName);
		expect(csv).toContain(';"Første; med ""anførsel""\nog linjeskift.";');
	});
});

describe('CSV formula injection (OWASP)', () => {
	it('puts an apostrophe before a text that starts like a formula', () => {
		expect(csvField('=1+1')).toBe("'=1+1");
		expect(csvField('+47 22 00 00 00')).toBe("'+47 22 00 00 00");
		expect(csvField('-2')).toBe("'-2");
		expect(csvField('@SUM(A1:A9)')).toBe("'@SUM(A1:A9)");
		expect(csvField('\t=1+1')).toBe("'\t=1+1");
		// Carriage return: neutralised, then quoted for the line break.
		expect(csvField('\r=1+1')).toBe(`"'\r=1+1"`);
		// Neutralised, then quoted for the separator and the quotes (RFC 4180).
		expect(csvField('=HYPERLINK("https://x.example";"Klikk")')).toBe(
			`"'=HYPERLINK(""https://x.example"";""Klikk"")"`
		);
	});

	it('leaves legitimate text alone: a true minus, a dash, a formula sign inside the text', () => {
		expect(csvField('−2')).toBe('−2');
		expect(csvField('– et løfte')).toBe('– et løfte');
		expect(csvField('a=b+c')).toBe('a=b+c');
		expect(csvField(' =1')).toBe(' =1');
		expect(csvField("'sitat'")).toBe("'sitat'");
	});

	it('writes numbers as numbers, a negative one included', () => {
		expect(csvField(-2)).toBe('-2');
		expect(csvField(0)).toBe('0');
		expect(csvField(2)).toBe('2');
		expect(() => csvField(Number.NaN)).toThrow(RangeError);
	});

	it('neutralises text cells of the export and keeps the stance column numeric', () => {
		const datasets = localized([
			{
				id: 's1',
				text: '=HYPERLINK("https://x.example";"Klikk")',
				nn: { text: '+47 er eit telefonnummer.' },
				positions: { 'h-nasjonal': { stance: -2, quotes: [H_TEAMS], en: '@-teiknet.' } }
			},
			{ id: 's2', text: '−2 er ikke en formel.', positions: {} }
		]);
		const rows = parseCsv(buildOpenDataCsv(datasets, m.stanceName).slice(1));
		const h = rows.find((r) => r[0] === 'oslo' && r[1] === 'h' && r[3] === 's1')!;
		expect(h[4]).toBe(`'=HYPERLINK("https://x.example";"Klikk")`);
		expect(h.slice(5, 7)).toEqual(['-2', 'Helt uenig']);
		expect(rows.find((r) => r[3] === 's2')?.[4]).toBe('−2 er ikke en formel.');
		expect(h[CSV_COLUMNS.indexOf('statement_nn')]).toBe("'+47 er eit telefonnummer.");
		expect(h[CSV_COLUMNS.indexOf('reason_en')]).toBe("'@-teiknet.");
		// No cell of the whole export starts like a formula, except the numeric stance column.
		const stance = CSV_COLUMNS.indexOf('stance');
		for (const row of rows.slice(1)) {
			row.forEach((cell, i) => {
				if (i !== stance) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
				else expect(cell).toMatch(/^(-?[0-2])?$/);
			});
		}
	});
});

describe('buildPrioritiesCsv', () => {
	const OTHER_NAMES = { nb: 'Andre temaer', nn: 'Andre tema', en: 'Other topics' };
	const OTHER_NAME = (locale: Locale) => OTHER_NAMES[locale];
	const rows = () => parseCsv(buildPrioritiesCsv(small(), OTHER_NAME).slice(1));

	it('is UTF-8 with BOM, semicolon-separated, CRLF, with a header', () => {
		const csv = buildPrioritiesCsv(small(), OTHER_NAME);
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		expect(csv.slice(1).startsWith(`${PRIORITIES_CSV_COLUMNS.join(';')}\r\n`)).toBe(true);
		expect(csv.endsWith('\r\n')).toBe(true);
		expect(csv.replace(/"(?:[^"]|"")*"/g, '').match(/(?<!\r)\n/g)).toBeNull();
	});

	it('has one row per edition × party × topic, "other" last, with the pledges counted by hand', () => {
		const [header, ...body] = rows();
		expect(header).toEqual([...PRIORITIES_CSV_COLUMNS]);
		expect(body.map((r) => r.slice(0, 2).concat(r[3]!).join('/'))).toEqual(
			['akershus', 'oslo'].flatMap((e) =>
				['ap', 'h', 'sp'].flatMap((p) => ['helse', 'omsorg', 'other'].map((t) => `${e}/${p}/${t}`))
			)
		);
		// The fixture topics alternate within each document, starting with "helse".
		const n = (document: string) => seeds().pledges.filter((p) => p.document === document).length;
		const both = n('sp-akershus') + n('sp-nasjonal');
		const helse = Math.ceil(n('sp-akershus') / 2) + Math.ceil(n('sp-nasjonal') / 2);
		const row = (edition: string, party: string, topic: string) =>
			body.find((r) => r[0] === edition && r[1] === party && r[3] === topic);
		expect(row('akershus', 'sp', 'helse')).toEqual([
			'akershus',
			'sp',
			'Senterpartiet',
			'helse',
			'Helse',
			String(helse),
			String(both),
			'sp-akershus | sp-nasjonal',
			'Helse',
			'Health'
		]);
		expect(row('akershus', 'sp', 'other')?.slice(4)).toEqual([
			OTHER_NAMES.nb,
			'0',
			String(both),
			'sp-akershus | sp-nasjonal',
			OTHER_NAMES.nn,
			OTHER_NAMES.en
		]);
		expect(row('oslo', 'sp', 'omsorg')?.slice(5)).toEqual([
			String(Math.floor(n('sp-nasjonal') / 2)),
			String(n('sp-nasjonal')),
			'sp-nasjonal',
			'Omsorg',
			'Care'
		]);
	});

	it('gives the same counts as the JSON', () => {
		const data = json(small());
		const fromJson = data.editions.flatMap((e) =>
			e.parties.flatMap((p) =>
				Object.entries(p.pledges.perTopic).map(([topic, count]) =>
					[e.id, p.party, topic, String(count), String(p.pledges.total)].join('/')
				)
			)
		);
		expect(
			rows()
				.slice(1)
				.map((r) => [...r.slice(0, 2), r[3], r[5], r[6]].join('/'))
		).toEqual(fromJson);
	});
});
