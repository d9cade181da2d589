/**
 * Where sentences end in the content's bokmål texts: the one rule the readability score
 * (LIX) and the one-sentence check of voters' reasons share. Pure.
 */

/** A letter or a digit: a token without one is no word, a stretch without one no sentence. */
export const HAS_WORD = /[\p{L}\p{N}]/u;

/** A sentence ends at `.`, `!` or `?` followed by whitespace or the end of the text. */
const SENTENCE_END = /[.!?]+(?=\s|$)/;

/**
 * The number of sentences in `text`: the stretches between sentence ends that have a word
 * (text after the last end counts when it has one). `"Ja. Nei"` has 2, `"1.5 prosent."` 1.
 */
export function sentenceCount(text: string): number {
	return text.split(SENTENCE_END).filter((s) => HAS_WORD.test(s)).length;
}
