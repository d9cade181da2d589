/**
 * The site configuration (`content/site.yaml`): who publishes the valgomat, for which
 * election or occasion, the day its content was last checked, and where to ask for a
 * correction. Pure: takes the file's bytes or text, returns a typed `SiteConfig` or throws a
 * `ContentError` naming the file, the field and the line.
 *
 * Every value may be left unset (null): the pages then show an obvious placeholder and
 * `content:check` warns (`unsetSiteFields`).
 */
import { z } from 'zod';
import type { PublishedDate } from '#lib/pledges/types.ts';
import { dateField, expected, isHttpsUrl } from '#lib/pledges/validation.ts';
import { issueAt, readYaml, type FileIssue } from '#lib/pledges/yaml.ts';
import {
	DEFAULT_LOCALE,
	EDITOR_LANGUAGE_NAMES,
	TRANSLATED_LOCALES,
	type Locale,
	type TranslatedLocale
} from '../locales.ts';
import { ContentError } from '../schema.ts';

/** Where voters ask for a correction: an e-mail address, an `https:` page or a postal address. */
export type Contact =
	| { readonly kind: 'email'; readonly address: string }
	| { readonly kind: 'url'; readonly url: string }
	| { readonly kind: 'postal'; readonly lines: readonly string[] };

export interface SiteConfig {
	/** The publisher's name; null when unset. */
	readonly publisher: string | null;
	/** The election or occasion, e.g. "Kommunevalget 2027"; null when unset. */
	readonly occasion: string | null;
	/** The day the content was last checked against the documents; null when unset. */
	readonly lastChecked: Exclude<PublishedDate, 'unknown'> | null;
	readonly corrections: Contact | null;
	/**
	 * The site's public origin (`https://valg.avis.no`, no path): share previews need absolute
	 * image addresses. Null (or left out) when unset: the pages then give relative ones.
	 */
	readonly origin?: string | null;
}

/** The fields of the site configuration, in the order the pages show them. */
export const SITE_FIELDS = [
	'publisher',
	'occasion',
	'lastChecked',
	'corrections'
] as const satisfies (keyof SiteConfig)[];
export type SiteField = (typeof SITE_FIELDS)[number];

/** A configuration with nothing set (what the pages show as placeholders). */
export const UNSET_SITE: SiteConfig = {
	publisher: null,
	occasion: null,
	lastChecked: null,
	corrections: null,
	origin: null
};

/** The longest name the pages lay out (publisher, occasion). */
const MAX_NAME = 120;

/** A name on one line. */
const nameField = (what: string) =>
	z
		.string(expected(what))
		.regex(/\S/, expected(what))
		.refine((v) => !/[\r\n]/.test(v), expected(`${what} on one line`))
		.refine(
			(v) => v.trim().length <= MAX_NAME,
			expected(`${what} of at most ${MAX_NAME} characters`)
		)
		.transform((v) => v.trim());

