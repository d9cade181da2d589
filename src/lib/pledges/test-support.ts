/** Shared helpers for the pledge tests (they read the real seeds; not part of the public API). */
import { loadSeeds, type Seeds } from './load.ts';
import type { Pledge, SourceDocument } from './types.ts';

/** The repository root (three levels above this folder), as a POSIX path. */
export const ROOT = decodeURIComponent(new URL('../../../', import.meta.url).pathname);

let cached: Seeds | undefined;

/** The real seeds, loaded once per test file. */
export function seeds(): Seeds {
	cached ??= loadSeeds(ROOT);
	return cached;
}

export function doc(id: string): SourceDocument {
	const found = seeds().documents.find((d) => d.meta.id === id);
	if (!found) throw new Error(`no document ${id}`);
	return found;
}

export function pledgesOf(id: string): Pledge[] {
	return seeds().pledges.filter((p) => p.document === id);
}

/** The file text of line `n` (1-based) of document `id`, printed number stripped. */
export function lineText(id: string, n: number): string {
	const line = doc(id).lines[n - 1];
	if (!line) throw new Error(`${id} has no line ${n}`);
	return line.text;
}
