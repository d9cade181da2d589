/**
 * `npm run perf`: the performance budget, measured as a voter on a cheap phone meets the site.
 *
 * Builds the site (unless `--no-build`), serves `build/` as a static host would (gzip, the
 * `_headers` file), and loads each page in Chromium on one phone profile: 390×844, 150 ms
 * round trip, 1.6 Mbit/s down and 750 kbit/s up, the CPU slowed 4×, a cold cache. For each page
 * it lists every file requested before the page is ready (a quiz page, embedded or not: its
 * first statement answerable; any other page: loaded) with its gzip size, and on quiz pages
 * times the first statement visible (first contentful paint), answerable (hydrated), each tap
 * to the next statement painted, and the last answer to the results shown, as medians of
 * `--rounds` interleaved cold loads (default 5; `npm test` runs one), each with its range. A
 * tap is read from a Chromium trace (`tapTimings`): the time from the tap to the end of the
 * first frame committed after it, and the main thread's work in that time (every task on the
 * page's main thread: the event, the statechart, Svelte's update, style, layout and paint).
 *
 * Bytes and requests are checked against BUDGETS and the script exits 1 over budget. Timings
 * are printed, not enforced: on a shared machine they vary from run to run, and a test must
 * never depend on wall-clock speed.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from '../tests/support/chromium.ts';
import { hydratedAt, recordHydration } from '../tests/support/hydration.ts';
import { serveStatic } from '../tests/support/static-server.ts';

export const PROFILE = {
	viewport: { width: 390, height: 844 },
	latencyMs: 150,
	downloadBitsPerSecond: 1_600_000,
	uploadBitsPerSecond: 750_000,
	cpuSlowdown: 4
} as const;

/**
 * What each kind of page may load before it is ready: the embedded quiz (inside a news article,
 * the way many voters meet it) is held to a quiz page's budget.
 */
export const BUDGETS = {
	quiz: { bytes: 60 * 1024, requests: 8 },
	embed: { bytes: 60 * 1024, requests: 8 },
	start: { bytes: 30 * 1024, requests: 8 }
} as const;

type Kind = keyof typeof BUDGETS;

const BUILD = 'build';

/**
 * The pages measured: the start page, both quiz pages and an embedded quiz, in every language
 * the build has. The embed's taps are not timed again: it is the quiz pages' code.
 */
function pages(): { path: string; kind: Kind }[] {
	const prefixes = ['', '/nn', '/en'].filter((p) => existsSync(join(BUILD, p, 'index.html')));
	return prefixes.flatMap((prefix) => [
		{ path: `${prefix}/`, kind: 'start' as const },
		{ path: `${prefix}/akershus/`, kind: 'quiz' as const },
		{ path: `${prefix}/oslo/`, kind: 'quiz' as const },
		{ path: `${prefix}/embed/oslo/`, kind: 'embed' as const }
	]);
}

