import { resolve } from '$app/paths';

/**
 * Site paths, in one place. Every prerendered page is a folder with an
 * index.html (`trailingSlash: 'always'`), so links end in a slash and any
 * static host serves them without a redirect.
 */
export const paths = {
	home: () => resolve('/'),
	source: (id: string, line?: number) =>
		`${resolve('/kilder/[id]', { id })}/${line === undefined ? '' : `#L${line}`}`
};
