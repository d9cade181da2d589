/**
 * The pledge-topics file (`content/pledge-topics.yaml`): the one topic each pledge is mainly
 * about, grouped by document. Pure: takes the YAML text with the pledges and topics it must
 * match, returns pledge id → topic id and every problem, naming file, line and pledge.
 *
 * ```yaml
 * sp-nasjonal:
 *   # Listelengden og legevaktbelastningen må reduseres, … (the pledge's text, for editors)
 *   sp-nasjonal-0pvw0rq: kommunehelse
 * ```
 */
import { z } from 'zod';
import { expected, formatPath, idField } from '#lib/pledges/validation.ts';
import type { Pledge } from '#lib/pledges/types.ts';
import { readYaml } from '#lib/pledges/yaml.ts';
import type { ContentIssue } from './schema.ts';
import { OTHER_TOPIC, type Topic } from './types.ts';

/** Pledge id → the id of the topic it is mainly about (a statements topic or `other`). */
export type PledgeTopics = ReadonlyMap<string, string>;

/** What the file is checked against. */
export interface PledgeTopicsInput {
	/** Every pledge of the seeds: each must have a topic, and only these may. */
	pledges: readonly Pledge[];
	/** The document ids of the seeds, in metadata order. */
	documentIds: readonly string[];
	/**
	 * The topics of the statements file, and its name for messages; null when that file
	 * could not be read (its own errors are reported), so topic ids are not checked.
	 */
	topics: { file: string; topics: readonly Topic[] } | null;
}

const fileSchema = z.record(
	z.string(),
	z.record(
		z.string(),
		idField(`a topic id (or "${OTHER_TOPIC}")`),
		expected('a mapping from pledge id to topic id')
	),
	expected('a mapping from document id to its pledges')
);

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

function lineSpan([start, end]: readonly [number, number]): string {
	return start === end ? `line ${start}` : `lines ${start}–${end}`;
}

/** The checked pledge-topics file: every valid entry, and every problem. */
export interface PledgeTopicsCheck {
	/** Pledge id → topic id for every entry without a problem (complete only when `issues` is empty). */
	topics: PledgeTopics;
	/** Every problem, in file order, each with `file` set; the file is usable only when empty. */
	issues: ContentIssue[];
}

/**
 * Parses and checks the pledge-topics file; `fileName` labels the messages. The problems:
 * YAML syntax; a group or topic of the wrong type; a group under an unknown document id; an
 * unknown pledge id (pledge ids are hashes of the text, so a changed seed text changes the
 * id); a pledge listed under another document than its own; a topic the statements file
 * does not define; a statements topic with the reserved id `other`; and every pledge of the
 * seeds without a topic (located at its document's group, or the file's end).
 */
