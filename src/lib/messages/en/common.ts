/**
 * English words shared by every screen: the answer scale, how a voter's answer and a party's
 * position are put into words, and counts in running text (`Messages` is the shape: see
 * ../index.ts). The key terms are fixed in content/glossary.yaml.
 */
import type { Answer, Stance } from '#lib/scoring/types.ts';
import { createFormat, type Locale } from '../format.ts';

export const format = createFormat('en');

/** The five answer labels, as the buttons show them. */
const stances = {
	'2': 'Strongly agree',
	'1': 'Somewhat agree',
	'0': 'Neutral',
	'-1': 'Somewhat disagree',
	'-2': 'Strongly disagree'
} satisfies Record<`${Stance}`, string>;

const NUMBER_WORDS = [
	'zero',
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
	'eleven',
	'twelve'
] as const;

/** A count in running text (words up to twelve, digits above); English has no gender. */
function count(n: number, _neuter = false): string {
	return Number.isInteger(n) && n >= 0 && n < NUMBER_WORDS.length
		? NUMBER_WORDS[n]!
		: format.integer(n);
}

/** The page's language, as `<html lang>` and `hreflang` write it. */
const lang: Locale = 'en';

export const common = {
	lang,
	format,
	count,
	/** The answer labels by stance. */
	stance: stances,
	/** A party's stance in words; null is «No position» (silence is never disagreement). */
	stanceName: (s: Stance | null): string => (s === null ? 'No position' : stances[`${s}`]),
	/** The voter's answer in words: a label, «Skipped», or «Not answered» when there is none. */
	answerName: (answer: Answer | null | undefined): string =>
		answer === null || answer === undefined
			? 'Not answered'
			: answer.stance === null
				? 'Skipped'
				: stances[`${answer.stance}`],
	/** The voter's answer with its importance mark: «Strongly agree (important to you)». */
	answerWithImportance: (answer: Answer | null | undefined): string =>
		answer?.stance != null && answer.important
			? `${common.answerName(answer)} (${common.importantMark})`
			: common.answerName(answer),
	/** The mark beside an answer the voter marked important. */
	importantMark: 'important to you',
	/** «Important to me»: the button and the weight's name. */
	important: 'Important to me'
};
