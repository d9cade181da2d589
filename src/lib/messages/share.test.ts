import { describe, expect, it } from 'vitest';
import { MESSAGES } from './test-support.ts';

describe('the notice on a link made against an earlier dataset', () => {
	it('says nothing about left-out answers when none were left out', () => {
		for (const { share } of Object.values(MESSAGES)) {
			expect(share.updated(0).split('. ')).toHaveLength(1);
			expect(share.updated(1).startsWith(share.updated(0))).toBe(true);
		}
	});

	it('counts the left-out answers with the plural form of each language', () => {
		const { nb, nn, en } = MESSAGES;
		expect(nb.share.updated(1)).toMatch(
			/ Lenken hadde ett svar på en påstand som er endret eller fjernet siden, og det er ikke med\.$/
		);
		expect(nb.share.updated(3)).toMatch(
			/ Lenken hadde tre svar på påstander som er endret eller fjernet siden, og de er ikke med\.$/
		);
		expect(nn.share.updated(1)).toMatch(
			/ Lenkja hadde eitt svar på ein påstand som er endra eller fjerna sidan, og det er ikkje med\.$/
		);
		expect(nn.share.updated(14)).toMatch(
			/ Lenkja hadde 14 svar på påstandar som er endra eller fjerna sidan, og dei er ikkje med\.$/
		);
		expect(en.share.updated(1)).toMatch(
			/ The link had one answer to a statement that has been changed or removed since, and it is not included\.$/
		);
		expect(en.share.updated(2)).toMatch(
			/ The link had two answers to statements that have been changed or removed since, and they are not included\.$/
		);
	});
});
