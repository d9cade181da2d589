import { mount, unmount } from 'svelte';
import { page } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import DocumentText from './DocumentText.svelte';
import type { SourceLine } from '#lib/pledges/types.ts';

const longWord = 'Helse-og-omsorgstjenestekoordineringsansvarsfordelingsprinsippet'.repeat(2);
const lines: SourceLine[] = [
	{
		line: 1,
		printed: 1,
		text: `Et avsnitt med et svært langt ord: ${longWord} og mer tekst etter det.`
	},
	{
		line: 2,
		printed: 2,
		text: '• Et løfte som går over flere linjer i en smal skjerm på en telefon'
	}
];

let app: Record<string, unknown> | undefined;
afterEach(() => {
	if (app) unmount(app);
	document.body.innerHTML = '';
});

describe('DocumentText in Chromium', () => {
	it('never scrolls sideways at 320 px, even with very long words', async () => {
		await page.viewport(320, 640);
		const target = document.createElement('main');
		document.body.append(target);
		app = mount(DocumentText, {
			target,
			props: { lines, pledges: [{ id: 'p-1', lines: [2, 2], text: 'x' }] }
		});
		await new Promise((r) => requestAnimationFrame(r));
		expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
		const text = target.querySelector('#L1 .text') as HTMLElement;
		expect(text.getBoundingClientRect().right).toBeLessThanOrEqual(320);
	});

	it('keeps line-number links at least 24 px tall (WCAG 2.5.8 target size)', async () => {
		const target = document.createElement('main');
		document.body.append(target);
		app = mount(DocumentText, { target, props: { lines, pledges: [] } });
		await new Promise((r) => requestAnimationFrame(r));
		for (const link of target.querySelectorAll('a.ln')) {
			expect(link.getBoundingClientRect().height).toBeGreaterThanOrEqual(24);
		}
	});
});
