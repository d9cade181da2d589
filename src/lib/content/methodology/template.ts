/**
 * Data values in methodology Markdown: ICU MessageFormat placeholders (`{statements}`,
 * `{parties, plural, one {…} other {…}}`, `{n, number, count}`) filled at build time with
 * `intl-messageformat`, then rendered by the one Markdown pipeline (`../markdown.ts`).
 *
 * Values never become Markdown: every value the message prints (a string, or a number as
 * formatted) is replaced by a private-use placeholder before the Markdown is parsed, and the
 * placeholder by the HTML-escaped value afterwards. So a party name with `*`, `[`, `<` or a
 * backtick shows as written, in running text, code spans and tables alike, and a value can
 * never form a link target (a placeholder inside one is an error).
 *
 * Numbers are formatted by the messages layer's formatter, passed in (`NumberWords`):
 * `{n}` and `{n, number}` as a decimal, `{n, number, count}` as a count in words ("fem"),
 * `{n, number, countNeuter}` with the neuter one ("ett"), `{n, number, percent}` as a
 * whole percentage (58 → "58 %"), `{n, number, integer}` as a whole number. Other number
 * styles, skeletons, dates and rich-text tags are refused.
 *
 * Pure: no Svelte, DOM or Node. Build time only (the route's server `load`).
 */
import IntlMessageFormat, { type Formats, type Formatters } from 'intl-messageformat';
import {
	escapeHtml,
	linkTargets,
	renderInline,
	renderMarkdown,
	type MarkdownOptions,
	type SafeHtml
} from '../markdown.ts';

/** The formatting the messages layer owns (`m.format`, `m.count`), passed in. */
export interface NumberWords {
	readonly locale: string;
	decimal(value: number): string;
	integer(n: number): string;
	percent(n: number): string;
	count(n: number, neuter?: boolean): string;
}

/** Markdown text with its place in a file, for error messages. */
export interface Source {
	readonly file: string;
	/** 1-based line of the file where `text` begins. */
	readonly line: number;
	readonly text: string;
	/** The file's line of each line of `text`, when they are not consecutive. */
	readonly lines?: readonly number[];
}

/** A problem in a methodology file, at a line. */
export interface MethodologyIssue {
	file: string;
	line: number;
	message: string;
}

/** Broken methodology content: every issue, one per line as `file:line: message`. */
export class MethodologyError extends Error {
	readonly issues: MethodologyIssue[];

	constructor(issues: MethodologyIssue[]) {
		super(issues.map((i) => `${i.file}:${i.line}: ${i.message}`).join('\n'));
		this.name = 'MethodologyError';
		this.issues = issues;
	}
}

/** An already templated piece of Markdown (a message's output), inserted as Markdown. */
export class Fragment {
	constructor(
		readonly markdown: string,
		readonly owner: Templater
	) {}
}

/** What a placeholder may be given. */
export type TemplateValue = string | number | boolean | Fragment;
export type TemplateValues = Readonly<Record<string, TemplateValue>>;

type Ast = ReturnType<IntlMessageFormat['getAst']>;
type AstElement = Ast[number];

// Element types of @formatjs/icu-messageformat-parser (TYPE).
const LITERAL = 0;
const ARGUMENT = 1;
const NUMBER = 2;
const SELECT = 5;
const PLURAL = 6;

/** Our number styles, marked so that they survive `intl-messageformat`'s merging of formats. */
const STYLE = Symbol('number style');
type NumberStyle = 'count' | 'countNeuter' | 'percent' | 'integer';
type NumberOptions = Formats['number'][string];
const style = (name: NumberStyle) => ({ [STYLE]: name }) as NumberOptions;
const FORMATS: Partial<Formats> = {
	number: {
		count: style('count'),
		countNeuter: style('countNeuter'),
		percent: style('percent'),
		integer: style('integer')
	}
};

const OPEN = '\ue000';
const CLOSE = '\ue001';
const PLACEHOLDER = /\ue000(\d+)\ue001/g;

/** Fills ICU placeholders and renders the result through the Markdown pipeline. */
export class Templater {
	readonly #words: NumberWords;
	readonly #texts: string[] = [];
	readonly #formatters: Formatters;

