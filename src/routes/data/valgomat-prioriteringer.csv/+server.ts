/** Open data: each party's pledges per topic, one row per edition × party × topic. */
import { loadContent } from '#lib/content/load.ts';
import { buildPrioritiesCsv } from '#lib/content/opendata.ts';
import { m } from '#lib/messages/index.ts';

export const prerender = true;

export function GET(): Response {
	return new Response(buildPrioritiesCsv(loadContent(), m.results.prioritiesOther), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}
