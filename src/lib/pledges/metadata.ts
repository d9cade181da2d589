/**
 * Parsing and validating `seeds/documents.yaml`: the parties and the metadata of
 * each source document. Pure: takes the YAML text, returns typed metadata or
 * throws a `MetadataError` naming the file and the field.
 */
import { z } from 'zod';
import {
	DOCUMENT_KINDS,
	REGIONS,
	type DocumentMeta,
	type Party,
	type PublishedDate,
	type SeedMetadata
} from './types.ts';
import {
	dateField,
	expected,
	httpsUrlField,
	idField,
	isCalendarDate,
	textField
} from './validation.ts';
import { formatFileIssue, issueAt, readYaml, type FileIssue } from './yaml.ts';

/** A problem with the metadata file: the field (e.g. `documents[2].region`) and its line. */
export type MetadataIssue = FileIssue;

/** A broken metadata file. `message` lists every issue, one per line (see `formatFileIssue`). */
export class MetadataError extends Error {
	readonly file: string;
	readonly issues: MetadataIssue[];

	constructor(file: string, issues: MetadataIssue[]) {
		super(issues.map((issue) => formatFileIssue(file, issue)).join('\n'));
		this.name = 'MetadataError';
		this.file = file;
		this.issues = issues;
	}
}

const COLOUR = /^#[0-9a-f]{6}$/;
const FILE = /^[^/\\]+\.txt$/;
const REGION_CHOICES = [...REGIONS.map((r) => JSON.stringify(r)), 'null'].join(' | ');

const id = idField;
const text = textField;

const partySchema = z.strictObject(
	{
		id: id('a party id like "ap"'),
		name: text('the party name'),
		shortName: text('the short name'),
		colour: z
			.string(expected('a colour "#rrggbb" (quoted, or YAML reads it as a comment)'))
			.regex(COLOUR, expected('a colour "#rrggbb" (lowercase hex)'))
	},
	expected('a party (a mapping)')
);

const documentSchema = z.strictObject(
	{
		id: id('a document id like "ap-oslo"'),
		file: z
			.string(expected('a file name under seeds/'))
			.regex(FILE, expected('a .txt file name under seeds/ (no folders)')),
		party: id('a party id'),
		organisation: text('the organisation'),
		region: z.enum(REGIONS, expected(REGION_CHOICES)).nullable(),
		title: text('the title'),
		kind: z.enum(
			DOCUMENT_KINDS,
			expected(DOCUMENT_KINDS.map((k) => JSON.stringify(k)).join(' | '))
		),
		published: z
			.string(expected('"YYYY-MM-DD" or "unknown"'))
			.refine(
				(v): v is PublishedDate => v === 'unknown' || isCalendarDate(v),
				expected('"YYYY-MM-DD" or "unknown"')
			),
		printedLineNumbers: z.boolean(expected('true or false')),
		url: httpsUrlField("the party's original").optional(),
		retrieved: dateField('the day the text was retrieved').optional()
	},
	expected('a document (a mapping)')
);

const metadataSchema = z.strictObject(
	{
		parties: z.array(partySchema, expected('a list of parties')).min(1, expected('a party')),
		documents: z
			.array(documentSchema, expected('a list of documents'))
			.min(1, expected('a document'))
	},
	expected('a mapping with "parties" and "documents"')
);

/** Ids that must be unique and references that must resolve. */
function crossReferenceIssues(metadata: SeedMetadata): MetadataIssue[] {
	const issues: MetadataIssue[] = [];
	const duplicates = <T>(items: T[], key: (item: T) => string, list: string, field: string) => {
		const seen = new Map<string, number>();
		items.forEach((item, index) => {
			const value = key(item);
			const first = seen.get(value);
			if (first === undefined) seen.set(value, index);
			else
				issues.push({
					path: `${list}[${index}].${field}`,
					message: `duplicate ${field} ${JSON.stringify(value)} (also ${list}[${first}])`
				});
		});
	};
	duplicates(metadata.parties, (p) => p.id, 'parties', 'id');
	duplicates(metadata.documents, (d) => d.id, 'documents', 'id');
	duplicates(metadata.documents, (d) => d.file, 'documents', 'file');
	const partyIds = new Set(metadata.parties.map((p) => p.id));
	const known = [...partyIds].map((p) => JSON.stringify(p)).join(' | ');
	metadata.documents.forEach((doc, index) => {
		if (!partyIds.has(doc.party)) {
			issues.push({
				path: `documents[${index}].party`,
				message: `unknown party ${JSON.stringify(doc.party)}; expected ${known}`
			});
		}
	});
	return issues;
}

/**
 * Parses and validates the metadata file (its bytes, or decoded text). `fileName` (e.g.
 * `seeds/documents.yaml`) only labels error messages. Throws `MetadataError` listing every
 * problem: YAML that would be read differently from how it looks (`readYaml`, with line and
 * column), missing/unknown/mistyped fields (with the field path and line), duplicate ids or
 * files, and documents naming an unknown party.
 */
export function parseMetadata(yamlText: string | Uint8Array, fileName: string): SeedMetadata {
	const yaml = readYaml(yamlText);
	if (!yaml.ok) throw new MetadataError(fileName, yaml.issues);
	const { data, lines } = yaml;
	const result = metadataSchema.safeParse(data);
	if (!result.success) {
		throw new MetadataError(
			fileName,
			result.error.issues.map((issue) =>
				issue.code === 'unrecognized_keys'
					? issueAt(
							lines,
							issue.path,
							`unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys
								.map((k) => JSON.stringify(k))
								.join(', ')}`,
							[...issue.path, issue.keys[0] ?? '']
						)
					: issueAt(lines, issue.path, issue.message)
			)
		);
	}
	const metadata: SeedMetadata = {
		parties: result.data.parties satisfies Party[],
		documents: result.data.documents satisfies DocumentMeta[]
	};
	const issues = crossReferenceIssues(metadata).map((issue) => {
		const line = lines.get(issue.path);
		return line === undefined ? issue : { ...issue, line };
	});
	if (issues.length > 0) throw new MetadataError(fileName, issues);
	return metadata;
}
