import { m } from '#lib/messages/index.ts';
import { describe, expect, it } from 'vitest';
import { partiesInListingOrder } from '#lib/pledges/order.ts';
import { seeds } from '#lib/pledges/test-support.ts';
import {
	buildOpenDataCsv,
	buildOpenDataJson,
	buildPrioritiesCsv,
	csvField,
	CSV_COLUMNS,
	openDataJsonText,
	PRIORITIES_CSV_COLUMNS
} from './opendata.ts';
import { resolveDataset } from './resolve.ts';
import { parseStatements } from './schema.ts';
import { fixturePledgeTopics, statementsYaml } from './test-support.ts';
import type { Dataset } from './types.ts';

const SP_LIST = 'Listelengden og legevaktbelastningen må reduseres';
const SPA_REHAB =
	'Det må være kapasitet både til å trene opp nyopererte og de med kroniske lidelser.';
const H_TEAMS = 'Etablere oppfølgingsteam i primærhelsetjenesten';

/** A small resolved dataset from the real seeds: three statements, one without positions. */
function small(): Dataset {
	const yaml = statementsYaml([
		{
			id: 's1',
			text: 'Første; med "anførsel"\nog linjeskift.',
			background: 'Bakgrunn.',
			positions: {
				'sp-nasjonal': { stance: 2, quotes: [SP_LIST], rationale: 'National.' },
				'sp-akershus': { stance: 2, quotes: [SPA_REHAB], rationale: 'Regional.' },
				'h-nasjonal': { stance: -1, quotes: [{ pledge: 'h-nasjonal-01c8s15' }] }
			}
		},
		{ id: 's2', positions: { 'h-nasjonal': { stance: 0, quotes: [H_TEAMS] } } },
		{ id: 's3', positions: {} }
	]);
	const { dataset, problems } = resolveDataset(
		parseStatements(yaml, 'test.yaml'),
		seeds(),
		fixturePledgeTopics(seeds().pledges)
	);
	expect(problems).toEqual([]);
	return dataset;
}

function json(dataset: Dataset) {
	return buildOpenDataJson(dataset, {
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

describe('buildOpenDataJson', () => {
	it('lists every statement for every party in every edition, null where none is stated', () => {
		const dataset = small();
		const data = json(dataset);
		expect(data.editions.map((e) => e.id)).toEqual(['akershus', 'oslo']);
		for (const edition of data.editions) {
			expect(edition.parties.map((p) => p.party)).toEqual(['ap', 'h', 'sp']);
			for (const p of edition.parties) {
				expect(Object.keys(p.positions)).toEqual(['s1', 's2', 's3']);
				expect(p.positions.s3).toEqual({ stance: null, sources: [], rationale: [] });
			}
		}
		const akershus = data.editions[0]!;
		expect(akershus.parties[0]?.positions.s1).toEqual({ stance: null, sources: [], rationale: [] });
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
			rationale: ['Regional.', 'National.']
		});
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
			published: 'unknown'
		});
		expect(data.parties.map((p) => p.id)).toEqual(['ap', 'h', 'sp']);
		expect(data.pledges).toHaveLength(seeds().pledges.length);
		expect(data.statements).toEqual([
			{
				id: 's1',
				text: 'Første; med "anførsel"\nog linjeskift.',
				topic: 'helse',
				background: 'Bakgrunn.'
			},
			{ id: 's2', text: 'Påstand s2.', topic: 'helse', background: null },
			{ id: 's3', text: 'Påstand s3.', topic: 'helse', background: null }
		]);
		expect(data).not.toHaveProperty('generated');
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
			'edition;party;party_name;statement_id;statement;stance;stance_label;documents;lines;quotes'
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

	it('writes stances, bokmål labels, documents, lines and quotes', () => {
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
			`${SPA_REHAB} | ${SP_LIST}`
		]);
		expect(row('oslo', 'h', 's1')?.slice(5, 7)).toEqual(['-1', 'Delvis uenig']);
		expect(row('oslo', 'h', 's2')?.slice(5, 7)).toEqual(['0', 'Nøytral']);
		expect(row('oslo', 'ap', 's1')?.slice(5)).toEqual(['', 'Ingen standpunkt', '', '', '']);
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

describe('buildPrioritiesCsv', () => {
	const OTHER_NAME = 'Andre temaer';
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
			'sp-akershus | sp-nasjonal'
		]);
		expect(row('akershus', 'sp', 'other')?.slice(4)).toEqual([
			OTHER_NAME,
			'0',
			String(both),
			'sp-akershus | sp-nasjonal'
		]);
		expect(row('oslo', 'sp', 'omsorg')?.slice(5)).toEqual([
			String(Math.floor(n('sp-nasjonal') / 2)),
			String(n('sp-nasjonal')),
			'sp-nasjonal'
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
