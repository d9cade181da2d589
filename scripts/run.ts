import { spawn } from 'node:child_process';

export interface StepResult {
	name: string;
	ok: boolean;
	code: number | null;
	ms: number;
}

/** Runs a command with inherited output and reports whether it succeeded. */
export function run(name: string, command: string, args: string[]): Promise<StepResult> {
	const started = performance.now();
	return new Promise((resolve) => {
		const child = spawn(command, args, { stdio: 'inherit', env: process.env });
		child.on('error', () =>
			resolve({ name, ok: false, code: null, ms: performance.now() - started })
		);
		child.on('close', (code) =>
			resolve({ name, ok: code === 0, code, ms: performance.now() - started })
		);
	});
}
