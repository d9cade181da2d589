/**
 * Reading the share-layout registry, and rendering the link preview images at build time
 * (Node only): satori lays out the pure
 * `previewTree` with Source Sans 3 (self-hosted from @fontsource, WOFF as satori cannot read
 * WOFF2), resvg turns the SVG into a PNG. Only prerendered endpoints import this file, so none
 * of it reaches the browser.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { PREVIEW_SIZE, type PreviewNode } from './preview.ts';
import {
	NO_LAYOUTS,
	SHARE_LAYOUTS_ENV,
	SHARE_LAYOUTS_FILE,
	layoutIssues,
	type ShareLayouts
} from './layouts.ts';

/**
 * The published layouts of `edition` only (what its shared result pages need), from the
 * registry (`SHARE_LAYOUTS_ENV` names another file); none when the file is missing or unsound
 * (content:check fails on both).
 */
export function loadShareLayouts(edition: string, root = process.cwd()): ShareLayouts {
	let value: unknown;
	try {
		value = JSON.parse(
			readFileSync(resolve(root, process.env[SHARE_LAYOUTS_ENV] || SHARE_LAYOUTS_FILE), 'utf8')
		);
	} catch {
		return NO_LAYOUTS;
	}
	if (layoutIssues(value).length > 0) return NO_LAYOUTS;
	const { editions } = value as ShareLayouts;
	return { format: 1, editions: { [edition]: editions[edition] ?? [] } };
}

const FONT_DIR = 'node_modules/@fontsource/source-sans-3/files';

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

function loadFonts() {
	fonts ??= ([400, 700] as const).map((weight) => ({
		name: 'Source Sans 3',
		data: readFileSync(
			resolve(process.cwd(), FONT_DIR, `source-sans-3-latin-${weight}-normal.woff`)
		),
		weight,
		style: 'normal' as const
	}));
	return fonts;
}

/** The PNG of a preview card, 1200 × 630. */
export async function renderPreview(tree: PreviewNode): Promise<Uint8Array> {
	const svg = await satori(tree, { ...PREVIEW_SIZE, fonts: loadFonts() });
	return new Resvg(svg, { fitTo: { mode: 'width', value: PREVIEW_SIZE.width } }).render().asPng();
}
