/** Open data: one row per edition × party × statement, as `/data/valgomat.csv`. */
import { loadContentInEveryLocale } from '#lib/content/load.ts';
import { buildOpenDataCsv } from '#lib/content/opendata.ts';
import { nb } from '#lib/messages/nb/index.ts';

export const prerender = true;

export function GET(): Response {
	return new Response(buildOpenDataCsv(loadContentInEveryLocale(), nb.stanceName), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}
