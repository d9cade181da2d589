/**
 * The part of the dataset a quiz page holds from its first byte: what the intro and the
 * statements show, and what the statechart needs. The parties' positions, quotes and documents
 * are the results' (`Dataset`), loaded after the first answer; so the page's HTML carries only
 * this, and the dataset is never shipped twice. Pure.
 */
import { askedStatements, deadStatements } from '#lib/content/editions.ts';
import type { Dataset, Edition, Statement } from '#lib/content/types.ts';

/** An edition as the quiz names and links it. */
export type EditionName = Pick<Edition, 'id' | 'name'>;

/**
 * A statement as the quiz asks it: its words, its hash and its topic's name (not its direction
 * or topic id, which only the results and the methodology use: every byte here is in the quiz
 * page's first load). Its background is only flagged: the texts ({@link StatementBackgrounds})
 * load once the quiz is running, and the flag keeps room for "Les mer" until they arrive, so
 * nothing moves under the voter's thumb.
 */
export interface QuizContentStatement extends Pick<Statement, 'id' | 'text' | 'hash'> {
	topicName: string;
	/** The statement has a background (`Statement.background`); absent when it has none. */
	hasBackground?: true;
}

/**
 * The statements' backgrounds in one language, by statement id: what "Les mer" shows. Not in a
 * quiz page's HTML (about 2.5 KB gzip of its first load, and the intro needs none); the page
 * loads them once it is answerable (`virtual:valgomat/backgrounds/<locale>`).
 */
export type StatementBackgrounds = Readonly<Record<string, string>>;

/** The backgrounds of every statement of `dataset` that has one. */
export function statementBackgrounds(dataset: Pick<Dataset, 'statements'>): StatementBackgrounds {
	const backgrounds: Record<string, string> = {};
	for (const { id, background } of dataset.statements) {
		if (background !== undefined) backgrounds[id] = background;
	}
	return backgrounds;
}

export interface QuizContent {
	/** `Dataset.version`: answers are stored with it. */
	version: string;
	edition: EditionName & {
		/** The parties the voter is compared with, in the neutral listing order. */
		partyNames: string[];
	};
	/** The editions the voter can switch to (the answers come along). */
	otherEditions: EditionName[];
	/** The statements the edition asks, in quiz order. */
	statements: QuizContentStatement[];
	/**
	 * The statements no party in the edition speaks to: not asked here, but an answer given to
	 * one in another edition is kept (`Statement` ids, texts and hashes only).
	 */
	notAsked: Pick<Statement, 'id' | 'text' | 'hash'>[];
}

const name = ({ id, name }: EditionName): EditionName => ({ id, name });

/** What a quiz page of `edition` holds of `dataset`. */
export function quizContent(dataset: Dataset, edition: Edition): QuizContent {
	const topicName = (id: string) => dataset.topics.find((t) => t.id === id)?.name ?? '';
	return {
		version: dataset.version,
		edition: { ...name(edition), partyNames: edition.parties.map((p) => p.party.name) },
		otherEditions: dataset.editions.filter((e) => e.id !== edition.id).map(name),
		statements: askedStatements(dataset, edition).map(({ id, text, background, hash, topic }) => ({
			id,
			text,
			hash,
			topicName: topicName(topic),
			...(background === undefined ? {} : { hasBackground: true as const })
		})),
		notAsked: deadStatements(dataset, edition).map(({ id, text, hash }) => ({ id, text, hash }))
	};
}
