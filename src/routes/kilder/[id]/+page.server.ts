import { error } from '@sveltejs/kit';
import { loadSeeds } from '#lib/pledges/load.ts';

export function entries() {
	return loadSeeds().metadata.documents.map((d) => ({ id: d.id }));
}

export function load({ params }) {
	const { metadata, documents, pledges } = loadSeeds();
	const doc = documents.find((d) => d.meta.id === params.id);
	if (!doc) error(404, `Ukjent dokument: ${params.id}`);
	const party = metadata.parties.find((p) => p.id === doc.meta.party);
	if (!party) error(500, `Dokumentet ${doc.meta.id} viser til et ukjent parti.`);
	return {
		document: doc,
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
