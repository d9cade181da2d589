/**
 * The embed's URL parameters: parsed, validated, and built back. Every value is untrusted
 * (any page can frame the embed with any URL): nothing here throws, an unknown or invalid
 * parameter is ignored with exactly one warning (for the console, in English: it is for the
 * newsroom developer, not the voter), and the options never carry a value that was not checked.
 */
import { REGIONS, type RegionId } from '#lib/pledges/types.ts';
import { AA_TEXT, parseHex, SCHEMES, worstContrast, type Hex, type Scheme } from './contrast.ts';

export type Theme = 'light' | 'dark' | 'auto';
export const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

export interface EmbedOptions {
	/** The edition to open (skips the area question); undefined: the voter chooses. */
	edition: RegionId | undefined;
	/** Forced colour scheme, or `auto` (the reader's setting). */
	theme: Theme;
	/** The newsroom's accent for each colour scheme in which it keeps AA contrast. */
	accent: Partial<Record<Scheme, Hex>>;
	/** Hide the intro text: heading, first statement and the start button stay. */
	plain: boolean;
	/** The id height messages carry (`id`, or pym.js's `childId`). */
	id: string;
}

export const DEFAULT_EMBED_ID = 'valgomat';
export const DEFAULT_OPTIONS: EmbedOptions = {
	edition: undefined,
	theme: 'auto',
	accent: {},
	plain: false,
	id: DEFAULT_EMBED_ID
};

/** An id a host can match messages by: letters, digits, `-` and `_`, at most 64. */
const EMBED_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Parameters pym.js parents add to the iframe's URL; read (`childId`) or ignored, never warned about. */
const PYM_PARAMS = ['initialWidth', 'parentUrl', 'parentTitle'];

const KNOWN = ['edition', 'theme', 'dark', 'accent', 'plain', 'id', 'childId', 'lang'];

/** The schemes the embed can show in with `theme`. */
export function schemesOf(theme: Theme): readonly Scheme[] {
	return theme === 'auto' ? SCHEMES : [theme];
}

/** A value as it may appear in a warning: short, on one line. */
function shown(value: string): string {
	const flat = [...value].map((c) => (c < ' ' || c === '\u007f' ? ' ' : c)).join('');
	return JSON.stringify(flat.length > 40 ? `${flat.slice(0, 40)}…` : flat);
}

const warn = (name: string, value: string, why: string) =>
	`valgomat embed: ignored ${name}=${shown(value)}: ${why}`;

/** `plain`, Datawrapper style: present, `1` or `true` is on; `0` or `false` is off. */
function parseFlag(value: string): boolean | undefined {
	const v = value.trim().toLowerCase();
	return v === '' || v === '1' || v === 'true'
		? true
		: v === '0' || v === 'false'
			? false
			: undefined;
}

/** The accent kept in each scheme `theme` can show, and a warning for a scheme that lost it. */
export function accentFor(
	hex: Hex,
	theme: Theme
): { accent: Partial<Record<Scheme, Hex>>; failed: { scheme: Scheme; ratio: number }[] } {
	const accent: Partial<Record<Scheme, Hex>> = {};
	const failed: { scheme: Scheme; ratio: number }[] = [];
	for (const scheme of schemesOf(theme)) {
		const ratio = worstContrast(hex, scheme);
		if (ratio >= AA_TEXT) accent[scheme] = hex;
		else failed.push({ scheme, ratio });
	}
	return { accent, failed };
}

/** What becomes of an accent a newsroom types (the editors' page says it as it is typed). */
export type AccentReport =
	{ kind: 'none' | 'invalid' | 'kept' | 'rejected' } | { kind: 'partly'; failed: Scheme[] };

export function accentReport(value: string, theme: Theme): AccentReport {
	if (value.trim() === '') return { kind: 'none' };
	const hex = parseHex(value.trim());
	if (!hex) return { kind: 'invalid' };
	const { failed } = accentFor(hex, theme);
	if (failed.length === 0) return { kind: 'kept' };
	if (failed.length === schemesOf(theme).length) return { kind: 'rejected' };
	return { kind: 'partly', failed: failed.map((f) => f.scheme) };
}

/**
 * The options a query string (`location.search`, with or without `?`) asks for, and one
 * warning per parameter that was ignored (unknown, invalid, repeated, or an accent that would
 * not keep AA contrast in a scheme the embed can show).
 */
