/**
 * Bokmål words shared by every screen: the answer scale, how a voter's answer and a party's
 * position are put into words, and counts in running text. The one owner of these words;
 * screens and the methodology page use them from here.
 */
import type { Answer, Stance } from '#lib/scoring/types.ts';
import { createFormat, type Locale } from '../format.ts';

export const format = createFormat('nb');

/** The five answer labels, as the buttons show them. */
const stances = {
	'2': 'Helt enig',
	'1': 'Delvis enig',
	'0': 'Nøytral',
	'-1': 'Delvis uenig',
	'-2': 'Helt uenig'
} satisfies Record<`${Stance}`, string>;

const NUMBER_WORDS = [
	'null',
	'én',
	'to',
	'tre',
	'fire',
	'fem',
	'seks',
	'sju',
	'åtte',
	'ni',
	'ti',
	'elleve',
	'tolv'
] as const;

/**
 * A count in running text (Norwegian style: words up to twelve, digits above). `neuter`
 * gives «ett» for 1 (ett dokument), otherwise «én».
 */
function count(n: number, neuter = false): string {
	if (n === 1) return neuter ? 'ett' : 'én';
	return Number.isInteger(n) && n >= 0 && n < NUMBER_WORDS.length
		? NUMBER_WORDS[n]!
		: format.integer(n);
}

/** The page's language, as `<html lang>` and `hreflang` write it. */
const lang: Locale = 'nb';

export const common = {
	lang,
	format,
	count,
	/** The answer labels by stance. */
	stance: stances,
	/** A party's stance in words; null is «Ingen standpunkt» (silence is never disagreement). */
	stanceName: (s: Stance | null): string => (s === null ? 'Ingen standpunkt' : stances[`${s}`]),
	/** The voter's answer in words: a label, «Hoppet over», or «Ikke besvart» when there is none. */
	answerName: (answer: Answer | null | undefined): string =>
		answer === null || answer === undefined
			? 'Ikke besvart'
			: answer.stance === null
				? 'Hoppet over'
				: stances[`${answer.stance}`],
	/** The voter's answer with its importance mark: «Helt enig (viktig for deg)». */
	answerWithImportance: (answer: Answer | null | undefined): string =>
		answer?.stance != null && answer.important
			? `${common.answerName(answer)} (${common.importantMark})`
			: common.answerName(answer),
	/** The mark beside an answer the voter marked important. */
	importantMark: 'viktig for deg',
	/** "Viktig for meg": the button and the weight's name. */
	important: 'Viktig for meg'
};
