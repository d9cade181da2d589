import { sveltekit } from '@sveltejs/kit/vite';
import adapter from '@sveltejs/adapter-static';
import { svelteTesting } from '@testing-library/svelte/vite';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { createHash } from 'node:crypto';
import { QUIZ_MARKER_SCRIPT } from './src/lib/components/boot-script.ts';
import { withHeaders } from './scripts/headers.ts';
import { chromiumPath } from './tests/support/chromium.ts';
import { datasetModules } from './scripts/vite-dataset.ts';
import { islands, staticImports } from './scripts/vite-island.ts';
import { languageFiles, moduleLanguage } from './scripts/vite-languages.ts';
import { SWITCHED_FROM } from './src/lib/paths.ts';
import { LOCALES } from './src/lib/content/locales.ts';

/** A CSP source allowing exactly the inline script `text`. */
const scriptHash = (text: string) =>
	`sha256-${createHash('sha256').update(text).digest('base64')}` as const;

/**
 * Kit's client entry and the payload it sets, which stay out of the Kit chunk. The entry finds
 * Kit's runtime through a dynamic import made after `init(payload)`, and modules of the runtime
 * read the payload (the app's version, its paths) when they are evaluated: in a chunk the entry
 * imported statically, they would read it before it is set. Kit's `updated.check()` then always
 * reported a new version, and a production `404.html` reloaded itself without end.
 */
const KIT_ENTRY = /runtime[\\/]client[\\/](entry|payload)\.js$/;
/** Svelte's runtime, which every page loads, islands too (with the bundler's own helpers). */
const SVELTE = /node_modules[\\/](svelte|esm-env|clsx)[\\/]|^\0rolldown[\\/]runtime/;
/** Kit's client, which the pages Kit hydrates load (not its entry and payload, see above). */
const KIT = /node_modules[\\/](@sveltejs[\\/]kit|devalue)[\\/]/;
const isKit = (id: string) => KIT.test(id) && !KIT_ENTRY.test(id);
/** The statechart, which quiz pages load. */
const XSTATE = /node_modules[\\/]xstate[\\/]/;
/**
 * Modules of the messages layer itself (not a language's words), but for the dates, which only
 * the pages after the quiz show: they go with those pages' words (`messages/dates.ts`).
 */
const MESSAGES_LAYER = /src[\\/]lib[\\/]messages[\\/](?!dates\.ts$)[^\\/]+\.ts$/;
const isLibrary = (id: string) => SVELTE.test(id) || KIT.test(id) || XSTATE.test(id);
/**
 * What the start page's island shares with the quiz's (and the messages layer), not the start
 * page's own code: that is a chunk of its own, which quiz pages do not load. (Its element ids,
 * `home-props.ts`, stay: the route's own module imports them too, which would make them a
 * third chunk.)
 */
const HOME_ONLY = /src[\\/]lib[\\/]components[\\/]islands[\\/]home-island\.ts$/;
/**
 * Reading a stored quiz record (`record-parse.ts`), which the start page does on every load
 * for its "Fortsett der du slapp" (`resume.ts`, the start page's alone) and a quiz page only
 * when a record is stored (`quiz-reading.ts`): with the start page's own code, not in the chunk
 * quiz pages load first. A quiz page that reads a record
 * loads the start page's 0.5 KB with it.
 */
const RECORD_READING = /src[\\/]lib[\\/]quiz[\\/](record-parse|resume)\.ts$/;
const homeIsland = staticImports(
	'src/lib/components/islands/home-island.ts',
	(id) => !isLibrary(id) && !HOME_ONLY.test(id)
);
/** The quiz island's code. */
const quizIsland = staticImports(
	'src/lib/components/islands/quiz-island.ts',
	(id) => !isLibrary(id)
);
/** What the embedded quiz's island adds to the quiz's (its frame: options, look, height). */
const embedIsland = staticImports(
	'src/lib/components/islands/embed-island.svelte.ts',
	(id) => !isLibrary(id)
);

