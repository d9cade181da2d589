/**
 * «Last ned bilde»: the voter's result as an image for stories (1080 × 1920) or a square post
 * (1080 × 1080), drawn in the browser from the results view model. Pure: this module gives
 * what to draw, top to bottom (text blocks and one bar per party, in the ranking's order);
 * a small canvas painter in the components draws it. The words come in from the messages.
 */
import type { RankingRow, ResultsView } from '#lib/results/index.ts';

export const IMAGE_FORMATS = {
	story: { width: 1080, height: 1920 },
	square: { width: 1080, height: 1080 }
} as const;
export type ImageFormat = keyof typeof IMAGE_FORMATS;
/** The formats in the order they are offered. */
export const IMAGE_FORMAT_NAMES: readonly ImageFormat[] = ['story', 'square'];

/** A block of the image, drawn top to bottom at the image's margin. */
export type ImageBlock =
	| {
			kind: 'text';
			text: string;
			/** Font size in pixels; lines are 1.25 of it. */
			size: number;
			weight: 400 | 700;
			muted: boolean;
			/** Space below the block, in pixels. */
			gap: number;
	  }
	| {
			kind: 'bar';
			/** The party's name, over the bar. */
			label: string;
			/** The percentage (or why there is none), at the bar's right end. */
			value: string;
			/** 0–1 of the full width. */
			fraction: number;
			colour: string;
			size: number;
			gap: number;
	  };

export interface ImageLayout {
	width: number;
	height: number;
	/** Margin on every side, in pixels. */
	margin: number;
	/** Where the first block starts. */
	top: number;
	blocks: ImageBlock[];
	/** Drawn at the bottom margin: where the image comes from. */
	footer: string;
}

export interface ImageText {
	kicker: string;
	title: string;
	verdict: string;
	label: (row: RankingRow) => string;
	value: (row: RankingRow) => string;
	footer: string;
}

/** Space kept above the bottom margin for the footer. */
const FOOTER_SPACE = 60;

/**
 * What the image of `view` in `format` shows, worded by `text`. The bars shrink with many
 * parties so that everything fits above the footer (the verdict may take two lines).
 */
export function imageLayout(view: ResultsView, format: ImageFormat, text: ImageText): ImageLayout {
	const { width, height } = IMAGE_FORMATS[format];
	const story = format === 'story';
	const margin = 80;
	const top = story ? 260 : 90;
	const words: ImageBlock[] = [
		{ kind: 'text', text: text.kicker, size: 38, weight: 400, muted: true, gap: 24 },
		{ kind: 'text', text: text.title, size: story ? 80 : 68, weight: 700, muted: false, gap: 28 },
		{ kind: 'text', text: text.verdict, size: story ? 46 : 40, weight: 400, muted: false, gap: 64 }
	];
	const wordsHeight = words.reduce((y, b) => y + 2 * b.size * 1.25 + b.gap, 0);
	const gapRatio = story ? 1.2 : 0.8;
	// A bar block is its label line and bar (2 × size) and its gap.
	const room =
		(height - margin - FOOTER_SPACE - top - wordsHeight) / Math.max(1, view.ranking.length);
	const bar = Math.min(story ? 44 : 38, Math.floor(room / (2 + gapRatio)));
	return {
		width,
		height,
		margin,
		top,
		blocks: [
			...words,
			...view.ranking.map((row): ImageBlock => ({
				kind: 'bar',
				label: text.label(row),
				value: text.value(row),
				fraction: row.percent === null ? 0 : row.percent / 100,
				colour: row.party.colour,
				size: bar,
				gap: Math.round(bar * gapRatio)
			}))
		],
		footer: text.footer
	};
}
