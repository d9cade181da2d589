import { describe, expect, it } from 'vitest';
import { extractPledges, isPledgeLeadIn } from './extract.ts';
import { readSourceLines } from './lines.ts';
import { findQuote } from './quotes.ts';
import { doc, lineText, pledgesOf, seeds } from './test-support.ts';
import type { DocumentMeta, Pledge, SourceDocument } from './types.ts';

/** Counted by hand, reading each document. */
const HAND_COUNTS: Record<string, number> = {
	'sp-akershus': 6,
	'ap-akershus': 69,
	'sp-nasjonal': 8,
	'h-nasjonal': 15,
	'ap-oslo': 16
};

const textsOf = (id: string) => pledgesOf(id).map((p) => p.text);

function pledgeAt(id: string, firstLine: number): Pledge {
	const found = pledgesOf(id).find((p) => p.lines[0] === firstLine);
	if (!found) throw new Error(`no pledge of ${id} starts at line ${firstLine}`);
	return found;
}

/** FNV-1a 32-bit, written independently of text.ts (BigInt arithmetic). */
function referenceHash(text: string): string {
	let hash = 0x811c9dc5n;
	for (const byte of Buffer.from(text, 'utf8')) {
		hash ^= BigInt(byte);
		hash = (hash * 0x01000193n) % 0x100000000n;
	}
	return hash.toString(36).padStart(7, '0');
}

function synthetic(text: string, overrides: Partial<DocumentMeta> = {}): SourceDocument {
	const meta: DocumentMeta = {
		id: 'test',
		file: 'test.txt',
		party: 'ap',
		organisation: 'Oslo Arbeiderparti',
		region: 'oslo',
		title: 'Test',
		kind: 'resolution',
		published: 'unknown',
		printedLineNumbers: false,
		...overrides
	};
	return { meta, lines: readSourceLines(text, meta.printedLineNumbers) };
}

describe('extractPledges: counts', () => {
	it.each(Object.entries(HAND_COUNTS))('%s has %i pledges', (id, count) => {
		expect(pledgesOf(id)).toHaveLength(count);
	});

	it('finds 114 pledges in all', () => {
		expect(seeds().pledges).toHaveLength(114);
	});
});

describe('extractPledges: sp-akershus (PDF, items wrapped over blank lines)', () => {
	it('joins wrapped items across blank lines and strips printed numbers', () => {
		expect(pledgeAt('sp-akershus', 84)).toEqual({
			id: `sp-akershus-${referenceHash(
				'Styrke kommunehelsetjenesten ved øremerkede statlige overføringer til lovpålagte pleie- og omsorgstjenester i kommunene.'
			)}`,
			document: 'sp-akershus',
			party: 'sp',
			organisation: 'Akershus Senterparti',
			region: 'akershus',
			lines: [84, 86],
			printedLines: [42, 43],
			section: 'Årsmøtet i Akershus Senterparti vil:',
			text: 'Styrke kommunehelsetjenesten ved øremerkede statlige overføringer til lovpålagte pleie- og omsorgstjenester i kommunene.'
		});
		// Three blank lines (87–89) separate this item from the previous one.
		expect(pledgeAt('sp-akershus', 90)).toMatchObject({
			lines: [90, 92],
			printedLines: [44, 45],
			text: 'Styrke de statlige overføringene til kommunenes arbeid med barn og unge i utsatte familier.'
		});
	});

	it('keeps an item without a final full stop on its own', () => {
		expect(textsOf('sp-akershus').slice(2)).toEqual([
			'Styrke overføringene til rus- og psykiatriomsorgen.',
			'Styrk arbeidet med rekruttering av helsepersonell.',
			'Styrke frisklivsentralene og fysioterapitjenestene',
			'Sørge for at tidligere praksis for bruk av ruskontrakter hjemles i lov.'
		]);
		expect(pledgeAt('sp-akershus', 98)).toMatchObject({ lines: [98, 98], printedLines: [48, 48] });
	});

	it('leaves out the prose, including "Akershus Senterparti vil arbeide for …"', () => {
		expect(pledgesOf('sp-akershus').every((p) => p.lines[0] >= 84)).toBe(true);
	});
});

