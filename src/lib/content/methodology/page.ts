/**
 * The methodology page (`/metode/`), built at prerender time from a language file
 * (`content/methodology/<lang>.md`), the content changelog and the resolved content:
 * sections of HTML from the one Markdown pipeline with the data filled in, the places of
 * the data blocks (slots), and the data those blocks show. The route's server `load`
 * returns this; components only lay it out.
 *
 * The placeholders a language file may use, and the messages it must define, are listed in
 * content/README.md ("The methodology page"). Formatting (numbers, counts in words, lists)
 * and the stance names come from the messages layer, passed in as `MethodologyWords`
 * (content does not import messages).
 *
 * Pure: the caller reads the files.
 */
import { MIN_BASIS, type ChangeKind, type Flag, type Stance } from '#lib/scoring/index.ts';
import type { SafeHtml } from '../markdown.ts';
import type { SimulationOptions } from '../measures.ts';
import type { SiteConfig } from '../site/schema.ts';
import type { OpenDataFile } from '../opendata.ts';
import { CHANGELOG_LANG, renderChangelog } from './changelog.ts';
import { parseMethodology } from './document.ts';
import { compareStructure } from './structure.ts';
import { workedExample, type ExampleParty, type WorkedExample } from './example.ts';
import { methodologyFacts, type FactsInput, type MethodologyFacts } from './facts.ts';
import {
	MEASURES_MESSAGES,
	measuresValues,
	methodologyMeasures,
	type MethodologyMeasuresBlock
} from './measures.ts';
import {
	MethodologyError,
	Templater,
	type Fragment,
	type Source,
	type TemplateValues
} from './template.ts';

/** The data blocks a language file places with `::name`, each exactly once. */
export const METHODOLOGY_SLOTS = [
	'topics',
	'documents',
	'editions',
	'pledge-counts',
	'rubric',
	'scale',
	'worked-example',
	'downloads',
	'changelog',
	'measures',
	'corrections'
] as const;
export type MethodologySlot = (typeof METHODOLOGY_SLOTS)[number];

/** The messages a language file defines (```message <name>), each exactly once. */
export const METHODOLOGY_MESSAGES = [
	'level-case',
	'rubric-direct',
	'rubric-partial',
	'rubric-neutral',
	'rubric-silent',
	'example-party',
	'example-missing',
	'example-result',
	'example-flagged',
	'change',
	'download-json',
	'download-csv',
	'download-priorities',
	...MEASURES_MESSAGES
] as const;
export type MethodologyMessage = (typeof METHODOLOGY_MESSAGES)[number];

/** What the page takes from the messages layer (`m` has this shape). */
export interface MethodologyWords {
	readonly format: {
		readonly locale: string;
		list(items: readonly string[]): string;
		integer(n: number): string;
		decimal(value: number): string;
		percent(n: number): string;
	};
	/** A count in running text, in words up to twelve ("fem"; neuter "ett"). */
	count(n: number, neuter?: boolean): string;
	/** A stance in words; null is "no position". */
	stanceName(stance: Stance | null): string;
	/** The name of the "important" mark, as the quiz shows it. */
	readonly important: string;
	/** The words of the results screen the page quotes. */
	readonly results: {
		/** A flagged party's note ("for lite grunnlag"). */
		readonly notes: Readonly<Record<Flag, string>>;
		/** The priorities' name for the pledges of no statement topic ("Andre temaer"). */
		readonly prioritiesOther: string;
	};
	/** The site configuration's values in words, with a placeholder for an unset one. */
	readonly trust: {
		publisher(name: string | null): string;
		occasion(occasion: string | null): string;
		lastChecked(date: SiteConfig['lastChecked']): string;
	};
}

/** A piece of a section: HTML, or the place of a data block. */
export type MethodologyBlock =
	| { readonly kind: 'html'; readonly html: SafeHtml }
	| { readonly kind: 'slot'; readonly slot: MethodologySlot };

export interface MethodologySection {
	readonly id: string;
	readonly title: string;
	readonly blocks: readonly MethodologyBlock[];
}

/** One row of the coding rubric: the stances it covers and what they mean. */
export interface RubricRow {
	/** Empty for "no position". */
	readonly stances: readonly Stance[];
	readonly html: SafeHtml;
}

/** An example party with its made-up name ("Parti A") and its result in a sentence. */
export interface NamedExampleParty extends ExampleParty {
	readonly name: string;
	readonly result: SafeHtml;
}

/** The worked example as the page shows it. */
export interface MethodologyExample extends Omit<WorkedExample, 'parties' | 'order'> {
	/** Parties in input (alphabetical) order. */
	readonly parties: readonly NamedExampleParty[];
	/** The same parties in result order: ranked ones first, then flagged ones. */
	readonly ranking: readonly NamedExampleParty[];
}

