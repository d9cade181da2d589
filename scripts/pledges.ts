/**
 * Lists the pledges found in the seed documents.
 *
 *   npm run pledges              readable table per document
 *   npm run --silent pledges -- --json   JSON array of pledges on stdout
 */
import { pathToFileURL } from 'node:url';
import { pledgeJson } from '#lib/pledges/json.ts';
import { loadSeeds } from '#lib/pledges/load.ts';

/** Where the CLI writes, and what it reads: the process by default, a fake in tests. */
export interface Io {
	stdout(text: string): void;
	stderr(text: string): void;
	/** Terminal width, if known. */
	columns?: number;
	/** Repository root holding seeds/ (default: the current directory). */
	root?: string;
}

const PROCESS_IO: Io = {
	stdout: (text) => process.stdout.write(text),
	stderr: (text) => process.stderr.write(text),
	columns: process.stdout.columns
};

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

function table(seeds: ReturnType<typeof loadSeeds>, columns: number | undefined): string {
	const width = Math.max(60, columns ?? 100);
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
	return `${out.join('\n')}\n`;
}

/** Runs the CLI with `args` (without `node` and the script); returns the exit code. */
export function main(args: readonly string[], io: Io = PROCESS_IO): number {
	let json = false;
	for (const arg of args) {
		if (arg === '--json') json = true;
		else if (arg === '--help' || arg === '-h') {
			io.stdout(USAGE);
			return 0;
		} else {
			io.stderr(`pledges: unknown option ${JSON.stringify(arg)}\n\n${USAGE}`);
			return 2;
		}
	}
	let seeds: ReturnType<typeof loadSeeds>;
	try {
		seeds = loadSeeds(io.root);
	} catch (error) {
		io.stderr(`pledges: ${error instanceof Error ? error.message : String(error)}\n`);
		return 1;
	}
	io.stdout(
		json ? `${JSON.stringify(seeds.pledges.map(pledgeJson), null, 2)}\n` : table(seeds, io.columns)
	);
	return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	process.exitCode = main(process.argv.slice(2));
}