describe('extractPledges: ap-akershus (web page)', () => {
	it('uses every kind of lead-in as the section', () => {
		expect([...new Set(pledgesOf('ap-akershus').map((p) => p.section))]).toEqual([
			'I helse og omsorgspolitikken vil Arbeiderpartiet prioritere:',
			'Arbeiderpartiet vil:',
			'For å sikre hjelp i hjemkommunen til mennesker med psykisk helseplager vil Arbeiderpartiet:',
			'For å styrke spesialisert psykisk helsevern vil Arbeiderpartiet:',
			'For en få mer sosialdemokratisk ruspolitikk vil Arbeiderpartiet:',
			'For å sikre kvalitet i eldreomsorgen vil Arbeiderpartiet:',
			// The file has a no-break space before "vil"; sections collapse it.
			'For å forebygge demens og hjelpe mennesker med demens vil Arbeiderpartiet:'
		]);
	});

	it('keeps numbers inside the text', () => {
		expect(pledgeAt('ap-akershus', 47).text).toBe(
			'Avvikle nemndsystemet i abortloven mellom uke 12 og 18 og utrede et alternativ med trygg oppfølging og medisinsk veiledning mellom uke 12 og 18. Kvinnens selvbestemmelse skal sikres.'
		);
		expect(pledgeAt('ap-akershus', 92).text).toBe(
			'Sikre at kvinner i kommuner med 90 minutters reisevei eller mer til sykehuset får følge av jordmor på vei til sykehuset.'
		);
		expect(pledgeAt('ap-akershus', 116).text).toBe(
			'Tilby alle eldre over 75 år et hjemmebesøk fra kommunehelsetjenesten.'
		);
	});

	it('ends the item before the photo caption on the very next line', () => {
		expect(lineText('ap-akershus', 94)).toMatch(/Foto: Øivind Haug$/);
		expect(pledgeAt('ap-akershus', 93)).toMatchObject({
			lines: [93, 93],
			section: 'Arbeiderpartiet vil:',
			text: 'Sikre at alle kommuner kan oppfylle kravet om hjemmebesøk til nybakte mødre.'
		});
		expect(pledgeAt('ap-akershus', 93).printedLines).toBeUndefined();
	});

	it('leaves out captions, headings, prose, feedback and newsletter text', () => {
		const all = textsOf('ap-akershus').join('\n');
		for (const excluded of [
			'Foto',
			'Øivind Haug',
			'nyhetsbrev',
			'Takk for',
			'Er du enig',
			'Bedre kvalitet og kapasitet',
			'Eldre: sjef i eget liv',
			'En felles offentlig helsetjeneste'
		]) {
			expect(all).not.toContain(excluded);
		}
		expect(pledgesOf('ap-akershus').at(-1)?.lines).toEqual([127, 127]);
	});
});

describe('extractPledges: sp-nasjonal (en dash + no-break space)', () => {
	it('reads items bulleted with "– " and "–\\u00a0"', () => {
		expect(lineText('sp-nasjonal', 19).startsWith('–\u00a0Styrke')).toBe(true);
		expect(textsOf('sp-nasjonal')).toEqual([
			'Forbedre samhandlingsreformen for å sikre pasienter tilstrekkelig helsehjelp i kommunene.',
			'Styrke fastlegeordningen slik at rekruttering og stabil legedekning sikres i hele landet. Listelengden og legevaktbelastningen må reduseres, basistilskuddet må økes og ordningen med allmennlege i spesialisering (ALIS) må gjøres nasjonal.',
			'Sikre legevaktstjenesten og stoppe sentralisering av tilbudet blant annet gjennom å innføre en maksimal reisetid til legevakt.',
			'Det må stimuleres økonomisk til å opprette og videreutvikle kommunale akuttavdelinger.',
			'Sikre at rusavhengighet, salg av seksuelle tjenester eller andre sårbarhetsfaktorer må ikke komme i veien for gode helsetjenester.',
			'Innføre en egen opptrappingsplan som sikrer utvikling og finansiering av et godt kommunalt arbeidsrettet rehabiliterings- og habiliteringstilbud for alle pasientgrupper.',
			'Styrke omsorgstilbudet ved livet slutt og bedre tilbudet om palliativ pleie.',
			'At Staten dekker en større andel av utgiftene for ressurskrevende tjenester ved for eksempel at innslagspunktet for refusjon reduseres. I tillegg skal Staten dekke en ytterligere andel til de kommuner som har ekstraordinært store utgifter for ressurskrevende tjenester.'
		]);
		expect(pledgesOf('sp-nasjonal').map((p) => p.lines[0])).toEqual([
			18, 19, 20, 21, 22, 23, 24, 25
		]);
		expect(pledgesOf('sp-nasjonal').every((p) => p.section === 'Senterpartiet vil:')).toBe(true);
		expect(pledgesOf('sp-nasjonal').every((p) => p.region === null)).toBe(true);
	});
});