export interface MethodologyPage {
	readonly title: string;
	readonly description: string;
	readonly lead: SafeHtml;
	readonly sections: readonly MethodologySection[];
	readonly facts: MethodologyFacts;
	readonly example: MethodologyExample;
	readonly rubric: readonly RubricRow[];
	readonly downloads: Readonly<Record<OpenDataFile, SafeHtml>>;
	readonly changelog: SafeHtml;
	/**
	 * The language the changelog is written in. The log is an editorial record kept in one
	 * language: pages in other languages show it as written, marked with this `lang`.
	 */
	readonly changelogLang: typeof CHANGELOG_LANG;
	/** How well the statements separate the parties, per edition (`::measures`). */
	readonly measures: MethodologyMeasuresBlock;
	/** Who publishes the valgomat and where to ask for a correction (`content/site.yaml`). */
	readonly site: SiteConfig;
}

export interface MethodologyInput {
	/** The language file: its text and its name in error messages. */
	readonly markdown: { readonly file: string; readonly text: string };
	/**
	 * The original the language file translates (`nb.md`), when it is a translation: the
	 * translation must have its structure (`compareStructure`), or the build fails.
	 */
	readonly reference?: { readonly file: string; readonly text: string };
	/** The text of content/CHANGELOG.md. */
	readonly changelog: string;
	readonly content: FactsInput;
	/** The site configuration (`content/site.yaml`). */
	readonly site: SiteConfig;
	readonly words: MethodologyWords;
	/** The measures' random-voter simulation (default: the published one). */
	readonly simulation?: SimulationOptions;
}

/** The rubric rows in page order, with the message that explains each. */
const RUBRIC: readonly { stances: readonly Stance[]; message: MethodologyMessage }[] = [
	{ stances: [2, -2], message: 'rubric-direct' },
	{ stances: [1, -1], message: 'rubric-partial' },
	{ stances: [0], message: 'rubric-neutral' },
	{ stances: [], message: 'rubric-silent' }
];

/** ICU select keys for the kinds of change (ICU keys cannot contain `-`). */
const CHANGE_KIND = {
	stance: 'stance',
	'stance-and-importance': 'stanceAndImportance',
	importance: 'importance',
	answer: 'answer',
	skip: 'skip'
} as const satisfies Record<ChangeKind, string>;

/** Decimals the page shows; a value with more is written with ≈. */
const DIGITS = 3;
const exact = (value: number) => {
	const scaled = value * 10 ** DIGITS;
	return Math.abs(scaled - Math.round(scaled)) < 1e-9;
};

