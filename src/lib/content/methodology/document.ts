/**
 * The structure of a methodology file (`content/methodology/<lang>.md`), read before any
 * templating:
 *
 * ```markdown
 * ---
 * description: The page's meta description.
 * ---
 *
 * # The page title
 *
 * The lead: Markdown before the first section.
 *
 * ## A section title {#anchor}
 *
 * Markdown with {placeholders}. A paragraph holding only a slot marker places a data block:
 *
 * ::documents
 *
 * ### A subsection {#optional-anchor}
 *
 * ```message example-party
 * A message: text a data block or a placeholder uses, filled per item.
 * ```
 * ```
 *
 * Titles are plain text. Every section has an anchor; anchors are unique in the file. Each
 * known slot appears exactly once; message blocks (fenced, info string `message <name>`)
 * are taken out of the flow, may stand anywhere and must have a known name. The names of
 * the slots and messages a page uses are passed in (`Vocabulary`).
 *
 * Pure: the caller reads the file.
 */
import { MethodologyError, type MethodologyIssue, type Source } from './template.ts';

/** A piece of a section: Markdown, or the place of a data block. */
export type SourceBlock<Slot extends string = string> =
	| { readonly kind: 'markdown'; readonly source: Source }
	| { readonly kind: 'slot'; readonly slot: Slot; readonly line: number };

export interface SourceSection<Slot extends string = string> {
	/** The anchor (`{#anchor}`), the section's `id`. */
	readonly id: string;
	readonly title: string;
	readonly line: number;
	readonly blocks: readonly SourceBlock<Slot>[];
}

export interface MethodologySource<Slot extends string = string, Message extends string = string> {
	readonly file: string;
	readonly description: string;
	readonly title: string;
	readonly lead: Source;
	readonly sections: readonly SourceSection<Slot>[];
	readonly messages: Readonly<Record<Message, Source>>;
}

/** The slot and message names a page knows. */
export interface Vocabulary<Slot extends string, Message extends string> {
	readonly slots: readonly Slot[];
	readonly messages: readonly Message[];
	/**
	 * Whether a slot that does not appear is an issue (default true). A translation is
	 * compared with its original instead, which names the line where the slot belongs.
	 */
	readonly everySlot?: boolean;
}

