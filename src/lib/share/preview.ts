/**
 * The link preview image of a shared result (1200 × 630, Open Graph and Twitter cards), as a
 * tree of plain elements that satori lays out at build time (`load.ts` renders it). Pure: the
 * words come in from the messages, the colour from the party data. It says only what the path
 * already makes public (the edition and the top party), never an answer.
 */

/** The size every messaging app shows without cropping. */
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

/** An element as satori reads it (the shape of a React element, without React). */
export interface PreviewNode {
	type: 'div';
	props: { style: Record<string, string | number>; children?: (PreviewNode | string)[] | string };
}

export interface PreviewText {
	/** Small, on top: the site and the edition. */
	kicker: string;
	/** The big line, e.g. «Mest enig med Senterpartiet». */
	title: string;
	/** Under it: what the link offers. */
	lead: string;
}

const div = (style: PreviewNode['props']['style'], children?: PreviewNode['props']['children']) =>
	({
		type: 'div',
		props: { style, ...(children === undefined ? {} : { children }) }
	}) satisfies PreviewNode;

/**
 * The preview card: `text` on white, a band in `colour` (the party's, or a neutral grey for a
 * result without one top party) along the left edge.
 */
export function previewTree(text: PreviewText, colour: string): PreviewNode {
	return div(
		{
			width: PREVIEW_SIZE.width,
			height: PREVIEW_SIZE.height,
			display: 'flex',
			backgroundColor: '#ffffff',
			color: '#1a1a1a',
			fontFamily: 'Source Sans 3'
		},
		[
			div({ width: 40, height: PREVIEW_SIZE.height, backgroundColor: colour }),
			div(
				{
					display: 'flex',
					flexDirection: 'column',
					justifyContent: 'center',
					padding: '0 80px',
					width: PREVIEW_SIZE.width - 40
				},
				[
					div({ fontSize: 36, fontWeight: 400, color: '#4a4a4a', marginBottom: 24 }, text.kicker),
					div({ fontSize: 84, fontWeight: 700, lineHeight: 1.1, marginBottom: 32 }, text.title),
					div({ fontSize: 40, fontWeight: 400, lineHeight: 1.3, color: '#333333' }, text.lead)
				]
			)
		]
	);
}
