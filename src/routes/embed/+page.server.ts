import { loadContent } from '#lib/content/load.ts';

export function load() {
	return { editions: loadContent().editions.map(({ id, name }) => ({ id, name })) };
}
