/**
 * The prerendered quiz page: rendered on the server (as the build does), it shows the intro a
 * first visit starts with, a Start button that takes a tap before the scripts run, a
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

		test('the Start button takes a tap before the scripts run, with what it then says', () => {
			const button = body.slice(body.indexOf('<button'), body.indexOf('</button>'));
			expect(button).not.toMatch(/\sdisabled(=""|\s|>)/);
			expect(button).not.toContain('aria-busy');
			expect(button).toContain(`data-loading="${escape(m.quiz.loading)}"`);
			expect(button).toMatch(new RegExp(`>${escape(m.quiz.start)}$`));
			// The page's first script keeps the tap (tested end to end).
			expect(QUIZ_MARKER_SCRIPT).toContain(`'.quiz[data-hydrated="false"] .start'`);
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
