import { error } from '@sveltejs/kit';
import { localeOf } from '#lib/paths.ts';
import { REGIONS } from '#lib/pledges/types.ts';
import { quizContent } from '#lib/quiz/content.ts';
import { contentIn, siteIn } from '../content.server.ts';

export function entries() {
	return REGIONS.map((edition) => ({ edition }));
}

export function load({ params, url }) {
	const locale = localeOf(url.pathname);
	const { dataset } = contentIn(locale);
	const edition = dataset.editions.find((e) => e.id === params.edition);
	if (!edition) error(404, params.edition);
	// Only what the quiz shows before the results: the dataset loads after the first answer.
	return { content: quizContent(dataset, edition), site: siteIn(locale) };
}
