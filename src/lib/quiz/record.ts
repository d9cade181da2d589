/**
 * The quiz record: our own small, versioned, plain-JSON description of where a voter is and
 * what they answered. It is what the browser stores (and what the share link of a later
 * issue will encode), so it holds no XState internals, and everything read back is untrusted:
 * {@link parseRecord} validates every field, repairs per answer and never throws.
 *
 * Schema 3, exactly as stored:
 * ```json
 * {
 *   "schema": 3,
 *   "dataset": "<Dataset.version the answers were given against>",
 *   "edition": "<Edition.id the quiz was last shown in>",
 *   "step": "intro" | "answering" | "revising" | "results",
 *   "index": <index of the current statement among those `edition` asks, an integer ≥ 0>,
 *   "answers": {
 *     "<statement id>": { "stance": -2 | -1 | 0 | 1 | 2 | null, "important": <boolean>, "hash": "<statementHash(text)>" }
 *   }
 * }
 * ```
 * `answers` holds every kept answer: to the statements `edition` asks (in its quiz order),
 * then those given in another edition to statements this one does not ask, carried as they
 * came. `stance: null` is a skip (or an importance mark on an unanswered statement); `hash`
 * is the hash of the statement text the answer was given to, so that an answer to a changed
 * statement is dropped. Schema 2 (the same, but every edition asked every statement, so
 * `index` counted all of them) and schema 1 (the XState snapshot stored before) are migrated
 * on parse; their position is not taken as is.
 */
import { isStance, own } from '#lib/scoring/types.ts';
import type { QuizSnapshot, QuizStateValue } from './machine.ts';
import type { RecordAnswer } from './types.ts';

export type { RecordAnswer };

/** The version {@link recordOf} writes. */
export const RECORD_SCHEMA = 3;

/**
 * Where the voter is: in the intro, stepping through the statements (`answering`), revising
 * one answer from the results (`revising`, which returns there), or on the results.
 */
export const QUIZ_STEPS = ['intro', 'answering', 'revising', 'results'] as const;
export type QuizStep = (typeof QUIZ_STEPS)[number];

/** The machine state of each step: the one place the record's vocabulary meets the machine's. */
export const STEP_STATE = {
	intro: 'intro',
	answering: { answering: 'stepping' },
	revising: { answering: 'revising' },
	results: 'results'
} as const satisfies Record<QuizStep, QuizStateValue>;

/** The stored record, schema 3 (see the module comment). */
export interface QuizRecord {
	schema: typeof RECORD_SCHEMA;
	/** `Dataset.version` the answers were given against. */
	dataset: string;
	/** `Edition.id` the quiz was last shown in (the route decides the edition on restore). */
	edition: string;
	step: QuizStep;
	/** Index of the current statement among those `edition` asks. */
	index: number;
	/** Answers keyed by statement id: the edition's in quiz order, then the carried ones. */
	answers: Record<string, RecordAnswer>;
}

/** Sets an own key: an id such as `__proto__` stays a key and never becomes a prototype. */
export function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
	Object.defineProperty(record, key, {
		value,
		enumerable: true,
		writable: true,
		configurable: true
	});
}

/**
 * The record of a snapshot: answered statements only, each with its statement's hash, then
 * the answers carried for statements the edition does not ask, unchanged.
 */
export function recordOf(snapshot: QuizSnapshot): QuizRecord {
	const { context } = snapshot;
	const answers: Record<string, RecordAnswer> = {};
	context.statementIds.forEach((id, i) => {
		const answer = own(context.answers, id);
		const hash = context.statementHashes[i];
		if (answer !== undefined && hash !== undefined) {
			setOwn(answers, id, { stance: answer.stance, important: answer.important, hash });
		}
	});
	for (const [id, { stance, important, hash }] of Object.entries(context.carried)) {
		setOwn(answers, id, { stance, important, hash });
	}
	return {
		schema: RECORD_SCHEMA,
		dataset: context.datasetVersion,
		edition: context.edition,
		step: QUIZ_STEPS.find((step) => snapshot.matches(STEP_STATE[step])) ?? 'intro',
		index: context.index,
		answers
	};
}

