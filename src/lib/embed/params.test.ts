import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { REGIONS } from '#lib/pledges/types.ts';
import { AA_TEXT, parseHex, worstContrast } from './contrast.ts';
import {
	DEFAULT_OPTIONS,
	THEMES,
	accentReport,
	embedQuery,
	parseEmbedParams,
	queryOf,
	schemesOf
} from './params.ts';

const query = (entries: [string, string][]) => `?${new URLSearchParams(entries)}`;
const norm = (v: string) => v.trim().toLowerCase();
const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** A valid value for each parameter that has one (accent: one that keeps AA in light). */
const validParam = fc.oneof(
	fc.constantFrom(...REGIONS).map((v): [string, string] => ['edition', v]),
	fc.constantFrom('light', 'dark', 'auto', ' Dark ').map((v): [string, string] => ['theme', v]),
	fc.constantFrom('', '1', 'true', '0', 'false').map((v): [string, string] => ['plain', v]),
	fc.stringMatching(ID).map((v): [string, string] => ['id', v])
);

/** An invalid value for a known parameter (`lang` is never read from the query). */
const badValue: Record<string, fc.Arbitrary<string>> = {
	edition: fc.string().filter((v) => !REGIONS.some((r) => r === norm(v))),
	theme: fc.string().filter((v) => !THEMES.some((t) => t === norm(v))),
	dark: fc.string().filter((v) => !['', '1', '0', 'true', 'false', 'auto'].includes(norm(v))),
	plain: fc.string().filter((v) => !['', '1', '0', 'true', 'false'].includes(norm(v))),
	accent: fc.string().filter((v) => parseHex(v.trim()) === undefined),
	id: fc.string().filter((v) => !ID.test(v)),
	childId: fc.string().filter((v) => !ID.test(v)),
	lang: fc.string()
};
const KNOWN = [...Object.keys(badValue)];
const PYM = ['initialWidth', 'parentUrl', 'parentTitle'];

