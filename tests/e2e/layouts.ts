/**
 * An earlier list of statements for the shared-link tests: Akershus's first statement with
 * another bokmål text. `global-setup.ts` builds the site with a registry holding it beside the
 * published layouts (through `SHARE_LAYOUTS_ENV`), so a link made against it must open.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { askedStatements } from '../../src/lib/content/editions.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import type { Dataset } from '../../src/lib/content/types.ts';
import { hash7 } from '../../src/lib/hash.ts';
import {
	SHARE_LAYOUTS_FILE,
	withCurrentLayouts,
	type ShareLayouts
} from '../../src/lib/share/layouts.ts';

/** The statement whose text the earlier list had otherwise. */
export function rewordedStatement(dataset: Dataset): string {
	return askedStatements(
		dataset,
		dataset.editions.find((e) => e.id === 'akershus')!
	)[0]!.id;
}

/** The dataset as it was before `rewordedStatement` was reworded. */
export function earlierDataset(dataset: Dataset): Dataset {
	const id = rewordedStatement(dataset);
	return {
		...dataset,
		statements: dataset.statements.map((s) =>
			s.id === id ? { ...s, text: `${s.text} (før)`, hash: hash7(`${s.text} (før)`) } : s
		)
	};
}

/** Writes the published registry with the earlier list appended; returns the file's path. */
export function writeTestLayouts(): string {
	const published = JSON.parse(readFileSync(SHARE_LAYOUTS_FILE, 'utf8')) as ShareLayouts;
	const file = join(tmpdir(), `valgomat-e2e-share-layouts-${process.pid}.json`);
	writeFileSync(file, JSON.stringify(withCurrentLayouts(published, earlierDataset(loadContent()))));
	return file;
}
