import { error } from '@sveltejs/kit';
import { regionName } from '#lib/content/documents.ts';
import { loadResolvedContent } from '#lib/content/load.ts';
import { loadSeeds } from '#lib/pledges/load.ts';

export function entries() {
	return loadSeeds().metadata.documents.map((d) => ({ id: d.id }));
}

export function load({ params }) {
	const { dataset, seeds } = loadResolvedContent();
	const { metadata, documents, pledges } = seeds;
	const doc = documents.find((d) => d.meta.id === params.id);
	if (!doc) error(404, `Ukjent dokument: ${params.id}`);
	const party = metadata.parties.find((p) => p.id === doc.meta.party);
	if (!party) error(500, `Dokumentet ${doc.meta.id} viser til et ukjent parti.`);
	return {
		document: doc,
		regionName: regionName(dataset, doc.meta.region),
		party,
		pledges: pledges
			.filter((p) => p.document === doc.meta.id)
			.map(({ id, lines, printedLines, section, text }) => ({
				id,
				lines,
				printedLines,
				section,
				text
			}))
	};
}