/** The gzip size of the built file a request for `pathname` is answered with. */
function gzipSize(pathname: string): { raw: number; gzip: number } | null {
	let file = join(BUILD, decodeURIComponent(pathname));
	if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
	if (!existsSync(file)) return null;
	const bytes = readFileSync(file);
	return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

interface Round {
	files: { path: string; raw: number; gzip: number }[];
	fcp: number;
	ready: number;
	/** Each tap that moved to the next statement (not the one that showed the results). */
	taps: TapTiming[];
	results: number | null;
}

interface TraceEvent {
	name: string;
	cat: string;
	ph: string;
	ts: number;
	dur?: number;
	pid: number;
	tid: number;
	args?: { name?: string };
}

/** One tap, from a Chromium trace (ms at the page's CPU rate). */
export interface TapTiming {
	/** From the tap to the end of the first frame committed after it (the next statement shown). */
	painted: number;
	/** The page's main-thread work in that time. */
	work: number;
}

/**
 * Each tap of a trace, between its `tap-<i>` mark and the end of the first frame the renderer's
 * main thread commits after it (the first `Commit`: the frame that shows the tap's update, as
 * the quiz updates the page in the tap's own task). The work is the summed overlap of the main
 * thread's top-level tasks with that span; what the page schedules after that frame (writing
 * the history entry) is not part of the tap. Taps are read up to the first without a frame.
 */
export function tapTimings(events: readonly TraceEvent[]): TapTiming[] {
	const marks = new Map<string, TraceEvent>();
	for (const e of events) {
		if (e.cat.includes('blink.user_timing') && /^tap-\d+$/.test(e.name)) {
			if (!marks.has(e.name)) marks.set(e.name, e);
		}
	}
	const first = marks.get('tap-0');
	if (!first) return [];
	const main = events.find(
		(e) =>
			e.ph === 'M' &&
			e.name === 'thread_name' &&
			e.args?.name === 'CrRendererMain' &&
			e.pid === first.pid
	);
	const onMain = (e: TraceEvent) =>
		e.ph === 'X' && e.pid === first.pid && (main === undefined || e.tid === main.tid);
	const tasks = events.filter((e) => onMain(e) && e.name === 'RunTask');
	const commits = events
		.filter((e) => onMain(e) && e.name === 'Commit')
		.sort((a, b) => a.ts - b.ts);
	const timings: TapTiming[] = [];
	for (let i = 0; marks.has(`tap-${i}`); i++) {
		const from = marks.get(`tap-${i}`)!.ts;
		const commit = commits.find((c) => c.ts > from);
		if (!commit) break;
		const to = commit.ts + (commit.dur ?? 0);
		let busy = 0;
		for (const t of tasks) {
			const start = Math.max(t.ts, from);
			const end = Math.min(t.ts + (t.dur ?? 0), to);
			if (end > start) busy += end - start;
		}
		timings.push({ painted: (to - from) / 1000, work: busy / 1000 });
	}
	return timings;
}

/** A request a page made: its path, and when the browser sent it (ms since the epoch). */
export interface SentRequest {
	path: string;
	at: number;
}

/**
 * The paths of the requests sent before `readyAt` (ms since the epoch), in order: a page's
 * first load. What the page asks for once ready (the backgrounds, in the idle moment after the
 * quiz hydrates) is not part of it, though the test harness may see the ready mark later.
 */
export function sentBefore(sent: readonly SentRequest[], readyAt: number): string[] {
	return sent.filter((r) => r.at <= readyAt).map((r) => r.path);
}

/** One cold load of `path` on the phone profile, and on a quiz page the whole quiz. */
async function round(browser: Browser, base: string, path: string, kind: Kind): Promise<Round> {
	const context = await browser.newContext({
		viewport: PROFILE.viewport,
		isMobile: true,
		hasTouch: true,
		serviceWorkers: 'block'
	});
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.emulateNetworkConditions', {
		offline: false,
		latency: PROFILE.latencyMs,
		downloadThroughput: PROFILE.downloadBitsPerSecond / 8,
		uploadThroughput: PROFILE.uploadBitsPerSecond / 8
	});
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpuSlowdown });
	// Every request with the moment the browser sent it (wall clock, as the page's `timeOrigin`).
	const sent: SentRequest[] = [];
	cdp.on('Network.requestWillBeSent', ({ request, wallTime }) => {
		sent.push({ path: new URL(request.url).pathname, at: wallTime * 1000 });
	});
	// When the quiz marks itself hydrated: its first statement is answerable from then on.
	const { hydrated } = await recordHydration(page);
	const answerable = kind !== 'start';
	await page.goto(base + path, { waitUntil: answerable ? 'commit' : 'load' });
	if (answerable) {
		let timer: NodeJS.Timeout | undefined;
		await Promise.race([
			hydrated,
			new Promise((_, reject) => {
				timer = setTimeout(() => reject(new Error(`${path}: the quiz never hydrated`)), 60_000);
			})
		]).finally(() => clearTimeout(timer));
	}
	// The first paint can come after the load event on a slow (or busy) machine: wait for it,
	// or a start page's figure is missing (it was, once, in a clean-clone run).
	await page.waitForFunction(
		() => performance.getEntriesByName('first-contentful-paint').length > 0,
		undefined,
		{ timeout: 60_000 }
	);
	const marks = await page.evaluate(() => ({
		origin: performance.timeOrigin,
		fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
		loaded: performance.getEntriesByType('navigation')[0]!.duration
	}));
	const readyAt = (await hydratedAt(page)) ?? marks.loaded;
	const files = sentBefore(sent, marks.origin + readyAt).map((p) => ({
		path: p,
		...(gzipSize(p) ?? { raw: 0, gzip: 0 })
	}));
	let taps: TapTiming[] = [];
	let statementTaps = 0;
	let results: number | null = null;
	if (kind === 'quiz') {
		await page.getByRole('button', { name: 'Start' }).click();
		await browser.startTracing(page, {
			categories: [
				'devtools.timeline',
				'disabled-by-default-devtools.timeline',
				'blink.user_timing'
			]
		});
		for (let tap = 0; ; tap++) {
			const answers = page.locator('.answers button[aria-pressed]');
			if ((await answers.count()) === 0) break;
			// The quiz ignores a tap in the first moments after a statement appears.
			await page.waitForTimeout(400);
			const ms = await page.evaluate(async (tap) => {
				const before = document.querySelector('h1')?.textContent;
				const button = document.querySelector<HTMLButtonElement>('.answers button[aria-pressed]');
				performance.mark(`tap-${tap}`);
				const start = performance.now();
				button!.click();
				for (let i = 0; i < 200 && document.querySelector('h1')?.textContent === before; i++) {
					await new Promise((r) => setTimeout(r, 5));
				}
				await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
				return performance.now() - start;
			}, tap);
			if ((await page.locator('.answers button[aria-pressed]').count()) === 0) results = ms;
			else statementTaps++;
		}
		const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
			traceEvents: TraceEvent[];
		};
		// The last tap shows the results: its timing is not a statement's.
		taps = tapTimings(trace.traceEvents).slice(0, statementTaps);
	}
	await context.close();
	return { files, fcp: marks.fcp, ready: readyAt, taps, results };
}

