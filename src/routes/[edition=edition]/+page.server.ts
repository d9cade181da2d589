import { error } from '@sveltejs/kit';
import { loadContent } from '#lib/content/load.ts';
import { loadSite } from '#lib/content/site/load.ts';
import { REGIONS } from '#lib/pledges/types.ts';

export function entries() {
	return REGIONS.map((edition) => ({ edition }));
}

export function load({ params }) {
	const dataset = loadContent();
	const edition = dataset.editions.find((e) => e.id === params.edition);
	if (!edition) error(404, params.edition);
	return { dataset, edition, site: loadSite() };
}
