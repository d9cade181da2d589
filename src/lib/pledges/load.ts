/**
 * Loading the seed documents from disk. Node-only (uses node:fs); the rest of
 * this folder is pure and re-exported from `index.ts`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractPledges } from './extract.ts';
import { readSourceLines, unnumberedLines } from './lines.ts';
import { parseMetadata } from './metadata.ts';
import type { Pledge, SeedMetadata, SourceDocument } from './types.ts';
import { decodeUtf8 } from './yaml.ts';

export const SEEDS_DIR = 'seeds';
export const METADATA_FILE = `${SEEDS_DIR}/documents.yaml`;

export interface Seeds {
	metadata: SeedMetadata;
	documents: SourceDocument[];
	pledges: Pledge[];
}

function readBytes(root: string, relative: string, what: string): Uint8Array {
	try {
		return readFileSync(join(root, relative));
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		const reason =
			code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? String(error)})`;
		throw new Error(`${relative} ${reason}${what ? ` (${what})` : ''}`, { cause: error });
	}
}

/** A text file as UTF-8; bytes in another encoding stop the build with the line they are on. */
function readText(root: string, relative: string, what: string): string {
	const decoded = decodeUtf8(readBytes(root, relative, what));
	if ('line' in decoded) {
		throw new Error(
			`${relative}:${decoded.line}: the file is not valid UTF-8 (a byte on this line is in another encoding); save it as UTF-8`
		);
	}
	return decoded.text;
}

/** Reads one source document: its lines, with printed numbers stripped for PDF documents. */
export function readDocumentFile(text: string, meta: SourceDocument['meta']): SourceDocument {
	const lines = readSourceLines(text, meta.printedLineNumbers);
	if (meta.printedLineNumbers) {
		const missed = unnumberedLines(lines);
		if (missed.length > 0) {
			const last = lines.reduce((max, l) => Math.max(max, l.printed ?? 0), 0);
			throw new Error(
				`${SEEDS_DIR}/${meta.file}:${missed[0]}: line has text but no printed line number ` +
					`(expected ${last + 1}); printed numbers must run 1, 2, 3, … on every line with text`
			);
		}
	}
	return { meta, lines };
}

/**
 * Reads `seeds/documents.yaml` under `root`, every document it lists, and the
 * pledges in them. Throws an error naming the file for a missing or unreadable
 * file, a `MetadataError` for broken metadata, and an error naming the line when
 * a document is not UTF-8 or a PDF document's printed line numbers are not complete.
 */
export function loadSeeds(root: string = process.cwd()): Seeds {
	const metadata = parseMetadata(readBytes(root, METADATA_FILE, ''), METADATA_FILE);
	const parties = new Map(metadata.parties.map((p) => [p.id, p]));
	const documents = metadata.documents.map((meta, i) =>
		readDocumentFile(
			readText(
				root,
				`${SEEDS_DIR}/${meta.file}`,
				`listed in ${METADATA_FILE} as documents[${i}].file`
			),
			meta
		)
	);
	const pledges = documents.flatMap((doc) => extractPledges(doc, parties.get(doc.meta.party)));
	return { metadata, documents, pledges };
}
