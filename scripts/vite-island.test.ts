import { SourceMapConsumer, SourceMapGenerator } from 'source-map-js';
import { describe, expect, it } from 'vitest';
import { addCompileHint, COMPILE_HINT } from './vite-island.ts';

/** A two-line chunk `a();\nb();` with a map from each call to its line in `src/x.ts`. */
function chunkWithMap() {
	const generator = new SourceMapGenerator({ file: 'x.js' });
	generator.addMapping({
		generated: { line: 1, column: 0 },
		original: { line: 10, column: 2 },
		source: 'src/x.ts'
	});
	generator.addMapping({
		generated: { line: 2, column: 0 },
		original: { line: 20, column: 4 },
		source: 'src/x.ts'
	});
	const map = generator.toJSON();
	return {
		chunk: { fileName: 'chunks/x.js', code: 'a();\nb();', map: { ...map } },
		mapFile: JSON.stringify(map)
	};
}

/** Where the text at `line`, column 0, of the generated file comes from, by `map`. */
function originOf(map: string | object, line: number) {
	const consumer = new SourceMapConsumer(typeof map === 'string' ? JSON.parse(map) : map);
	const { line: original, source } = consumer.originalPositionFor({ line, column: 0 });
	return { original, source };
}

describe('addCompileHint', () => {
	it('puts the hint on the first line and moves the map file and the map object down with the code', () => {
		const { chunk, mapFile } = chunkWithMap();
		const bundle = {
			'chunks/x.js': { type: 'chunk', ...chunk },
			'chunks/x.js.map': { type: 'asset', source: mapFile }
		};
		addCompileHint(chunk, bundle);
		expect(chunk.code.split('\n')).toEqual([COMPILE_HINT, 'a();', 'b();']);
		const moved = bundle['chunks/x.js.map'].source as string;
		// The hint's line maps to nothing; each call is still traced to its own source line.
		expect(originOf(moved, 1).original).toBeNull();
		expect(originOf(moved, 2)).toEqual({ original: 10, source: 'src/x.ts' });
		expect(originOf(moved, 3)).toEqual({ original: 20, source: 'src/x.ts' });
		expect(originOf(chunk.map, 3)).toEqual({ original: 20, source: 'src/x.ts' });
	});

	it('reads a map file given as bytes, and leaves a chunk built without a map as it was but the hint', () => {
		const { chunk, mapFile } = chunkWithMap();
		const asset: { type: string; source: string | Uint8Array } = {
			type: 'asset',
			source: new TextEncoder().encode(mapFile)
		};
		addCompileHint(chunk, { 'chunks/x.js.map': asset });
		expect(typeof asset.source).toBe('string');
		expect(originOf(asset.source as string, 2).original).toBe(10);

		const bare = { fileName: 'chunks/y.js', code: 'c();' };
		addCompileHint(bare, {});
		expect(bare).toEqual({ fileName: 'chunks/y.js', code: `${COMPILE_HINT}\nc();` });
	});
});
