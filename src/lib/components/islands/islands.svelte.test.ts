/**
 * The quiz page's island: its first words are enough for every screen before the results, its
 * history entries hold places (and nothing else), and its props reach it intact.
 */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync, tick } from 'svelte';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { askedStatements } from '#lib/content/editions.ts';
import { loadContent } from '#lib/content/load.ts';
import { UNSET_SITE } from '#lib/content/site/schema.ts';
import { m, useMessages } from '#lib/messages/index.ts';
import { nb } from '#lib/messages/nb/index.ts';
import { first } from '#lib/messages/nb/first.ts';
import { quizContent } from '#lib/quiz/index.ts';
import Quiz from '../Quiz.svelte';
import { SETTLE_MS } from '../answer-timing.ts';
import { browserHistory, placeIn } from './history.svelte.ts';
import { ISLAND_PROPS_ID, propsScript, readProps } from './props.ts';

const dataset = loadContent();
const edition = dataset.editions.find((e) => e.id === 'akershus')!;
const statements = askedStatements(dataset, edition);
const content = quizContent(dataset, edition);

/** Words read outside `first` (the island's page holds only those until the results load). */
let outside: string[] = [];
const firstOnly = new Proxy(first, {
	get(target, key, receiver) {
		if (typeof key === 'string' && !(key in target)) outside.push(key);
		return Reflect.get(target, key, receiver) ?? Reflect.get(nb, key);
	}
});

const settled = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS + 1));

describe('the quiz before its results', () => {
	beforeEach(() => {
		localStorage.clear();
		outside = [];
		useMessages(firstOnly as unknown as typeof nb);
	});
	afterEach(() => {
		useMessages(nb);
		localStorage.clear();
	});

	test('reads only the first words on every screen up to the results', async () => {
		const heading = () => screen.getByRole('heading', { level: 1 }).textContent?.trim();
		// A never-settling load: the results (which read the later words) never draw here.
		render(Quiz, {
			content,
			results: () => new Promise(() => {}),
			backgrounds: () => new Promise(() => {}),
			site: UNSET_SITE
		});
		await tick();
		expect(heading()).toBe(first.quiz.editionHeading(edition.name));
		await fireEvent.click(screen.getByRole('button', { name: first.quiz.start }));
		await fireEvent.click(screen.getByRole('button', { name: new RegExp(first.important) }));
		await fireEvent.click(screen.getByRole('button', { name: first.stance['2'] }));
		// A tap in the first moment of a new statement is taken for a double tap: wait it out.
		await settled();
		await fireEvent.click(screen.getByRole('button', { name: first.quiz.skip }));
		expect(heading()).toBe(statements[2]!.text);
		await settled();
		await fireEvent.click(screen.getByRole('button', { name: /Tilbake/ }));
		await fireEvent.click(screen.getByRole('button', { name: first.quiz.clear }));
		await fireEvent.click(screen.getByRole('button', { name: first.quiz.clearYes }));
		expect(heading()).toBe(first.quiz.editionHeading(edition.name));
		await fireEvent.click(screen.getByRole('button', { name: first.quiz.start }));
		await fireEvent.click(screen.getByRole('button', { name: first.stance['-1'] }));
		await settled();
		await fireEvent.click(screen.getByRole('button', { name: first.quiz.showResults }));
		expect(screen.getByText(first.quiz.resultsLoading)).toBeInTheDocument();
		expect(outside).toEqual([]);
	});

	test('the check sees a word from outside (it is not blind)', () => {
		expect(m.results.heading).toBe(nb.results.heading);
		expect(outside).toEqual(['results']);
	});
});