export default defineConfig({
	plugins: [
		datasetModules(),
		islands(),
		// One language's chunks named after it, for the service worker (after Kit's naming).
		languageFiles(),
		sveltekit({
			// `404.html`: static hosts (GitHub Pages, Netlify, Cloudflare Pages) serve it for a
			// missing path; it starts the app, which shows the Norwegian error page (+error.svelte).
			// Then the `_headers` file for the built files (scripts/headers.ts).
			adapter: withHeaders(adapter({ strict: true, fallback: '404.html' }), 'build'),
			prerender: {
				handleHttpError: 'fail',
				// Every `#fragment` a page links to must be an element there, but the one that tells a
				// quiz page the voter switched from another edition (read by the page, not an element).
				handleMissingId: ({ id, message }) => {
					if (!`#${id}`.startsWith(SWITCHED_FROM)) throw new Error(message);
				}
			},
			// Small per-component CSS files (shared chunks) go into the HTML instead of costing a
			// request each on a slow phone network.
			inlineStyleThreshold: 6144,
			// Registered by the page (UpdatePrompt), which skips embeds and stays silent where a
			// browser refuses service workers.
			serviceWorker: { register: false },
			csp: {
				// Prerendered pages carry this policy in a <meta> tag, with the hashes of Kit's inline
				// scripts and styles. Headers a <meta> cannot carry (frame-ancestors) and the rest of
				// the header set are in the generated `_headers` file (see ARCHITECTURE.md).
				mode: 'hash',
				directives: {
					'default-src': ['self'],
					// Kit adds the hashes of its own inline scripts; ours is the quiz's marker.
					'script-src': ['self', scriptHash(QUIZ_MARKER_SCRIPT)],
					'style-src-elem': ['self'],
					// Party colours and bar widths are style attributes. An attribute can only restyle
					// its own element (no selectors, no script), and img-src stops it loading anything
					// from elsewhere.
					'style-src-attr': ['unsafe-inline'],
					'img-src': ['self', 'data:', 'blob:'],
					'font-src': ['self'],
					'connect-src': ['self'],
					'object-src': ['none'],
					'base-uri': ['self'],
					'form-action': ['self']
				}
			}
		})
	],
	environments: {
		client: {
			build: {
				rolldownOptions: {
					// Entry chunks may export more than their module does (what the Kit group leaves
					// out, below, lands in an entry); required with includeDependenciesRecursively off.
					preserveEntrySignatures: 'allow-extension',
					output: {
						// Fewer, larger files for a page's first load (each request costs a round trip
						// on a phone network, and one file compresses better than many): Svelte's
						// runtime, Kit's client, the statechart, the quiz island's code and what the
						// embedded quiz's adds each in one chunk. Kit's client entry stays its own chunk
						// (Kit finds its runtime through its dynamic import).
						codeSplitting: {
							groups: [
								{ name: 'svelte', test: SVELTE, priority: 40 },
								// Not the payload the runtime's modules import (see KIT_ENTRY).
								{ name: 'kit', test: isKit, priority: 30, includeDependenciesRecursively: false },
								{ name: 'statechart', test: XSTATE, priority: 20 },
								{
									name: 'home',
									test: (id: string) => HOME_ONLY.test(id) || RECORD_READING.test(id),
									priority: 16,
									// Not what they import: the messages, the paths, the storage go with the quiz's.
									includeDependenciesRecursively: false
								},
								{
									name: 'start',
									test: (id: string) => homeIsland(id) || MESSAGES_LAYER.test(id),
									priority: 15
								},
								{ name: 'quiz', test: quizIsland, priority: 10 },
								{ name: 'embed', test: embedIsland, priority: 8 },
								// Each language's first words (the quiz's, the start page's) in one chunk.
								...LOCALES.map((locale) => ({
									name: `messages-${locale}`,
									test: staticImports(
										`src/lib/messages/${locale}/first.ts`,
										(id) => moduleLanguage(id) === locale
									),
									priority: 5
								}))
							]
						}
					}
				}
			}
		}
	},
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: true,
				test: {
					name: 'node',
					environment: 'node',
					include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
					exclude: ['src/**/*.svelte.test.ts', 'src/**/*.browser.test.ts'],
					setupFiles: ['tests/support/messages-setup.ts'],
					benchmark: { include: ['src/**/*.bench.ts'] }
				}
			},
			{
				extends: true,
				plugins: [svelteTesting()],
				test: {
					name: 'jsdom',
					environment: 'jsdom',
					// Above the waits' limit (tests/support/jsdom-setup.ts), which then names what never came.
					testTimeout: 20_000,
					include: ['src/**/*.svelte.test.ts'],
					setupFiles: ['tests/support/jsdom-setup.ts', 'tests/support/messages-setup.ts']
				}
			},
			{
				extends: true,
				test: {
					name: 'browser',
					include: ['src/**/*.browser.test.ts'],
					setupFiles: ['tests/support/messages-setup.ts'],
					browser: {
						enabled: true,
						headless: true,
						screenshotFailures: false,
						provider: playwright({
							launchOptions: { executablePath: chromiumPath(), args: ['--no-sandbox'] }
						}),
						instances: [{ browser: 'chromium' }]
					}
				}
			},
			{
				test: {
					name: 'e2e',
					environment: 'node',
					include: ['tests/e2e/**/*.test.ts'],
					globalSetup: ['tests/e2e/global-setup.ts'],
					setupFiles: ['tests/support/messages-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 180_000,
					fileParallelism: false,
					expect: { requireAssertions: true }
				}
			}
		]
	}
});
