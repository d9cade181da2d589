/** Open data: the whole resolved dataset with provenance, as `/data/valgomat.json`. */
import { loadContentInEveryLocale, loadResolvedContent } from '#lib/content/load.ts';
import { buildOpenDataJson, openDataJsonText } from '#lib/content/opendata.ts';
import { partiesInListingOrder } from '#lib/pledges/order.ts';

export const prerender = true;

export function GET(): Response {
	const { seeds, pledgeTopics } = loadResolvedContent();
	const data = buildOpenDataJson(loadContentInEveryLocale(), {
		parties: partiesInListingOrder(seeds.metadata.parties),
		pledges: seeds.pledges,
		pledgeTopics
	});
	return new Response(openDataJsonText(data), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
}
