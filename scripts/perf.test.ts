import { describe, expect, it } from 'vitest';
import { sentBefore, tapTimings } from './perf.ts';

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
const event = (name: string, ts: number, dur: number, tid = MAIN, pid = RENDERER) => ({
	name,
	cat: 'disabled-by-default-devtools.timeline',
	ph: 'X',
	ts,
	dur,
	pid,
	tid
});
const task = (ts: number, dur: number, tid = MAIN, pid = RENDERER) =>
	event('RunTask', ts, dur, tid, pid);

describe('tapTimings (each tap to its next frame, from a trace)', () => {
	it('ends a tap at the first frame committed after it, and sums the main thread’s tasks until then', () => {
		const events = [
			meta(RENDERER, MAIN, 'CrRendererMain'),
			meta(RENDERER, 2, 'Compositor'),
			task(9_000, 3_000), // 2 ms after the tap
			mark('tap-0', 10_000),
			task(13_000, 4_000), // 4 ms
			task(14_000, 50_000, 2), // another thread: not counted
			task(14_000, 50_000, MAIN, 99), // another process: not counted
			event('Commit', 14_500, 1_000, 2), // a commit on another thread: not the frame
			task(18_000, 5_000), // the frame: 3 ms until its commit ends
			event('Commit', 19_000, 2_000),
			task(30_000, 9_000), // after the frame (the history entry): not counted
			mark('tap-1', 40_000),
			task(40_000, 1_500),
			task(42_000, 1_000),
			event('Commit', 42_500, 500)
		];
		expect(tapTimings(events)).toEqual([
			{ painted: 11, work: 9 },
			{ painted: 3, work: 2.5 }
		]);
	});

	it('gives nothing without taps, and stops at a tap no frame followed', () => {
		expect(tapTimings([meta(RENDERER, MAIN, 'CrRendererMain'), task(0, 1000)])).toEqual([]);
		const events = [
			meta(RENDERER, MAIN, 'CrRendererMain'),
			mark('tap-0', 0),
			task(0, 2_000),
			event('Commit', 1_000, 1_000),
			mark('tap-1', 6_000),
			task(6_000, 2_000)
		];
		expect(tapTimings(events)).toEqual([{ painted: 2, work: 2 }]);
	});
});

describe("sentBefore (a page's first load: the requests sent before it was ready)", () => {
	it('keeps the requests sent up to the ready moment, in order, and drops those after it', () => {
		const sent = [
			{ path: '/akershus/', at: 1000 },
			{ path: '/_app/a.js', at: 1300 },
			{ path: '/_app/b.js', at: 1300.5 },
			{ path: '/_app/backgrounds.js', at: 1800.2 }
		];
		expect(sentBefore(sent, 1800)).toEqual(['/akershus/', '/_app/a.js', '/_app/b.js']);
		expect(sentBefore(sent, 1800.2)).toHaveLength(4);
		expect(sentBefore(sent, 999)).toEqual([]);
	});
});
