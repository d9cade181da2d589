import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '#lib/pledges/test-support.ts';
import { main } from './pledges.ts';

/** Runs the CLI in-process, as `npm run pledges -- <args>` would, capturing its output. */
function run(...args: string[]) {
	return runIn(ROOT, args);
}

function runIn(root: string, args: string[]) {
	let stdout = '';
	let stderr = '';
	const status = main(args, {
		stdout: (text) => (stdout += text),
		stderr: (text) => (stderr += text),
		columns: 100,
		root
	});
	return { status, stdout, stderr };
}

describe('scripts/pledges.ts', () => {
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

	it('a missing seeds folder is an error on stderr with exit code 1, nothing on stdout', () => {
		const empty = mkdtempSync(join(tmpdir(), 'valgomat-pledges-'));
		try {
			const { status, stdout, stderr } = runIn(empty, ['--json']);
			expect(status).toBe(1);
			expect(stdout).toBe('');
			expect(stderr).toMatch(/^pledges: .*documents\.yaml/);
		} finally {
			rmSync(empty, { recursive: true, force: true });
		}
	});
});
