/** Open data: each party's pledges per topic, one row per edition × party × topic. */
import { loadContentInEveryLocale } from '#lib/content/load.ts';
import { buildPrioritiesCsv } from '#lib/content/opendata.ts';
import { m } from '#lib/messages/index.ts';

export const prerender = true;

export function GET(): Response {
	// The messages are in bokmål only until nynorsk and English land: then `(locale) => …` of each.
	const otherTopicName = () => m.results.prioritiesOther;
	return new Response(buildPrioritiesCsv(loadContentInEveryLocale(), otherTopicName), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}
