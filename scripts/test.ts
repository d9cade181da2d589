/**
 * `npm test`: every test there is, in one run.
 *  1. checks: svelte-check, ESLint, Prettier (one test each);
 *  2. content check (when the content module exists);
 *  3. Vitest: node, jsdom, browser (Chromium) and e2e (built site in Chromium) projects;
 *  4. the first-load budget on a production build (`scripts/perf.ts --rounds 1`: bytes and
 *     requests are the same in every round), then Lighthouse on that build
 *     (`scripts/lighthouse.ts --no-build`; one check each).
 * Ends with a plain `N passed, N failed` line (skipped tests are reported,
 * never counted as passed) and exits non-zero on any failure.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { runChecks } from './check.ts';
import { run, type StepResult } from './run.ts';

const steps: StepResult[] = [];
steps.push(...(await runChecks()).filter((r) => r.name !== 'svelte-kit sync' || !r.ok));

if (existsSync('scripts/content-check.ts')) {
	console.log('\n▶ content check');
	steps.push(await run('content check', 'npx', ['tsx', 'scripts/content-check.ts']));
}

mkdirSync('test-results', { recursive: true });
const report = 'test-results/vitest.json';
console.log('\n▶ vitest (node, jsdom, browser, e2e)');
const vitest = await run('vitest', 'npx', [
	'vitest',
	'run',
	'--reporter=default',
	'--reporter=json',
	`--outputFile.json=${report}`
]);

// The budget builds the site of its own, as a newsroom deploys it (the e2e build adds the test
// share layouts), and Lighthouse measures that same build.
console.log('\n▶ perf');
steps.push(await run('perf', 'npx', ['tsx', 'scripts/perf.ts', '--rounds', '1']));
console.log('\n▶ lighthouse');
steps.push(await run('lighthouse', 'npx', ['tsx', 'scripts/lighthouse.ts', '--no-build']));

let passed = steps.filter((s) => s.ok).length;
let failed = steps.filter((s) => !s.ok).length;
let skipped = 0;
try {
	const json = JSON.parse(readFileSync(report, 'utf8')) as {
		numPassedTests: number;
		numFailedTests: number;
		numPendingTests: number;
		numTodoTests: number;
		numFailedTestSuites: number;
		numTotalTests: number;
	};
	passed += json.numPassedTests;
	failed +=
		json.numFailedTests +
		(json.numFailedTestSuites > 0 && json.numFailedTests === 0 ? json.numFailedTestSuites : 0);
	skipped += json.numPendingTests + json.numTodoTests;
	if (!vitest.ok && json.numFailedTests === 0 && json.numFailedTestSuites === 0) failed += 1;
} catch {
	console.error(`Vitest wrote no readable report to ${report}.`);
	failed += 1;
}

console.log('\nSummary:');
for (const s of steps)
	console.log(`  ${s.ok ? '✓' : '✗'} ${s.name} (${Math.round(s.ms / 1000)} s)`);
console.log(`  ${vitest.ok ? '✓' : '✗'} vitest (${Math.round(vitest.ms / 1000)} s)`);
if (skipped) console.log(`  ${skipped} skipped (not counted as passed)`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
