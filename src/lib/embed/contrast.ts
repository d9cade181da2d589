/**
 * Colour contrast after WCAG 2.2 (relative luminance, contrast ratio), for the embed's `accent`:
 * a newsroom's colour replaces the site's accent only in the colour schemes where it keeps AA
 * contrast in every role the accent plays.
 */

/** A colour as `#rrggbb` (lower case). */
export type Hex = `#${string}`;

/**
 * The backgrounds the accent is drawn on or against, per colour scheme: `--bg` and `--bg-soft`
 * of `src/app.css` (a test checks they agree). The accent is link and button text on them, the
 * fill under `--accent-fg` button text (white in light, near-black in dark: each at least as far
 * from the accent as the page behind it), and borders and bars beside them.
 */
export const SCHEME_BACKGROUNDS = {
	light: ['#ffffff', '#f3f5f8'],
	dark: ['#11161d', '#1b222c']
} as const satisfies Record<Scheme, readonly Hex[]>;

export type Scheme = 'light' | 'dark';
export const SCHEMES: readonly Scheme[] = ['light', 'dark'];

/** AA for normal text (WCAG 1.4.3); it covers the 3:1 of borders and bars (1.4.11) too. */
export const AA_TEXT = 4.5;

/** `#rgb`, `#rrggbb`, with or without the `#`, as `#rrggbb`; undefined for anything else. */
export function parseHex(value: string): Hex | undefined {
	const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value);
	if (!match) return undefined;
	const digits = match[1]!.toLowerCase();
	const six = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
	return `#${six}`;
}

/** WCAG relative luminance of a `#rrggbb` colour. */
export function luminance(hex: Hex): number {
	const channel = (i: number) => {
		const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** WCAG contrast ratio of two colours, 1–21. */
export function contrast(a: Hex, b: Hex): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

/** The lowest contrast of `hex` against the backgrounds of `scheme`. */
export function worstContrast(hex: Hex, scheme: Scheme): number {
	return Math.min(...SCHEME_BACKGROUNDS[scheme].map((bg) => contrast(hex, bg)));
}
