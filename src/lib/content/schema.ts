/**
 * Parsing and validating the statements file (`content/statements.yaml`): the
 * topics, the statements and each document's position on them. Pure: takes the
 * YAML text, returns typed raw content or throws a `ContentError` listing every
 * problem with the file, the statement id and the field path.
 *
 * Provenance (do the quotes occur in the documents?) is checked later, by
 * `resolveDataset` in `resolve.ts`.
 */
import { z } from 'zod';
import { expected, formatPath, idField, textField } from '#lib/pledges/validation.ts';
import { formatFileIssue, issueAt, readYaml, type FileIssue } from '#lib/pledges/yaml.ts';
import type { Stance } from '#lib/scoring/types.ts';
import { EDITOR_LANGUAGE_NAMES, TRANSLATED_LOCALES, type TranslatedLocale } from './locales.ts';
import { sentenceCount } from './sentences.ts';
import type { Direction, Statement, Topic } from './types.ts';

/** One problem with the content, as precise as it can be located. */
export interface ContentIssue extends FileIssue {
	/**
	 * The file the problem is in, when it is not the file the issue is reported for (the
	 * statements file): e.g. `content/pledge-topics.yaml`.
	 */
	file?: string;
	/** The statement the problem is in, when it is inside one (and its id is known). */
	statement?: string;
	/**
	 * Field path: relative to the statement when `statement` is set (e.g.
	 * `positions.sp-nasjonal.stance`), else from the top of the file (e.g. `topics[2].id`).
	 * Empty when the problem concerns no particular field.
	 */
	path: string;
}

/**
 * `<file>: statement "<id>": <path>: <message> (line <n>)`, or
 * `<file>:<line>[:<column>]: <message>` for a problem with the YAML itself.
 */
export function formatIssue(defaultFile: string, issue: ContentIssue): string {
	return formatFileIssue(
		issue.file ?? defaultFile,
		issue,
		issue.statement === undefined ? '' : `statement "${issue.statement}": `
	);
}

/** Broken content. `message` lists every issue, one per line (see {@link formatIssue}). */
export class ContentError extends Error {
	readonly file: string;
	readonly issues: ContentIssue[];

	constructor(file: string, issues: ContentIssue[]) {
		super(issues.map((issue) => formatIssue(file, issue)).join('\n'));
		this.name = 'ContentError';
		this.file = file;
		this.issues = issues;
	}
}

/** A quote as written in the statements file: verbatim text, or a reference to a pledge. */
export type QuoteRef = string | { pledge: string };

/**
 * The translations of a part of the statements file: an `nn:` and an `en:` block beside the
 * bokmål, each holding the same voter-visible fields in that language. Every field is
 * optional in the schema while a translation is being written; the content report fails on
 * a missing one (`translationFindings`).
 */
export type Translations<Fields> = { [L in TranslatedLocale]?: Partial<Fields> };

/** The voter-visible fields of a topic, as translated. */
export type TopicTexts = Pick<Topic, 'name'>;
/** The voter-visible fields of a statement, as translated. */
export type StatementTexts = Pick<Statement, 'text' | 'background'>;
/** The voter-visible field of a position, as translated. */
export type PositionTexts = { reason: string };

/** A topic as written in the statements file: its bokmål name and its translations. */
export type RawTopic = Topic & Translations<TopicTexts>;

/** One document's position on a statement, as written in the statements file. */
export interface RawPosition extends Translations<PositionTexts> {
	stance: Stance;
	quotes: QuoteRef[];
	/** The editors' note (English, internal). */
	rationale: string;
	/**
	 * Why the quotes mean the stance, for voters: one bokmål sentence of at most
	 * {@link MAX_REASON_LENGTH} characters. Optional in the schema while the statements file
	 * is being written; the content report fails on a position without one.
	 */
	reason?: string;
}

/**
 * A statement as written in the statements file: in bokmål, with its translations and its
 * positions keyed by document id.
 */
