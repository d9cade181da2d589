import { describe, expect, it } from 'vitest';
import { seeds } from '#lib/pledges/test-support.ts';
import type { Pledge } from '#lib/pledges/types.ts';
import { countPledgeTopics, parsePledgeTopics, type PledgeTopicsInput } from './pledge-topics.ts';
import { formatIssue } from './schema.ts';
import { FIXTURE_TOPICS, fixturePledgeTopics, pledgeTopicsYaml } from './test-support.ts';
import { OTHER_TOPIC } from './types.ts';

const FILE = 'content/pledge-topics.yaml';
const STATEMENTS = 'content/statements.yaml';

const input = (
	topics: PledgeTopicsInput['topics'] = { file: STATEMENTS, topics: FIXTURE_TOPICS }
) => ({
	pledges: seeds().pledges,
	documentIds: seeds().metadata.documents.map((d) => d.id),
	topics
});

/** A complete, valid file for the fixture topics. */
const valid = () => pledgeTopicsYaml(seeds().pledges, fixturePledgeTopics(seeds().pledges));

/** The formatted messages for `yaml` (as content:check prints them for the statements file). */
function messagesOf(yaml: string, topics?: PledgeTopicsInput['topics']): string[] {
	return parsePledgeTopics(yaml, FILE, input(topics)).issues.map((issue) =>
		formatIssue(STATEMENTS, issue)
	);
}

const lineOf = (yaml: string, needle: string) =>
	yaml.split('\n').findIndex((line) => line.includes(needle)) + 1;

const pledgeOf = (document: string, index = 0): Pledge => {
	const pledge = seeds().pledges.filter((p) => p.document === document)[index];
	if (!pledge) throw new Error(`no pledge ${index} in ${document}`);
	return pledge;
};

