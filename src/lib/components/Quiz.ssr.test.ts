/**
 * The prerendered quiz page: rendered on the server (as the build does), it already shows the
 * first statement and its answer buttons, before any JavaScript runs.
 */
import { render } from 'svelte/server';
import { describe, expect, test } from 'vitest';
import { askedStatements } from '#lib/content/editions.ts';
import { loadContent } from '#lib/content/load.ts';
import { m } from '#lib/messages/index.ts';
import { SCALE } from '#lib/scoring/types.ts';
import Quiz from './Quiz.svelte';
import { UNSET_SITE } from '#lib/content/site/schema.ts';

const dataset = loadContent();

describe.each(dataset.editions.map((e) => [e.name, e] as const))(
	'the %s quiz, server-rendered',
	(_, edition) => {
		const { body, head } = render(Quiz, { props: { dataset, edition, site: UNSET_SITE } });
		const asked = askedStatements(dataset, edition);
		const first = asked[0]!;

		test('shows the first statement the edition asks as the heading, counting only those', () => {
			const h1 = body.slice(body.indexOf('<h1 id="statement-heading"'));
			expect(h1.slice(h1.indexOf('>') + 1, h1.indexOf('</h1>'))).toBe(escape(first.text));
			expect(body).toContain(m.quiz.progress(1, asked.length));
		});

		test('offers the five answers as buttons, in scale order', () => {
			const group = body.slice(body.indexOf('role="group"'));
			const buttons = [...group.matchAll(/<button[^>]*data-stance="(-?\d)"[^>]*>\s*([^<]*?)\s*</g)];
			expect(buttons.map(([, stance, label]) => [Number(stance), label])).toEqual(
				SCALE.map((s) => [s, m.stance[`${s}`]])
			);
		});

		test('titles the page with the progress and the edition', () => {
			expect(head).toContain(
				`<title>${escape(m.quiz.progress(1, asked.length))} – ${escape(m.quiz.editionHeading(edition.name))}`
			);
		});
	}
);

/** `text` as Svelte escapes it in HTML. */
function escape(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
