import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

test('the icon inlined in app.html is static/favicon.svg', () => {
	const html = readFileSync('src/app.html', 'utf8');
	const href = /rel="icon"[^>]*href="data:image\/svg\+xml,([^"]+)"/.exec(html)?.[1];
	expect(href).toBeDefined();
	const inline = decodeURIComponent(href!).replaceAll("'", '"');
	expect(inline).toBe(readFileSync('static/favicon.svg', 'utf8').trim());
});
