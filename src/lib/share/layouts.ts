/**
 * The registry of published share layouts (`content/share-layouts.json`): for each edition,
 * every list of statements it has asked (ids and `Statement.hash`, in quiz order) under its
 * layout tag. Append-only: a link made against an earlier list decodes against that list, and
 * keeps the answers to statements that still exist unchanged (`code.ts`). Pure.
 */
import { fnv1a32 } from '#lib/hash.ts';
import { askedStatements } from '#lib/content/editions.ts';
import type { Dataset, Edition } from '#lib/content/types.ts';

/** The registry's file, relative to the repository root. */
export const SHARE_LAYOUTS_FILE = 'content/share-layouts.json';

/**
 * The environment variable naming another registry for the build to read (relative to the
 * root): the end-to-end tests register an earlier list of statements this way.
 */
export const SHARE_LAYOUTS_ENV = 'VALGOMAT_SHARE_LAYOUTS';

/** Bits of the layout tag in a share code's header. */
export const LAYOUT_BITS = 13;

/** One published list of statements of an edition: `tag` and `<id>:<hash>` in quiz order. */
export interface ShareLayout {
	tag: number;
	statements: readonly string[];
}

/** The registry: the layouts of each edition, oldest first. */
export interface ShareLayouts {
	format: 1;
	editions: Readonly<Record<string, readonly ShareLayout[]>>;
}

export const NO_LAYOUTS: ShareLayouts = { format: 1, editions: {} };

/** The layout tag of an edition's statements (`<id>:<hash>` entries, in quiz order). */
export function layoutTag(edition: string, statements: readonly string[]): number {
	return fnv1a32([edition, ...statements].join('\n')) & ((1 << LAYOUT_BITS) - 1);
}

/** The layout `edition` has now. */
export function currentLayout(dataset: Dataset, edition: Edition): ShareLayout {
	const statements = askedStatements(dataset, edition).map((s) => `${s.id}:${s.hash}`);
	return { tag: layoutTag(edition.id, statements), statements };
}

const same = (a: readonly string[], b: readonly string[]) =>
	a.length === b.length && a.every((x, i) => x === b[i]);

/** The editions whose current layout is not in `registry`, with that layout. */
export function missingLayouts(
	registry: ShareLayouts,
	dataset: Dataset
): { edition: string; layout: ShareLayout }[] {
	return dataset.editions.flatMap((edition) => {
		const layout = currentLayout(dataset, edition);
		const known = registry.editions[edition.id] ?? [];
		return known.some((l) => same(l.statements, layout.statements))
			? []
			: [{ edition: edition.id, layout }];
	});
}

/** `registry` with every missing current layout appended (the earlier ones kept as they are). */
export function withCurrentLayouts(registry: ShareLayouts, dataset: Dataset): ShareLayouts {
	const editions: Record<string, readonly ShareLayout[]> = { ...registry.editions };
	for (const { edition, layout } of missingLayouts(registry, dataset)) {
		editions[edition] = [...(editions[edition] ?? []), layout];
	}
	return { format: 1, editions };
}

/**
 * Problems with a registry read from a file: not the registry's shape, a tag that is not its
 * statements' tag, two entries of an edition with the same statements. Empty when it is sound.
 */
export function layoutIssues(value: unknown): string[] {
	if (typeof value !== 'object' || value === null) return ['not a JSON object'];
	const v = value as { format?: unknown; editions?: unknown };
	if (v.format !== 1) return ['"format" must be 1'];
	if (typeof v.editions !== 'object' || v.editions === null || Array.isArray(v.editions)) {
		return ['"editions" must be an object of edition ids'];
	}
	const issues: string[] = [];
	for (const [edition, list] of Object.entries(v.editions)) {
		if (!Array.isArray(list)) {
			issues.push(`editions.${edition}: must be a list of layouts`);
			continue;
		}
		const seen: string[][] = [];
		list.forEach((entry: unknown, i) => {
			const at = `editions.${edition}[${i}]`;
			const e = entry as { tag?: unknown; statements?: unknown } | null;
			if (
				typeof e !== 'object' ||
				e === null ||
				!Array.isArray(e.statements) ||
				!e.statements.every((s) => typeof s === 'string' && /^[^:\s]+:[0-9a-z]+$/.test(s))
			) {
				issues.push(`${at}: must be { "tag": number, "statements": ["<id>:<hash>", …] }`);
				return;
			}
			const statements = e.statements as string[];
			const tag = layoutTag(edition, statements);
			if (e.tag !== tag) issues.push(`${at}: tag ${String(e.tag)} is not its statements' (${tag})`);
			if (seen.some((s) => same(s, statements))) issues.push(`${at}: the same statements twice`);
			seen.push(statements);
		});
	}
	return issues;
}