/** A statement as the file has it: its `hash` is computed when the content is resolved. */
export interface RawStatement extends Omit<Statement, 'hash'>, Translations<StatementTexts> {
	positions: Record<string, RawPosition>;
}

/** The statements file, validated but not yet checked against the documents. */
export interface RawContent {
	/** The file name used in messages, e.g. `content/statements.yaml`. */
	file: string;
	topics: RawTopic[];
	statements: RawStatement[];
	/**
	 * The line of each field in the file, keyed by its full path, e.g.
	 * `statements[3].positions.ap-oslo.quotes[0]` (for messages; may be empty).
	 */
	lines: ReadonlyMap<string, number>;
}

export interface ParseOptions {
	/** The known document ids; when given, a position keyed by any other id is an error. */
	documentIds?: readonly string[];
}

// ── Schema ────────────────────────────────────────────────────────────────────

export const DIRECTIONS = ['more-public', 'less-public', 'other'] as const satisfies Direction[];

const id = idField;
const text = textField;

const pledgeRefSchema = z.strictObject(
	{ pledge: text('a pledge id (see `npm run pledges`)') },
	expected('{ pledge: <pledge id> }')
);
const quoteTextSchema = text('a verbatim quote');

/** A quote: a string or `{ pledge: <id> }`, validated by whichever form it has. */
const quoteSchema = z.unknown().transform((value, ctx): QuoteRef => {
	const result =
		typeof value === 'object' && value !== null && !Array.isArray(value)
			? pledgeRefSchema.safeParse(value)
			: quoteTextSchema.safeParse(value);
	if (result.success) return result.data;
	for (const issue of result.error.issues) {
		ctx.addIssue({ code: 'custom', message: messageOf(issue), path: issue.path, input: value });
	}
	return z.NEVER;
});

const STANCE = 'an integer from -2 to 2';

/** The longest reason for voters, in characters. */
export const MAX_REASON_LENGTH = 200;

const reasonWhat = (language: string) =>
	`one sentence in ${language} for voters, at most ${MAX_REASON_LENGTH} characters`;

