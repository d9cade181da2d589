/**
 * The prerendered quiz page: rendered on the server (as the build does), it shows the intro a
 * first visit starts with, a Start button that says it is loading until the scripts run, a
 * `<noscript>` message, and the small script that hides the intro from a returning voter until
 * their place is restored (no "Påstand 1 av N" anywhere).
 */
import { render } from 'svelte/server';
import { describe, expect, test } from 'vitest';
import { askedStatements } from '#lib/content/editions.ts';
import { loadContent } from '#lib/content/load.ts';
import { m } from '#lib/messages/index.ts';
import { STORAGE_KEY, quizContent } from '#lib/quiz/index.ts';
import Quiz from './Quiz.svelte';
import { QUIZ_MARKER_SCRIPT } from './boot-script.ts';
import { UNSET_SITE } from '#lib/content/site/schema.ts';

const dataset = loadContent();

describe.each(dataset.editions.map((e) => [e.name, e] as const))(
	'the %s quiz, server-rendered',
	(_, edition) => {
		const { body, head } = render(Quiz, {
			props: {
				content: quizContent(dataset, edition),
				results: () => Promise.resolve(dataset),
				backgrounds: () => Promise.resolve({}),
				site: UNSET_SITE
			}
		});
		const asked = askedStatements(dataset, edition);

		test('shows the intro, counting only the statements the edition asks, and no statement to answer yet', () => {
			const h1 = body.slice(body.indexOf('<h1 id="screen-heading"'));
			expect(h1.slice(h1.indexOf('>') + 1, h1.indexOf('</h1>'))).toBe(
				escape(m.quiz.editionHeading(edition.name))
			);
			expect(body).toContain(`Du får ${asked.length} påstander`);
			expect(body).not.toContain(m.quiz.progress(1, asked.length));
			expect(body).not.toContain('data-stance');
		});

		test('reads the first statement before any script runs', () => {
			const at = body.indexOf(`>${escape(asked[0]!.text)}</p>`);
			expect(at).toBeGreaterThan(0);
			expect(body.slice(body.lastIndexOf('<p', at), at)).toMatch(/^<p class="first\b/);
		});

		test('the Start button says the quiz is loading and takes no taps before the scripts run', () => {
			const button = body.slice(body.indexOf('<button'), body.indexOf('</button>'));
			expect(button).toMatch(/\sdisabled(=""|\s|>)/);
			expect(button).toContain('aria-busy="true"');
			expect(button).toContain(escape(m.quiz.loading));
		});

		test('tells a visitor without JavaScript that the quiz needs it', () => {
			expect(body).toContain(
				`<noscript><p class="callout">${escape(m.quiz.needsScript)}</p></noscript>`
			);
		});

		test('marks, before the page paints, whether answers are stored', () => {
			expect(head).toContain(`<script>${QUIZ_MARKER_SCRIPT}</script>`);
			expect(QUIZ_MARKER_SCRIPT).toContain(`localStorage.getItem(${JSON.stringify(STORAGE_KEY)})`);
			expect(head).toContain(`<title>${escape(m.quiz.editionHeading(edition.name))}`);
		});
	}
);

/** `text` as Svelte escapes it in HTML. */
function escape(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
