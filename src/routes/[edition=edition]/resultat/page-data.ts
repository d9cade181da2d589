/**
 * What a shared result page is prerendered with (server only): the edition's id and name, the
 * edition's published share layouts (so a link made against earlier statements opens), and the
 * link preview's tags, which name the top party the path makes public (none for
 * `/<edition>/resultat/`). Not the dataset: the page loads it in the browser with the result's
 * code, as the quiz's results do (the language's immutable dataset file, cached once for every
 * shared link and quiz page instead of inlined into each page's HTML). The answers are never
 * here: they stay in the fragment, read in the browser.
 */
import { error } from '@sveltejs/kit';
import type { Locale } from '#lib/content/locales.ts';
import { loadContent } from '#lib/content/load.ts';
import { loadLaterMessages } from '#lib/messages/index.ts';
import { localeOf, pathsFor } from '#lib/paths.ts';
import { contentIn, siteIn } from '../../content.server.ts';
import { loadShareLayouts } from '#lib/share/load.ts';
import { PREVIEW_SIZE } from '#lib/share/preview.ts';

/** Every edition: the pages and images without a party. */
export function editionEntries() {
	return loadContent().editions.map((edition) => ({ edition: edition.id }));
}

/** Every party of every edition: the pages and images prerendered for a top party. */
export function partyEntries() {
	return loadContent().editions.flatMap((edition) =>
		edition.parties.map(({ party }) => ({ edition: edition.id, party: party.id }))
	);
}

/** The edition and party of a result page's path (a 404 for either that does not exist). */
export function resultTarget(editionId: string, partyId: string | null, locale: Locale = 'nb') {
	const { dataset } = contentIn(locale);
	const edition = dataset.editions.find((e) => e.id === editionId);
	if (!edition) error(404, editionId);
	const party =
		partyId === null ? null : edition.parties.find((p) => p.party.id === partyId)?.party;
	if (party === undefined) error(404, partyId ?? '');
	return { dataset, edition, party };
}

/**
 * The page's data, in the language of its path: the target and the preview's title,
 * description, image and address. (A load runs apart from the render, so it takes the
 * language's messages and links by name, never the page's `m` and `paths`.)
 */
export async function resultPage(editionId: string, partyId: string | null, page: URL) {
	const locale = localeOf(page.pathname);
	const [m, paths] = [await loadLaterMessages(locale), pathsFor(locale)];
	const { edition, party } = resultTarget(editionId, partyId, locale);
	const { origin } = siteIn(locale);
	// Without the site's origin, paths from the root (content:check warns: apps ignore them).
	const address = (path: string) => {
		const url = new URL(paths.absolute(path, new URL(page.pathname, origin ?? page.origin)));
		return origin == null ? url.pathname : url.href;
	};
	const title = m.share.preview.title(party?.name ?? null);
	return {
		locale,
		edition: { id: edition.id, name: edition.name },
		layouts: loadShareLayouts(edition.id),
		preview: {
			title,
			description: m.share.preview.description(edition.name),
			url: address(paths.result(edition.id, party?.id ?? null)),
			image: address(paths.resultPreview(edition.id, party?.id ?? null)),
			alt: m.share.preview.alt(title, edition.name),
			...PREVIEW_SIZE
		}
	};
}
