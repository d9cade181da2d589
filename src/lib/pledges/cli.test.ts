import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './test-support.ts';

/** Runs `tsx scripts/pledges.ts <args>` the way `npm run pledges` does. */
function run(...args: string[]) {
	const result = spawnSync(
		process.execPath,
		[join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/pledges.ts', ...args],
		{ cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } }
	);
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('scripts/pledges.ts', { timeout: 30_000 }, () => {
	it('--json prints only a JSON array of pledges with the documented keys', () => {
		const { status, stdout, stderr } = run('--json');
		expect(status).toBe(0);
		expect(stderr).toBe('');
		const pledges = JSON.parse(stdout) as Record<string, unknown>[];
		expect(pledges).toHaveLength(114);
		const keys = ['id', 'document', 'party', 'organisation', 'region', 'lines'];
		for (const p of pledges) {
			const pdf = p.document === 'sp-akershus' || p.document === 'ap-oslo';
			expect(Object.keys(p)).toEqual([
				...keys,
				...(pdf ? ['printedLines'] : []),
				'section',
				'text'
			]);
		}
		expect(pledges[0]).toMatchObject({
			document: 'sp-akershus',
			lines: [84, 86],
			printedLines: [42, 43]
		});
	});

	it('prints a table per document with counts', () => {
		const { status, stdout } = run();
		expect(status).toBe(0);
		for (const [id, count] of [
			['sp-akershus', 6],
			['ap-akershus', 69],
			['sp-nasjonal', 8],
			['h-nasjonal', 15],
			['ap-oslo', 16]
		] as const) {
			expect(stdout).toMatch(new RegExp(`^${id} · .*\\n  ${count} pledges in \\d+ lines$`, 'm'));
		}
		expect(stdout).toMatch(/L84–86 \(p42–43\)/);
		expect(stdout.trimEnd().split('\n').at(-1)).toBe('114 pledges in 5 documents');
		expect(Math.max(...stdout.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(100);
	});

	it('--help prints usage', () => {
		const { status, stdout } = run('--help');
		expect(status).toBe(0);
		expect(stdout).toMatch(/^Usage: npm run pledges/);
		expect(stdout).toContain('--json');
	});

	it('an unknown flag is an error on stderr with exit code 2', () => {
		const { status, stdout, stderr } = run('--jsn');
		expect(status).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toMatch(/^pledges: unknown option "--jsn"/);
	});
});
