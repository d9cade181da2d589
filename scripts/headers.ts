/**
 * The HTTP headers the site should be served with: the one source of the build's `_headers`
 * file (Netlify, Cloudflare Pages) and of the header list in README.md (for every other host).
 *
 * The Content-Security-Policy itself is Kit's `csp` option in vite.config.ts, which puts it in a
 * `<meta>` on every prerendered page. A `<meta>` cannot carry `frame-ancestors`, so the header
 * file does: `'none'` on every path but the embeds, which any site may frame.
 *
 * Hosts that read `_headers` apply every rule whose path matches and join a header given by
 * several rules ("a, b"), which for a policy means two policies, both enforced. So no rule that
 * matches an embed may carry `frame-ancestors`: there is no catch-all `/*` rule for it; the
 * build's files are walked instead, and every folder that holds no embed gets one `/<folder>/*`
 * rule, every folder above an embed its own path and one rule per entry. (So a missing path
 * outside every folder of the build, answered with `404.html`, carries no `frame-ancestors`:
 * the error page, with nothing on it to be tricked into.)
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Adapter } from '@sveltejs/kit';
import { LOCALE_PREFIXES, LOCALES } from '../src/lib/content/locales.ts';

/** One block of a `_headers` file: a path (`*` matches any rest) and its headers. */
export interface HeaderBlock {
	path: string;
	headers: [name: string, value: string][];
}

/** The embed's pages in every language: the only pages another site may frame. */
export const EMBED_PATHS = LOCALES.map((locale) => `${LOCALE_PREFIXES[locale]}/embed/`);

/** Everything but the embeds: framing refused (a header, since a `<meta>` cannot say it). */
export const NO_FRAMING: [string, string] = ['Content-Security-Policy', "frame-ancestors 'none'"];

/**
 * The header set, path by path (`*` matches any rest of the path), apart from `NO_FRAMING`.
 * CORS on the scripts and the embed's data: a `sandbox="allow-scripts"` embed has an opaque
 * origin, and loads its module scripts only with CORS (README, "Strict hosts").
 */
export const HEADER_SET: HeaderBlock[] = [
	{
		path: '/*',
		headers: [
			['X-Content-Type-Options', 'nosniff'],
			['Referrer-Policy', 'no-referrer']
		]
	},
	{
		path: '/_app/immutable/*',
		headers: [['Cache-Control', 'public, max-age=31536000, immutable']]
	},
	...['/_app/', ...EMBED_PATHS].map((prefix): HeaderBlock => ({
		path: `${prefix}*`,
		headers: [['Access-Control-Allow-Origin', '*']]
	}))
];

/** Cloudflare Pages reads at most 100 rules from `_headers`. */
export const MAX_RULES = 100;

/**
 * The paths that refuse framing, covering every file of the build (`files`: paths from the
 * root, "/nn/metode/index.html") except those under an embed path, and no path under one.
 */
export function noFramingPaths(files: readonly string[]): string[] {
	const walk = (folder: string): string[] => {
		if (EMBED_PATHS.includes(folder)) return [];
		if (!EMBED_PATHS.some((embed) => embed.startsWith(folder))) return [`${folder}*`];
		const entries = new Set(
			files
				.filter((file) => file.startsWith(folder))
				.map((file) => {
					const rest = file.slice(folder.length);
					const slash = rest.indexOf('/');
					return slash === -1 ? rest : rest.slice(0, slash + 1);
				})
		);
		// The folder's own address (its index.html), then each entry: a file, or a folder.
		return [
			folder,
			...[...entries]
				.sort()
				.flatMap((entry) => (entry.endsWith('/') ? walk(folder + entry) : [folder + entry]))
		];
	};
	return walk('/');
}

/**
 * The `Link` header of an island page (the start and quiz pages: an `async` module script of
 * ours, IslandScripts.svelte) with `html`: every module the page preloads, and its script, as
 * `rel=modulepreload`, with the hrefs of the HTML (relative to the page, as the browser reads a
 * header's). The browser starts fetching them as the response arrives instead of once its
 * renderer has parsed the head (on a slow phone, about 100 ms later), and a host that turns the
 * header into 103 Early Hints (Cloudflare) sends them before the page. Undefined for other pages.
 */