/** Ends a sentence: `.`, `!` or `?`, then any closing quotation marks or brackets. */
const ENDS_SENTENCE = /[.!?][»”’")]*$/u;

/** Why the quotes mean the stance, for voters: one non-blank sentence, not too long. */
const reasonSchema = (language: string) => {
	const REASON = reasonWhat(language);
	return text(REASON).superRefine((value, ctx) => {
		const reason = value.trim();
		if (reason === '') return; // blank: already reported by `text`
		const length = [...reason].length;
		const sentences = sentenceCount(reason);
		const problem =
			length > MAX_REASON_LENGTH
				? `it has ${length} characters`
				: sentences > 1
					? `it has ${sentences} sentences (a sentence ends at ".", "!" or "?" before a space: write abbreviations out)`
					: !ENDS_SENTENCE.test(reason)
						? 'it does not end with ".", "!" or "?"'
						: null;
		if (problem !== null)
			ctx.addIssue({ code: 'custom', message: `expected ${REASON}; ${problem}` });
	});
};

/**
 * The `nn:` and `en:` blocks of a part of the file: each a mapping holding (some of) the
 * same fields as the bokmål beside it, in that language.
 */
function translationBlocks<Shape extends z.core.$ZodLooseShape>(
	fields: (language: string) => Shape,
	what: string
) {
	const names = (shape: Shape) => Object.keys(shape).join(' and ');
	return Object.fromEntries(
		TRANSLATED_LOCALES.map((locale) => {
			const shape = fields(EDITOR_LANGUAGE_NAMES[locale]);
			return [
				locale,
				z
					.strictObject(
						shape,
						expected(
							`the ${EDITOR_LANGUAGE_NAMES[locale]} ${what} (a mapping with ${names(shape)})`
						)
					)
					.partial()
					.optional()
			];
		})
	) as Record<
		TranslatedLocale,
		z.ZodOptional<z.ZodObject<{ [K in keyof Shape]: z.ZodOptional<Shape[K]> }, z.core.$strict>>
	>;
}

const positionSchema = z.strictObject(
	{
		stance: z
			.int(expected(STANCE))
			.min(-2, expected(STANCE))
			.max(2, expected(STANCE))
			.transform((n) => n as Stance),
		quotes: z
			.array(quoteSchema, expected('a list of quotes'))
			.min(1, expected('at least one quote')),
		rationale: text('a one-line rationale'),
		reason: reasonSchema(EDITOR_LANGUAGE_NAMES.nb).optional(),
		...translationBlocks((language) => ({ reason: reasonSchema(language) }), 'reason')
	},
	expected('a position (a mapping with stance, quotes, rationale and reason)')
);

const topicSchema = z.strictObject(
	{
		id: id('a topic id'),
		name: text('the topic name'),
		...translationBlocks((language) => ({ name: text(`the topic name in ${language}`) }), 'name')
	},
	expected('a topic (a mapping with id and name)')
);

const statementSchema = z.strictObject(
	{
		id: id('a statement id'),
		topic: id('a topic id'),
		text: text('the statement text'),
		background: text('a background text').optional(),
		...translationBlocks(
			(language) => ({
				text: text(`the statement text in ${language}`),
				background: text(`the background text in ${language}`)
			}),
			'texts'
		),
		direction: z.enum(DIRECTIONS, expected(DIRECTIONS.map((d) => JSON.stringify(d)).join(' | '))),
		positions: z.record(
			z.string(),
			positionSchema,
			expected('a mapping from document id to position')
		)
	},
	expected('a statement (a mapping)')
);

const fileSchema = z.strictObject(
	{
		topics: z.array(topicSchema, expected('a list of topics')).min(1, expected('a topic')),
		statements: z
			.array(statementSchema, expected('a list of statements'))
			.min(1, expected('a statement'))
	},
	expected('a mapping with "topics" and "statements"')
);

/** `target` with the translation blocks `source` has (only the fields they set). */
function withTranslations<T extends object, Fields>(
	target: T,
	source: { [L in TranslatedLocale]?: { [K in keyof Fields]?: Fields[K] | undefined } | undefined }
): T & Translations<Fields> {
	const result: T & Translations<Fields> = target;
	for (const locale of TRANSLATED_LOCALES) {
		const block = source[locale];
		if (block === undefined) continue;
		result[locale] = Object.fromEntries(
			Object.entries(block).filter(([, value]) => value !== undefined)
		) as Partial<Fields>;
	}
	return result;
}

function messageOf(issue: z.core.$ZodIssue): string {
	if (issue.code === 'unrecognized_keys') {
		const keys = issue.keys.map((k) => JSON.stringify(k)).join(', ');
		return `unknown field${issue.keys.length > 1 ? 's' : ''} ${keys}`;
	}
	return issue.message;
}

// ── Paths and lines ───────────────────────────────────────────────────────────

type Path = readonly PropertyKey[];

/** A plain-object view of an unknown value, for the defensive cross-reference checks. */
function record(value: unknown): Record<string, unknown> | undefined {
	return typeof value === 'object' && value !== null && !Array.isArray(value)
		? (value as Record<string, unknown>)
		: undefined;
}

/** Locates an issue at a full path: inside a statement when the path is in one. */
function locate(
	data: unknown,
	lines: ReadonlyMap<string, number>,
	path: Path,
	message: string,
	linePath: Path = path
): ContentIssue {
	const where: ContentIssue = issueAt(lines, path, message, linePath);
	if (path[0] === 'statements' && typeof path[1] === 'number') {
		const statements = record(data)?.statements;
		const id = Array.isArray(statements) ? record(statements[path[1]])?.id : undefined;
		if (typeof id === 'string' && id !== '') {
			where.statement = id;
			where.path = formatPath(path.slice(2));
		}
	}
	return where;
}

/** Duplicate ids and references to unknown topics or documents, checked on whatever parsed. */
function crossReferenceIssues(
	data: unknown,
	lines: ReadonlyMap<string, number>,
	options: ParseOptions
): ContentIssue[] {
	const issues: ContentIssue[] = [];
	const top = record(data);
	const topics = Array.isArray(top?.topics) ? top.topics : [];
	const statements = Array.isArray(top?.statements) ? top.statements : [];

	const duplicates = (items: unknown[], list: string, what: string) => {
		const seen = new Map<string, number>();
		items.forEach((item, index) => {
			const value = record(item)?.id;
			if (typeof value !== 'string') return;
			const first = seen.get(value);
			if (first === undefined) seen.set(value, index);
			else
				issues.push(
					locate(
						data,
						lines,
						[list, index, 'id'],
						`duplicate ${what} id ${JSON.stringify(value)} (also ${list}[${first}])`
					)
				);
		});
	};
	duplicates(topics, 'topics', 'topic');
	duplicates(statements, 'statements', 'statement');

	const topicIds = new Set(
		topics.map((t) => record(t)?.id).filter((t): t is string => typeof t === 'string')
	);
	const documentIds = options.documentIds ? new Set(options.documentIds) : undefined;
	statements.forEach((item, index) => {
		const statement = record(item);
		if (!statement) return;
		const topic = statement.topic;
		if (typeof topic === 'string' && topicIds.size > 0 && !topicIds.has(topic)) {
			issues.push(
				locate(
					data,
					lines,
					['statements', index, 'topic'],
					`unknown topic ${JSON.stringify(topic)}; expected one of the topics: ${[...topicIds].join(', ')}`
				)
			);
		}
		const positions = record(statement.positions);
		if (!documentIds || !positions) return;
		for (const documentId of Object.keys(positions)) {
			if (documentIds.has(documentId)) continue;
			issues.push(
				locate(
					data,
					lines,
					['statements', index, 'positions', documentId],
					`unknown document ${JSON.stringify(documentId)}; expected one of the document ids in seeds/documents.yaml: ${[...documentIds].join(', ')}`
				)
			);
		}
	});
	return issues;
}

/**
 * Parses and validates the statements file (its bytes, or decoded text). `fileName` (e.g.
 * `content/statements.yaml`) labels the messages. Throws a `ContentError` listing every
 * problem: YAML that would be read differently from how it looks (`readYaml`: syntax,
 * encoding, tags, a ` #` that ends a text, aliases; with line and column), missing, unknown
 * or mistyped fields (with statement id and field path), duplicate topic or statement ids,
 * statements under an unknown topic, and — when `options.documentIds` is given — positions
 * keyed by an unknown document id.
 */
export function parseStatements(
	yamlText: string | Uint8Array,
	fileName: string,
	options: ParseOptions = {}
): RawContent {
	const yaml = readYaml(yamlText);
	if (!yaml.ok) throw new ContentError(fileName, yaml.issues);
	const { data, lines } = yaml;
	const result = fileSchema.safeParse(data);
	const issues: ContentIssue[] = result.success
		? []
		: result.error.issues.map((issue) =>
				locate(
					data,
					lines,
					issue.path,
					messageOf(issue),
					issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path
				)
			);
	issues.push(...crossReferenceIssues(data, lines, options));
	if (!result.success || issues.length > 0) {
		// In file order (stable; issues without a line last).
		issues.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
		throw new ContentError(fileName, issues);
	}
	const statements = result.data.statements.map((s): RawStatement => {
		const positions: Record<string, RawPosition> = {};
		for (const [document, p] of Object.entries(s.positions)) {
			const position: RawPosition = { stance: p.stance, quotes: p.quotes, rationale: p.rationale };
			if (p.reason !== undefined) position.reason = p.reason;
			positions[document] = withTranslations(position, p);
		}
		const statement: RawStatement = {
			id: s.id,
			topic: s.topic,
			text: s.text,
			direction: s.direction,
			positions
		};
		if (s.background !== undefined) statement.background = s.background;
		return withTranslations(statement, s);
	});
	const topics = result.data.topics.map((t) => withTranslations({ id: t.id, name: t.name }, t));
	return { file: fileName, topics, statements, lines };
}
