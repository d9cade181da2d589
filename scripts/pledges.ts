/**
 * Lists the pledges found in the seed documents.
 *
 *   npm run pledges              readable table per document
 *   npm run --silent pledges -- --json   JSON array of pledges on stdout
 */
import { pledgeJson } from '../src/lib/pledges/json.ts';
import { loadSeeds } from '../src/lib/pledges/load.ts';

const USAGE = `Usage: npm run pledges [-- options]

Lists the pledges extracted from the documents in seeds/ (see seeds/documents.yaml).

Options:
  --json      print only a JSON array of pledges on stdout
  -h, --help  print this help
`;

function truncate(text: string, width: number): string {
	const chars = [...text];
	if (chars.length <= width) return text;
	return `${chars.slice(0, Math.max(0, width - 1)).join('')}…`;
}

function pad(text: string, width: number): string {
	return text + ' '.repeat(Math.max(0, width - [...text].length));
}

function span([start, end]: [number, number]): string {
	return start === end ? String(start) : `${start}–${end}`;
}

function printTable(seeds: ReturnType<typeof loadSeeds>): void {
	const width = Math.max(60, process.stdout.columns ?? 100);
	const out: string[] = [];
	for (const doc of seeds.documents) {
		const { meta } = doc;
		const pledges = seeds.pledges.filter((p) => p.document === meta.id);
		const where = meta.region ?? 'national';
		out.push(
			`${meta.id} · ${meta.organisation} · ${where} · seeds/${meta.file}`,
			`  ${pledges.length} pledge${pledges.length === 1 ? '' : 's'} in ${doc.lines.length} lines`
		);
		const rows = pledges.map((p) => ({
			id: p.id,
			lines: `L${span(p.lines)}${p.printedLines ? ` (p${span(p.printedLines)})` : ''}`,
			text: p.text
		}));
		const idWidth = Math.max(0, ...rows.map((r) => r.id.length));
		const linesWidth = Math.max(0, ...rows.map((r) => r.lines.length));
		let section: string | null = null;
		pledges.forEach((p, i) => {
			const row = rows[i];
			if (!row) return;
			if (p.section !== section) {
				section = p.section;
				out.push(`  ${truncate(section, width - 2)}`);
			}
			const prefix = `    ${pad(row.id, idWidth)}  ${pad(row.lines, linesWidth)}  `;
			out.push(prefix + truncate(row.text, Math.max(20, width - prefix.length)));
		});
		out.push('');
	}
	const documents = seeds.documents.length;
	out.push(`${seeds.pledges.length} pledges in ${documents} document${documents === 1 ? '' : 's'}`);
	process.stdout.write(`${out.join('\n')}\n`);
}

function main(args: string[]): number {
	let json = false;
	for (const arg of args) {
		if (arg === '--json') json = true;
		else if (arg === '--help' || arg === '-h') {
			process.stdout.write(USAGE);
			return 0;
		} else {
			process.stderr.write(`pledges: unknown option ${JSON.stringify(arg)}\n\n${USAGE}`);
			return 2;
		}
	}
	let seeds: ReturnType<typeof loadSeeds>;
	try {
		seeds = loadSeeds();
	} catch (error) {
		process.stderr.write(`pledges: ${error instanceof Error ? error.message : String(error)}\n`);
		return 1;
	}
	if (json) process.stdout.write(`${JSON.stringify(seeds.pledges.map(pledgeJson), null, 2)}\n`);
	else printTable(seeds);
	return 0;
}

process.exitCode = main(process.argv.slice(2));
