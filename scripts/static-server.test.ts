import { describe, expect, it } from 'vitest';
import { headersFor, matches, parseHeaders } from '../tests/support/static-server.ts';

describe('the _headers file as the test server applies it', () => {
	const rules = parseHeaders(
		[
			'# a comment',
			'/*',
			'  X-Content-Type-Options: nosniff',
			'',
			'/_app/immutable/*',
			'  Cache-Control: public, max-age=31536000, immutable',
			'/embed/*',
			'  Content-Security-Policy: frame-ancestors *',
			'/metode/*',
			'  Content-Security-Policy: frame-ancestors https://a.example:443'
		].join('\n')
	);

	it('reads each path with its indented headers, keeping colons in values', () => {
		expect(rules.map((r) => r.pattern)).toEqual([
			'/*',
			'/_app/immutable/*',
			'/embed/*',
			'/metode/*'
		]);
		expect(rules[3]!.headers).toEqual([
			['Content-Security-Policy', 'frame-ancestors https://a.example:443']
		]);
	});

	it('matches a splat against any rest of the path, and nothing else loosely', () => {
		expect(matches('/embed/*', '/embed/')).toBe(true);
		expect(matches('/embed/*', '/embed/oslo/')).toBe(true);
		expect(matches('/embed/*', '/embedded/')).toBe(false);
		expect(matches('/', '/')).toBe(true);
		expect(matches('/', '/oslo/')).toBe(false);
		expect(matches('/a.b', '/axb')).toBe(false);
	});

	it('applies every matching rule, joining a header given twice as two values', () => {
		expect(headersFor(rules, '/_app/immutable/x.js')).toEqual({
			'x-content-type-options': 'nosniff',
			'cache-control': 'public, max-age=31536000, immutable'
		});
		const twice = parseHeaders('/*\n  A: 1\n/x/*\n  A: 2\n');
		expect(headersFor(twice, '/x/y')).toEqual({ a: '1, 2' });
	});

	it('refuses a header line outside a rule', () => {
		expect(() => parseHeaders('  A: 1\n')).toThrow(/outside a rule/);
	});
});
