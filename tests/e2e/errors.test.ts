/**
 * The Norwegian error pages: a missing page (from the preview server, and from `404.html` as
 * a static host serves it for any missing path) and a navigation that fails offline.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	COMBOS,
	axeViolations,
	baseURL,
	horizontalOverflow,
	hydrated,
	launch,
	newContext,
	screenshot
} from './browser.ts';

const BUILD = join(process.cwd(), 'build');
const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml'
};

/**
 * A static host as GitHub Pages or Netlify behave: files from `build/`, a folder's
 * index.html, and `404.html` with status 404 for anything else.
 */
function staticHost(): Promise<{ server: Server; url: string }> {
	const server = createServer((req, res) => {
		const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
		let file = join(BUILD, path);
		if (file.endsWith('/')) file = join(file, 'index.html');
		if (file.startsWith(BUILD) && existsSync(file) && !file.endsWith('/')) {
			try {
				const body = readFileSync(file);
				res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
				res.end(body);
				return;
			} catch {
				// a folder without index.html: missing
			}
		}
		res.writeHead(404, { 'content-type': TYPES['.html']! });
		res.end(readFileSync(join(BUILD, '404.html')));
	});
	return new Promise((resolve) =>
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			resolve({ server, url: `http://127.0.0.1:${port}` });
		})
	);
}

let browser: Browser;
let host: { server: Server; url: string };
beforeAll(async () => {
	browser = await launch();
	host = await staticHost();
});
afterAll(async () => {
	await browser?.close();
	await new Promise((r) => host?.server.close(r));
});

/** Script errors only: a 404 page logs the 404 response as a console error, by design. */
function collectErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	return errors;
}

describe('the 404 page', () => {
	it('is in the build as 404.html, for static hosts', () => {
		expect(existsSync(join(BUILD, '404.html'))).toBe(true);
		const html = readFileSync(join(BUILD, '404.html'), 'utf8');
		expect(html).toContain('<html lang="nb">');
		// Absolute asset paths: the host serves it at any depth.
		expect(html).toMatch(/src="\/_app\/|href="\/_app\//);
	});

	it('answers a missing path with status 404 and the Norwegian page', async () => {
		const { context } = await newContext(browser, 'phone');
		const page = await context.newPage();
		const response = await page.goto(`${baseURL()}/finnes-ikke/`);
		expect(response?.status()).toBe(404);
		await expect(page.locator('h1').textContent()).resolves.toBe('Fant ikke siden');
		await expect(page.title()).resolves.toBe('Fant ikke siden – Valgomat: helse og omsorg');
		await context.close();
	});

	it.each(['/finnes/ikke/her/', '/bergen/', '/kilder/ukjent-dokument/'])(
		'is what a static host shows for %s, in Norwegian, with working links',
		async (path) => {
			const { context } = await newContext(browser, 'narrow');
			const page = await context.newPage();
			const errors = collectErrors(page);
			const documents: string[] = [];
			page.on('request', (r) => {
				if (r.resourceType() === 'document') documents.push(r.url());
			});
			const response = await page.goto(`${host.url}${path}`);
			expect(response?.status()).toBe(404);
			await page.locator('[data-error="notFound"]').waitFor();
			// The app starts on the page and stays: no reload (Kit's version check once reloaded a
			// production 404.html without end).
			await page.waitForLoadState('networkidle');
			expect(documents).toEqual([`${host.url}${path}`]);
			await expect(page.locator('h1').textContent()).resolves.toBe('Fant ikke siden');
			await page.getByRole('link', { name: 'Til forsiden' }).click();
			await page.waitForURL(`${host.url}/`);
			await expect(page.locator('h1').textContent()).resolves.toBe('Valgomat: helse og omsorg');
			expect(errors).toEqual([]);
			await context.close();
		}
	);

	it('says the same without JavaScript', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false, locale: 'nb-NO' });
		const page = await context.newPage();
		const response = await page.goto(`${host.url}/finnes/ikke/`);
		expect(response?.status()).toBe(404);
		await expect(page.title()).resolves.toBe('Fant ikke siden – Valgomat: helse og omsorg');
		await expect(page.locator('h1').textContent()).resolves.toBe('Fant ikke siden');
		const home = page.getByRole('link', { name: 'Til forsiden' });
		expect(await home.getAttribute('href')).toBe('/');
		await screenshot(page, 'pages-404-nojs');
		await context.close();
	});

	it.each(COMBOS)('has no axe violations at %s in %s mode', async (viewport, scheme) => {
		const { context } = await newContext(browser, viewport, scheme);
		const page = await context.newPage();
		await page.goto(`${host.url}/finnes-ikke/`);
		await page.locator('[data-error="notFound"]').waitFor();
		// With the app running, the error page is all there is: one heading, one title.
		await expect(page.locator('h1').count()).resolves.toBe(1);
		await screenshot(page, `pages-404-${viewport}-${scheme}`);
		expect(await axeViolations(page)).toEqual([]);
		expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
		await context.close();
	});
});

