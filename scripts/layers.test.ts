/**
 * ARCHITECTURE.md's layer table and the table ESLint enforces (scripts/layers.js) are the
 * same table: every layer, its folder, whether it is pure, and what it may import.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LAYERS } from './layers.js';

interface Row {
	layer: string;
	folder: string;
	pure: string;
	imports: string[];
	types: string[];
}

/** The rows of the table under "## Layers" in ARCHITECTURE.md. */
function architectureRows(): Row[] {
	const text = readFileSync('ARCHITECTURE.md', 'utf8');
	const section = text.split(/^## /m).find((s) => s.startsWith('Layers'));
	if (section === undefined) throw new Error('ARCHITECTURE.md has no "## Layers" section');
	const cells = (line: string) =>
		line
			.split('|')
			.slice(1, -1)
			.map((c) => c.trim());
	const names = (cell: string) =>
		cell === 'nothing' || cell === '—' ? [] : [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
	const lines = section.split('\n').filter((l) => l.startsWith('|'));
	const header = cells(lines[0] ?? '');
	expect(header).toEqual([
		'layer',
		'folder',
		'pure',
		'what it owns',
		'may import',
		'types only from'
	]);
	return lines.slice(2).map((line) => {
		const [layer, folder, pure, , imports, types] = cells(line);
		return {
			layer: names(layer ?? '')[0] ?? '',
			folder: names(folder ?? '')[0] ?? '',
			pure: pure ?? '',
			imports: names(imports ?? '').sort(),
			types: names(types ?? '').sort()
		};
	});
}

describe('the layer table', () => {
	const rows = architectureRows();

	it('lists exactly the layers ESLint enforces, in the same order', () => {
		expect(rows.map((r) => r.layer)).toEqual(Object.keys(LAYERS));
	});

	it.each(Object.entries(LAYERS))('%s: folder, purity and imports match', (name, layer) => {
		const row = rows.find((r) => r.layer === name);
		expect(row).toEqual({
			layer: name,
			folder: layer.files ?? `src/lib/${name}/`,
			pure: layer.pure ? 'yes' : 'no',
			imports: [...layer.imports].sort(),
			types: [...(layer.types ?? [])].sort()
		});
	});
});
