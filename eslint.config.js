import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

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
		// The pure modules must stay free of Svelte, the DOM and Node: they run everywhere.
		files: [
			'src/lib/pledges/**/*.ts',
			'src/lib/content/**/*.ts',
			'src/lib/scoring/**/*.ts',
			'src/lib/quiz/**/*.ts',
			'src/lib/share/**/*.ts'
		],
		ignores: ['**/*.test.ts', '**/*.bench.ts', '**/load.ts', '**/node/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['svelte', 'svelte/*', '$app/*', '*.svelte'],
							message: 'Pure modules must not import Svelte.'
						},
						{
							group: ['node:*', 'fs', 'path'],
							message: 'Pure modules must not import Node built-ins (use a load.ts beside them).'
						}
					]
				}
			],
			'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator']
		}
	}
);