const median = (xs: number[]) => {
	const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
	return s.length === 0 ? NaN : s[Math.floor((s.length - 1) / 2)]!;
};
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const ms = (x: number | null) => (x === null || !Number.isFinite(x) ? '–' : `${Math.round(x)} ms`);
/** The median of `xs` in ms, with their range when there are several. */
const spread = (xs: number[]) => {
	const finite = xs.filter((x) => Number.isFinite(x));
	return finite.length > 1
		? `${ms(median(finite))} (${Math.round(Math.min(...finite))}–${Math.round(Math.max(...finite))})`
		: ms(median(finite));
};

async function main() {
	const args = process.argv.slice(2);
	const rounds = Number(args[args.indexOf('--rounds') + 1]) || 5;
	// `--only oslo`: just the pages whose path contains it (a quicker look while working).
	const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
	if (!args.includes('--no-build')) {
		const build = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
		if (build.status !== 0) process.exit(1);
	}
	const { server, baseURL } = await serveStatic(BUILD);
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
	const over: string[] = [];
	try {
		const list = pages().filter((p) => only === undefined || p.path.includes(only));
		const byPage = new Map<string, Round[]>(list.map((p) => [p.path, []]));
		// Interleaved: round 1 of every page, then round 2, so a busy moment hits all alike.
		for (let i = 0; i < rounds; i++) {
			for (const { path, kind } of list) {
				byPage.get(path)!.push(await round(browser, baseURL, path, kind));
			}
		}
		for (const { path, kind } of list) {
			const measured = byPage.get(path)!;
			const { files } = measured[0]!;
			const bytes = files.reduce((sum, f) => sum + f.gzip, 0);
			console.log(
				`\n${path} (${kind}): ${files.length} requests, ${kb(bytes)} KB gzip before ready`
			);
			for (const f of files) console.log(`  ${kb(f.gzip).padStart(6)} KB  ${f.path}`);
			const taps = measured.flatMap((r) => r.taps.map((t) => t.painted));
			const work = measured.flatMap((r) => r.taps.map((t) => t.work));
			console.log(
				`  first contentful paint ${spread(measured.map((r) => r.fcp))}, ready ${spread(measured.map((r) => r.ready))}` +
					(kind === 'quiz'
						? `, tap → next statement ${ms(median(taps))} (slowest ${ms(Math.max(...taps))}; main-thread work ${ms(median(work))}, most ${ms(Math.max(...work))}), last answer → results ${spread(measured.map((r) => r.results ?? NaN))}`
						: '')
			);
			const budget = BUDGETS[kind];
			if (bytes > budget.bytes || files.length > budget.requests) {
				over.push(
					`${path}: ${kb(bytes)} KB in ${files.length} requests (budget ${kb(budget.bytes)} KB in ${budget.requests})`
				);
			}
		}
	} finally {
		await browser.close();
		server.close();
	}
	if (over.length > 0) {
		console.error(`\nOver budget:\n  ${over.join('\n  ')}`);
		process.exit(1);
	}
	console.log('\nEvery page is within its budget.');
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
