/**
 * The pure, browser-safe API of the content layer. `load.ts` (Node-only) is
 * deliberately not re-exported here.
 */
export * from './types.ts';
export {
	ContentError,
	DIRECTIONS,
	formatIssue,
	parseStatements,
	type ContentIssue,
	type ParseOptions,
	type QuoteRef,
	type RawContent,
	type RawPosition,
	type RawStatement
} from './schema.ts';
export {
	canonicalJson,
	resolveDataset,
	type DocumentPosition,
	type Problem,
	type Resolved,
	type SeedInput
} from './resolve.ts';
export {
	buildReport,
	lix,
	reachability,
	THRESHOLDS,
	type DirectionBalance,
	type DocumentUsage,
	type EditionReport,
	type Finding,
	type FindingKind,
	type Lix,
	type PartyCoverage,
	type Reachability,
	type Report,
	type ReportInput,
	type StatementCoverage,
	type Thresholds
} from './report.ts';
export {
	buildOpenDataCsv,
	buildOpenDataJson,
	buildPrioritiesCsv,
	csvField,
	CSV_COLUMNS,
	CSV_LIST_SEPARATOR,
	OPEN_DATA_FILES,
	openDataJsonText,
	PRIORITIES_CSV_COLUMNS,
	type OpenData,
	type OpenDataFile,
	type OpenDataDocument,
	type OpenDataPledge,
	type OpenDataPledgeCounts,
	type OpenDataPosition,
	type OpenDataSource,
	type OpenDataStatement
} from './opendata.ts';
export { partyInputs, prepareEdition } from './scoring-input.ts';
export {
	directionBalance,
	editionMeasures,
	MEASURE_LIMITS,
	RANDOM_VOTERS,
	randomVoters,
	RESPONSE_SETS,
	responseSets,
	separation,
	simulatedAnswers,
	type DirectionMeasure,
	type EditionMeasures,
	type MeasureStatus,
	type RandomVoters,
	type ResponseSet,
	type ResponseSets,
	type Separation,
	type SimulationOptions
} from './measures.ts';
export {
	countPledgeTopics,
	parsePledgeTopics,
	type PledgeTopics,
	type PledgeTopicsCheck,
	type PledgeTopicsInput
} from './pledge-topics.ts';
export {
	editionPriorities,
	type DocumentPledges,
	type EditionPriorities,
	type PartyPledges,
	type PartyTopicCount,
	type TopicPledges
} from './priorities.ts';

// The methodology page. Its Markdown side (markdown.ts, methodology/page.ts, template.ts,
// document.ts, changelog.ts) runs at build time only and is deliberately not re-exported as
// values here: it brings `marked` and `intl-messageformat`, which must never reach the
// browser. Components import its types.
export type { SafeHtml } from './markdown.ts';
export {
	methodologyFacts,
	type FactsInput,
	type MethodologyDocument,
	type MethodologyEdition,
	type MethodologyFacts
} from './methodology/facts.ts';
export {
	EXAMPLE_ANSWERS,
	EXAMPLE_PARTIES,
	EXAMPLE_STATEMENTS,
	workedExample,
	type ExampleAnswer,
	type ExampleChange,
	type ExampleParty,
	type ExampleRow,
	type WorkedExample
} from './methodology/example.ts';
export type {
	MethodologyBlock,
	MethodologyExample,
	MethodologyPage,
	MethodologySection,
	MethodologySlot,
	MethodologyWords,
	NamedExampleParty,
	RubricRow
} from './methodology/page.ts';
