import { describe, expect, it } from 'vitest';
import { seeds } from '#lib/pledges/test-support.ts';
import { DEFAULT_LOCALE, isLocale, LOCALES, TRANSLATED_LOCALES } from './locales.ts';
import { resolveDataset } from './resolve.ts';
import { ContentError, formatIssue, parseStatements } from './schema.ts';
import {
	FIXTURE_EN,
	FIXTURE_NN,
	fixturePledgeTopics,
	statementsYaml,
	type FixtureStatement
} from './test-support.ts';
import {
	checkTranslations,
	localizeDataset,
	translatableTexts,
	translatedField
} from './translate.ts';

const FILE = 'test.yaml';
const SP_LIST = 'Listelengden og legevaktbelastningen må reduseres';
const H_TEAMS = 'Etablere oppfølgingsteam i primærhelsetjenesten';

const STATEMENTS: FixtureStatement[] = [
	{
		id: 's1',
		background: 'Bakgrunn.',
		positions: {
			'sp-nasjonal': { stance: 2, quotes: [SP_LIST] },
			'h-nasjonal': { stance: -1, quotes: [H_TEAMS], reason: 'Høyre sier noe annet.' }
		}
	},
	{ id: 's2', positions: { 'sp-nasjonal': { stance: -2, quotes: [SP_LIST] } } }
];

function parsed(statements: FixtureStatement[] = STATEMENTS) {
	return parseStatements(statementsYaml(statements), FILE);
}

function resolved(statements: FixtureStatement[] = STATEMENTS) {
	const raw = parsed(statements);
	const { dataset, problems } = resolveDataset(raw, seeds(), fixturePledgeTopics(seeds().pledges));
	expect(problems).toEqual([]);
	return { raw, dataset };
}

describe('locales', () => {
	it('lists bokmål first, then the languages translated into', () => {
		expect(LOCALES[0]).toBe(DEFAULT_LOCALE);
		expect(TRANSLATED_LOCALES).toEqual(LOCALES.filter((l) => l !== 'nb'));
		expect(LOCALES.every(isLocale)).toBe(true);
		expect([isLocale('se'), isLocale('NB'), isLocale(undefined)]).toEqual([false, false, false]);
	});
});

