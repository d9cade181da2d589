import { asset, resolve } from '$app/paths';
import type { OpenDataFile } from '#lib/content/opendata.ts';
import type { Locale } from '#lib/messages/index.ts';
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
	/**
	 * The embedded quiz (`/embed/`, or `/embed/<edition>/` with the area chosen), with `query`
	 * (`''` or `?…`, from `embedQuery`). A language other than bokmål is a path prefix
	 * (`/nn/embed/`), which the language routing maps to the same page.
	 */
	embed: (edition?: RegionId, query = '', lang: Locale = 'nb') =>
		`${lang === 'nb' ? '' : `/${lang}`}${
			edition === undefined
				? `${resolve('/embed')}/`
				: `${resolve('/embed/[edition=edition]', { edition })}/`
		}${query}`,
	/** The embed loader, a static file. */
	embedLoader: () => asset('embed.js'),
	/** «For redaksjoner»: the embed code builder and the privacy contract. */
	forNewsrooms: () => `${resolve('/for-redaksjoner')}/`,
	/** The service worker (`src/service-worker/`), registered by the page itself. */
	serviceWorker: () => `${resolve('/')}service-worker.js`,
	/**
	 * A shared result: the edition's result page, for the top party the voter makes public
	 * (none for a result without one), with the share code in the fragment (never sent to a
	 * server).
	 */
	result: (edition: RegionId, party: string | null, code?: string) =>
		`${
			party === null
				? resolve('/[edition=edition]/resultat', { edition })
				: resolve('/[edition=edition]/resultat/[party]', { edition, party })
		}/${code === undefined ? '' : `#${code}`}`,
	/** The link preview image (1200 × 630) of a result page. */
	resultPreview: (edition: RegionId, party: string | null) =>
		party === null
			? resolve('/[edition=edition]/resultat/bilde.png', { edition })
			: resolve('/[edition=edition]/resultat/[party]/bilde.png', { edition, party }),
	/**
	 * A path built here as an absolute address, read from the page at `page` (during
	 * prerendering the paths are relative to the page being rendered).
	 */
	absolute: (path: string, page: string | URL) => new URL(path, page).href,
	/** A link that writes an e-mail to `address` (validated where it is read: nothing to escape). */
	mailto: (address: string) => `mailto:${address}`
};
