/** Open data: each party's pledges per topic, one row per edition × party × topic. */
import { loadContent } from '#lib/content/load.ts';
import { buildPrioritiesCsv } from '#lib/content/opendata.ts';
import { nb } from '#lib/messages/nb/index.ts';

export const prerender = true;

export function GET(): Response {
	return new Response(buildPrioritiesCsv(loadContent(), nb.results.prioritiesOther), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}