describe('parsePledgeTopics', () => {
	it('gives every pledge its topic from a complete file', () => {
		const { topics, issues } = parsePledgeTopics(valid(), FILE, input());
		expect(issues).toEqual([]);
		expect(topics).toEqual(fixturePledgeTopics(seeds().pledges));
		expect(topics.size).toBe(seeds().pledges.length);
	});

	it(`accepts "${OTHER_TOPIC}" for a pledge about none of the topics`, () => {
		const pledge = pledgeOf('h-nasjonal');
		const yaml = valid().replace(`${pledge.id}: helse`, `${pledge.id}: ${OTHER_TOPIC}`);
		const { topics, issues } = parsePledgeTopics(yaml, FILE, input());
		expect(issues).toEqual([]);
		expect(topics.get(pledge.id)).toBe(OTHER_TOPIC);
	});

	it('names the pledge, its document and line for a pledge without a topic', () => {
		const pledge = pledgeOf('ap-oslo', 1);
		const yaml = valid().replace(`  ${pledge.id}: omsorg\n`, '');
		const [message, ...rest] = messagesOf(yaml);
		expect(rest).toEqual([]);
		expect(message).toBe(
			`${FILE}: ap-oslo: pledge "${pledge.id}" has no topic (ap-oslo, lines ${pledge.lines[0]}–${pledge.lines[1]}: "${pledge.text.slice(0, 59)}…"); add "${pledge.id}: <topic id>" under ap-oslo: (line ${lineOf(yaml, 'ap-oslo:')})`
		);
	});

	it('reports every pledge of a missing document group at the end of the file', () => {
		const yaml = pledgeTopicsYaml(
			seeds().pledges.filter((p) => p.document !== 'sp-akershus'),
			fixturePledgeTopics(seeds().pledges)
		);
		const issues = parsePledgeTopics(yaml, FILE, input()).issues;
		const missing = seeds().pledges.filter((p) => p.document === 'sp-akershus');
		expect(issues.map((i) => i.message.match(/^pledge "([^"]+)" has no topic/)?.[1])).toEqual(
			missing.map((p) => p.id)
		);
		expect(new Set(issues.map((i) => i.line))).toEqual(
			new Set([yaml.trimEnd().split('\n').length])
		);
	});

	it('explains that an unknown pledge id may come from a changed text, at its line', () => {
		const pledge = pledgeOf('sp-nasjonal', 2);
		const changed = `${pledge.id.slice(0, -1)}${pledge.id.endsWith('x') ? 'y' : 'x'}`;
		const yaml = valid().replace(`${pledge.id}:`, `${changed}:`);
		const messages = messagesOf(yaml);
		expect(messages).toContain(
			`${FILE}: sp-nasjonal.${changed}: unknown pledge "${changed}": sp-nasjonal has no pledge with this id. Pledge ids are hashes of the pledge's text, so a changed text in seeds/ gives the pledge a new id: find it with \`npm run pledges\` and move the topic to it (line ${lineOf(yaml, changed)})`
		);
		// The pledge itself now has no topic.
		expect(messages.some((m) => m.includes(`pledge "${pledge.id}" has no topic`))).toBe(true);
		expect(messages).toHaveLength(2);
	});

	it('names a pledge listed under another document', () => {
		const pledge = pledgeOf('h-nasjonal');
		const yaml = valid()
			.replace(`  ${pledge.id}: helse\n`, '')
			.replace('ap-oslo:\n', `ap-oslo:\n  ${pledge.id}: helse\n`);
		expect(messagesOf(yaml)).toEqual([
			`${FILE}: ap-oslo.${pledge.id}: pledge "${pledge.id}" belongs to document h-nasjonal; list it under h-nasjonal: (line ${lineOf(yaml, `  ${pledge.id}`)})`
		]);
	});

	it('names an unknown document group', () => {
		const yaml = `${valid()}sp-fylke:\n  sp-fylke-0abc123: helse\n`;
		expect(messagesOf(yaml)).toEqual([
			`${FILE}: sp-fylke: unknown document "sp-fylke"; expected one of the document ids in seeds/documents.yaml: ${input().documentIds.join(', ')} (line ${lineOf(yaml, 'sp-fylke:')})`
		]);
	});

	it('names an unknown topic with the topics of the statements file, at its line', () => {
		const pledge = pledgeOf('ap-akershus', 4);
		const yaml = valid().replace(`${pledge.id}: helse`, `${pledge.id}: fastlege`);
		expect(messagesOf(yaml)).toEqual([
			`${FILE}: ap-akershus.${pledge.id}: unknown topic "fastlege" for pledge "${pledge.id}"; expected one of helse, omsorg (the topics of ${STATEMENTS}), or "other" for a pledge about none of them (line ${lineOf(yaml, pledge.id)})`
		]);
		// Without the statements' topics (that file is broken), topic ids are not checked.
		expect(messagesOf(yaml, null)).toEqual([]);
	});

	it('refuses a statements topic with the reserved id', () => {
		const topics = [...FIXTURE_TOPICS, { id: OTHER_TOPIC, name: 'Annet' }];
		expect(messagesOf(valid(), { file: STATEMENTS, topics })).toEqual([
			`${FILE}: ${STATEMENTS} defines a topic with the id "other", which is reserved for pledges about none of the topics; rename that topic`
		]);
	});

	it('names values of the wrong type with their line', () => {
		const pledge = pledgeOf('h-nasjonal', 1);
		const yaml = valid()
			.replace(`${pledge.id}: omsorg`, `${pledge.id}: 7`)
			.replace(/^sp-akershus:\n(?: {2}.*\n)+/m, 'sp-akershus:\n');
		const messages = messagesOf(yaml);
		expect(messages).toEqual([
			`${FILE}: sp-akershus: expected a mapping from pledge id to topic id, got nothing (the field is empty) (line ${lineOf(yaml, 'sp-akershus:')})`,
			`${FILE}: h-nasjonal.${pledge.id}: expected a topic id (or "other"), got 7 (line ${lineOf(yaml, pledge.id)})`
		]);
		expect(messagesOf('- a list\n')).toEqual([
			`${FILE}: expected a mapping from document id to its pledges, got a list`
		]);
	});

	it('reports YAML syntax errors and duplicate keys with line and column', () => {
		const pledge = pledgeOf('ap-oslo');
		const yaml = valid().replace(
			`  ${pledge.id}: helse\n`,
			`  ${pledge.id}: helse\n  ${pledge.id}: omsorg\n`
		);
		const [message, ...rest] = messagesOf(yaml);
		expect(rest).toEqual([]);
		expect(message).toMatch(
			new RegExp(
				`^content/pledge-topics\\.yaml:${lineOf(yaml, `${pledge.id}: omsorg`)}:3: invalid YAML: Map keys must be unique`
			)
		);
		expect(messagesOf('sp-akershus: [\n')[0]).toMatch(
			/^content\/pledge-topics\.yaml:2:1: invalid YAML/
		);
	});

	it('treats an empty file as giving no pledge a topic', () => {
		const issues = parsePledgeTopics('', FILE, input()).issues;
		expect(issues).toHaveLength(seeds().pledges.length);
		expect(issues.every((i) => i.file === FILE && /has no topic/.test(i.message))).toBe(true);
	});
});

describe('countPledgeTopics', () => {
	it('counts each document’s pledges per topic, listing every document', () => {
		const pledges = seeds().pledges.filter((p) => p.document === 'sp-akershus');
		const topics = new Map([
			[pledges[0]!.id, 'helse'],
			[pledges[1]!.id, OTHER_TOPIC],
			[pledges[2]!.id, 'helse']
		]);
		expect(countPledgeTopics(seeds().pledges, topics, ['sp-akershus', 'h-nasjonal'])).toEqual({
			'sp-akershus': { helse: 2, [OTHER_TOPIC]: 1 },
			'h-nasjonal': {}
		});
	});
});
