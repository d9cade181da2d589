/**
 * English text of the quiz screens: intro, answering, notices (`m.quiz`).
 */
import type { QuizNotice } from '#lib/quiz/index.ts';
import type { Messages } from '../index.ts';
import { isStorageNotice, type StorageNotice } from '../notices.ts';
import { common } from './common.ts';
import { resultsHeading } from './results-shared.ts';
import { site } from './site.ts';

const { count, format } = common;

/** «one answer», «3 answers». */
const answers = (n: number) =>
	`${count(n)} ${format.plural(n, { one: 'answer', other: 'answers' })}`;

/** The notices without data, by code. */
const notices = {
	restored: 'We found your answers from last time, and you can continue where you left off.',
	reset: 'We could not read your saved answers, so the quiz starts again.',
	cleared: 'Your answers have been deleted.',
	memory:
		'Your browser does not let us save your answers. The quiz works, but your answers will be lost if you close the page.'
} satisfies Record<
	Exclude<QuizNotice['code'], 'partial' | 'switched' | 'expired' | StorageNotice['code']>,
	string
>;

/** «Election quiz for Akershus». */
const editionHeading = (name: string) => `Election quiz for ${name}`;

export const quiz = {
	progress: (position, total) =>
		`Statement ${format.integer(position)} of ${format.integer(total)}`,
	progressLabel: 'Progress',
	answersLabel: 'Answer options',
	skip: 'Skip',
	back: 'Back',
	showResults: 'See the result',
	readMore: 'Read more',
	/** In "Les mer" until the backgrounds have loaded (they load once the quiz is answerable). */
	backgroundLoading: 'Loading the background …',
	/** When they could not be loaded (the button under it, `retry`, tries again). */
	backgroundFailed: 'The background could not be loaded. Check your connection and try again.',
	skippedNote: 'You skipped this statement.',
	shortcutsHeading: 'Keyboard shortcuts',
	shortcutsIntro: 'While you answer the statements, you can use these keys:',
	shortcuts: (scale) => [
		[
			`1–${format.integer(scale.length)}`,
			`answer from “${common.stanceName(scale[0] ?? null)}” (1) to “${common.stanceName(scale.at(-1) ?? null)}” (${format.integer(scale.length)})`
		],
		['S', 'skip'],
		['V', 'mark as important to me'],
		['←', 'back to the previous statement']
	],
	clear: 'Delete my answers',
	clearConfirm: 'Do you want to delete all your answers? This cannot be undone.',
	clearYes: 'Yes, delete',
	clearNo: 'Cancel',
	storageOnly: (days) =>
		`Your answers are stored only on this device, and deleted ${count(days, true)} days after you last answered.`,
	notice: (notice) =>
		isStorageNotice(notice)
			? storageNotice(notice)
			: notice.code === 'partial'
				? `We found your answers from last time. Some statements have changed since then, so ${answers(notice.dropped)} ${notice.dropped === 1 ? 'was' : 'were'} removed${
						notice.kept === 0 ? '' : ` and ${count(notice.kept)} kept`
					}.`
				: notice.code === 'switched'
					? `You switched from ${notice.from} to ${notice.to}. Your answers came with you, and you will not be asked statements you have already answered.`
					: notice.code === 'expired'
						? `Your answers from last time have been deleted, because it was more than ${count(notice.days, true)} days since you answered. You can start again.`
						: notices[notice.code],
	dismiss: 'Close the message',
	chooseEdition: 'Where do you live?',
	chooseEditionIntro: (editions) =>
		`The parties have different documents in ${format.list(editions)}. Choose your area, and we will compare you with the right documents.`,
	editionLink: (name) => `Start the quiz for ${name}`,
	start: 'Start',
	loading: 'Loading the quiz …',
	resultsLoading: 'Loading your result …',
	resultsFailed:
		'Your result could not be loaded. Check your connection and try again. Your answers are saved.',
	retry: 'Try again',
	restoreFailed:
		'Your saved answers could not be loaded. Check your connection and try again. They are still stored on this device.',
	needsScript:
		'The quiz needs JavaScript to work. Turn on JavaScript in your browser, or open the page in another browser.',
	otherEdition: (name) => `Switch to ${name}`,
	editionLabel: 'Area',
	switchEditionLabel: 'Switch area',
	editionHeading,
	introLead: (statements, minutes) =>
		`You will get ${count(statements)} ${format.plural(statements, { one: 'statement', other: 'statements' })} on health and care. It takes about ${count(minutes)} ${format.plural(minutes, { one: 'minute', other: 'minutes' })}.`,
	introHowHeading: 'How to answer',
	introFirst: 'The first statement',
	introHow: [
		'Choose how much you agree or disagree with each statement. You can go back and change your answers.',
		'“Skip” moves on without an answer. The statement then does not count in your result.',
		'“Important to me” gives the statement more weight in your result. You can mark it before or after you answer.'
	],
	introParties: (names) => `You are compared with ${format.list(names)}.`,
	pageTitle: (view, edition) => {
		const base = `${editionHeading(edition)} – ${site.name}`;
		return view.screen === 'results' ? `${resultsHeading} – ${base}` : base;
	}
} satisfies Messages['quiz'];

// ─── Saving and other tabs ──────────────────────────────────────────────────────────────────

const storageNotices = {
	'cleared-elsewhere': 'Your answers were deleted in another tab.',
	unsaved:
		'Your browser has stopped saving your answers, perhaps because its storage is full. Your answers now exist only in this tab and will be lost if you close it or reload the page.'
} satisfies Record<Exclude<StorageNotice['code'], 'incomplete'>, string>;

function storageNotice(notice: StorageNotice): string {
	if (notice.code !== 'incomplete') return storageNotices[notice.code];
	return notice.kept === 0
		? 'Saving in your browser stopped working last time, so the answers you gave then were not saved.'
		: `We found ${answers(notice.kept)} from last time. Saving in your browser stopped working along the way, so answers you gave after that were not saved.`;
}
