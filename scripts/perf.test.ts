import { describe, expect, it } from 'vitest';
import { tapWork } from './perf.ts';

const RENDERER = 7;
const MAIN = 1;
const meta = (pid: number, tid: number, name: string) => ({
	name: 'thread_name',
	cat: '__metadata',
	ph: 'M',
	ts: 0,
	pid,
	tid,
	args: { name }
});
const mark = (name: string, ts: number, pid = RENDERER) => ({
	name,
	cat: 'blink.user_timing',
	ph: 'R',
	ts,
	pid,
	tid: MAIN
});
const task = (ts: number, dur: number, tid = MAIN, pid = RENDERER) => ({
	name: 'RunTask',
	cat: 'disabled-by-default-devtools.timeline',
	ph: 'X',
	ts,
	dur,
	pid,
	tid
});

describe('tapWork (the main-thread work of each tap, from a trace)', () => {
	it('sums the main thread’s tasks inside each tap’s span, clipped at its ends', () => {
		const events = [
			meta(RENDERER, MAIN, 'CrRendererMain'),
			meta(RENDERER, 2, 'Compositor'),
			mark('tap-0', 10_000),
			task(9_000, 3_000), // 2 ms inside
			task(13_000, 4_000), // 4 ms inside
			task(14_000, 50_000, 2), // another thread: not counted
			task(14_000, 50_000, MAIN, 99), // another process: not counted
			mark('painted-0', 20_000),
			task(19_000, 5_000), // 1 ms inside
			task(25_000, 9_000), // between taps: not counted
			mark('tap-1', 40_000),
			task(40_500, 1_500),
			mark('painted-1', 45_000)
		];
		expect(tapWork(events)).toEqual([7, 1.5]);
	});

	it('gives nothing for a trace without taps, and stops at a tap never painted', () => {
		expect(tapWork([meta(RENDERER, MAIN, 'CrRendererMain'), task(0, 1000)])).toEqual([]);
		const events = [
			meta(RENDERER, MAIN, 'CrRendererMain'),
			mark('tap-0', 0),
			task(0, 2_000),
			mark('painted-0', 5_000),
			mark('tap-1', 6_000),
			task(6_000, 2_000)
		];
		expect(tapWork(events)).toEqual([2]);
	});
});
