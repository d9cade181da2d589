import { describe, expect, it } from 'vitest';
import { PREVIEW_SIZE, previewTree, type PreviewNode } from './preview.ts';

/** Every text in the tree, in order. */
const texts = (node: PreviewNode | string): string[] =>
	typeof node === 'string'
		? [node]
		: typeof node.props.children === 'string'
			? [node.props.children]
			: (node.props.children ?? []).flatMap(texts);

describe('previewTree', () => {
	it('holds the three lines at 1200 × 630, the band in the given colour', () => {
		const tree = previewTree({ kicker: 'K', title: 'Mest enig med X', lead: 'L' }, '#123456');
		expect(texts(tree)).toEqual(['K', 'Mest enig med X', 'L']);
		expect([tree.props.style.width, tree.props.style.height]).toEqual([
			PREVIEW_SIZE.width,
			PREVIEW_SIZE.height
		]);
		const [band] = tree.props.children as PreviewNode[];
		expect(band!.props.style.backgroundColor).toBe('#123456');
	});
});