describe('the island’s history', () => {
	afterEach(() => window.history.replaceState(null, ''));

	test('an entry holds a place, anything else in it is no place', () => {
		expect(placeIn({ quiz: { step: 'answering', index: 3 } })).toEqual({
			step: 'answering',
			index: 3
		});
		for (const junk of [
			null,
			'quiz',
			{},
			{ quiz: null },
			{ quiz: { step: 'answering' } },
			{ quiz: { step: 'answering', index: 1.5 } },
			{ quiz: { step: 1, index: 0 } }
		]) {
			expect(placeIn(junk)).toBeUndefined();
		}
	});

	test('push and replace keep the place in the entry, and back and forward bring it back', async () => {
		window.history.replaceState(null, '');
		const history = browserHistory();
		expect(history.place).toBeUndefined();
		history.replace({ step: 'intro', index: 0 });
		history.push({ step: 'answering', index: 0 });
		expect(window.history.state).toEqual({ quiz: { step: 'answering', index: 0 } });
		expect(history.place).toEqual({ step: 'answering', index: 0 });
		const url = window.location.href;
		// The address never changes: the entries hold places, never answers.
		expect(window.location.href).toBe(url);
		window.history.back();
		await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
		flushSync();
		expect(history.place).toEqual({ step: 'intro', index: 0 });
	});
});

describe('the island’s history, written apart', () => {
	afterEach(() => window.history.replaceState(null, ''));
	const tasks = () => new Promise((resolve) => setTimeout(resolve));

	test('a replacement is the place at once and is written to the entry in a later task', async () => {
		window.history.replaceState(null, '');
		const history = browserHistory();
		history.replace({ step: 'results', index: 0 });
		expect(history.place).toEqual({ step: 'results', index: 0 });
		expect(window.history.state).toBeNull();
		await tasks();
		expect(window.history.state).toEqual({ quiz: { step: 'results', index: 0 } });
	});

	test('a push first writes a replacement still to be written, so the entries keep their order', async () => {
		window.history.replaceState(null, '');
		const history = browserHistory();
		history.replace({ step: 'intro', index: 0 });
		history.push({ step: 'answering', index: 0 });
		expect(window.history.state).toEqual({ quiz: { step: 'answering', index: 0 } });
		await tasks();
		// The replacement, written before the push, did not overwrite the new entry later.
		expect(window.history.state).toEqual({ quiz: { step: 'answering', index: 0 } });
		window.history.back();
		await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
		flushSync();
		expect(window.history.state).toEqual({ quiz: { step: 'intro', index: 0 } });
		expect(history.place).toEqual({ step: 'intro', index: 0 });
	});

	test('the last of several replacements is the one written', async () => {
		window.history.replaceState(null, '');
		const history = browserHistory();
		history.replace({ step: 'intro', index: 0 });
		history.replace({ step: 'answering', index: 2 });
		await tasks();
		expect(window.history.state).toEqual({ quiz: { step: 'answering', index: 2 } });
	});

	test('leaving the page writes a replacement still to be written', () => {
		window.history.replaceState(null, '');
		const history = browserHistory();
		history.replace({ step: 'answering', index: 1 });
		window.dispatchEvent(new Event('pagehide'));
		expect(window.history.state).toEqual({ quiz: { step: 'answering', index: 1 } });
	});

	test('back or forward drops a replacement not yet written: it was for the entry left', async () => {
		window.history.replaceState(null, '');
		const history = browserHistory();
		history.push({ step: 'answering', index: 0 });
		history.replace({ step: 'answering', index: 5 });
		window.dispatchEvent(
			new PopStateEvent('popstate', { state: { quiz: { step: 'intro', index: 0 } } })
		);
		flushSync();
		expect(history.place).toEqual({ step: 'intro', index: 0 });
		await tasks();
		expect(window.history.state).toEqual({ quiz: { step: 'answering', index: 0 } });
	});
});

describe('the island’s props', () => {
	afterEach(() => document.getElementById(ISLAND_PROPS_ID)?.remove());

	test('reach the island as written, and no text in them can end their element', () => {
		const props = { text: '</script><script>alert(1)</script>', n: [1, 2] };
		const written = propsScript(props);
		expect(written).not.toContain('<');
		const element = document.createElement('script');
		element.type = 'application/json';
		element.id = ISLAND_PROPS_ID;
		element.textContent = written;
		document.body.append(element);
		expect(readProps()).toEqual(props);
	});

	test('missing props are named', () => {
		expect(() => readProps()).toThrow(`#${ISLAND_PROPS_ID}`);
	});
});
