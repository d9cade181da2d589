/**
 * A translation of the methodology page (`nn.md`, `en.md`) has the structure of the original
 * (`nb.md`); only the words differ:
 *
 * - the same sections, with the same anchors, in the same order (the site links to them);
 * - in the lead and in each section, the same blocks in the same order: headings of the same
 *   level with the same anchors, paragraphs, lists with as many items, code blocks, tables of
 *   the same size, and the slots of the data blocks;
 * - each block using the same placeholders and linking to the same targets;
 * - every message with the same placeholders.
 *
 * `compareStructure` lists every difference at the translation's file and line, naming the
 * original's line, so a translator can see what is missing or extra. Pure.
 */
import { linkTargets, markdownBlocks } from '../markdown.ts';
import type { MethodologySource, SourceBlock } from './document.ts';
import { placeholderNames, type MethodologyIssue, type Source } from './template.ts';

/** One structural element of the lead or a section. */
interface Item {
	/** Equal keys mean the same kind of element (what the alignment compares). */
	readonly key: string;
	/** The element in words, for messages. */
	readonly label: string;
	readonly line: number;
	/** Null when the text is not valid ICU (the templater reports that). */
	readonly placeholders: readonly string[] | null;
	readonly links: readonly string[];
}

/** A subsection heading's anchor, as the parser leaves it (quoted for ICU). */
const HEADING_ANCHOR = /\{#([a-z][a-z0-9-]*)\}'?\s*$/;

function fileLine(source: Source, lineInText: number): number {
	return source.lines?.[lineInText - 1] ?? source.line + lineInText - 1;
}

function markdownItems(source: Source): Item[] {
	return markdownBlocks(source.text).map((block) => {
		const anchor = block.kind === 'heading' ? HEADING_ANCHOR.exec(block.raw.trim()) : null;
		const label =
			block.kind === 'heading'
				? `an ${block.shape} heading${anchor ? ` {#${anchor[1]}}` : ''}`
				: block.kind === 'code'
					? 'a code block'
					: block.shape
						? `a ${block.kind} (${block.shape})`
						: `a ${block.kind}`;
		return {
			key: `${block.kind}|${block.shape}|${anchor?.[1] ?? ''}`,
			label,
			line: fileLine(source, block.line),
			placeholders: placeholderNames(block.raw),
			links: linkTargets(block.raw).sort()
		};
	});
}

function sectionItems(blocks: readonly SourceBlock[]): Item[] {
	return blocks.flatMap((block) =>
		block.kind === 'slot'
			? [
					{
						key: `slot|${block.slot}`,
						label: `the slot ::${block.slot}`,
						line: block.line,
						placeholders: [],
						links: []
					}
				]
			: markdownItems(block.source)
	);
}

/** An edit script from `a` to `b`: kept pairs, and what only one side has (longest common subsequence). */
type Step<T> =
	| { readonly op: 'same'; readonly a: T; readonly b: T }
	| { readonly op: 'missing'; readonly a: T }
	| { readonly op: 'extra'; readonly b: T };

function align<T>(a: readonly T[], b: readonly T[], key: (item: T) => string): Step<T>[] {
	// lcs[i][j]: the longest common subsequence of a[i..] and b[j..].
	const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
	for (let i = a.length - 1; i >= 0; i--)
		for (let j = b.length - 1; j >= 0; j--)
			lcs[i]![j] =
				key(a[i]!) === key(b[j]!)
					? lcs[i + 1]![j + 1]! + 1
					: Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
	const steps: Step<T>[] = [];
	let i = 0;
	let j = 0;
	while (i < a.length || j < b.length) {
		if (i < a.length && j < b.length && key(a[i]!) === key(b[j]!)) {
			steps.push({ op: 'same', a: a[i++]!, b: b[j++]! });
		} else if (j < b.length && (i === a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
			steps.push({ op: 'extra', b: b[j++]! });
		} else {
			steps.push({ op: 'missing', a: a[i++]! });
		}
	}
	return steps;
}

/** Where a missing element belongs in the translation: the line of what follows it there. */
function lineOfNext<T>(
	steps: readonly Step<T>[],
	at: number,
	line: (item: T) => number,
	end: number
) {
	for (const step of steps.slice(at + 1)) if (step.op !== 'missing') return line(step.b);
	return end;
}

const list = (names: readonly string[]) => names.map((n) => `{${n}}`).join(', ');

/**
 * Every structural difference between the original `reference` and its translation, at the
 * translation's lines. Empty when the translation has the original's structure.
 */
export function compareStructure(
	reference: MethodologySource,
	translation: MethodologySource
): MethodologyIssue[] {
	const issues: MethodologyIssue[] = [];
	const at = (line: number, message: string) =>
		issues.push({ file: translation.file, line, message });
	const ref = (line: number) => `${reference.file}:${line}`;
	const lastLine = Math.max(
		1,
		...translation.sections.map((s) => s.line),
		...translation.sections.flatMap((s) => sectionItems(s.blocks).map((item) => item.line))
	);

	const compareItems = (where: string, a: readonly Item[], b: readonly Item[], end: number) => {
		const steps = align(a, b, (item) => item.key);
		steps.forEach((step, i) => {
			if (step.op === 'missing')
				at(
					lineOfNext(steps, i, (item) => item.line, end),
					`${where}: ${step.a.label} is missing here (${ref(step.a.line)})`
				);
			else if (step.op === 'extra')
				at(step.b.line, `${where}: ${step.b.label} that ${reference.file} does not have here`);
			else comparePair(where, step.a, step.b);
		});
	};
	const comparePair = (where: string | null, a: Item, b: Item) => {
		const prefix = where === null ? '' : `${where}: `;
		if (a.placeholders !== null && b.placeholders !== null) {
			const lacking = a.placeholders.filter((n) => !b.placeholders!.includes(n));
			const added = b.placeholders.filter((n) => !a.placeholders!.includes(n));
			if (lacking.length > 0)
				at(b.line, `${prefix}${b.label} lacks ${list(lacking)}, which ${ref(a.line)} uses`);
			if (added.length > 0)
				at(b.line, `${prefix}${b.label} uses ${list(added)}, which ${ref(a.line)} does not`);
		}
		if (a.links.join('\n') !== b.links.join('\n'))
			at(
				b.line,
				`${prefix}${b.label} links to ${b.links.join(', ') || 'nothing'}; ${ref(a.line)} links to ${a.links.join(', ') || 'nothing'}`
			);
	};

	const leadEnd = translation.sections[0]?.line ?? lastLine;
	compareItems('the lead', markdownItems(reference.lead), markdownItems(translation.lead), leadEnd);

	const refIds = new Set(reference.sections.map((s) => s.id));
	const ids = new Set(translation.sections.map((s) => s.id));
	const steps = align(reference.sections, translation.sections, (s) => s.id);
	steps.forEach((step, i) => {
		if (step.op === 'missing') {
			// A section that is only elsewhere is reported once, where it stands.
			if (ids.has(step.a.id)) return;
			at(
				lineOfNext(steps, i, (s) => s.line, lastLine),
				`the section {#${step.a.id}} is missing here (${ref(step.a.line)}: "${step.a.title}")`
			);
		} else if (step.op === 'extra') {
			at(
				step.b.line,
				refIds.has(step.b.id)
					? `the section {#${step.b.id}} is out of order: keep the sections in the order of ${reference.file}`
					: `the section {#${step.b.id}} is not in ${reference.file}`
			);
		} else {
			const next = translation.sections[translation.sections.indexOf(step.b) + 1];
			compareItems(
				`section {#${step.b.id}}`,
				sectionItems(step.a.blocks),
				sectionItems(step.b.blocks),
				next?.line ?? lastLine
			);
		}
	});

	const names = Object.keys(reference.messages) as (keyof typeof reference.messages)[];
	for (const name of names) {
		const a = reference.messages[name];
		const b = translation.messages[name];
		// A message missing from either is reported by the page builder.
		if (!a || !b) continue;
		const item = (source: Source): Item => ({
			key: name,
			label: `the message "${name}"`,
			line: source.line,
			placeholders: placeholderNames(source.text),
			links: linkTargets(source.text).sort()
		});
		comparePair(null, item(a), item(b));
	}
	return issues;
}
