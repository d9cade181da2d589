/**
 * Benchmark (`npm run bench`): the "did you mean" search `closestText` for a quote found in
 * no document, over every document, as `content:check` runs it for each failed quote.
 * A measurement, not a timed test.
 */
import { expect, test } from 'vitest';
import { closestText } from './quotes.ts';
import { seeds } from './test-support.ts';

test('closestText over every document', async ({ bench }) => {
	const documents = seeds().documents;
	let found = 0;
	await bench('a sentence in no document, 5 documents', () => {
		for (const d of documents) {
			if (closestText(d, 'En helt annen setning som ikke står i noen av dokumentene.')) found++;
		}
	}).run();
	expect(found).toBeGreaterThan(0);
});
