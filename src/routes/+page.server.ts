import { documentsByParty } from '#lib/content/documents.ts';
import { askedStatements } from '#lib/content/editions.ts';
import type { ResumeEdition } from '#lib/quiz/resume.ts';
import { localeOf } from '#lib/paths.ts';
import { contentIn, siteIn } from './content.server.ts';

export function load({ url }) {
	const locale = localeOf(url.pathname);
	const { dataset, seeds } = contentIn(locale);
	return {
		editions: dataset.editions.map(({ id, name }) => ({ id, name })),
		/** What "Fortsett der du slapp" counts a stored record against (ids and hashes only). */
		resume: dataset.editions.map((edition): ResumeEdition => ({
			id: edition.id,
			statements: askedStatements(dataset, edition).map(({ id, hash }) => ({ id, hash }))
		})),
		parties: documentsByParty(dataset, seeds.metadata.parties, seeds.pledges),
		site: siteIn(locale)
	};
}