describe('extractPledges: h-nasjonal', () => {
	it('reads "Høyres løsninger:" and keeps multi-sentence items whole', () => {
		expect(pledgesOf('h-nasjonal').map((p) => p.lines)).toEqual(
			Array.from({ length: 15 }, (_, i) => [9 + i, 9 + i])
		);
		expect(pledgeAt('h-nasjonal', 23).text).toBe(
			'Styrke jordmortjenesten i kommunene blant annet ved å gi jordmødre et større ansvar for å sikre kvinner god helse. Jordmødre kan gjennom mer ansvar for svangerskapskontroller, prevenssjons - og familierådgivning, helsekontroller og prøvetaking bidra til det. Det bør også vurderes om jordmødrene bør ha utvidede rettigheter i sin praksis.'
		);
		expect(pledgeAt('h-nasjonal', 9)).toMatchObject({
			party: 'h',
			organisation: 'Høyre',
			region: null,
			section: 'Høyres løsninger:'
		});
	});
});

describe('extractPledges: ap-oslo (PDF, a problem list and a pledge list)', () => {
	it('leaves out the "Oppsummert fører disse utfordringene til:" problem list', () => {
		expect(lineText('ap-oslo', 98)).toBe('pasientene. Oppsummert fører disse utfordringene til:');
		const all = textsOf('ap-oslo').join('\n');
		for (const problem of [
			'Manglende kvalitetssikring',
			'Redusert brukertilfredshet',
			'Fastlegekrise',
			'Blind målstyring',
			'Forebyggingen uteblir',
			'Mangel på fagfolk'
		]) {
			expect(all).not.toContain(problem);
		}
		expect(pledgesOf('ap-oslo').every((p) => p.section === 'Oslo Arbeiderparti vil:')).toBe(true);
		expect(pledgesOf('ap-oslo')[0]?.lines).toEqual([205, 207]);
	});

	it('reads the indented " ● Styrke bemanningen." item that follows without a blank line', () => {
		expect(pledgeAt('ap-oslo', 237)).toMatchObject({
			lines: [237, 237],
			printedLines: [120, 120],
			text: 'At det skal bli flere hele stillinger i helse- og omsorgstjenestene.'
		});
		expect(pledgeAt('ap-oslo', 238)).toMatchObject({
			lines: [238, 242],
			printedLines: [121, 123],
			text: 'Styrke bemanningen. Helseforetakene og kommunene må ansette flere sykepleiere og spesialistsykepleiere. Det må også ansettes flere helsesekretærer, så annet helsepersonell kan få mer tid til pasientsentrerte og kliniske oppgaver.'
		});
	});

	it('joins wrapped items, including one without a final full stop', () => {
		expect(pledgeAt('ap-oslo', 225)).toMatchObject({
			lines: [225, 229],
			printedLines: [114, 116],
			text: 'At organiseringen av tjenestene av sykehusene skal sette pasienten og helsetjenestens beste på kort og lang sikt først. Vedtaksmyndighet må flyttes nærmere pasient og bruker, og innsatsstyrt finansiering reduseres.'
		});
		expect(pledgeAt('ap-oslo', 262)).toMatchObject({
			lines: [262, 266],
			printedLines: [133, 135],
			text: 'At regjeringen er med på å finansiere ALIS-ordninger (allmennleger i spesialisering), der kommunene får støtte til rekrutteringsstillinger som kan bidra til at flere leger kommer inn i fastlegeordningen'
		});
		expect(pledgeAt('ap-oslo', 268)).toMatchObject({
			lines: [268, 270],
			printedLines: [136, 137],
			text: 'Styrke satsingen på IT-systemer som snakker sammen på tvers av tjenestene, samtidig som pasientenes personvern ivaretas.'
		});
		expect(pledgeAt('ap-oslo', 256).text).toBe(
			'At antallet LIS1-stillinger, (turnusleger) i sykehusene og kommunene økes, slik at vi utdanner flere leger til spesialisering og fastlegeordningen.'
		);
	});
});

