import { readFileSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { SCHEME_BACKGROUNDS, contrast, parseHex, type Hex } from './contrast.ts';

describe('contrast', () => {
	it('matches WCAG reference values', () => {
		expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrast('#ffffff', '#ffffff')).toBe(1);
		// #767676 on white is the classic lightest grey with 4.5:1.
		expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
	});

	test.prop([fc.stringMatching(/^[0-9a-f]{6}$/), fc.stringMatching(/^[0-9a-f]{6}$/)])(
		'is symmetric and between 1 and 21',
		(a, b) => {
			const x = contrast(`#${a}`, `#${b}`);
			expect(x).toBeCloseTo(contrast(`#${b}`, `#${a}`), 10);
			expect(x).toBeGreaterThanOrEqual(1);
			expect(x).toBeLessThanOrEqual(21.0001);
		}
	);
});

describe('parseHex', () => {
	it('reads #rgb and #rrggbb with or without #, and nothing else', () => {
		expect(parseHex('#ABC')).toBe('#aabbcc');
		expect(parseHex('1d4f91')).toBe('#1d4f91');
		for (const bad of ['', '#', '12345', 'red', '#1d4f911', ' 1d4f91', 'javascript:1']) {
			expect(parseHex(bad)).toBeUndefined();
		}
	});
});

describe('the backgrounds the accent is checked against', () => {
	it('are the --bg and --bg-soft tokens of src/app.css, light and dark', () => {
		const css = readFileSync('src/app.css', 'utf8');
		const token = (name: string): [Hex, Hex] => {
			const match = new RegExp(`--${name}: light-dark\\((#[0-9a-f]{6}), (#[0-9a-f]{6})\\)`).exec(
				css
			);
			if (!match) throw new Error(`no --${name} in app.css`);
			return [match[1] as Hex, match[2] as Hex];
		};
		const [bg, soft] = [token('bg'), token('bg-soft')];
		expect(SCHEME_BACKGROUNDS).toEqual({ light: [bg[0], soft[0]], dark: [bg[1], soft[1]] });
	});
});
