import { error } from '@sveltejs/kit';
import { regionName } from '#lib/content/documents.ts';
import { loadSeeds } from '#lib/pledges/load.ts';
import { quoteMarks, type QuoteMarks } from '#lib/pledges/reading.ts';
import { localeOf } from '#lib/paths.ts';
import { contentIn } from '../../content.server.ts';

export function entries() {
	return loadSeeds().metadata.documents.map((d) => ({ id: d.id }));
}

export function load({ params, url }) {
	const { dataset, seeds } = contentIn(localeOf(url.pathname));
	const { metadata, documents, pledges } = seeds;
	const doc = documents.find((d) => d.meta.id === params.id);
	if (!doc) error(404, `Ukjent dokument: ${params.id}`);
	const party = metadata.parties.find((p) => p.id === doc.meta.party);
	if (!party) error(500, `Dokumentet ${doc.meta.id} viser til et ukjent parti.`);
	// Every quote the results cite from this document, once: a link to its first line
	// highlights its words there.
	const cited = new Set(
		dataset.editions.flatMap((edition) =>
			edition.parties.flatMap((p) =>
				Object.values(p.positions).flatMap((position) =>
					position.sources.filter((s) => s.document === doc.meta.id).map((s) => s.quote)
				)
			)
		)
	);
	return {
		document: doc,
		regionName: regionName(dataset, doc.meta.region),
		party,
		quotes: [...cited].flatMap((quote): QuoteMarks[] => {
			const marks = quoteMarks(doc, quote);
			return marks ? [marks] : [];
		}),
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
