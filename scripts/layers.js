/**
 * The layer table: which folder of `src/lib` may import which. ESLint enforces it
 * (eslint.config.js builds its import rules from this object) and a test checks that
 * ARCHITECTURE.md's table says the same. Data flows one way:
 * pledges → content → scoring → results → quiz / share → components and routes.
 *
 * - `imports`: layers whose values and types the layer may import;
 * - `types`: layers it may import types from, and nothing else;
 * - `pure`: no Svelte, no `$app/*`, no Node built-ins, no DOM globals (a `load.ts` beside
 *   the module may read files);
 * - `files`: the layer's files when it is a single file rather than a folder.
 *
 * A layer always imports its own files with relative paths, and other layers as
 * `#lib/<layer>/…`.
 */

/** @typedef {{ imports: string[], types?: string[], pure: boolean, files?: string }} Layer */

/** @type {Record<string, Layer>} */
export const LAYERS = {
	hash: { imports: [], pure: true, files: 'src/lib/hash.ts' },
	pledges: { imports: ['hash'], pure: true },
	scoring: { imports: ['hash'], pure: true },
	content: { imports: ['hash', 'pledges', 'scoring'], pure: true },
	results: { imports: ['content', 'pledges', 'scoring'], pure: true },
	quiz: { imports: ['hash', 'content', 'scoring', 'results'], pure: true },
	share: { imports: ['hash', 'content', 'scoring', 'results', 'quiz'], pure: true },
	embed: { imports: ['pledges'], pure: true },
	messages: {
		imports: [],
		types: ['pledges', 'scoring', 'content', 'results', 'quiz', 'share', 'embed'],
		pure: true
	},
	paths: {
		imports: ['content'],
		types: ['pledges', 'messages'],
		pure: false,
		files: 'src/lib/paths.ts'
	},
	offline: { imports: [], pure: true, files: 'src/lib/offline.ts' },
	components: {
		imports: [
			'hash',
			'pledges',
			'scoring',
			'content',
			'results',
			'quiz',
			'share',
			'embed',
			'messages',
			'paths',
			'offline'
		],
		pure: false
	}
};