describe('extractPledges: every pledge', () => {
	it('has a unique id <document>-<7 base-36 chars> equal to the FNV-1a hash of its text', () => {
		const ids = seeds().pledges.map((p) => p.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const p of seeds().pledges) {
			expect(p.id).toMatch(/^[a-z0-9-]+-[0-9a-z]{7}$/);
			expect(p.id).toBe(`${p.document}-${referenceHash(p.text)}`);
		}
	});

	it('carries the metadata of its document and a printed span only for PDF documents', () => {
		for (const d of seeds().documents) {
			for (const p of pledgesOf(d.meta.id)) {
				expect(p.party).toBe(d.meta.party);
				expect(p.organisation).toBe(d.meta.organisation);
				expect(p.region).toBe(d.meta.region);
				expect(p.printedLines === undefined).toBe(!d.meta.printedLineNumbers);
			}
		}
	});

	it('has clean text: no bullet, no doubled or no-break space, no printed number', () => {
		for (const p of seeds().pledges) {
			expect(p.text).not.toMatch(/^[•●–-]|\s{2}|\u00a0|^\s|\s$/);
			expect(p.section).toMatch(/:$/);
		}
		expect(pledgesOf('sp-akershus').some((p) => /\b4[2-9]\b/.test(p.text))).toBe(false);
		expect(pledgesOf('ap-oslo').some((p) => /\b1[0-3]\d\b/.test(p.text))).toBe(false);
	});

	it('points at the right lines: a bullet on the first line, the text found exactly there', () => {
		for (const d of seeds().documents) {
			for (const p of pledgesOf(d.meta.id)) {
				const first = d.lines[p.lines[0] - 1]?.text ?? '';
				expect(first).toMatch(/^\s*[•●–-][ \u00a0]/);
				expect(d.lines[p.lines[1] - 1]?.text.trim()).not.toBe('');
				expect(findQuote(d, p.text).map((m) => m.lines)).toContainEqual(p.lines);
			}
		}
	});

	it('has the same id when the items of a list are reordered', () => {
		const h = doc('h-nasjonal');
		const items = h.lines.slice(8, 23);
		const reordered: SourceDocument = {
			meta: h.meta,
			lines: [...h.lines.slice(0, 8), ...items.reverse()].map((l, i) => ({ ...l, line: i + 1 }))
		};
		const before = new Map(pledgesOf('h-nasjonal').map((p) => [p.text, p.id]));
		const after = extractPledges(reordered);
		expect(after).toHaveLength(15);
		for (const p of after) expect(p.id).toBe(before.get(p.text));
	});

	it('is deterministic', () => {
		const d = doc('ap-oslo');
		expect(extractPledges(d)).toEqual(extractPledges(d));
	});
});

