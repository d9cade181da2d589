// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findRawHtml, markdownBlocks, renderInline, renderMarkdown, safeUrl } from './markdown.ts';

/** The rendered HTML parsed the way a browser would, for assertions on the real DOM. */
function dom(html: string): DocumentFragment {
	const template = document.createElement('template');
	template.innerHTML = html;
	return template.content;
}

/** Elements and attributes that would run script if they reached the page. */
function scriptable(fragment: DocumentFragment): string[] {
	const found: string[] = [];
	for (const element of fragment.querySelectorAll('*')) {
		const tag = element.tagName.toLowerCase();
		if (['script', 'iframe', 'object', 'embed', 'style', 'svg', 'math'].includes(tag))
			found.push(tag);
		for (const attribute of element.attributes) {
			if (attribute.name.startsWith('on')) found.push(`${tag}[${attribute.name}]`);
			if (['href', 'src'].includes(attribute.name)) {
				// eslint-disable-next-line no-control-regex -- browsers strip C0 controls and spaces from URLs
				const url = attribute.value.replace(/[\u0000-\u0020]/g, '');
				if (/^[a-z][a-z0-9+.-]*:/i.test(url) && !/^https?:/i.test(url))
					found.push(`${tag}[${attribute.name}=${attribute.value}]`);
			}
		}
	}
	return found;
}

describe('renderMarkdown: raw HTML', () => {
	it('shows a block of raw HTML as text', () => {
		const html = renderMarkdown('Før\n\n<script>alert(1)</script>\n\nEtter');
		const fragment = dom(html);
		expect(scriptable(fragment)).toEqual([]);
		expect(fragment.textContent).toContain('<script>alert(1)</script>');
	});

	it('shows inline raw HTML as text, also inside links, headings and table cells', () => {
		const markdown = [
			'## Tittel <img src=x onerror=alert(1)>',
			'',
			'Tekst <b onclick="alert(1)">fet</b> og [lenke <img src=x onerror=alert(2)>](https://example.org) <!-- kommentar -->',
			'',
			'| A | B |',
			'| - | - |',
			'| <svg onload=alert(3)> | x |'
		].join('\n');
		const fragment = dom(renderMarkdown(markdown));
		expect(scriptable(fragment)).toEqual([]);
		expect(fragment.querySelector('h2')?.textContent).toBe('Tittel <img src=x onerror=alert(1)>');
		expect(fragment.textContent).toContain('<b onclick="alert(1)">fet</b>');
		expect(fragment.textContent).toContain('<!-- kommentar -->');
		expect(fragment.querySelector('td')?.textContent).toBe('<svg onload=alert(3)>');
	});

	it('never lets any input produce script (property)', () => {
		const pieces = fc.constantFrom(
			'<script>x()</script>',
			'<img src=x onerror=y()>',
			'[a](javascript:x())',
			'[a](jav&#x61;script:x())',
			'<javascript:x()>',
			'![i](data:text/html,x)',
			'<a href="javascript:x()">a</a>',
			'<!--',
			'-->',
			'`',
			'*',
			'\n\n',
			'| a |\n| - |\n| b |',
			'[r]\n\n[r]: javascript:x()',
			'text ',
			'<',
			'>',
			'"',
			'&'
		);
		fc.assert(
			fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
				const markdown = parts.join('');
				expect(scriptable(dom(renderMarkdown(markdown)))).toEqual([]);
				expect(scriptable(dom(renderInline(markdown)))).toEqual([]);
			})
		);
	});
});

describe('renderMarkdown: link and image targets', () => {
	it.each([
		['https://example.org/a?b=c&d=e', 'https://example.org/a?b=c&d=e'],
		['HTTP://example.org', 'HTTP://example.org'],
		['../kilder/ap-oslo/#L12', '../kilder/ap-oslo/#L12'],
		['/data/valgomat.json', '/data/valgomat.json'],
		['#utregning', '#utregning'],
		['//example.org/x', '//example.org/x']
	])('keeps %s', (target, href) => {
		const link = dom(renderMarkdown(`[lenke](${target})`)).querySelector('a');
		expect(link?.getAttribute('href')).toBe(href);
		expect(link?.textContent).toBe('lenke');
	});

	it.each([
		'javascript:alert(1)',
		'JavaScript:alert(1)',
		'jav&#x61;script:alert(1)',
		'&#106;avascript:alert(1)',
		'<java\tscript:alert(1)>',
		'vbscript:msgbox(1)',
		'data:text/html;base64,PHNjcmlwdD4=',
		'mailto:someone@example.org',
		'file:///etc/passwd'
	])('renders a link to %s as plain text', (target) => {
		const fragment = dom(renderMarkdown(`[klikk her](${target})`));
		expect(fragment.querySelector('a')).toBeNull();
		expect(fragment.textContent?.trim()).toBe('klikk her');
	});

	it('filters autolinks, reference links and e-mail autolinks the same way', () => {
		const markdown =
			'<javascript:alert(1)> [ref][r] post@example.org <https://example.org>\n\n[r]: javascript:alert(2)';
		const links = [...dom(renderMarkdown(markdown)).querySelectorAll('a')];
		expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://example.org']);
	});

	it('keeps images with allowed targets and shows the alt text of the others', () => {
		const fragment = dom(renderMarkdown('![Kart](bilder/kart.png) ![Ondt](data:image/svg+xml,x)'));
		const images = [...fragment.querySelectorAll('img')];
		expect(images.map((i) => [i.getAttribute('src'), i.getAttribute('alt')])).toEqual([
			['bilder/kart.png', 'Kart']
		]);
		expect(fragment.textContent).toContain('Ondt');
	});

	it('escapes quotes and markup in targets and titles', () => {
		const link = dom(
			renderMarkdown('[a](https://example.org/"onmouseover="x "t\\"<b>")')
		).querySelector('a');
		expect(link?.getAttributeNames().sort()).toEqual(['href', 'title']);
		expect(link?.getAttribute('title')).toBe('t"<b>');
	});

	it('safeUrl reads the target as the browser will', () => {
		expect(safeUrl('https://x.no')).toBe('https://x.no');
		expect(safeUrl('&#x23;ankre')).toBe('#ankre');
		expect(safeUrl('javascript&colon;x')).toBe('javascript&colon;x');
		expect(safeUrl(' javascript:x')).toBeNull();
		expect(safeUrl('java\nscript:x')).toBeNull();
	});
});

