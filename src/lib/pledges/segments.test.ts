import { describe, expect, it } from 'vitest';
import { segmentLines } from './segments.ts';
import type { SourceLine } from './types.ts';

const lines: SourceLine[] = Array.from({ length: 8 }, (_, i) => ({
	line: i + 1,
	printed: null,
	text: `line ${i + 1}`
}));

describe('segmentLines', () => {
	it('groups each pledge span into one segment and keeps every line once, in order', () => {
		const segments = segmentLines(lines, [
			{ id: 'b', lines: [6, 7] },
			{ id: 'a', lines: [2, 4] }
		]);
		expect(segments.map((s) => (s.kind === 'pledge' ? s.pledge.id : 'text'))).toEqual([
			'text',
			'a',
			'text',
			'b',
			'text'
		]);
		expect(segments.flatMap((s) => s.lines.map((l) => l.line))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
		expect(segments[1]?.lines.map((l) => l.line)).toEqual([2, 3, 4]);
	});

	it('separates adjacent pledges', () => {
		const segments = segmentLines(lines, [
			{ id: 'a', lines: [1, 2] },
			{ id: 'b', lines: [3, 3] }
		]);
		expect(segments.map((s) => s.kind)).toEqual(['pledge', 'pledge', 'text']);
	});

	it('returns a single text segment when there are no pledges', () => {
		expect(segmentLines(lines, [])).toEqual([{ kind: 'text', lines }]);
	});
});
