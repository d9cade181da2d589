/**
 * Finding the pledges in a source document: the items of the bullet lists that
 * a party introduces as its commitments ("Arbeiderpartiet vil:", "Høyres
 * løsninger:"). Pure: no I/O.
 */
import { isBlank, printedSpan } from './lines.ts';
import { hash7 } from '#lib/hash.ts';
import { collapseWhitespace } from './text.ts';
import type { Party, Pledge, SourceDocument, SourceLine } from './types.ts';

/** A bullet (`•`, `●`, `–`, `-`), possibly indented, then a space or no-break space. */
const BULLET = /^[ \t\u00a0]*[•●–-][ \u00a0]+(?=\S)/;

/** Words that make a lead-in a statement of commitments. */
const COMMITMENT =
	/(?<![\p{L}\p{N}])(vil|løsninger|prioriterer|går inn for|foreslår|ønsker)(?![\p{L}\p{N}])/iu;

/** A photo or illustration caption, e.g. "… Foto: Øivind Haug". */
const CAPTION = /(?<![\p{L}\p{N}])(foto|illustrasjon|bilde|photo)\s*:/iu;

const UPPERCASE_START = /^\p{Lu}/u;
const LOWERCASE_START = /^\p{Ll}/u;
const SENTENCE_END = /[.!?][»"”’)\]]*$/;

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The names a lead-in may use for the party behind `doc`: the organisation,
 * its last word ("Senterparti") and that word's definite form ("Senterpartiet"),
 * the party's name and short name when `party` is given, each also in the
 * genitive ("Høyres"), and the pronoun "vi".
 */
function partyNames(doc: SourceDocument, party?: Party): string[] {
	const organisation = collapseWhitespace(doc.meta.organisation);
	const lastWord = organisation.split(' ').at(-1) ?? organisation;
	const names = new Set([organisation, lastWord, 'vi', 'Vi']);
	if (/parti$/i.test(lastWord)) names.add(`${lastWord}et`);
	if (party) {
		names.add(party.name);
		names.add(party.shortName);
	}
	for (const name of [...names]) names.add(`${name}s`);
	return [...names].filter((name) => name !== '');
}

function mentionsAny(text: string, names: readonly string[]): boolean {
	return names.some((name) =>
		new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'u').test(text)
	);
}

/** A line ending with ":" that starts like a sentence: a lead-in to a list, pledges or not. */
function isLeadIn(text: string): boolean {
	const t = collapseWhitespace(text);
	return t.endsWith(':') && UPPERCASE_START.test(t);
}

/**
 * True for a lead-in that introduces the party's commitments: it ends with ":",
 * names the party and uses a commitment word, e.g. "Årsmøtet i Akershus
 * Senterparti vil:" or "Høyres løsninger:" (but not "Oppsummert fører disse
 * utfordringene til:").
 */
export function isPledgeLeadIn(text: string, doc: SourceDocument, party?: Party): boolean {
	return introducesPledges(text, partyNames(doc, party));
}

/**
 * The lead-in sentence of a line: the line's last sentence, since in PDF text a
 * lead-in may share its line with the end of the paragraph before it.
 */
function leadInSentence(text: string): string {
	const t = collapseWhitespace(text);
	return t.split(/(?<=[.!?])\s+(?=\p{Lu})/u).at(-1) ?? t;
}

function introducesPledges(text: string, names: readonly string[]): boolean {
	const t = leadInSentence(text);
	return isLeadIn(t) && COMMITMENT.test(t) && mentionsAny(t.slice(0, -1), names);
}

/** A heading such as "1. Bedre kvalitet …" or " Sterke, offentlige helsetjenester". */
function isHeading(raw: string): boolean {
	const t = collapseWhitespace(raw);
	if (/^\d+\.\s/.test(t)) return true;
	if (!UPPERCASE_START.test(t) || /[.!?:;,]$/.test(t)) return false;
	return /^\s/.test(raw) || t.split(' ').length <= 8;
}

interface OpenItem {
	first: number;
	last: number;
	parts: string[];
}

/**
 * The pledges in `doc`, in document order. `party` (optional) adds the party's
 * name and short name to the names a lead-in may use; the organisation from the
 * document's metadata is always recognised.
 *
 * Throws if two pledges of the document get the same id (the same text twice,
 * or a hash collision).
 */
export function extractPledges(doc: SourceDocument, party?: Party): Pledge[] {
	const { meta, lines } = doc;
	const names = partyNames(doc, party);

	const pledges: Pledge[] = [];
	const ids = new Map<string, Pledge>();

	const addPledge = (open: OpenItem, section: string): void => {
		const text = collapseWhitespace(open.parts.join(' '));
		const id = `${meta.id}-${hash7(text)}`;
		const printed = meta.printedLineNumbers ? printedSpan(lines, open.first, open.last) : undefined;
		const pledge: Pledge = {
			id,
			document: meta.id,
			party: meta.party,
			organisation: meta.organisation,
			region: meta.region,
			lines: [open.first, open.last],
			...(printed ? { printedLines: printed } : {}),
			section,
			text
		};
		const clash = ids.get(id);
		if (clash) {
			const why = clash.text === text ? 'the same text twice' : 'hash collision';
			throw new Error(
				`${meta.file}: pledges at lines ${clash.lines[0]} and ${open.first} have the same id ${id} (${why})`
			);
		}
		ids.set(id, pledge);
		pledges.push(pledge);
	};

	/** Whether a non-bullet, non-blank line continues the open item. */
	const continues = (open: OpenItem, line: SourceLine, afterBlank: boolean): boolean => {
		if (afterBlank && !meta.printedLineNumbers) return false;
		const t = collapseWhitespace(line.text);
		if (CAPTION.test(t) || isLeadIn(t) || isHeading(line.text)) return false;
		return LOWERCASE_START.test(t) || !SENTENCE_END.test(collapseWhitespace(open.parts.join(' ')));
	};

	let section: string | null = null;
	let item: OpenItem | null = null;
	let afterBlank = false;
	for (const line of lines) {
		if (isBlank(line.text)) {
			afterBlank = true;
			continue;
		}
		const wasAfterBlank = afterBlank;
		afterBlank = false;
		if (section !== null) {
			const bullet = BULLET.exec(line.text);
			if (bullet) {
				if (item) addPledge(item, section);
				item = { first: line.line, last: line.line, parts: [line.text.slice(bullet[0].length)] };
				continue;
			}
			if (item && continues(item, line, wasAfterBlank)) {
				item.parts.push(line.text);
				item.last = line.line;
				continue;
			}
			if (item) addPledge(item, section);
			item = null;
			section = null;
		}
		if (introducesPledges(line.text, names)) section = leadInSentence(line.text);
	}
	if (item && section !== null) addPledge(item, section);
	return pledges;
}
