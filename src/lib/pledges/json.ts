import type { Pledge } from './types.ts';

/**
 * A pledge with its keys in the documented order (`printedLines` only when
 * present): the shape of `npm run pledges -- --json` and of the open data.
 */
export function pledgeJson(p: Pledge): Pledge {
	return {
		id: p.id,
		document: p.document,
		party: p.party,
		organisation: p.organisation,
		region: p.region,
		lines: p.lines,
		...(p.printedLines ? { printedLines: p.printedLines } : {}),
		section: p.section,
		text: p.text
	};
}