describe('isPledgeLeadIn', () => {
	const oslo = doc('ap-oslo');
	it.each([
		['Oslo Arbeiderparti vil:', true],
		['Arbeiderpartiet vil:', true],
		['I helse og omsorgspolitikken vil Arbeiderpartiet prioritere:', true],
		['For å sikre kvalitet i eldreomsorgen vil Arbeiderpartiet:', true],
		['Vi vil:', true],
		['Oppsummert fører disse utfordringene til:', false],
		['pasientene. Oppsummert fører disse utfordringene til:', false],
		[
			'tid. Kommunene fikk større ansvar for helsetjenesten. Særlig viktig var pasientforløpet:',
			false
		],
		['Oslo Arbeiderparti vil ikke ha et todelt helsevesen, men', false],
		['Dette har Oslo Arbeiderparti fått til:', false],
		['samarbeid enn i dag. Oslo Arbeiderparti vil:', true],
		['Høyres løsninger:', false]
	])('%j → %s (for Oslo Arbeiderparti)', (line, expected) => {
		expect(isPledgeLeadIn(line, oslo)).toBe(expected);
	});

	it('recognises the party name from the organisation, or from the party when given', () => {
		expect(isPledgeLeadIn('Høyres løsninger:', doc('h-nasjonal'))).toBe(true);
		expect(isPledgeLeadIn('Årsmøtet i Akershus Senterparti vil:', doc('sp-akershus'))).toBe(true);
		expect(isPledgeLeadIn('Senterpartiet vil:', doc('sp-akershus'))).toBe(true);
		expect(isPledgeLeadIn('Sp vil:', doc('sp-nasjonal'))).toBe(false);
		const sp = seeds().metadata.parties.find((p) => p.id === 'sp');
		expect(isPledgeLeadIn('Sp vil:', doc('sp-nasjonal'), sp)).toBe(true);
	});
});

describe('extractPledges: synthetic documents', () => {
	it('takes the lead-in sentence when it shares a line with the paragraph before', () => {
		const d = synthetic('Slutten på et avsnitt. Oslo Arbeiderparti vil:\n- Gjøre noe.\n');
		expect(extractPledges(d).map((p) => [p.section, p.text])).toEqual([
			['Oslo Arbeiderparti vil:', 'Gjøre noe.']
		]);
	});

	it('does not join a paragraph after a blank line to an item in a web document', () => {
		const d = synthetic(
			'Oslo Arbeiderparti vil:\n- Gjøre noe\n\nEn ny avsnittstekst\n- Ikke et løfte.\n'
		);
		expect(extractPledges(d).map((p) => [p.text, p.lines])).toEqual([['Gjøre noe', [2, 2]]]);
	});

	it('in a PDF document, continues over blank lines until a line that is not a continuation', () => {
		const d = synthetic(
			'Oslo Arbeiderparti vil: 1\n\n• Gjøre 2\n\n\nnoe med 3\n\nLIS1-stillinger. 4\n\nNy tekst. 5\n• Ikke et løfte. 6\n',
			{ printedLineNumbers: true }
		);
		expect(extractPledges(d)).toEqual([
			expect.objectContaining({
				lines: [3, 8],
				printedLines: [2, 4],
				text: 'Gjøre noe med LIS1-stillinger.'
			})
		]);
	});

	it('does not continue an unfinished item with a caption, a lead-in or a heading', () => {
		const d = synthetic(
			'Vi vil:\n- Første\nEn kvinne. Foto: NN\nVi vil:\n- Andre\n1. Neste kapittel\nVi vil:\n- Tredje\n Kort overskrift\n'
		);
		expect(extractPledges(d).map((p) => p.text)).toEqual(['Første', 'Andre', 'Tredje']);
	});

	it('accepts •, ●, – and - bullets, indented, with a space or a no-break space', () => {
		const d = synthetic('Vi vil:\n• a.\n  ● b.\n–\u00a0c.\n\t- d.\n-e.\n');
		expect(extractPledges(d).map((p) => p.text)).toEqual(['a.', 'b.', 'c.', 'd.']);
	});

	it('throws when two pledges of a document get the same id', () => {
		const d = synthetic('Vi vil:\n- Det samme.\n- Det samme.\n');
		expect(() => extractPledges(d)).toThrow(/test\.txt: pledges at lines 2 and 3 .*same text/);
	});
});
