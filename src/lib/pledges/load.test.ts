import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as pure from './index.ts';
import { loadSeeds } from './load.ts';
import { MetadataError } from './metadata.ts';
import { ROOT } from './test-support.ts';

const made: string[] = [];

/** A copy of the seeds folder in a temporary root, with `edit` applied. */
function tempRoot(edit: (seeds: string) => void): string {
	const root = mkdtempSync(join(tmpdir(), 'pledges-'));
	made.push(root);
	const seeds = join(root, 'seeds');
	mkdirSync(seeds);
	const metadata = readFileSync(join(ROOT, 'seeds/documents.yaml'), 'utf8');
	writeFileSync(join(seeds, 'documents.yaml'), metadata);
	for (const file of metadata.matchAll(/file: (\S+)/g)) {
		copyFileSync(join(ROOT, 'seeds', file[1]!), join(seeds, file[1]!));
	}
	edit(seeds);
	return root;
}

afterEach(() => {
	for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('loadSeeds', () => {
	it('loads the metadata, the five documents and their pledges', () => {
		const { metadata, documents, pledges } = loadSeeds(ROOT);
		expect(metadata.documents).toHaveLength(5);
		expect(documents.map((d) => d.meta.id)).toEqual(metadata.documents.map((d) => d.id));
		expect(pledges).toHaveLength(114);
	});

	it('defaults to the current directory', () => {
		expect(loadSeeds().pledges).toEqual(loadSeeds(ROOT).pledges);
	});

	it('names a missing document file and where it is listed', () => {
		const root = tempRoot((seeds) => rmSync(join(seeds, 'h-kommunehelsetjenesten.txt')));
		expect(() => loadSeeds(root)).toThrow(
			'seeds/h-kommunehelsetjenesten.txt does not exist (listed in seeds/documents.yaml as documents[3].file)'
		);
	});

	it('names a missing metadata file', () => {
		const root = tempRoot((seeds) => rmSync(join(seeds, 'documents.yaml')));
		expect(() => loadSeeds(root)).toThrow('seeds/documents.yaml does not exist');
	});

	it('throws a MetadataError for broken metadata', () => {
		const root = tempRoot((seeds) => {
			const file = join(seeds, 'documents.yaml');
			writeFileSync(file, readFileSync(file, 'utf8').replace('region: oslo', 'region: Oslo'));
		});
		expect(() => loadSeeds(root)).toThrow(MetadataError);
		expect(() => loadSeeds(root)).toThrow('documents[4].region');
	});

	it('refuses a PDF document whose printed line numbers are incomplete', () => {
		const root = tempRoot((seeds) => {
			const file = join(seeds, 'ap-oslo-somlos-helsetjeneste.txt');
			writeFileSync(file, readFileSync(file, 'utf8').replace('om 15 år.  39 ', 'om 15 år.'));
		});
		expect(() => loadSeeds(root)).toThrow(
			/^seeds\/ap-oslo-somlos-helsetjeneste\.txt:76: line has text but no printed line number \(expected 39\)/
		);
	});
});

describe('index.ts', () => {
	it('re-exports the pure API and not the Node-only loader', () => {
		expect(Object.keys(pure).sort()).toEqual(
			expect.arrayContaining([
				'MetadataError',
				'REGIONS',
				'closestText',
				'extractPledges',
				'findQuote',
				'parseMetadata',
				'readSourceLines'
			])
		);
		expect('loadSeeds' in pure).toBe(false);
		const source = readFileSync(join(ROOT, 'src/lib/pledges/index.ts'), 'utf8');
		expect(source).not.toMatch(/from '\.\/load\.ts'|from 'node:/);
	});

	it('pure modules import nothing from Node', () => {
		for (const file of ['extract.ts', 'lines.ts', 'metadata.ts', 'quotes.ts', 'text.ts']) {
			const source = readFileSync(join(ROOT, 'src/lib/pledges', file), 'utf8');
			expect(source, file).not.toMatch(/from 'node:|from '(fs|path|os)'/);
		}
	});
});
