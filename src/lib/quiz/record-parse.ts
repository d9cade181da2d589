/**
 * Reading a stored quiz record back (see `record.ts` for the schema). Everything read is
 * untrusted: every field is validated, malformed answers are dropped and counted, and nothing
 * throws. In a module of its own so that a quiz page loads it only when a record is stored
 * (or another tab stores one), not on a first visit.
 *
 * Schema 3 (the same without `rev` and `cleared`) is migrated with every answer at revision 1
 * and its position kept; schema 2 (every edition asked every statement, so `index` counted all
 * of them) and schema 1 (the XState snapshot stored before) are migrated the same way, but their
 * position is not taken as is.
 */
import { isStance, own } from '#lib/scoring/types.ts';
import { QUIZ_STEPS, RECORD_SCHEMA, setOwn } from './record.ts';
import type { QuizRecord, QuizStep, StoredAnswer } from './record.ts';

/**
 * What {@link parseRecord} found: a record whose every field is valid, with `dropped`
 * malformed answers left out, `schema` the schema it was stored in, and `migrated` set when
 * its position is not to be taken as is (schemas 1 and 2, whose `index` counted every
 * statement of the dataset); or `ok: false` when the value is unreadable (not JSON, not an
 * object, an unknown schema, or a malformed envelope: dataset, edition, step, index, cleared
 * or the answers object itself).
 */
export type ParsedRecord =
	| { ok: true; record: QuizRecord; dropped: number; migrated: boolean; schema: StoredSchema }
	| { ok: false };

/** The schemas {@link parseRecord} reads. */
export type StoredSchema = 1 | 2 | 3 | typeof RECORD_SCHEMA;

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

/**
 * A well-formed answer, or `null`. `hash` and `rev` are where the answer's hash and revision
 * are stored; a revision must be an integer above the record's `cleared` (an answer at or
 * below it was deleted).
 */
function answerOf(
	value: unknown,
	hash: unknown,
	rev: unknown,
	cleared: number
): StoredAnswer | null {
	if (!isObject(value) || typeof hash !== 'string' || !isIndex(rev) || rev <= cleared) return null;
	const { stance, important } = value;
	if (!(stance === null || isStance(stance)) || typeof important !== 'boolean') return null;
	return { stance, important, hash, rev };
}

/** Where an answer of an older schema keeps its hash, and the revision all of them get. */
interface AnswerFields {
	hash: (id: string, answer: unknown) => unknown;
	rev: (answer: unknown) => unknown;
	cleared: number;
}

/** Keeps the well-formed answers, counting the others. Own keys only (JSON.parse makes them). */
function answersOf(
	entries: [string, unknown][],
	fields: AnswerFields
): { answers: Record<string, StoredAnswer>; dropped: number } {
	const answers: Record<string, StoredAnswer> = {};
	let dropped = 0;
	for (const [id, value] of entries) {
		const answer = answerOf(value, fields.hash(id, value), fields.rev(value), fields.cleared);
		if (answer === null) dropped++;
		else setOwn(answers, id, answer);
	}
	return { answers, dropped };
}

/** The revision every answer of a record stored before schema 4 gets. */
const MIGRATED_REV = 1;
const fieldOf = (name: string) => (value: unknown) => (isObject(value) ? value[name] : undefined);

/**
 * Schema 4, or 3 or 2 (the same envelope without revisions: every answer at revision 1;
 * `migrated` when it is 2).
 */
function parseEnvelope(data: Json, schema: 2 | 3 | 4): ParsedRecord {
	const { dataset, edition, step, index, answers } = data;
	const cleared = schema === 4 ? data.cleared : 0;
	if (
		typeof dataset !== 'string' ||
		typeof edition !== 'string' ||
		!isStep(step) ||
		!isIndex(index) ||
		!isIndex(cleared) ||
		!isObject(answers)
	) {
		return { ok: false };
	}
	const kept = answersOf(Object.entries(answers), {
		hash: (_, value) => fieldOf('hash')(value),
		rev: schema === 4 ? fieldOf('rev') : () => MIGRATED_REV,
		cleared
	});
	return parsed({ dataset, edition, step, index, cleared }, kept, schema);
}

/** What {@link parseRecord} gives for a valid envelope and its kept answers. */
function parsed(
	envelope: Omit<QuizRecord, 'schema' | 'answers'>,
	kept: { answers: Record<string, StoredAnswer>; dropped: number },
	schema: StoredSchema
): ParsedRecord {
	return {
		ok: true,
		record: { schema: RECORD_SCHEMA, ...envelope, answers: kept.answers },
		dropped: kept.dropped,
		migrated: schema === 1 || schema === 2,
		schema
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
	const kept = answersOf(Object.entries(answers), {
		hash: (id) => own(hashes, id),
		rev: () => MIGRATED_REV,
		cleared: 0
	});
	return parsed({ dataset, edition, step, index, cleared: 0 }, kept, 1);
}

/** Reads a stored record (schema 4, or schema 3, 2 or 1 migrated). Never throws. */
export function parseRecord(raw: string): ParsedRecord {
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return { ok: false };
	}
	if (!isObject(data)) return { ok: false };
	const { schema } = data;
	if (schema === RECORD_SCHEMA || schema === 3 || schema === 2) return parseEnvelope(data, schema);
	if (schema === 1) return parseSchema1(data);
	return { ok: false };
}
