import { describe, expect, it } from 'vitest';
import { m } from '#lib/messages/index.ts';
import {
	MethodologyError,
	placeholderNames,
	Templater,
	type NumberWords,
	type Source
} from './template.ts';

const WORDS: NumberWords = {
	locale: m.format.locale,
	decimal: (v) => m.format.decimal(v),
	integer: (n) => m.format.integer(n),
	percent: (n) => m.format.percent(n),
	count: (n, neuter) => m.count(n, neuter)
};

const source = (text: string, line = 10): Source => ({ file: 'nb.md', line, text });
const blocks = (text: string, values = {}) => new Templater(WORDS).blocks(source(text), values);

/** The `file:line: message` lines of the error `run` throws. */
function refusal(run: () => unknown): string {
	try {
		run();
	} catch (error) {
		if (error instanceof MethodologyError) return error.message;
		throw error;
	}
	throw new Error('expected a MethodologyError');
}

describe('Templater', () => {
	it('fills placeholders, formatting numbers with the messages layer', () => {
		const html = blocks(
			'{n} / {n, number} / {n, number, count} / {one, number, countNeuter} / {p, number, percent} / {big, number, integer} / {x}',
			{ n: 3, one: 1, p: 58, big: 1234, x: -0.125 }
		);
		expect(html).toBe(
			`<p>3 / 3 / tre / ett / ${m.format.percent(58)} / ${m.format.integer(1234)} / ${m.format.decimal(-0.125)}</p>\n`
		);
	});

	it('keeps plurals and selects in the Markdown', () => {
		const text =
			'{n, plural, one {# påstand} other {# påstander}}, {flag, select, true {ja} other {nei}}, {kind, select, stance {A} skip {B}}';
		expect(blocks(text, { n: 1, flag: true, kind: 'skip' })).toBe('<p>1 påstand, ja, B</p>\n');
		expect(blocks(text, { n: 12, flag: false, kind: 'stance' })).toBe(
			'<p>12 påstander, nei, A</p>\n'
		);
	});

	it('shows string values as written, never as Markdown or HTML', () => {
		const name = '*Parti* [x](javascript:alert(1)) <b>`kode`</b> & _co_';
		const escaped = '*Parti* [x](javascript:alert(1)) &lt;b&gt;`kode`&lt;/b&gt; &amp; _co_';
		expect(blocks('Navn: {name}.', { name })).toBe(`<p>Navn: ${escaped}.</p>\n`);
		expect(blocks('Kode: `{name}`', { name })).toBe(`<p>Kode: <code>${escaped}</code></p>\n`);
		expect(blocks('| A |\n| - |\n| {name} |', { name })).toContain(
			`<td role="cell" data-label="A">${escaped}</td>`
		);
		expect(blocks('**{name}**', { name: '"sitat"' })).toBe(
			'<p><strong>&quot;sitat&quot;</strong></p>\n'
		);
	});

	it('never lets a number start a Markdown list', () => {
		expect(blocks('{n}. plass\n\n{m}', { n: 1, m: -2 })).toBe(
			`<p>1. plass</p>\n<p>${m.format.decimal(-2)}</p>\n`
		);
	});

	it('inserts a message fragment as Markdown', () => {
		const t = new Templater(WORDS);
		const item = (party: string) => t.fragment(source('*{party}* sier ja'), { party });
		const list = t.join([item('A <1>'), item('B')], (parts) => m.format.list(parts));
		expect(t.blocks(source('Slik: {list}.'), { list })).toBe(
			'<p>Slik: <em>A &lt;1&gt;</em> sier ja og <em>B</em> sier ja.</p>\n'
		);
		expect(t.inline(source('{list}'), { list })).toBe(
			'<em>A &lt;1&gt;</em> sier ja og <em>B</em> sier ja'
		);
		expect(t.text(source('Parti {letter}'), { letter: '<A>' })).toBe('Parti <A>');
		expect(() => new Templater(WORDS).blocks(source('{list}'), { list })).toThrow(
			'a fragment of another templater'
		);
	});

	it('refuses a placeholder in a link target, with the line', () => {
		expect(refusal(() => blocks('Se [her]({url}).', { url: 'https://example.org' }))).toBe(
			'nb.md:10: a placeholder cannot be (part of) a link or image target'
		);
	});

	it('names file and line of a syntax error', () => {
		expect(refusal(() => blocks('Første linje.\n\nAndre {n, plural, one {x}', { n: 1 }))).toMatch(
			/^nb\.md:12: invalid placeholder syntax: /
		);
	});

	it('refuses missing values, unknown number styles, skeletons, dates and reserved characters', () => {
		expect(refusal(() => blocks('{missing}'))).toMatch(/^nb\.md:10: .*missing/);
		expect(refusal(() => blocks('{n, number, currency}', { n: 1 }))).toMatch(
			/unsupported number format/
		);
		expect(refusal(() => blocks('{n, number, ::percent}', { n: 1 }))).toMatch(
			/unsupported number format/
		);
		expect(refusal(() => blocks('{d, date}', { d: 1 }))).toMatch(/dates are not supported/);
		expect(refusal(() => blocks('a \ue000 b'))).toMatch(/reserved/);
	});

	it('lets ICU quoting write literal braces', () => {
		expect(blocks("Klammer: '{'ikke en verdi'}'")).toBe('<p>Klammer: {ikke en verdi}</p>\n');
	});
});

describe('placeholderNames', () => {
	it('lists every placeholder, also inside plural and select branches, once and sorted', () => {
		expect(
			placeholderNames(
				"{z} {n, plural, one {# {b}} other {{c, number, count} '{'quoted'}'}} {s, select, x {{z}} other {}}"
			)
		).toEqual(['b', 'c', 'n', 's', 'z']);
		expect(placeholderNames('Ingen plassholdere her.')).toEqual([]);
	});

	it('is null for text that is not valid ICU', () => {
		expect(placeholderNames('{n, plural}')).toBeNull();
	});
});
