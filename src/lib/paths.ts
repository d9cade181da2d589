import { resolve } from '$app/paths';
import type { OpenDataFile } from '#lib/content/opendata.ts';
import type { RegionId } from '#lib/pledges/types.ts';

/**
 * Site paths, in one place. Every prerendered page is a folder with an
 * index.html (`trailingSlash: 'always'`), so links end in a slash and any
 * static host serves them without a redirect.
 */
export const paths = {
	home: () => resolve('/'),
	edition: (edition: RegionId) => `${resolve('/[edition=edition]', { edition })}/`,
	source: (id: string, line?: number) =>
		`${resolve('/kilder/[id]', { id })}/${line === undefined ? '' : `#L${line}`}`,
	methodology: (section?: string) =>
		`${resolve('/metode')}/${section === undefined ? '' : `#${section}`}`,
	openData: (file: OpenDataFile) =>
		file === 'json'
			? resolve('/data/valgomat.json')
			: file === 'csv'
				? resolve('/data/valgomat.csv')
				: resolve('/data/valgomat-prioriteringer.csv'),
	/** A link that writes an e-mail to `address` (validated where it is read: nothing to escape). */
	mailto: (address: string) => `mailto:${address}`
};