/** The record as stored: plain JSON. */
export function serialiseRecord(record: QuizRecord): string {
	return JSON.stringify(record);
}

/**
 * What {@link parseRecord} found: a record whose every field is valid, with `dropped`
 * malformed answers left out and `migrated` set when it was stored in an earlier schema
 * (whose `index` counted every statement of the dataset, so the position is not taken as
 * is); or `ok: false` when the value is unreadable (not JSON, not an object, an unknown
 * schema, or a malformed envelope: dataset, edition, step, index or the answers object
 * itself).
 */
export type ParsedRecord =
	{ ok: true; record: QuizRecord; dropped: number; migrated: boolean } | { ok: false };

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isIndex(value: unknown): value is number {
	return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isStep(value: unknown): value is QuizStep {
	return QUIZ_STEPS.some((step) => step === value);
}

/** A well-formed answer, or `null`. `hash` is where the answer's hash is stored. */
function answerOf(value: unknown, hash: unknown): RecordAnswer | null {
	if (!isObject(value) || typeof hash !== 'string') return null;
	const { stance, important } = value;
	if (!(stance === null || isStance(stance)) || typeof important !== 'boolean') return null;
	return { stance, important, hash };
}

/** Keeps the well-formed answers, counting the others. Own keys only (JSON.parse makes them). */
function answersOf(
	entries: [string, unknown][],
	hashOf: (id: string, answer: unknown) => unknown
): { answers: Record<string, RecordAnswer>; dropped: number } {
	const answers: Record<string, RecordAnswer> = {};
	let dropped = 0;
	for (const [id, value] of entries) {
		const answer = answerOf(value, hashOf(id, value));
		if (answer === null) dropped++;
		else setOwn(answers, id, answer);
	}
	return { answers, dropped };
}

/** Schema 3, or schema 2 (the same envelope: `migrated` when it is 2). */
function parseSchema3(data: Json, migrated: boolean): ParsedRecord {
	const { dataset, edition, step, index, answers } = data;
	if (
		typeof dataset !== 'string' ||
		typeof edition !== 'string' ||
		!isStep(step) ||
		!isIndex(index) ||
		!isObject(answers)
	) {
		return { ok: false };
	}
	const kept = answersOf(Object.entries(answers), (_, value) =>
		isObject(value) ? value.hash : undefined
	);
	return {
		ok: true,
		record: { schema: RECORD_SCHEMA, dataset, edition, step, index, answers: kept.answers },
		dropped: kept.dropped,
		migrated
	};
}

/**
 * Schema 1 stored XState's persisted snapshot: `{ schema: 1, dataset, snapshot: { status,
 * value, context: { answers, edition, index, returnToResults, … } }, hashes: { [id]: hash } }`.
 */
function parseSchema1(data: Json): ParsedRecord {
	const { dataset, snapshot, hashes } = data;
	if (typeof dataset !== 'string' || !isObject(hashes) || !isObject(snapshot)) return { ok: false };
	const { status, value, context } = snapshot;
	if (status !== 'active' || !isObject(context)) return { ok: false };
	const { answers, edition, index, returnToResults } = context;
	if (
		(value !== 'intro' && value !== 'answering' && value !== 'results') ||
		typeof edition !== 'string' ||
		!isIndex(index) ||
		typeof returnToResults !== 'boolean' ||
		!isObject(answers)
	) {
		return { ok: false };
	}
	const step: QuizStep = value === 'answering' && returnToResults ? 'revising' : value;
	const kept = answersOf(Object.entries(answers), (id) => own(hashes, id));
	return {
		ok: true,
		record: { schema: RECORD_SCHEMA, dataset, edition, step, index, answers: kept.answers },
		dropped: kept.dropped,
		migrated: true
	};
}

/** Reads a stored record (schema 3, or schema 2 or 1 migrated). Never throws. */
export function parseRecord(raw: string): ParsedRecord {
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return { ok: false };
	}
	if (!isObject(data)) return { ok: false };
	if (data.schema === RECORD_SCHEMA) return parseSchema3(data, false);
	if (data.schema === 2) return parseSchema3(data, true);
	if (data.schema === 1) return parseSchema1(data);
	return { ok: false };
}