describe('a navigation that fails offline', () => {
	it.each(COMBOS)(
		'says the connection is gone and the answers are safe, at %s in %s mode',
		async (viewport, scheme) => {
			// From a page Kit's client runs (the editors' page): its error page says it.
			const { context } = await newContext(browser, viewport, scheme);
			const page = await context.newPage();
			await page.goto(`${baseURL()}/for-redaksjoner/`, { waitUntil: 'networkidle' });
			await context.setOffline(true);
			await page.getByRole('link', { name: 'Slik fungerer valgomaten' }).first().click();
			const error = page.locator('[data-error="offline"]');
			await error.waitFor();
			await expect(page.locator('h1').textContent()).resolves.toBe('Ingen nettforbindelse');
			expect(await error.textContent()).toContain('forbindelsen er borte');
			expect(await error.textContent()).toContain('Svarene dine er trygge');
			await screenshot(page, `pages-offline-${viewport}-${scheme}`);
			expect(await axeViolations(page)).toEqual([]);
			expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
			// Back online, "Prøv igjen" opens the page the voter wanted.
			await context.setOffline(false);
			await page.getByRole('link', { name: 'Prøv igjen' }).click();
			await page.waitForURL(`${baseURL()}/metode/`);
			await expect(page.locator('h1').textContent()).resolves.not.toBe('Ingen nettforbindelse');
			await context.close();
		}
	);

	it.each(COMBOS)(
		'keeps the quiz and says so on a quiz page, at %s in %s mode',
		async (viewport, scheme) => {
			// A quiz page (an island, no router) before the service worker has the site.
			const { context } = await newContext(browser, viewport, scheme);
			const page = await context.newPage();
			await page.goto(`${baseURL()}/akershus/`);
			await hydrated(page);
			await page.getByRole('button', { name: 'Start' }).click();
			const statement = await page.locator('h1').textContent();
			await context.setOffline(true);
			await page.getByRole('link', { name: 'Slik fungerer valgomaten' }).first().click();
			const error = page.locator('[data-error="offline"]');
			await error.waitFor();
			await expect(error.getByRole('heading').textContent()).resolves.toBe('Ingen nettforbindelse');
			expect(await error.textContent()).toContain('Svarene dine er trygge');
			// The quiz is still there to go on with.
			expect(page.url()).toBe(`${baseURL()}/akershus/`);
			await expect(page.locator('h1').textContent()).resolves.toBe(statement);
			await screenshot(page, `pages-offline-quiz-${viewport}-${scheme}`);
			expect(await axeViolations(page)).toEqual([]);
			expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
			await context.setOffline(false);
			await error.getByRole('link', { name: 'Prøv igjen' }).click();
			await page.waitForURL(`${baseURL()}/metode/`);
			await context.close();
		}
	);
});
