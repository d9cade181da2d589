// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { changelogEntries, renderChangelog } from './changelog.ts';

/** The rendered changelog parsed the way a browser would. */
function render(markdown: string): DocumentFragment {
	const template = document.createElement('template');
	template.innerHTML = renderChangelog(markdown);
	return template.content;
}

const HOSTILE = `# Content changelog

Format guide with a template row.

## 2026-12-01

- Ny påstand <script>alert('changelog')</script> er lagt til.
- Se <img src=x onerror="alert('img')"> for detaljer.
- [Les begrunnelsen](javascript:alert('link')) eller [denne](jav&#x61;script:alert(1)).

<script>document.body.dataset.pwned = 'yes'</script>

| Dato       | Påstand (id) | Dokument  | Gammel → ny | Begrunnelse                       |
| ---------- | ------------ | --------- | ----------- | --------------------------------- |
| 2026-12-01 | \`a\`          | \`ap-oslo\` | 1 → 2       | <img src=x onerror=alert('cell')> |
`;

describe('renderChangelog', () => {
	it('renders a script payload, an <img onerror> and a javascript: link as text', () => {
		const fragment = render(HOSTILE);
		expect(fragment.querySelectorAll('script, img, iframe')).toHaveLength(0);
		expect(fragment.querySelectorAll('a')).toHaveLength(0);
		for (const element of fragment.querySelectorAll('*')) {
			expect(element.getAttributeNames().filter((name) => name.startsWith('on'))).toEqual([]);
		}
		const text = fragment.textContent ?? '';
		expect(text).toContain("Ny påstand <script>alert('changelog')</script> er lagt til.");
		expect(text).toContain(`Se <img src=x onerror="alert('img')"> for detaljer.`);
		expect(text).toContain('Les begrunnelsen eller denne.');
		expect(text).toContain("<script>document.body.dataset.pwned = 'yes'</script>");
		const reason = fragment.querySelector('td[data-label="Begrunnelse"]');
		expect(reason?.textContent).toBe("<img src=x onerror=alert('cell')>");
	});

	it('shows only the entries, with headings one level down', () => {
		const fragment = render(HOSTILE);
		expect(fragment.textContent).not.toContain('Format guide');
		expect([...fragment.querySelectorAll('h1, h2, h3')].map((h) => h.outerHTML)).toEqual([
			'<h3>2026-12-01</h3>'
		]);
		expect(changelogEntries('No dated entries yet.')).toBe('No dated entries yet.');
	});

	it('renders every dated entry of the real changelog and none of the format guide', () => {
		const markdown = readFileSync('content/CHANGELOG.md', 'utf8');
		const dates = [...markdown.matchAll(/^## (\d{4}-\d{2}-\d{2})$/gm)].map((m) => m[1]);
		expect(dates.length).toBeGreaterThan(0);
		const fragment = render(markdown);
		expect([...fragment.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(dates);
		expect(fragment.textContent).not.toContain('eksempel-id');
	});
});
