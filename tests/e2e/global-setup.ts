import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from '../support/chromium.ts';
import { SHARE_LAYOUTS_ENV } from '../../src/lib/share/layouts.ts';
import { writeTestLayouts } from './layouts.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
		chromium: string;
	}
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const srv = createServer();
		srv.unref();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const address = srv.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			srv.close(() => resolve(port));
		});
	});
}

async function waitFor(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`);
		try {
			const res = await fetch(url);
			if (res.ok) return;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`vite preview did not answer on ${url} within ${timeoutMs} ms`);
}

/**
 * Builds the static site (unless E2E_SKIP_BUILD=1), with an earlier list of statements
 * registered for the shared-link tests, and serves it with
 * `vite preview` on a free loopback port for the e2e project.
 */
export default async function setup(project: TestProject) {
	const chromium = chromiumPath();
	if (process.env.E2E_SKIP_BUILD !== '1') {
		// The published share layouts and one earlier list (tests/e2e/layouts.ts).
		const layouts = writeTestLayouts();
		// For production, as voters get it: Vitest's NODE_ENV=test would build Svelte's and
		// XState's development code, which hid a production-only bug (the 404 page's reload loop).
		const env = { ...process.env, NODE_ENV: 'production', [SHARE_LAYOUTS_ENV]: layouts };
		const build = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit', env });
		rmSync(layouts, { force: true });
		if (build.status !== 0) throw new Error('`vite build` failed; see its output above.');
	}
	const port = await freePort();
	const child = spawn(
		'npx',
		['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
		{ stdio: ['ignore', 'ignore', 'inherit'], detached: true }
	);
	const baseURL = `http://127.0.0.1:${port}`;
	await waitFor(`${baseURL}/`, child, 60_000);
	project.provide('baseURL', baseURL);
	project.provide('chromium', chromium);
	return () => {
		if (child.pid) {
			try {
				process.kill(-child.pid, 'SIGTERM');
			} catch {
				// already gone
			}
		}
	};
}