const FRONT_MATTER_KEYS = ['description'] as const;
const FENCE = /^ {0,3}(`{3,}|~{3,})\s*(.*)$/;
const MESSAGE_INFO = /^message\s+([a-z][a-z0-9-]*)\s*$/;
const TITLE = /^# +(.+?)\s*$/;
const SECTION = /^## +(.+?)\s*$/;
const ANCHOR = /^(.*?)\s*\{#([a-z][a-z0-9-]*)\}$/;
const SUBHEADING_ANCHOR = /^(#{3,6} +.*?)\s*(\{#([a-z][a-z0-9-]*)\})\s*$/;
const SLOT = /^::([a-z][a-z0-9-]*)\s*$/;

/** Reads the structure of a methodology file; throws a `MethodologyError` listing every issue. */
export function parseMethodology<Slot extends string, Message extends string>(
	text: string,
	file: string,
	vocabulary: Vocabulary<Slot, Message>
): MethodologySource<Slot, Message> {
	const lines = text.replace(/\r\n?/g, '\n').split('\n');
	const issues: MethodologyIssue[] = [];
	const problem = (line: number, message: string) => issues.push({ file, line, message });

	// Front matter: `key: value` lines between two `---` lines at the top.
	const front: Record<string, string> = {};
	let i = 0;
	if (lines[0] === '---') {
		const end = lines.indexOf('---', 1);
		if (end === -1) problem(1, 'the front matter is not closed with a line `---`');
		for (i = 1; i < (end === -1 ? lines.length : end); i++) {
			const entry = /^([a-z]+):\s*(.*)$/.exec(lines[i]!);
			if (!entry) problem(i + 1, 'front matter lines must read `key: value`');
			else if (!(FRONT_MATTER_KEYS as readonly string[]).includes(entry[1]!))
				problem(i + 1, `unknown front matter key "${entry[1]}"`);
			else front[entry[1]!] = entry[2]!.trim();
		}
		i = end === -1 ? lines.length : end + 1;
	}
	if (!front.description) problem(1, 'the front matter must give a `description`');

	let title: string | null = null;
	let lead: [number, string][] = [];
	let leadLine = i + 1;
	const sections: { id: string; title: string; line: number; items: Item[] }[] = [];
	const messages: Partial<Record<string, Source>> = {};
	const anchors = new Map<string, number>();
	const slotLines = new Map<string, number[]>();

	const anchor = (id: string, line: number) => {
		const first = anchors.get(id);
		if (first !== undefined) problem(line, `the anchor "${id}" is already used on line ${first}`);
		else anchors.set(id, line);
	};
	const append = (line: number, content: string) => {
		const current = sections.at(-1);
		if (current) current.items.push([line, content]);
		else lead.push([line, content]);
	};

	for (; i < lines.length; i++) {
		const line = lines[i]!;
		const number = i + 1;
		const fence = FENCE.exec(line);
		if (fence) {
			const [, marks = '', info = ''] = fence;
			const close = new RegExp(`^ {0,3}${marks[0] === '`' ? '`' : '~'}{${marks.length},}\\s*$`);
			let end = i + 1;
			while (end < lines.length && !close.test(lines[end]!)) end++;
			const message = MESSAGE_INFO.exec(info);
			if (message) {
				const name = message[1]!;
				if (!(vocabulary.messages as readonly string[]).includes(name))
					problem(number, `unknown message "${name}"`);
				else if (messages[name]) problem(number, `the message "${name}" is defined twice`);
				else messages[name] = { file, line: number + 1, text: lines.slice(i + 1, end).join('\n') };
			} else {
				for (let j = i; j <= Math.min(end, lines.length - 1); j++) append(j + 1, lines[j]!);
			}
			i = end;
			continue;
		}
		const h1 = TITLE.exec(line);
		if (h1) {
			if (title !== null || sections.length > 0)
				problem(number, 'the file must have one `# title`, at the top');
			else {
				title = h1[1]!;
				const before = lead.find(([, l]) => l.trim() !== '');
				if (before)
					problem(before[0], 'text before the `# title` is not shown: move it below the title');
			}
			lead = [];
			leadLine = number + 1;
			continue;
		}
		const h2 = SECTION.exec(line);
		if (h2) {
			const anchored = ANCHOR.exec(h2[1]!);
			if (!anchored) {
				problem(number, 'a section heading must end in an anchor: `## Title {#anchor}`');
				continue;
			}
			anchor(anchored[2]!, number);
			sections.push({ id: anchored[2]!, title: anchored[1]!, line: number, items: [] });
			continue;
		}
		const sub = SUBHEADING_ANCHOR.exec(line);
		if (sub) {
			anchor(sub[3]!, number);
			// Quoted for ICU, so that the braces reach the Markdown pipeline as written.
			append(number, `${sub[1]} '${sub[2]}'`);
			continue;
		}
		const slot = SLOT.exec(line);
		if (slot) {
			const name = slot[1]!;
			const alone = (lines[i - 1] ?? '').trim() === '' && (lines[i + 1] ?? '').trim() === '';
			if (!(vocabulary.slots as readonly string[]).includes(name))
				problem(number, `unknown slot "${name}"`);
			else if (!alone) problem(number, `the slot "${name}" must be a paragraph of its own`);
			else if (sections.length === 0)
				problem(number, `the slot "${name}" must be inside a section`);
			else {
				slotLines.set(name, [...(slotLines.get(name) ?? []), number]);
				sections.at(-1)!.items.push({ slot: name, line: number });
				continue;
			}
		}
		append(number, line);
	}

	if (title === null) problem(1, 'the file must have a `# title`');
	if (sections.length === 0) problem(1, 'the file must have sections: `## Title {#anchor}`');
	for (const name of vocabulary.slots) {
		const at = slotLines.get(name) ?? [];
		if (at.length === 0 && vocabulary.everySlot !== false)
			problem(1, `the slot "${name}" is missing`);
		for (const line of at.slice(1)) problem(line, `the slot "${name}" is used more than once`);
	}
	if (issues.length > 0) throw new MethodologyError(issues);

	return {
		file,
		description: front.description!,
		title: title!,
		lead: {
			file,
			line: lead[0]?.[0] ?? leadLine,
			text: lead.map(([, l]) => l).join('\n'),
			lines: lead.map(([n]) => n)
		},
		sections: sections.map((s) => ({
			id: s.id,
			title: s.title,
			line: s.line,
			blocks: blocks<Slot>(file, s.items)
		})),
		messages: messages as Record<Message, Source>
	};
}

/** A section's lines, or a slot marker in its place. */
type Item = [number, string] | { slot: string; line: number };

/** A section's items as Markdown blocks (runs of lines) and slots. */
function blocks<Slot extends string>(file: string, items: readonly Item[]): SourceBlock<Slot>[] {
	const result: SourceBlock<Slot>[] = [];
	let pending: [number, string][] = [];
	const flush = () => {
		const text = pending.map(([, l]) => l).join('\n');
		if (text.trim() !== '') {
			const numbers = pending.map(([n]) => n);
			result.push({ kind: 'markdown', source: { file, line: numbers[0]!, text, lines: numbers } });
		}
		pending = [];
	};
	for (const item of items) {
		if (Array.isArray(item)) {
			pending.push(item);
			continue;
		}
		flush();
		result.push({ kind: 'slot', slot: item.slot as Slot, line: item.line });
	}
	flush();
	return result;
}