describe('the translation blocks of the statements file', () => {
	it('are read beside the bokmål of a topic, a statement and a position', () => {
		const raw = parsed();
		expect(raw.topics[0]).toEqual({
			id: 'helse',
			name: 'Helse',
			nn: { name: 'Helse' },
			en: { name: 'Health' }
		});
		const [s1] = raw.statements;
		expect(s1?.nn).toEqual({ text: FIXTURE_NN.text('s1'), background: FIXTURE_NN.background });
		expect(s1?.en).toEqual({ text: FIXTURE_EN.text('s1'), background: FIXTURE_EN.background });
		expect(s1?.positions['sp-nasjonal']?.nn).toEqual({ reason: FIXTURE_NN.reason });
		expect(s1?.positions['h-nasjonal']?.en).toEqual({ reason: FIXTURE_EN.reason });
	});

	it('reject unknown fields and a reason of several sentences, naming statement and field', () => {
		const yaml = statementsYaml([
			{
				id: 's1',
				nn: { text: 'Ein påstand.', tekst: 'Feil.' } as never,
				positions: {
					'sp-nasjonal': { stance: 2, quotes: [SP_LIST], en: 'One. Two sentences.' }
				}
			}
		]).replace('    en:\n      text:', '    fr:\n      text:');
		let error: unknown;
		try {
			parseStatements(yaml, FILE);
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(ContentError);
		const messages = (error as ContentError).issues.map((issue) => formatIssue(FILE, issue));
		expect(messages).toEqual([
			expect.stringMatching(/^test\.yaml: statement "s1": nn: unknown field "tekst" \(line \d+\)$/),
			expect.stringMatching(/^test\.yaml: statement "s1": unknown field "fr" \(line \d+\)$/),
			expect.stringMatching(
				/^test\.yaml: statement "s1": positions\.sp-nasjonal\.en\.reason: expected one sentence in English for voters, at most 200 characters; it has 2 sentences /
			)
		]);
	});
});

describe('translatableTexts', () => {
	it('lists every voter-visible text in file order, with its translations, and not the quotes', () => {
		const texts = translatableTexts(parsed());
		expect(texts.map((t) => [t.topic ?? t.statement, t.field])).toEqual([
			['helse', 'name'],
			['omsorg', 'name'],
			['s1', 'text'],
			['s1', 'background'],
			['s1', 'positions.sp-nasjonal.reason'],
			['s1', 'positions.h-nasjonal.reason'],
			['s2', 'text'],
			['s2', 'positions.sp-nasjonal.reason']
		]);
		expect(texts[5]).toMatchObject({
			nb: 'Høyre sier noe annet.',
			translations: { nn: FIXTURE_NN.reason, en: FIXTURE_EN.reason }
		});
		expect(texts.every((t) => typeof t.line === 'number')).toBe(true);
	});

	it('marks a missing translation, and a position without a bokmål reason has none to translate', () => {
		const texts = translatableTexts(
			parsed([
				{
					id: 's1',
					nn: null,
					en: { text: 'Only the text.' },
					background: 'Bakgrunn.',
					positions: { 'sp-nasjonal': { stance: 2, quotes: [SP_LIST], reason: null } }
				}
			])
		);
		const s1 = texts.filter((t) => t.statement === 's1');
		expect(s1.map((t) => [t.field, t.translations])).toEqual([
			['text', { nn: undefined, en: 'Only the text.' }],
			['background', { nn: undefined, en: undefined }]
		]);
	});

	it('finds a translation with no bokmål beside it', () => {
		const { stray } = checkTranslations(
			parsed([
				{
					id: 's1',
					nn: { text: 'Ein påstand.', background: 'Ingen bokmål.' },
					positions: {}
				}
			])
		);
		expect(stray).toEqual([{ statement: 's1', field: 'nn.background', line: expect.any(Number) }]);
	});

	it('names the translated field with the language before the field', () => {
		expect(translatedField('text', 'nn')).toBe('nn.text');
		expect(translatedField('positions.ap-oslo.reason', 'en')).toBe('positions.ap-oslo.en.reason');
	});
});

describe('localizeDataset', () => {
	it('gives the voter-visible texts in the language and keeps everything else', () => {
		const { raw, dataset } = resolved();
		expect(localizeDataset(dataset, raw, 'nb')).toBe(dataset);
		for (const locale of TRANSLATED_LOCALES) {
			const fixture = locale === 'nn' ? FIXTURE_NN : FIXTURE_EN;
			const localized = localizeDataset(dataset, raw, locale);
			expect(localized.version).toBe(dataset.version);
			expect(localized.topics.map((t) => t.name)).toEqual(raw.topics.map((t) => t[locale]?.name));
			expect(localized.statements).toEqual([
				{ ...dataset.statements[0], text: fixture.text('s1'), background: fixture.background },
				{ ...dataset.statements[1], text: fixture.text('s2') }
			]);
			for (const [e, edition] of localized.editions.entries()) {
				for (const [p, party] of edition.parties.entries()) {
					const original = dataset.editions[e]!.parties[p]!;
					expect(party.party).toBe(original.party);
					for (const [id, position] of Object.entries(party.positions)) {
						const { reasons, ...rest } = original.positions[id]!;
						expect(position).toEqual({
							...rest,
							reasons: reasons.map(({ document }) => ({ document, text: fixture.reason }))
						});
					}
				}
			}
		}
	});

	it('leaves a text not yet translated in bokmål (content:check fails it)', () => {
		const { raw, dataset } = resolved([
			{ id: 's1', nn: { background: 'Berre bakgrunnen.' }, background: 'Bakgrunn.', positions: {} }
		]);
		const nn = localizeDataset(dataset, raw, 'nn');
		expect(nn.statements[0]).toMatchObject({
			text: 'Påstand s1.',
			background: 'Berre bakgrunnen.'
		});
	});

	it('does not change the version: a translation is not a change of the statements', () => {
		const one = resolved().dataset;
		const other = resolved(
			STATEMENTS.map((s) => ({ ...s, nn: { text: 'Ein heilt annan tekst.' } }))
		).dataset;
		expect(other.version).toBe(one.version);
	});
});