/** `navn@avis.no`: no spaces, nothing a `mailto:` link would have to escape. */
const EMAIL = /^[^\s@<>()[\]\\,;:"'?#&%/]+@(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}$/u;
/** Anything that starts like a link (`https:`, `http:`, `mailto:`, `javascript:`). */
const SCHEME = /^[a-z][a-z0-9+.-]*:\S/i;
/** A web address without its scheme, e.g. `www.avis.no/rettelser`. */
const BARE_ADDRESS = /^[^\s@]+\.[a-z]{2,}(?:[/?#]\S*)?$/i;

const CONTACT = 'an e-mail address, an https:// address or a postal address';

/** Reads a corrections contact: which kind it is, and whether it is a valid one of that kind. */
function contactOf(value: string): Contact | string {
	const text = value.trim();
	if (SCHEME.test(text)) {
		if (/^mailto:/i.test(text)) return 'write the e-mail address without "mailto:"';
		if (!isHttpsUrl(text)) return 'only https:// addresses are linked';
		return { kind: 'url', url: text };
	}
	if (text.includes('@')) {
		return EMAIL.test(text) ? { kind: 'email', address: text } : 'not a valid e-mail address';
	}
	if (BARE_ADDRESS.test(text)) return 'write a web address in full, starting with https://';
	const lines = text
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line !== '');
	if (!lines.some((line) => /\p{L}/u.test(line))) return 'not an address';
	return { kind: 'postal', lines };
}

const contactField = z.string(expected(CONTACT)).transform((value, ctx): Contact => {
	const contact = contactOf(value);
	if (typeof contact !== 'string') return contact;
	ctx.addIssue({
		code: 'custom',
		message: `expected ${CONTACT}, got ${JSON.stringify(value)}: ${contact}`,
		input: value
	});
	return z.NEVER;
});

/**
 * The fields of the site configuration that are written in each language: the `nn:` and `en:`
 * blocks hold them in nynorsk and English (the publisher's name, the date and the contact are
 * the same in every language).
 */
export const TRANSLATED_SITE_FIELDS = ['occasion'] as const satisfies SiteField[];
type TranslatedSiteField = (typeof TRANSLATED_SITE_FIELDS)[number];

/** A translation block (`nn:`, `en:`): the translated fields in that language. */
const translationSchema = (locale: TranslatedLocale) =>
	z
		.strictObject(
			{
				occasion: nameField(`the election or occasion in ${EDITOR_LANGUAGE_NAMES[locale]}`)
					.nullable()
					.optional()
			},
			expected(`a mapping with occasion in ${EDITOR_LANGUAGE_NAMES[locale]}`)
		)
		.nullable()
		.optional();

/** `https://host[:port]` with nothing after it (a trailing `/` is allowed): kept as the URL's origin. */
const originField = z
	.string(expected("the site's https:// origin"))
	.refine(
		(v) => isHttpsUrl(v) && new URL(v).origin === v.replace(/\/$/, ''),
		expected("the site's https:// origin, without a path (e.g. https://valg.avis.no)")
	)
	.transform((v) => new URL(v).origin);

const siteSchema = z.strictObject(
	{
		publisher: nameField("the publisher's name").nullable().optional(),
		occasion: nameField('the election or occasion').nullable().optional(),
		nn: translationSchema('nn'),
		en: translationSchema('en'),
		lastChecked: dateField('the day the content was last checked').nullable().optional(),
		corrections: contactField.nullable().optional(),
		origin: originField.nullable().optional()
	},
	expected('a mapping with publisher, occasion, lastChecked, corrections and origin')
);

function messageOf(issue: z.core.$ZodIssue): string {
	if (issue.code === 'unrecognized_keys') {
		const keys = issue.keys.map((k) => JSON.stringify(k)).join(', ');
		const known =
			issue.path.length === 0
				? [...SITE_FIELDS, 'origin', ...TRANSLATED_LOCALES]
				: TRANSLATED_SITE_FIELDS;
		return `unknown field${issue.keys.length > 1 ? 's' : ''} ${keys}; expected ${known.join(', ')}`;
	}
	return issue.message;
}

/** The site configuration file as written: in bokmål, with the translated fields. */
export interface SiteFile {
	/** The configuration in bokmål. */
	readonly config: SiteConfig;
	/** The translated fields in each language; null where unset. */
	readonly translations: Readonly<
		Record<TranslatedLocale, Readonly<Record<TranslatedSiteField, string | null>>>
	>;
	/** The line of each field, keyed by its path (for messages). */
	readonly lines: ReadonlyMap<string, number>;
}

/**
 * Parses and validates the site configuration. `fileName` (e.g. `content/site.yaml`) labels
 * the messages. Throws a `ContentError` listing every problem: YAML that would be read
 * differently from how it looks (`readYaml`), unknown fields, names that are blank, too long
 * or on several lines, a date that is not `YYYY-MM-DD`, and a corrections contact that is
 * not an e-mail address, an `https:` address or a postal address. A missing or `null` value
 * is unset (not an error).
 */
export function parseSiteFile(source: string | Uint8Array, fileName: string): SiteFile {
	const yaml = readYaml(source);
	if (!yaml.ok) throw new ContentError(fileName, yaml.issues);
	const { data, lines } = yaml;
	// An empty file (or one holding only comments) sets nothing.
	const result = siteSchema.safeParse(data ?? {});
	if (!result.success) {
		throw new ContentError(
			fileName,
			result.error.issues.map((issue) =>
				issueAt(
					lines,
					issue.path,
					messageOf(issue),
					issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path
				)
			)
		);
	}
	const site = result.data;
	return {
		config: {
			publisher: site.publisher ?? null,
			occasion: site.occasion ?? null,
			lastChecked: site.lastChecked ?? null,
			corrections: site.corrections ?? null,
			origin: site.origin ?? null
		},
		translations: Object.fromEntries(
			TRANSLATED_LOCALES.map((locale) => [locale, { occasion: site[locale]?.occasion ?? null }])
		) as SiteFile['translations'],
		lines
	};
}

/**
 * The site configuration in `locale`: the translated fields in that language, bokmål where
 * a translation is missing (which `content:check` fails: `siteTranslationIssues`).
 */
export function siteIn(file: SiteFile, locale: Locale): SiteConfig {
	if (locale === DEFAULT_LOCALE) return file.config;
	const translated = file.translations[locale];
	return { ...file.config, occasion: translated.occasion ?? file.config.occasion };
}

/**
 * {@link parseSiteFile}, in `locale` (default bokmål): the configuration the pages of that
 * language show.
 */
export function parseSite(
	source: string | Uint8Array,
	fileName: string,
	locale: Locale = DEFAULT_LOCALE
): SiteConfig {
	return siteIn(parseSiteFile(source, fileName), locale);
}

/**
 * The translations the site configuration lacks or has in excess: a translated field set in
 * bokmål needs its `nn:` and `en:` translation (the pages of every language show it), and a
 * translation of a field left unset would never be shown.
 */
export function siteTranslationIssues(file: SiteFile): FileIssue[] {
	const issues: FileIssue[] = [];
	for (const locale of TRANSLATED_LOCALES) {
		for (const field of TRANSLATED_SITE_FIELDS) {
			const set = file.config[field] !== null;
			const translated = file.translations[locale][field] !== null;
			if (set === translated) continue;
			issues.push(
				issueAt(
					file.lines,
					[locale, field],
					set
						? `missing the ${EDITOR_LANGUAGE_NAMES[locale]} ${field}: \`${field}\` is set, so the ${EDITOR_LANGUAGE_NAMES[locale]} pages need it too (write it under \`${locale}:\`)`
						: `a ${EDITOR_LANGUAGE_NAMES[locale]} ${field} while \`${field}\` is unset: set both, or neither`,
					set ? [field] : [locale, field]
				)
			);
		}
	}
	return issues;
}

/** The fields left unset, in page order: each shows a placeholder, and `content:check` warns. */
export function unsetSiteFields(site: SiteConfig): SiteField[] {
	return SITE_FIELDS.filter((field) => site[field] === null);
}
