/**
 * The quiz page's script (an island, see scripts/vite-island.ts; one entry per language,
 * `quiz-<locale>.ts`, calls `startQuiz`; an embed's, `runQuiz`): hydrates the prerendered
 * quiz with the props its page wrote, keeps the quiz's places in the browser's history, and
 * registers the service worker with its "new version" offer. Kit's client never loads on a quiz
 * page; links out of it load their pages.
 */
import { hydrate, mount } from 'svelte';
import type { Locale } from '#lib/messages/index.ts';
import { switchedFrom } from '#lib/paths.ts';
import type { EditionName, QuizContent } from '#lib/quiz/index.ts';
import Quiz, { loadResultsCode, type QuizHistory } from '../Quiz.svelte';
import UpdatePrompt from '../UpdatePrompt.svelte';
import { loadBackgrounds, loadResultsData } from '../dataset.ts';
import { browserHistory } from './history.svelte.ts';
import { openIsland } from './open.ts';
import { islandTarget } from './props.ts';
import { UPDATE_PROMPT_ID } from './kit-pages.ts';
import type { QuizIslandProps } from './quiz-props.ts';

/**
 * The edition the voter came from when they followed the quiz's link to this edition
 * (`paths.switchEdition`, whose fragment says which); the fragment is removed at once, so a
 * reload or a shared address does not say it again.
 */
function switchedFromEdition(content: QuizContent): EditionName | undefined {
	const from = switchedFrom(window.location.hash);
	if (from === undefined) return undefined;
	const { pathname, search } = window.location;
	window.history.replaceState(window.history.state, '', pathname + search);
	return content.otherEditions.find((edition) => edition.id === from);
}

/** Hydrates the quiz in `locale`, whose first words (`first.ts`) are `words`. */
export function startQuiz(locale: Locale, words: object): void {
	const props = openIsland<QuizIslandProps>(locale, words);
	runQuiz(locale, props, {
		history: browserHistory(),
		switchedFrom: switchedFromEdition(props.content),
		then: () => {
			const prompt = document.getElementById(UPDATE_PROMPT_ID);
			if (prompt) mount(UpdatePrompt, { target: prompt });
		}
	});
}

/**
 * Hydrates the quiz with its page's props: on a quiz page (above) and in an embed (`embed-
 * island.svelte.ts`, with how it links as `context`, no history, then its frame). `then` runs
 * in the task that hydrates, right after it.
 */
export function runQuiz(
	locale: Locale,
	props: QuizIslandProps,
	options: {
		history?: QuizHistory;
		switchedFrom?: EditionName;
		context?: Map<unknown, unknown>;
		then: () => void;
	}
): void {
	/*
	 * The quiz starts in a few tasks rather than one, each after the last (the one that ran the
	 * island's modules comes first), so that no one task holds up a slow phone for long.
	 */
	// A returning voter (the page's first script saw stored answers) goes straight to the results.
	const returning = document.documentElement.dataset.quiz === 'stored';
	const steps = [
		// The results' files start loading now, before the quiz restores, as the quiz would load
		// them after an answer (their stylesheets join the page now, not while the quiz hydrates).
		// (The quiz and the results format their numbers without Intl: messages/format.ts.)
		...(returning
			? [() => void Promise.all([loadResultsCode(), loadResultsData(locale)]).catch(() => {})]
			: []),
		() => {
			hydrate(Quiz, {
				target: islandTarget(),
				context: options.context,
				props: {
					content: props.content,
					site: props.site,
					results: () => loadResultsData(locale),
					backgrounds: () => loadBackgrounds(locale),
					history: options.history,
					switchedFrom: options.switchedFrom,
					restoreApart: returning
				}
			});
			options.then();
		}
	];
	const next = () => {
		const step = steps.shift();
		if (step)
			setTimeout(() => {
				step();
				next();
			});
	};
	next();
}
