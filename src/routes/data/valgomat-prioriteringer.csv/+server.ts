/** Open data: each party's pledges per topic, one row per edition × party × topic. */
import { loadContentInEveryLocale } from '#lib/content/load.ts';
import { LOCALES, type Locale } from '#lib/content/locales.ts';
import { buildPrioritiesCsv } from '#lib/content/opendata.ts';
import { loadLaterMessages } from '#lib/messages/index.ts';

export const prerender = true;

export async function GET(): Promise<Response> {
	const words = await Promise.all(LOCALES.map((locale) => loadLaterMessages(locale)));
	const otherTopicName = (locale: Locale) =>
		words[LOCALES.indexOf(locale)]!.results.prioritiesOther;
	return new Response(buildPrioritiesCsv(loadContentInEveryLocale(), otherTopicName), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}
