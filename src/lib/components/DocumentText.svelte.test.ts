import { fc, test } from '@fast-check/vitest';
import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import DocumentText from './DocumentText.svelte';
import type { SourceLine } from '#lib/pledges/types.ts';

const lines: SourceLine[] = [
	{ line: 1, printed: 1, text: 'Tittel' },
	{ line: 2, printed: null, text: '' },
	{ line: 3, printed: 2, text: 'Partiet vil:' },
	{ line: 4, printed: 3, text: '• Styrke fastlegene og' },
	{ line: 5, printed: 4, text: 'legevakten.' },
	{ line: 6, printed: 5, text: 'Prosa etterpå.' }
];

describe('DocumentText', () => {
	it('gives every line an anchor of its file line and shows the printed number beside it', () => {
		const { container } = render(DocumentText, { lines, pledges: [] });
		expect([...container.querySelectorAll('.line')].map((l) => l.id)).toEqual([
			'L1',
			'L2',
			'L3',
			'L4',
			'L5',
			'L6'
		]);
		const link = screen.getByRole('link', { name: 'Linje 4' });
		expect(link.getAttribute('href')).toBe('#L4');
		expect(screen.getByLabelText('trykt linje 3')).toHaveTextContent('3');
		expect(container.querySelectorAll('.printed')).toHaveLength(5);
	});

	it('wraps the lines of each pledge in one block with a text label, not colour alone', () => {
		const { container } = render(DocumentText, {
			lines,
			pledges: [{ id: 'x-abc', lines: [4, 5], text: 'Styrke fastlegene og legevakten.' }]
		});
		const blocks = container.querySelectorAll('.pledge');
		expect(blocks).toHaveLength(1);
		const block = blocks[0] as HTMLElement;
		expect(block.id).toBe('x-abc');
		expect(within(block).getByText('Løfte')).toBeInTheDocument();
		expect([...block.querySelectorAll('.line')].map((l) => l.id)).toEqual(['L4', 'L5']);
	});

	it('highlights exactly the marked characters inside their lines, the rest of the text intact', () => {
		const marks = new Map<number, [number, number][]>([
			[4, [[9, 22]]],
			[5, [[0, 10]]]
		]);
		const { container } = render(DocumentText, { lines, pledges: [], marks });
		expect([...container.querySelectorAll('mark')].map((el) => el.textContent)).toEqual([
			'fastlegene og',
			'legevakten'
		]);
		expect(container.querySelector('#L4 mark')?.closest('.line')?.id).toBe('L4');
		expect(container.querySelector('#L4 .text')?.textContent).toBe('• Styrke fastlegene og');
		expect(container.querySelector('#L5 .text')?.textContent).toBe('legevakten.');
	});

	it('groups a PDF’s lines into paragraphs, keeping each line’s anchor and printed number', () => {
		const long =
			'Kommunene står overfor store utfordringer i forhold til å yte gode helsetjenester for';
		const pdf: SourceLine[] = [
			{ line: 1, printed: 1, text: long },
			{ line: 2, printed: null, text: '' },
			{ line: 3, printed: 2, text: long },
			{ line: 4, printed: 3, text: 'befolkningen.' },
			{ line: 5, printed: 4, text: '' },
			{ line: 6, printed: 5, text: long }
		];
		const { container } = render(DocumentText, { lines: pdf, pledges: [], flow: true });
		expect(container.querySelector('.document')?.classList.contains('flow')).toBe(true);
		const paragraphs = [...container.querySelectorAll('p.para')].map((p) =>
			[...p.querySelectorAll('.line')].map((l) => l.id)
		);
		expect(paragraphs).toEqual([['L1', 'L2', 'L3', 'L4'], ['L6']]);
		expect([...container.querySelectorAll('.line')].map((l) => l.id)).toEqual(
			pdf.map((l) => `L${l.line}`)
		);
		expect(
			[...container.querySelectorAll('.line .printed')].map((el) => Number(el.textContent))
		).toEqual([1, 2, 3, 4, 5]);
	});

	it('shows a document’s text as text: markup, entities and quotes in it are never HTML', () => {
		const hostile: SourceLine[] = [
			{ line: 1, printed: 1, text: '<img src=x onerror="window.__hacked = 1">' },
			{ line: 2, printed: 2, text: '&amp; «sitat» \'a\' "b" </span></p><script>x()</script>' }
		];
		const { container } = render(DocumentText, {
			lines: hostile,
			pledges: [{ id: 'x-"><b>', lines: [2, 2], text: 'x' }]
		});
		expect(container.querySelector('img, script, b')).toBeNull();
		expect([...container.querySelectorAll('.text')].map((el) => el.textContent)).toEqual(
			hostile.map((l) => l.text)
		);
		expect(container.querySelector('.pledge')?.id).toBe('x-"><b>');
		expect((window as { __hacked?: number }).__hacked).toBeUndefined();
	});

	test.prop([
		fc.array(
			fc.record({
				text: fc.oneof(
					fc.string(),
					fc.stringMatching(/^[<>&"' a-zæøå/=]{0,30}$/),
					fc.constantFrom('', '   ', '<!--', ']]>', '</span>', '&lt;', '\u00a0')
				),
				printed: fc.option(fc.integer({ min: 1, max: 999 }))
			}),
			{ minLength: 1, maxLength: 12 }
		),
		fc.boolean()
	])('keeps every line, in order, with its exact text and numbers', (rows, flow) => {
		const doc: SourceLine[] = rows.map((r, i) => ({ line: i + 1, ...r }));
		const { container, unmount } = render(DocumentText, { lines: doc, pledges: [], flow });
		const shown = [...container.querySelectorAll('.line')];
		expect(shown.map((l) => l.id)).toEqual(doc.map((l) => `L${l.line}`));
		expect(shown.map((l) => l.querySelector('.text')?.textContent)).toEqual(doc.map((l) => l.text));
		expect(shown.map((l) => l.querySelector('.printed')?.textContent ?? null)).toEqual(
			doc.map((l) => (l.printed === null ? null : String(l.printed)))
		);
		// Nothing but the markup's own elements.
		const tags = new Set([...container.querySelectorAll('.document *')].map((el) => el.tagName));
		for (const tag of tags) expect(['P', 'DIV', 'SPAN', 'A']).toContain(tag);
		unmount();
	});

	it('moves the marks to another line without touching the rest, so a focused link keeps focus', async () => {
		const { container, rerender } = render(DocumentText, {
			lines,
			pledges: [],
			marks: new Map<number, [number, number][]>([[4, [[9, 22]]]])
		});
		const link = screen.getByRole('link', { name: 'Linje 5' });
		link.focus();
		await rerender({
			lines,
			pledges: [],
			marks: new Map<number, [number, number][]>([[5, [[0, 10]]]])
		});
		expect(document.activeElement).toBe(link);
		expect(container.querySelector('#L4 mark')).toBeNull();
		expect(container.querySelector('#L4 .text')?.textContent).toBe('• Styrke fastlegene og');
		expect(container.querySelector('#L5 mark')?.textContent).toBe('legevakten');
		await rerender({ lines, pledges: [], marks: new Map() });
		expect(container.querySelector('mark')).toBeNull();
		expect(container.querySelector('#L5 .text')?.textContent).toBe('legevakten.');
	});

	it('shows another document’s own text when the page moves to it, marks and all', async () => {
		const { container, rerender } = render(DocumentText, {
			lines,
			pledges: [],
			marks: new Map<number, [number, number][]>([[4, [[9, 22]]]])
		});
		const other: SourceLine[] = lines.map((l) => ({ ...l, text: `${l.text} (B)` }));
		await rerender({
			lines: other,
			pledges: [],
			marks: new Map<number, [number, number][]>([[5, [[0, 10]]]])
		});
		expect([...container.querySelectorAll('.text')].map((el) => el.textContent)).toEqual(
			other.map((l) => l.text)
		);
		expect([...container.querySelectorAll('mark')].map((el) => el.textContent)).toEqual([
			'legevakten'
		]);
	});
});
