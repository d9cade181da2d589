/**
 * `npm run check`: type-check (svelte-check, 0 errors and 0 warnings), lint
 * (ESLint with typescript-eslint and eslint-plugin-svelte) and formatting
 * (Prettier). Each is one check; all run even when one fails.
 */
import { run, type StepResult } from './run.ts';

export const CHECKS: [string, string, string[]][] = [
	['svelte-kit sync', 'npx', ['svelte-kit', 'sync']],
	[
		'svelte-check',
		'npx',
		[
			'svelte-check',
			'--tsconfig',
			'./tsconfig.json',
			'--fail-on-warnings',
			'--threshold',
			'warning'
		]
	],
	// The service worker has its own tsconfig (WebWorker types), outside svelte-check's.
	['service worker types', 'npx', ['tsc', '-p', 'src/service-worker']],
	['eslint', 'npx', ['eslint', '--max-warnings=0', '.']],
	['prettier', 'npx', ['prettier', '--check', '.']]
];

export async function runChecks(): Promise<StepResult[]> {
	const results: StepResult[] = [];
	for (const [name, cmd, args] of CHECKS) {
		console.log(`\n▶ ${name}`);
		results.push(await run(name, cmd, args));
	}
	return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const results = await runChecks();
	const failed = results.filter((r) => !r.ok);
	for (const r of results) console.log(`${r.ok ? '✓' : '✗'} ${r.name} (${Math.round(r.ms)} ms)`);
	process.exit(failed.length ? 1 : 0);
}