describe('parseEmbedParams', () => {
	test.prop([fc.string({ unit: 'binary' })])('never throws on any query string', (search) => {
		const { options, warnings } = parseEmbedParams(search);
		expect(options.edition === undefined || REGIONS.includes(options.edition)).toBe(true);
		expect(THEMES).toContain(options.theme);
		expect(options.id).toMatch(ID);
		for (const w of warnings) expect(w).toMatch(/^valgomat embed: ignored /);
	});

	test.prop([
		fc.uniqueArray(validParam, { selector: ([name]) => name, maxLength: 4 }),
		fc.uniqueArray(fc.constantFrom(...KNOWN), { maxLength: 4 }),
		fc.uniqueArray(fc.string({ minLength: 1 }), { maxLength: 3 }),
		fc.integer({ min: 0, max: 2 }),
		fc.gen()
	])(
		'ignores every bad parameter with exactly one warning and changes nothing else',
		(valid, badNames, unknown, repeats, gen) => {
			const validNames = valid.map(([name]) => name);
			const bad: [string, string][] = [
				...badNames
					.filter((name) => !validNames.includes(name))
					.map((name): [string, string] => [name, gen(() => badValue[name]!)]),
				...unknown
					.map((name) => `x-${name}`)
					.map((name): [string, string] => [name, gen(() => fc.string())]),
				// a repeated parameter: the first value counts, the repeat is the bad one
				...valid.slice(0, repeats).map(([name]): [string, string] => [name, gen(() => fc.string())])
			];
			const before = parseEmbedParams(query(valid));
			expect(before.warnings).toEqual([]);
			// Interleave: bad parameters anywhere after the valid ones' first appearance.
			const after = parseEmbedParams(query([...valid, ...bad]));
			expect(after.options).toEqual(before.options);
			expect(after.warnings).toHaveLength(bad.length);
		}
	);

	test.prop([fc.constantFrom(...PYM), fc.string()])(
		'says nothing about the parameters pym.js parents add',
		(name, value) => {
			expect(parseEmbedParams(query([[name, value]]))).toEqual({
				options: DEFAULT_OPTIONS,
				warnings: []
			});
		}
	);

	test.prop([fc.stringMatching(/^[0-9a-f]{6}$/), fc.constantFrom(...THEMES)])(
		'keeps an accent exactly in the schemes where it has AA contrast, warning once otherwise',
		(digits, theme) => {
			const { options, warnings } = parseEmbedParams(
				query([
					['accent', digits],
					['theme', theme]
				])
			);
			const hex = `#${digits}` as const;
			const passing = schemesOf(theme).filter((s) => worstContrast(hex, s) >= AA_TEXT);
			expect(Object.keys(options.accent).sort()).toEqual([...passing].sort());
			for (const s of passing) expect(options.accent[s]).toBe(hex);
			expect(warnings).toHaveLength(passing.length === schemesOf(theme).length ? 0 : 1);
		}
	);

	it('reads the names newsroom developers know from Datawrapper and pym.js', () => {
		expect(parseEmbedParams('?dark=true&plain').options).toMatchObject({
			theme: 'dark',
			plain: true
		});
		expect(parseEmbedParams('?dark=false').options.theme).toBe('light');
		expect(parseEmbedParams('?childId=graphic-1&initialWidth=390').options.id).toBe('graphic-1');
		expect(parseEmbedParams('?id=a&childId=b')).toMatchObject({ options: { id: 'a' } });
		expect(parseEmbedParams('?id=a&childId=b').warnings).toHaveLength(1);
	});

	it('keeps the site accent in dark with a dark newsroom colour, and says so', () => {
		const { options, warnings } = parseEmbedParams('?accent=%231d4f91');
		expect(options.accent).toEqual({ light: '#1d4f91' });
		expect(warnings).toEqual([
			expect.stringMatching(/^valgomat embed: ignored accent="#1d4f91": contrast .* dark/)
		]);
	});

	it('never prints a long or multi-line value back', () => {
		const [warning] = parseEmbedParams(query([['theme', `x\n${'y'.repeat(100)}`]])).warnings;
		expect(warning).not.toContain('\n');
		expect(warning!.length).toBeLessThan(120);
	});
});

describe('accentReport', () => {
	it('tells the editor what becomes of the colour', () => {
		expect(accentReport('', 'auto')).toEqual({ kind: 'none' });
		expect(accentReport('blue', 'auto')).toEqual({ kind: 'invalid' });
		expect(accentReport('1d4f91', 'light')).toEqual({ kind: 'kept' });
		expect(accentReport('1d4f91', 'auto')).toEqual({ kind: 'partly', failed: ['dark'] });
		expect(accentReport('7a7a7a', 'auto')).toEqual({ kind: 'rejected' });
	});
});

describe('embedQuery', () => {
	test.prop([
		fc.constantFrom(...THEMES),
		fc.oneof(fc.string(), fc.stringMatching(/^#?[0-9a-fA-F]{6}$/)),
		fc.boolean(),
		fc.stringMatching(ID)
	])('builds a query the embed reads back as chosen', (theme, accent, plain, id) => {
		const { options } = parseEmbedParams(embedQuery({ theme, accent, plain }, id));
		expect(options.theme).toBe(theme);
		expect(options.plain).toBe(plain);
		expect(options.id).toBe(id);
		const hex = parseHex(accent.trim());
		const kept = Object.values(options.accent);
		if (hex === undefined) expect(kept).toEqual([]);
		else for (const value of kept) expect(value).toBe(hex);
	});

	it('leaves the defaults out', () => {
		expect(embedQuery({ theme: 'auto', accent: '', plain: false })).toBe('');
	});
});

describe('queryOf', () => {
	test.prop([fc.string()])(
		'asks again for the options a query gave, but the edition (a path)',
		(search) => {
			const { options } = parseEmbedParams(search);
			expect(parseEmbedParams(queryOf(options)).options).toEqual({
				...options,
				edition: undefined
			});
		}
	);
});
