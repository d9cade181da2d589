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

/** A CSP source allowing exactly the inline script `text`. */
const scriptHash = (text: string) =>
	`sha256-${createHash('sha256').update(text).digest('base64')}` as const;

/** Kit's client entry, which must stay its own chunk (Kit finds its runtime through its import). */
const KIT_ENTRY = /runtime[\\/]client[\\/]entry\.js$/;
/** The Svelte and SvelteKit runtime every page loads (not Kit's client entry, see below). */
const isFramework = (id: string) =>
	/node_modules[\\/](svelte|@sveltejs[\\/]kit|devalue|esm-env|clsx)[\\/]/.test(id) &&
	!KIT_ENTRY.test(id);

export default defineConfig({
	plugins: [
		datasetModules(),
		sveltekit({
			// `404.html`: static hosts (GitHub Pages, Netlify, Cloudflare Pages) serve it for a
			// missing path; it starts the app, which shows the Norwegian error page (+error.svelte).
			// Then the `_headers` file for the built files (scripts/headers.ts).
			adapter: withHeaders(adapter({ strict: true, fallback: '404.html' }), 'build'),
			prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
			// Small per-component CSS files (shared chunks) go into the HTML instead of costing a
			// request each on a slow phone network.
			inlineStyleThreshold: 2048,
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
					output: {
						// Fewer, larger files for a page's first load (each request costs a round trip
						// on a phone network, and one file compresses better than many): the Svelte
						// and SvelteKit runtime in one chunk, the statechart in another. Kit's client
						// entry stays its own chunk (Kit finds its runtime through its dynamic import).
						codeSplitting: {
							groups: [
								{ name: 'framework', test: isFramework, priority: 10 },
								{ name: 'statechart', test: /node_modules[\\/]xstate[\\/]/, priority: 5 }
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
