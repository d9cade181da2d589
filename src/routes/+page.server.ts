import { documentsByParty } from '#lib/content/documents.ts';
import { askedStatements } from '#lib/content/editions.ts';
import type { HomeIslandProps } from '#lib/components/islands/home-props.ts';
import { localeOf, siteRoot } from '#lib/paths.ts';
import { contentIn, siteIn } from './content.server.ts';
import { islandFiles } from './island.server.ts';

/**
 * The start page is prerendered whole; its island (`islands/home-island.ts`, no Svelte) only
 * follows `?omrade=` and offers to go on where a returning voter left off.
 */
export const csr = false;

export function load({ url }) {
	const locale = localeOf(url.pathname);
	const { dataset, seeds } = contentIn(locale);
	return {
		editions: dataset.editions.map(({ id, name }) => ({ id, name })),
		island: {
			props: {
				locale,
				root: siteRoot(),
				/** What "Fortsett der du slapp" counts a stored record against (ids and hashes only). */
				resume: dataset.editions.map((edition): HomeIslandProps['resume'][number] => ({
					id: edition.id,
					name: edition.name,
					statements: askedStatements(dataset, edition).map(({ id, hash }) => ({ id, hash }))
				}))
			} satisfies HomeIslandProps,
			files: islandFiles(`island/home-${locale}`)
		},
		parties: documentsByParty(dataset, seeds.metadata.parties, seeds.pledges),
		site: siteIn(locale)
	};
}
