/**
 * A static file server for the built site, as a plain static host serves it: `index.html` for
 * a folder, `404.html` (status 404) for a missing path, gzip when the browser accepts it, and
 * the headers of the build's `_headers` file (the Netlify and Cloudflare Pages format) applied
 * to every response. Used by the performance budget script and the e2e tests of the headers.
 *
 * Every rule whose path matches is applied, and a header set by several matching rules is
 * joined with ", " as Cloudflare Pages does: so a policy given twice by overlapping rules shows
 * up here as two policies, which the browser enforces both of.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8'
};

/** One rule of a `_headers` file: a path pattern (`*` matches anything) and its headers. */
export interface HeaderRule {
	pattern: string;
	headers: [name: string, value: string][];
}

/** Reads a `_headers` file: a path on its own line, then its indented `Name: value` lines. */
export function parseHeaders(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split('\n')) {
		if (line.trim() === '' || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rules.push({ pattern: line.trim(), headers: [] });
			continue;
		}
		const rule = rules.at(-1);
		const colon = line.indexOf(':');
		if (!rule || colon === -1) throw new Error(`_headers: a header outside a rule: "${line}"`);
		rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
	}
	return rules;
}

/** Whether a `_headers` path pattern matches `pathname`. */
export function matches(pattern: string, pathname: string): boolean {
	const regex = pattern
		.split('*')
		.map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
		.join('.*');
	return new RegExp(`^${regex}$`).test(pathname);
}

/** The headers every matching rule gives `pathname`, joined per name. */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const rule of rules) {
		if (!matches(rule.pattern, pathname)) continue;
		for (const [name, value] of rule.headers) {
			const key = name.toLowerCase();
			out[key] = out[key] === undefined ? value : `${out[key]}, ${value}`;
		}
	}
	return out;
}

/** Serves `root` on a free loopback port; resolves with the server and its base URL. */
export function serveStatic(root: string): Promise<{ server: Server; baseURL: string }> {
	const headersFile = join(root, '_headers');
	const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
	const server = createServer((req, res) => {
		const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		let file = normalize(join(root, pathname));
		if (!file.startsWith(normalize(root + sep)) && file !== normalize(root)) {
			res.writeHead(400).end();
			return;
		}
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		let status = 200;
		if (!existsSync(file)) {
			status = 404;
			file = join(root, '404.html');
		}
		const body = readFileSync(file);
		const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
		res.writeHead(status, {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			...headersFor(rules, pathname),
			...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {})
		});
		res.end(gzip ? gzipSync(body, { level: 9 }) : body);
	});
	return new Promise((resolve) => {
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			resolve({ server, baseURL: `http://127.0.0.1:${port}` });
		});
	});
}