describe('renderMarkdown: the changelog rules', () => {
	it('shifts headings and keeps a minimum level', () => {
		const html = renderMarkdown('# A\n\n## B\n\n#### C', { headingShift: 1, minHeading: 3 });
		expect([...dom(html).querySelectorAll('h3, h4, h5')].map((h) => h.tagName)).toEqual([
			'H3',
			'H3',
			'H5'
		]);
	});

	it('gives a heading with a trailing {#anchor} that id', () => {
		const fragment = dom(renderMarkdown('### Et *regneeksempel* {#regneeksempel}\n\n## Uten'));
		expect([...fragment.querySelectorAll('h2, h3')].map((h) => [h.id, h.innerHTML])).toEqual([
			['regneeksempel', 'Et <em>regneeksempel</em>'],
			['', 'Uten']
		]);
	});

	it('gives every table cell its column name and explicit table roles', () => {
		const html = renderMarkdown('| Dato | Påstand (`id`) |\n| --- | --- |\n| 2026-11-22 | `a-b` |');
		const fragment = dom(html);
		expect(fragment.querySelector('table')?.getAttribute('role')).toBe('table');
		const cells = [...fragment.querySelectorAll('tbody td')];
		expect(cells.map((c) => [c.getAttribute('data-label'), c.textContent])).toEqual([
			['Dato', '2026-11-22'],
			['Påstand (id)', 'a-b']
		]);
		expect(fragment.querySelectorAll('[role="columnheader"]')).toHaveLength(2);
	});
});

describe('findRawHtml', () => {
	it('finds block and inline HTML with its line, and nothing in code', () => {
		const markdown = [
			'# Tittel', // 1
			'', // 2
			'Tekst med <b>fet</b> skrift.', // 3
			'', // 4
			'<div>', // 5
			'blokk', // 6
			'</div>', // 7
			'', // 8
			'`<i>kode</i>` og <https://example.org> og a < b', // 9
			'', // 10
			'```', // 11
			'<script>kode</script>', // 12
			'```', // 13
			'', // 14
			'- punkt', // 15
			'- <!-- kommentar --> i en liste', // 16
			'', // 17
			'| a |', // 18
			'| - |', // 19
			'| <img src=x onerror=y> |' // 20
		].join('\r\n');
		expect(findRawHtml(markdown)).toEqual([
			{ line: 3, html: '<b>' },
			{ line: 3, html: '</b>' },
			{ line: 5, html: '<div>\nblokk\n</div>' },
			{ line: 16, html: '<!-- kommentar --> i en liste' },
			{ line: 20, html: '<img src=x onerror=y>' }
		]);
	});
});

describe('markdownBlocks', () => {
	it('lists the top-level blocks with their shape and first line', () => {
		const markdown = [
			'', // 1
			'### Tittel {#anker}', // 2
			'', // 3
			'Et avsnitt', // 4
			'over to linjer.', // 5
			'', // 6
			'- én', // 7
			'- to', // 8
			'', // 9
			'1. først', // 10
			'', // 11
			'```', // 12
			'kode', // 13
			'```', // 14
			'', // 15
			'| a | b |', // 16
			'| - | - |', // 17
			'| 1 | 2 |' // 18
		].join('\r\n');
		expect(markdownBlocks(markdown).map((b) => [b.kind, b.shape, b.line])).toEqual([
			['heading', 'h3', 2],
			['paragraph', '', 4],
			['list', '2 items', 7],
			['list', 'ordered, 1 item', 10],
			['code', '', 12],
			['table', '2 columns, 1 row', 16]
		]);
	});
});