export function parsePledgeTopics(
	source: string | Uint8Array,
	fileName: string,
	input: PledgeTopicsInput
): PledgeTopicsCheck {
	const issues: ContentIssue[] = [];
	const topics = new Map<string, string>();
	const parsed = readYaml(source);
	if (!parsed.ok) {
		return { topics, issues: parsed.issues.map((issue) => ({ ...issue, file: fileName })) };
	}
	const { data, lines } = parsed;
	// Valid UTF-8 by now (`readYaml` checked it).
	const yamlText = typeof source === 'string' ? source : new TextDecoder().decode(source);
	/** An issue at `path`, on the line of the field or its nearest ancestor, else `fallback`. */
	const issue = (path: readonly string[], message: string, fallback?: number): void => {
		const found: ContentIssue = { file: fileName, path: formatPath(path), message };
		let line = fallback;
		for (let n = path.length; n > 0; n--) {
			const at = lines.get(formatPath(path.slice(0, n)));
			if (at !== undefined) {
				line = at;
				break;
			}
		}
		if (line !== undefined) found.line = line;
		issues.push(found);
	};

	const result = fileSchema.safeParse(data ?? {});
	if (!result.success) {
		for (const problem of result.error.issues) {
			issue(problem.path.map(String), problem.message);
		}
		return { topics, issues: sorted(issues) };
	}

	const pledges = new Map(input.pledges.map((p) => [p.id, p]));
	const documents = new Set(input.documentIds);
	const topicIds = input.topics ? new Set(input.topics.topics.map((t) => t.id)) : null;
	const topicList = input.topics
		? `${input.topics.topics.map((t) => t.id).join(', ')} (the topics of ${input.topics.file}), or "${OTHER_TOPIC}" for a pledge about none of them`
		: '';
	if (topicIds?.has(OTHER_TOPIC)) {
		issues.push({
			file: fileName,
			path: '',
			message: `${input.topics!.file} defines a topic with the id "${OTHER_TOPIC}", which is reserved for pledges about none of the topics; rename that topic`
		});
	}

	/** Every pledge id the file lists anywhere (a listed pledge with a problem is reported once). */
	const listed = new Set<string>();
	for (const [documentId, group] of Object.entries(result.data)) {
		if (!documents.has(documentId)) {
			issue(
				[documentId],
				`unknown document ${JSON.stringify(documentId)}; expected one of the document ids in seeds/documents.yaml: ${[...documents].join(', ')}`
			);
			continue;
		}
		for (const [pledgeId, topic] of Object.entries(group)) {
			listed.add(pledgeId);
			const pledge = pledges.get(pledgeId);
			if (!pledge) {
				issue(
					[documentId, pledgeId],
					`unknown pledge ${JSON.stringify(pledgeId)}: ${documentId} has no pledge with this id. Pledge ids are hashes of the pledge's text, so a changed text in seeds/ gives the pledge a new id: find it with \`npm run pledges\` and move the topic to it`
				);
				continue;
			}
			if (pledge.document !== documentId) {
				issue(
					[documentId, pledgeId],
					`pledge ${JSON.stringify(pledgeId)} belongs to document ${pledge.document}; list it under ${pledge.document}:`
				);
				continue;
			}
			if (topicIds && topic !== OTHER_TOPIC && !topicIds.has(topic)) {
				issue(
					[documentId, pledgeId],
					`unknown topic ${JSON.stringify(topic)} for pledge ${JSON.stringify(pledgeId)}; expected one of ${topicList}`
				);
				continue;
			}
			topics.set(pledgeId, topic);
		}
	}

	for (const pledge of input.pledges) {
		if (listed.has(pledge.id)) continue;
		issue(
			[pledge.document],
			`pledge ${JSON.stringify(pledge.id)} has no topic (${pledge.document}, ${lineSpan(pledge.lines)}: "${short(pledge.text)}"); add "${pledge.id}: <topic id>" under ${pledge.document}:`,
			lastLine(yamlText)
		);
	}

	return { topics, issues: sorted(issues) };
}

/** The file's last line (where a missing document group would be added). */
function lastLine(text: string): number {
	return text.replace(/\n+$/, '').split('\n').length;
}

/** In file order (stable; issues without a line last). */
function sorted(issues: ContentIssue[]): ContentIssue[] {
	return issues.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
}

/**
 * How many of each document's pledges address each topic: document id → topic id (or
 * `other`) → count. Every document of `documentIds` is listed; topics without pledges are
 * left out. A pledge without a topic in `topics` is not counted (the file check reports it).
 */
export function countPledgeTopics(
	pledges: readonly Pledge[],
	topics: PledgeTopics,
	documentIds: readonly string[]
): Record<string, Record<string, number>> {
	const counts: Record<string, Record<string, number>> = Object.fromEntries(
		documentIds.map((id) => [id, {}])
	);
	for (const pledge of pledges) {
		const topic = topics.get(pledge.id);
		const ofDocument = Object.hasOwn(counts, pledge.document) ? counts[pledge.document] : undefined;
		if (topic === undefined || ofDocument === undefined) continue;
		ofDocument[topic] = (Object.hasOwn(ofDocument, topic) ? ofDocument[topic]! : 0) + 1;
	}
	return counts;
}
