import type { Party } from './types.ts';

/**
 * The one neutral order in which parties are listed wherever no ranking
 * applies (start page, sources, filters): alphabetical by full name in
 * Norwegian collation, the way the parties' names would be found in any
 * directory. Never the order of the data file.
 */
export function partiesInListingOrder<T extends Pick<Party, 'name'>>(parties: readonly T[]): T[] {
	const collator = new Intl.Collator('nb');
	return [...parties].sort((a, b) => collator.compare(a.name, b.name));
}
