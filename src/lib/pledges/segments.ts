import type { Pledge, SourceLine } from './types.ts';

export type Segment =
	| { kind: 'text'; lines: SourceLine[] }
	| { kind: 'pledge'; pledge: Pick<Pledge, 'id' | 'lines'>; lines: SourceLine[] };

/**
 * Split a document's lines into runs of plain text and runs that make up one
 * pledge, in file order, so a page can render each pledge as one block.
 * Every line appears in exactly one segment. Pledge spans must not overlap.
 */
export function segmentLines(
	lines: readonly SourceLine[],
	pledges: readonly Pick<Pledge, 'id' | 'lines'>[]
): Segment[] {
	const sorted = [...pledges].sort((a, b) => a.lines[0] - b.lines[0]);
	const segments: Segment[] = [];
	let next = 0;
	for (const line of lines) {
		const pledge = sorted[next];
		if (pledge && line.line >= pledge.lines[0] && line.line <= pledge.lines[1]) {
			const last = segments.at(-1);
			if (last?.kind === 'pledge' && last.pledge.id === pledge.id) last.lines.push(line);
			else segments.push({ kind: 'pledge', pledge, lines: [line] });
			if (line.line === pledge.lines[1]) next++;
			continue;
		}
		const last = segments.at(-1);
		if (last?.kind === 'text') last.lines.push(line);
		else segments.push({ kind: 'text', lines: [line] });
	}
	return segments;
}