/** Builds the page; throws a `MethodologyError` (file and line) for broken Markdown. */
export function methodologyPage({
	markdown,
	reference,
	changelog,
	content,
	site,
	words,
	simulation
}: MethodologyInput): MethodologyPage {
	const vocabulary = { slots: METHODOLOGY_SLOTS, messages: METHODOLOGY_MESSAGES };
	// A translation is compared with its original, which has every slot: a slot missing from
	// the translation is reported where it belongs.
	const original = reference && parseMethodology(reference.text, reference.file, vocabulary);
	const source = parseMethodology(markdown.text, markdown.file, {
		...vocabulary,
		everySlot: !original
	});
	if (original) {
		const issues = compareStructure(original, source);
		if (issues.length > 0) throw new MethodologyError(issues);
	}
	const missing = METHODOLOGY_MESSAGES.filter((name) => !source.messages[name]);
	if (missing.length > 0) {
		throw new MethodologyError(
			missing.map((name) => ({
				file: markdown.file,
				line: 1,
				message: `the message "${name}" is missing`
			}))
		);
	}
	const message = (name: MethodologyMessage): Source => source.messages[name];

	const facts = methodologyFacts(content);
	const example = workedExample();
	const t = new Templater({
		locale: words.format.locale,
		decimal: (value) => words.format.decimal(value),
		integer: (n) => words.format.integer(n),
		percent: (n) => words.format.percent(n),
		count: (n, neuter) => words.count(n, neuter)
	});
	const list = (items: readonly string[]) => words.format.list(items);
	const listOf = (fragments: readonly Fragment[]) => t.join(fragments, list);
	const sentences = (fragments: readonly Fragment[]) => t.join(fragments, (s) => s.join(' '));

	const names = new Map(
		example.parties.map((p) => [
			p.id,
			t.text(message('example-party'), { letter: p.id.toUpperCase() })
		])
	);
	const label = (id: string) => names.get(id) ?? id;
	// The tie margin for a voter who answers every statement of the edition that asks most.
	const widest = facts.editions.reduce((a, b) => (b.asked > a.asked ? b : a));
	const margin = 1 / widest.asked;
	const { change } = example;

	// The labels the text quotes from the quiz and the results, as the UI words them.
	const labels = {
		fullyAgree: words.stanceName(2),
		fullyDisagree: words.stanceName(-2),
		neutral: words.stanceName(0),
		tooLittleBasis: words.results.notes['too-little-basis'],
		noCommonStatements: words.results.notes['no-common-statements'],
		otherTopics: words.results.prioritiesOther
	} satisfies TemplateValues;

	const values: TemplateValues = {
		parties: facts.parties.length,
		partyNames: list(facts.parties),
		documents: facts.documents.length,
		editions: facts.editions.length,
		editionNames: list(facts.editions.map((e) => e.name)),
		statements: facts.statements,
		topics: facts.topics.length,
		pledges: facts.pledges,
		moreDirection: facts.directions['more-public'],
		lessDirection: facts.directions['less-public'],
		otherDirection: facts.directions.other,
		positions: facts.positions,
		quotes: facts.quotes,
		levelCaseCount: facts.levelCases.length,
		levelCases: listOf(facts.levelCases.map((c) => t.fragment(message('level-case'), c))),
		minBasis: MIN_BASIS,
		important: words.important,
		...labels,
		version: facts.version,
		tieStatements: widest.asked,
		tieEdition: widest.name,
		publisher: words.trust.publisher(site.publisher),
		occasion: words.trust.occasion(site.occasion),
		lastChecked: words.trust.lastChecked(site.lastChecked),
		tieMargin: margin,
		tieMarginExact: exact(margin),
		tieMarginPoints: Math.round(margin * 100),

		exampleStatements: example.statements.length,
		exampleParties: example.parties.length,
		examplePartyNames: list(example.parties.map((p) => label(p.id))),
		exampleImportant: list(example.important.map((n) => words.format.integer(n))),
		exampleImportantCount: example.important.length,
		exampleSkipped: list(example.skipped.map((n) => words.format.integer(n))),
		exampleMissing: sentences(
			example.missing.map((m) =>
				t.fragment(message('example-missing'), { party: label(m.party), statement: m.statement })
			)
		),
		exampleAnswered: example.weights.length,
		exampleWeights: example.weights.map((w) => words.format.integer(w)).join(' + '),
		exampleTotalWeight: example.totalWeight,
		exampleMargin: 1 / example.totalWeight,
		exampleTop: label(example.top),
		exampleRunnerUp: label(example.runnerUp),
		exampleLead: example.lead,
		exampleFlagged: sentences(
			example.parties
				.filter((p) => p.flag === 'too-little-basis')
				.map((p) =>
					t.fragment(message('example-flagged'), { party: label(p.id), percent: p.percent })
				)
		),

		whatIfChangeCount: change.changes.length,
		whatIfChanges: listOf(
			change.changes.map((c) =>
				t.fragment(message('change'), {
					kind: CHANGE_KIND[c.kind],
					statement: c.statement,
					from: words.stanceName(c.from.stance),
					to: words.stanceName(c.to.stance),
					toImportant: c.to.important
				})
			)
		),
		whatIfNewTop: label(change.newTop),
		whatIfNewTopPercent: change.newTopPercent,
		whatIfOldTop: label(example.top),
		whatIfOldTopPercent: change.oldTopPercent,

		...measuresValues()
	};

	const parties = example.parties.map((p) => ({
		...p,
		name: label(p.id),
		result: t.inline(message('example-result'), {
			party: label(p.id),
			weightedAgreement: p.weightedAgreement,
			weight: p.weight,
			exact: exact(p.score),
			score: p.score,
			percent: p.percent,
			basis: p.basis,
			flagged: p.flag === 'too-little-basis',
			minBasis: example.minBasis,
			tooLittleBasis: labels.tooLittleBasis
		})
	}));

	return {
		title: source.title,
		description: source.description,
		lead: t.blocks(source.lead, values),
		sections: source.sections.map((section) => ({
			id: section.id,
			title: section.title,
			blocks: section.blocks.map((block): MethodologyBlock =>
				block.kind === 'slot'
					? { kind: 'slot', slot: block.slot }
					: { kind: 'html', html: t.blocks(block.source, values, { minHeading: 3 }) }
			)
		})),
		facts,
		example: {
			...example,
			parties,
			ranking: example.order.flatMap((id) => parties.filter((p) => p.id === id))
		},
		rubric: RUBRIC.map((row) => ({
			stances: row.stances,
			html: t.inline(message(row.message), {})
		})),
		downloads: {
			json: t.inline(message('download-json'), {}),
			csv: t.inline(message('download-csv'), {}),
			priorities: t.inline(message('download-priorities'), {})
		},
		changelog: renderChangelog(changelog),
		changelogLang: CHANGELOG_LANG,
		measures: methodologyMeasures(content.dataset, {
			t,
			message,
			list,
			stanceName: (stance) => words.stanceName(stance),
			simulation
		}),
		site
	};
}