export function preloadHeader(html: string): string | undefined {
	const script = /<script type="module" async src="([^"]+)"/.exec(html)?.[1];
	if (script === undefined) return undefined;
	const preloads = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map(
		(match) => match[1]!
	);
	return [...new Set([...preloads, script])]
		.map((href) => `<${href}>; rel=modulepreload`)
		.join(', ');
}

/** The `Link` blocks of the island pages among `files` of the build folder `root`. */
export function preloadBlocks(root: string, files: readonly string[]): HeaderBlock[] {
	return files
		.filter((file) => file.endsWith('/index.html'))
		.flatMap((file) => {
			const link = preloadHeader(readFileSync(join(root, file), 'utf8'));
			const path = file.slice(0, -'index.html'.length);
			return link === undefined ? [] : [{ path, headers: [['Link', link]] }];
		});
}

/** The `_headers` blocks for a build holding `files`, with its pages' `preloads`. */
export function headerBlocks(
	files: readonly string[],
	preloads: readonly HeaderBlock[] = []
): HeaderBlock[] {
	return [
		...HEADER_SET,
		...noFramingPaths(files).map((path): HeaderBlock => ({ path, headers: [NO_FRAMING] })),
		...preloads
	];
}

/** The text of a `_headers` file. */
export function formatHeaders(blocks: readonly HeaderBlock[]): string {
	const lines = [
		'# Generated by scripts/headers.ts when the site is built: edit that file, not this one.',
		...blocks.flatMap(({ path, headers }) => [
			path,
			...headers.map(([name, value]) => `  ${name}: ${value}`)
		])
	];
	return `${lines.join('\n')}\n`;
}

/** The header list in README.md (for hosts without a `_headers` file), in Markdown. */
export function readmeHeaderList(): string {
	const code = (s: string) => `\`${s}\``;
	const list = (headers: HeaderBlock['headers']) =>
		headers.map(([name, value]) => code(`${name}: ${value}`)).join(', ');
	const [all, ...rest] = HEADER_SET;
	const byHeaders = new Map<string, string[]>();
	for (const block of rest) {
		const key = list(block.headers);
		byHeaders.set(key, [...(byHeaders.get(key) ?? []), code(block.path)]);
	}
	return [
		`- every response: ${list(all!.headers)}`,
		...[...byHeaders].map(([headers, paths]) => `- ${paths.join(', ')}: ${headers}`),
		`- every path except ${EMBED_PATHS.map((p) => code(`${p}*`)).join(', ')}: ${list([NO_FRAMING])}`,
		`- the start page and each quiz page, in every language: ${code('Link')} with the scripts the page preloads, ${code('<…>; rel=modulepreload')} each (copy them from the generated ${code('build/_headers')}; they change with every build)`
	].join('\n');
}

/** Every file under `root`, as a path from the site's root ("/nn/metode/index.html"). */
function filesIn(root: string, folder = '/'): string[] {
	return readdirSync(join(root, folder), { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? filesIn(root, `${folder}${entry.name}/`) : [`${folder}${entry.name}`]
	);
}

/** The files a host serves from the build folder `root`: every one but `_headers` itself. */
export function servedFiles(root: string): string[] {
	return filesIn(root).filter((file) => file !== '/_headers');
}

/** Writes `<root>/_headers` for the files in `root`; returns the number of blocks. */
export function writeHeaders(root: string): number {
	const files = servedFiles(root);
	const blocks = headerBlocks(files, preloadBlocks(root, files));
	if (blocks.length > MAX_RULES) {
		throw new Error(`_headers: ${blocks.length} rules, more than a host reads (${MAX_RULES})`);
	}
	writeFileSync(join(root, '_headers'), formatHeaders(blocks));
	return blocks.length;
}

/** `adapter`, then the `_headers` file written into its output folder `root`. */
export function withHeaders(adapter: Adapter, root: string): Adapter {
	return {
		...adapter,
		async adapt(builder) {
			await adapter.adapt(builder);
			const count = writeHeaders(root);
			builder.log.minor(`Wrote ${join(root, '_headers')} (${count} rules)`);
		}
	};
}