export function parseEmbedParams(search: string): { options: EmbedOptions; warnings: string[] } {
	const options: EmbedOptions = { ...DEFAULT_OPTIONS, accent: {} };
	const warnings: string[] = [];
	const first = new Map<string, string>();
	for (const [name, value] of new URLSearchParams(search)) {
		if (PYM_PARAMS.includes(name)) continue;
		if (!KNOWN.includes(name)) {
			warnings.push(warn(name, value, 'unknown parameter'));
		} else if (first.has(name)) {
			warnings.push(warn(name, value, 'given more than once; the first value is used'));
		} else {
			first.set(name, value);
		}
	}
	const get = (name: string) => first.get(name);

	const edition = get('edition');
	if (edition !== undefined) {
		const id = REGIONS.find((r) => r === edition.trim().toLowerCase());
		if (id) options.edition = id;
		else warnings.push(warn('edition', edition, `use ${REGIONS.join(' or ')}`));
	}

	const theme = get('theme');
	const dark = get('dark');
	if (theme !== undefined) {
		const t = THEMES.find((x) => x === theme.trim().toLowerCase());
		if (t) options.theme = t;
		else warnings.push(warn('theme', theme, `use ${THEMES.join(', ')}`));
	}
	if (dark !== undefined) {
		// Datawrapper's name for the same thing: dark=true|false|auto.
		const v = dark.trim().toLowerCase();
		const t =
			v === 'auto'
				? 'auto'
				: parseFlag(v) === undefined
					? undefined
					: parseFlag(v)
						? 'dark'
						: 'light';
		if (theme !== undefined) warnings.push(warn('dark', dark, 'theme is given'));
		else if (t) options.theme = t;
		else warnings.push(warn('dark', dark, 'use true, false or auto'));
	}

	const accent = get('accent');
	if (accent !== undefined) {
		const hex = parseHex(accent.trim());
		if (!hex) {
			warnings.push(warn('accent', accent, 'use a hex colour such as 1d4f91'));
		} else {
			const kept = accentFor(hex, options.theme);
			options.accent = kept.accent;
			if (kept.failed.length > 0) {
				const why = kept.failed
					.map(({ scheme, ratio }) => `${ratio.toFixed(2)}:1 on the ${scheme} background`)
					.join(', ');
				const where = kept.failed.length === schemesOf(options.theme).length ? '' : ' there';
				warnings.push(
					warn(
						'accent',
						accent,
						`contrast ${why}, below ${AA_TEXT}:1; the site's accent is kept${where}`
					)
				);
			}
		}
	}

	const plain = get('plain');
	if (plain !== undefined) {
		const on = parseFlag(plain);
		if (on === undefined) warnings.push(warn('plain', plain, 'use plain, plain=1 or plain=0'));
		else options.plain = on;
	}

	const id = get('id');
	const childId = get('childId');
	if (id !== undefined && childId !== undefined) {
		warnings.push(warn('childId', childId, 'id is given'));
	}
	const givenId = id ?? childId;
	if (givenId !== undefined) {
		if (EMBED_ID.test(givenId)) options.id = givenId;
		else
			warnings.push(
				warn(id === undefined ? 'childId' : 'id', givenId, 'use up to 64 letters, digits, - or _')
			);
	}

	const lang = get('lang');
	if (lang !== undefined) {
		warnings.push(
			warn('lang', lang, 'the language is chosen by the path (/nn/embed/, /en/embed/)')
		);
	}
	return { options, warnings };
}

/** What a newsroom chooses for its embed (the editors' page builds it, the loader passes it on). */
export interface EmbedChoice {
	theme: Theme;
	/** As typed, validated by `parseEmbedParams` when the embed reads it. */
	accent: string;
	plain: boolean;
}

/** The query string for `choice`, defaults left out (`''` or `?…`). */
export function embedQuery(choice: EmbedChoice, id?: string): string {
	const params = new URLSearchParams();
	if (choice.theme !== 'auto') params.set('theme', choice.theme);
	const hex = parseHex(choice.accent.trim());
	if (hex) params.set('accent', hex.slice(1));
	if (choice.plain) params.set('plain', '1');
	if (id !== undefined) params.set('id', id);
	const query = params.toString();
	return query === '' ? '' : `?${query}`;
}

/** The query that asks for `options` again (links between embed pages carry only checked values). */
export function queryOf(options: EmbedOptions): string {
	const accent = options.accent.light ?? options.accent.dark ?? '';
	const { theme, plain, id } = options;
	return embedQuery({ theme, accent, plain }, id === DEFAULT_EMBED_ID ? undefined : id);
}
