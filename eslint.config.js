import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import { LAYERS } from './scripts/layers.js';

const SOURCES = '{ts,js,svelte}';

/**
 * `#lib/<layer>` in every spelling: the folder, a file in it, or the single-file layer. A
 * regex, because gitignore-style groups read a leading `#` as a comment.
 */
const specifier = (/** @type {string} */ layer) => `^#lib/${layer}(/|\\.ts$|$)`;

const PURE_BANS = [
	{
		group: ['svelte', 'svelte/*', '$app/*', '*.svelte'],
		message: 'Pure modules must not import Svelte (see the layer table in ARCHITECTURE.md).'
	},
	{
		group: ['node:*', 'fs', 'path', 'child_process'],
		message: 'Pure modules must not import Node built-ins: read files in a load.ts beside them.'
	}
];

/** @type {import('eslint').Linter.RulesRecord} */
const PURE_GLOBALS = {
	'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator']
};

/**
 * The import rules of one layer, for its files `depth` folders below the layer's folder:
 * other layers only as the table allows (as `#lib/…`), never a relative path out of the
 * layer, never `$lib`.
 * @param {string} name
 * @param {import('./scripts/layers.js').Layer} layer
 * @param {number} depth
 * @returns {import('eslint').Linter.RulesRecord}
 */
function layerRules(name, layer, depth) {
	/** @type {Record<string, unknown>[]} */
	const patterns = [
		{ group: ['$lib', '$lib/*'], message: 'Import library modules as #lib/… (SvelteKit 3).' },
		{
			regex: `^(\\.\\./){${depth + 1},}`,
			message: `A relative import may not leave src/lib/${name}: import other layers as #lib/<layer>/….`
		}
	];
	for (const other of Object.keys(LAYERS)) {
		if (other === name || layer.imports.includes(other)) continue;
		const typesOnly = layer.types?.includes(other) === true;
		patterns.push({
			regex: specifier(other),
			allowTypeImports: typesOnly,
			message: typesOnly
				? `${name} may import only types from ${other} (layer table in ARCHITECTURE.md).`
				: `${name} may not import ${other} (layer table in ARCHITECTURE.md).`
		});
	}
	if (layer.pure) patterns.push(...PURE_BANS);
	return { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] };
}

/** One config object per layer and folder depth (a single-file layer has depth 0). */
const layerConfigs = Object.entries(LAYERS).flatMap(([name, layer]) => {
	const depths = layer.files ? [0] : [0, 1, 2, 3];
	return depths.map((depth) => ({
		files: layer.files ? [layer.files] : [`src/lib/${name}/${'*/'.repeat(depth)}*.${SOURCES}`],
		ignores: ['**/*.test.ts', '**/*.bench.ts', '**/test-support.ts', '**/arbitraries.ts'],
		rules: {
			...layerRules(name, layer, depth),
			...(layer.pure ? PURE_GLOBALS : {})
		}
	}));
});

export default ts.config(
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'test-results/', 'coverage/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			],
			// Every link and goto target is built by #lib/paths.ts, which calls resolve() itself.
			'svelte/no-navigation-without-resolve': ['error', { ignoreLinks: true, ignoreGoto: true }]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser }
		}
	},
	{
		// Pure modules' load.ts reads files from disk and may use Node: still no Svelte.
		files: ['src/lib/**/load.ts'],
		rules: { 'no-restricted-globals': 'off' }
	},
	...layerConfigs,
	{
		files: ['src/lib/**/load.ts'],
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{ patterns: [PURE_BANS[0], { group: ['$lib', '$lib/*'], message: 'Use #lib/….' }] }
			]
		}
	}
);