	constructor(words: NumberWords) {
		this.#words = words;
		const number = (options?: NumberOptions) => {
			const name = (options as { [STYLE]?: NumberStyle } | undefined)?.[STYLE];
			if (options !== undefined && name === undefined)
				throw new Error('unsupported number format: use count, countNeuter, percent or integer');
			return {
				format: (value: number) => this.#hold(this.#formatNumber(value, name))
			} as Intl.NumberFormat;
		};
		this.#formatters = {
			getNumberFormat: (_locales, options) => number(options),
			getPluralRules: (locales, options) => new Intl.PluralRules(locales, options),
			getDateTimeFormat: () => {
				throw new Error('dates are not supported in methodology Markdown');
			}
		};
	}

	#formatNumber(value: number, name: NumberStyle | undefined): string {
		const w = this.#words;
		switch (name) {
			case 'count':
				return w.count(value);
			case 'countNeuter':
				return w.count(value, true);
			case 'percent':
				return w.percent(value);
			case 'integer':
				return w.integer(value);
			default:
				return w.decimal(value);
		}
	}

	/** A placeholder for `text`, replaced by the escaped text after rendering. */
	#hold(text: string): string {
		this.#texts.push(text);
		return `${OPEN}${this.#texts.length - 1}${CLOSE}`;
	}

	/** Prints string values as held text, number values through our formatter. */
	#bind(elements: Ast, values: TemplateValues): Ast {
		return elements.map((element): AstElement => {
			if (element.type === ARGUMENT && Object.hasOwn(values, element.value)) {
				const value = values[element.value]!;
				if (typeof value === 'number')
					return { ...element, type: NUMBER, style: null } as AstElement;
				if (typeof value === 'string')
					return { type: LITERAL, value: this.#hold(value), location: element.location };
				if (value instanceof Fragment) {
					if (value.owner !== this) throw new Error('a fragment of another templater');
					return { type: LITERAL, value: value.markdown, location: element.location };
				}
			}
			if (element.type === SELECT || element.type === PLURAL) {
				const options = Object.fromEntries(
					Object.entries(element.options).map(([key, option]) => [
						key,
						{ ...option, value: this.#bind(option.value, values) }
					])
				);
				return { ...element, options } as AstElement;
			}
			return element;
		});
	}

	/** The message's output: Markdown with held values, to insert into another message. */
	fragment(source: Source, values: TemplateValues): Fragment {
		if (source.text.includes(OPEN) || source.text.includes(CLOSE))
			throw issue(source, 1, 'the characters U+E000 and U+E001 are reserved');
		let ast: Ast;
		try {
			ast = new IntlMessageFormat(source.text, this.#words.locale, FORMATS, {
				ignoreTag: true,
				requiresOtherClause: false,
				formatters: this.#formatters
			}).getAst();
		} catch (error) {
			const location = (error as { location?: { start: { line: number } } }).location;
			throw issue(
				source,
				location?.start.line ?? 1,
				`invalid placeholder syntax: ${message(error)}`
			);
		}
		try {
			const format = new IntlMessageFormat(this.#bind(ast, values), this.#words.locale, FORMATS, {
				formatters: this.#formatters
			});
			// Strings and fragments are already literals in the bound AST; numbers and select keys
			// are what the formatter still reads.
			const plain = Object.fromEntries(
				Object.entries(values).filter(
					(entry): entry is [string, Exclude<TemplateValue, Fragment>] =>
						!(entry[1] instanceof Fragment)
				)
			);
			return new Fragment(String(format.format(plain)), this);
		} catch (error) {
			throw issue(source, 1, message(error));
		}
	}

	/** A fragment from Markdown that is already templated (e.g. a list of fragments). */
	join(fragments: readonly Fragment[], join: (parts: string[]) => string): Fragment {
		for (const f of fragments)
			if (f.owner !== this) throw new Error('a fragment of another templater');
		return new Fragment(join(fragments.map((f) => f.markdown)), this);
	}

	/** Markdown blocks with placeholders filled, as HTML. */
	blocks(source: Source, values: TemplateValues, options: MarkdownOptions = {}): SafeHtml {
		const markdown = this.#checked(source, this.fragment(source, values).markdown);
		return this.#release(renderMarkdown(markdown, options));
	}

	/** One line of inline Markdown with placeholders filled, as HTML. */
	inline(source: Source, values: TemplateValues): SafeHtml {
		const markdown = this.#checked(source, this.fragment(source, values).markdown);
		return this.#release(renderInline(markdown.trim()));
	}

	/** A message's output as plain text (a label): no Markdown, values as they are. */
	text(source: Source, values: TemplateValues): string {
		const markdown = this.fragment(source, values).markdown.trim();
		return markdown.replace(PLACEHOLDER, (_, i: string) => this.#texts[Number(i)]!);
	}

	#checked(source: Source, markdown: string): string {
		if (linkTargets(markdown).some((target) => target.includes(OPEN)))
			throw issue(source, 1, 'a placeholder cannot be (part of) a link or image target');
		return markdown;
	}

	#release(html: SafeHtml): SafeHtml {
		return html.replace(PLACEHOLDER, (_, i: string) =>
			escapeHtml(this.#texts[Number(i)]!)
		) as SafeHtml;
	}
}

/**
 * The names of the placeholders `text` uses, including those inside plural and select
 * branches, sorted and without repeats; null when the text is not valid ICU (the templater
 * reports that with its line).
 */
export function placeholderNames(text: string): string[] | null {
	let ast: Ast;
	try {
		ast = new IntlMessageFormat(text, undefined, FORMATS, {
			ignoreTag: true,
			requiresOtherClause: false
		}).getAst();
	} catch {
		return null;
	}
	const names = new Set<string>();
	const walk = (elements: Ast) => {
		for (const element of elements) {
			if ('value' in element && element.type >= ARGUMENT && element.type <= PLURAL)
				names.add(element.value);
			if (element.type === SELECT || element.type === PLURAL)
				for (const option of Object.values(element.options)) walk(option.value);
		}
	};
	walk(ast);
	return [...names].sort();
}

function message(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

function issue(source: Source, lineInSource: number, text: string): MethodologyError {
	const line = source.lines?.[lineInSource - 1] ?? source.line + lineInSource - 1;
	return new MethodologyError([{ file: source.file, line, message: text }]);
}
