/**
 * The content in nynorsk and English: the translations kept beside the bokmål in the
 * statements file (`nn:` and `en:` blocks, see content/README.md), checked for completeness
 * and applied to the resolved dataset. Pure.
 *
 * The bokmål is the source of truth: ids, stances, quotes (verbatim, as the party wrote
 * them) and the dataset version come from it, so the scoring input is the same in every
 * language. Only the voter-visible texts differ.
 */
import {
	DEFAULT_LOCALE,
	TRANSLATED_LOCALES,
	type Locale,
	type TranslatedLocale
} from './locales.ts';
import type { RawContent, Translations } from './schema.ts';
import type { Dataset, ResolvedPosition } from './types.ts';

/** One voter-visible text: where it is in the statements file and whether it is translated. */
export interface TranslatableText {
	/** The statement it belongs to; undefined for a topic's name. */
	statement?: string;
	/** The topic it belongs to, for a topic's name. */
	topic?: string;
	/**
	 * The bokmål field, relative to the statement (`text`, `background`,
	 * `positions.ap-oslo.reason`) or to the topic (`name`).
	 */
	field: string;
	/** Its line in the statements file, when known. */
	line?: number;
	/** The bokmål text. */
	nb: string;
	/** The text in each translated language; undefined where it is missing. */
	translations: { [L in TranslatedLocale]: string | undefined };
}

/** A translation without a bokmål text beside it (e.g. an `nn.background` without `background`). */
export interface StrayTranslation {
	statement?: string;
	topic?: string;
	/** The translated field, e.g. `nn.background` or `positions.sp-nasjonal.en.reason`. */
	field: string;
	line?: number;
}

function translationsOf<Fields>(
	owner: Translations<Fields>,
	key: keyof Fields
): { [L in TranslatedLocale]: string | undefined } {
	return Object.fromEntries(
		TRANSLATED_LOCALES.map((locale) => {
			const value = owner[locale]?.[key];
			return [locale, typeof value === 'string' ? value : undefined];
		})
	) as { [L in TranslatedLocale]: string | undefined };
}

/**
 * Every voter-visible text of the statements file, in file order: each topic's name, each
 * statement's text and background, and each position's reason (a position without a bokmål
 * reason has nothing to translate yet: the report fails it as a missing reason). Not the
 * quotes, which stay as the party wrote them, and not the editors' `rationale`.
 */
export function translatableTexts(raw: RawContent): TranslatableText[] {
	const texts: TranslatableText[] = [];
	const at = (path: string) => raw.lines.get(path);
	const push = (text: Omit<TranslatableText, 'line'>, path: string) => {
		const line = at(path);
		texts.push(line === undefined ? text : { ...text, line });
	};
	raw.topics.forEach((topic, i) => {
		push(
			{
				topic: topic.id,
				field: 'name',
				nb: topic.name,
				translations: translationsOf(topic, 'name')
			},
			`topics[${i}].name`
		);
	});
	raw.statements.forEach((statement, i) => {
		const base = { statement: statement.id };
		push(
			{
				...base,
				field: 'text',
				nb: statement.text,
				translations: translationsOf(statement, 'text')
			},
			`statements[${i}].text`
		);
		if (statement.background !== undefined) {
			push(
				{
					...base,
					field: 'background',
					nb: statement.background,
					translations: translationsOf(statement, 'background')
				},
				`statements[${i}].background`
			);
		}
		for (const [document, position] of Object.entries(statement.positions)) {
			if (position.reason === undefined) continue;
			push(
				{
					...base,
					field: `positions.${document}.reason`,
					nb: position.reason,
					translations: translationsOf(position, 'reason')
				},
				`statements[${i}].positions.${document}.reason`
			);
		}
	});
	return texts;
}

/** What the content report checks of the translations (`checkTranslations`). */
export interface TranslationCheck {
	texts: TranslatableText[];
	stray: StrayTranslation[];
}

/** Every voter-visible text with its translations, and every stray translation. */
export function checkTranslations(raw: RawContent): TranslationCheck {
	return { texts: translatableTexts(raw), stray: strayTranslations(raw) };
}

/**
 * The path of a text's translation into `locale`: the language before the field's name
 * (`nn.text`, `positions.ap-oslo.en.reason`, `nn.name`).
 */
export function translatedField(field: string, locale: TranslatedLocale): string {
	const dot = field.lastIndexOf('.');
	return dot === -1 ? `${locale}.${field}` : `${field.slice(0, dot)}.${locale}${field.slice(dot)}`;
}

/** Translations with no bokmål beside them: they would never be shown. */
export function strayTranslations(raw: RawContent): StrayTranslation[] {
	const stray: StrayTranslation[] = [];
	const push = (entry: Omit<StrayTranslation, 'line'>, path: string) => {
		const line = raw.lines.get(path);
		stray.push(line === undefined ? entry : { ...entry, line });
	};
	raw.statements.forEach((statement, i) => {
		for (const locale of TRANSLATED_LOCALES) {
			if (statement.background === undefined && statement[locale]?.background !== undefined) {
				push(
					{ statement: statement.id, field: `${locale}.background` },
					`statements[${i}].${locale}.background`
				);
			}
			for (const [document, position] of Object.entries(statement.positions)) {
				if (position.reason === undefined && position[locale]?.reason !== undefined) {
					const field = `positions.${document}.${locale}.reason`;
					push({ statement: statement.id, field }, `statements[${i}].${field}`);
				}
			}
		}
	});
	return stray;
}

/**
 * `dataset` (resolved from `raw`, in bokmål) with its voter-visible texts in `locale`: topic
 * names, statement texts and backgrounds, and the reasons of every position. Everything else
 * (ids, `version`, stances, quotes, documents, parties, edition names) is shared with
 * the bokmål dataset. A text not yet translated stays in bokmål: `content:check` fails until
 * every text has its translation, so a published site never shows one.
 */
export function localizeDataset(dataset: Dataset, raw: RawContent, locale: Locale): Dataset {
	if (locale === DEFAULT_LOCALE) return dataset;
	const rawTopics = new Map(raw.topics.map((t) => [t.id, t]));
	const rawStatements = new Map(raw.statements.map((s) => [s.id, s]));
	const localizePosition = (statementId: string, position: ResolvedPosition): ResolvedPosition => {
		const positions = rawStatements.get(statementId)?.positions;
		return {
			...position,
			reasons: position.reasons.map(({ document, text }) => ({
				document,
				text:
					(positions && Object.hasOwn(positions, document) ? positions[document] : undefined)?.[
						locale
					]?.reason ?? text
			}))
		};
	};
	return {
		...dataset,
		topics: dataset.topics.map((topic) => ({
			...topic,
			name: rawTopics.get(topic.id)?.[locale]?.name ?? topic.name
		})),
		statements: dataset.statements.map((statement) => {
			const translated = rawStatements.get(statement.id)?.[locale];
			const localized = { ...statement, text: translated?.text ?? statement.text };
			if (statement.background !== undefined) {
				localized.background = translated?.background ?? statement.background;
			}
			return localized;
		}),
		editions: dataset.editions.map((edition) => ({
			...edition,
			parties: edition.parties.map((party) => ({
				...party,
				positions: Object.fromEntries(
					Object.entries(party.positions).map(([id, position]) => [
						id,
						localizePosition(id, position)
					])
				)
			}))
		}))
	};
}
