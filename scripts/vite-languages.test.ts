import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkLanguage, moduleLanguage } from './vite-languages.ts';

describe('the language of a module', () => {
	it('is that of a language’s words, dataset, backgrounds and islands, by id or manifest key', () => {
		expect(moduleLanguage(resolve('src/lib/messages/nn/later.ts'))).toBe('nn');
		expect(moduleLanguage('src/lib/messages/en/first.ts')).toBe('en');
		expect(moduleLanguage('\0virtual:valgomat/dataset/nn')).toBe('nn');
		expect(moduleLanguage('virtual:valgomat/dataset/en')).toBe('en');
		expect(moduleLanguage('\0virtual:valgomat/backgrounds/nb')).toBe('nb');
		expect(moduleLanguage(resolve('src/lib/components/islands/quiz-nn.ts'))).toBe('nn');
		expect(moduleLanguage('src/lib/components/islands/home-en.ts')).toBe('en');
	});

	it('is none for the code every language shares', () => {
		for (const id of [
			resolve('src/lib/messages/index.ts'),
			resolve('src/lib/messages/format.ts'),
			resolve('src/lib/components/islands/quiz-island.ts'),
			resolve('src/lib/components/islands/home-island.ts'),
			resolve('src/lib/components/dataset.ts'),
			resolve('node_modules/some-library/nn/index.js'),
			resolve('src/lib/messages/de/first.ts'),
			'\0virtual:valgomat/dataset/de',
			'\0rolldown/runtime.js'
		]) {
			expect(moduleLanguage(id), id).toBeUndefined();
		}
	});
});

describe('the language of a chunk', () => {
	it('is that of its modules when all are of one language', () => {
		expect(
			chunkLanguage([
				resolve('src/lib/messages/nn/results.ts'),
				resolve('src/lib/messages/nn/later.ts')
			])
		).toBe('nn');
		expect(chunkLanguage(['\0virtual:valgomat/dataset/en'])).toBe('en');
	});

	it('is none (shared) for mixed or shared modules, or none', () => {
		expect(
			chunkLanguage([
				resolve('src/lib/messages/nn/later.ts'),
				resolve('src/lib/messages/nb/later.ts')
			])
		).toBeUndefined();
		expect(
			chunkLanguage([
				resolve('src/lib/messages/nn/later.ts'),
				resolve('src/lib/messages/format.ts')
			])
		).toBeUndefined();
		expect(chunkLanguage([resolve('src/lib/messages/format.ts')])).toBeUndefined();
		expect(chunkLanguage([])).toBeUndefined();
	});
});
