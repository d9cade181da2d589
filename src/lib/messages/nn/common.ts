/**
 * Nynorsk words shared by every screen: the answer scale, how a voter's answer and a party's
 * position are put into words, and counts in running text (`Messages` is the shape: see
 * ../index.ts). The key terms are fixed in content/glossary.yaml.
 */
import type { Answer, Stance } from '#lib/scoring/types.ts';
import { createFormat, type Locale } from '../format.ts';

export const format = createFormat('nn');

/** The five answer labels, as the buttons show them. */
const stances = {
	'2': 'Heilt einig',
	'1': 'Delvis einig',
	'0': 'Nøytral',
	'-1': 'Delvis ueinig',
	'-2': 'Heilt ueinig'
} satisfies Record<`${Stance}`, string>;

const NUMBER_WORDS = [
	'null',
	'éin',
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
 * A count in running text (words up to twelve, digits above). `neuter` gives «eitt» for 1
 * (eitt dokument), otherwise «éin» (éin påstand).
 */
function count(n: number, neuter = false): string {
	if (n === 1) return neuter ? 'eitt' : 'éin';
	return Number.isInteger(n) && n >= 0 && n < NUMBER_WORDS.length
		? NUMBER_WORDS[n]!
		: format.integer(n);
}

/** The page's language, as `<html lang>` and `hreflang` write it. */
const lang: Locale = 'nn';

export const common = {
	lang,
	format,
	count,
	/** The answer labels by stance. */
	stance: stances,
	/** A party's stance in words; null is «Ikkje noko standpunkt» (silence is never disagreement). */
	stanceName: (s: Stance | null): string =>
		s === null ? 'Ikkje noko standpunkt' : stances[`${s}`],
	/** The voter's answer in words: a label, «Hoppa over», or «Ikkje svart på» when there is none. */
	answerName: (answer: Answer | null | undefined): string =>
		answer === null || answer === undefined
			? 'Ikkje svart på'
			: answer.stance === null
				? 'Hoppa over'
				: stances[`${answer.stance}`],
	/** The voter's answer with its importance mark: «Heilt einig (viktig for deg)». */
	answerWithImportance: (answer: Answer | null | undefined): string =>
		answer?.stance != null && answer.important
			? `${common.answerName(answer)} (${common.importantMark})`
			: common.answerName(answer),
	/** The mark beside an answer the voter marked important. */
	importantMark: 'viktig for deg',
	/** «Viktig for meg»: the button and the weight's name. */
	important: 'Viktig for meg'
};
