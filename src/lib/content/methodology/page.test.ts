// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { m } from '#lib/messages/index.ts';
import { loadSeeds } from '#lib/pledges/load.ts';
import { MIN_BASIS } from '#lib/scoring/index.ts';
import { editionMeasures, RANDOM_VOTERS } from '../measures.ts';
import { UNSET_SITE, type SiteConfig } from '../site/schema.ts';
import { passingStatements } from '../test-support.ts';
import {
	METHODOLOGY_SLOTS,
	methodologyPage,
	type MethodologyPage,
	type MethodologyWords
} from './page.ts';
import { fixtureContent } from './test-support.ts';

// The messages layer has the shape the page takes (checked by the compiler).
const words: MethodologyWords = m;

const NB = readFileSync('content/methodology/nb.md', 'utf8');
const CHANGELOG = readFileSync('content/CHANGELOG.md', 'utf8');

const content = fixtureContent();
const build = (text = NB, site: SiteConfig = UNSET_SITE) =>
	methodologyPage({
		markdown: { file: 'nb.md', text },
		changelog: CHANGELOG,
		content,
		site,
		words
	});
const page = build();

/** A section's text as a reader sees it (its HTML blocks, parsed). */
function sectionText(page: MethodologyPage, id: string): string {
	const section = page.sections.find((s) => s.id === id);
	if (!section) throw new Error(`no section ${id}`);
	const template = document.createElement('template');
	template.innerHTML = section.blocks.map((b) => (b.kind === 'html' ? b.html : '')).join('');
	return (template.content.textContent ?? '').replace(/\s+/g, ' ');
}

describe('methodologyPage (content/methodology/nb.md)', () => {
	it('states counts from the content it is given, not from the text', () => {
		const { dataset, positions } = content;
		expect(dataset.statements).toHaveLength(24);
		expect(sectionText(page, 'omfang')).toContain('Den har 24 påstander fordelt på to temaer');
		expect(sectionText(page, 'pastander')).toContain(
			'I 8 betyr enig mer offentlig innsats, ansvar eller regulering, i 8 betyr enig mindre, og 8 handler om noe annet.'
		);
		const quotes = positions.reduce((n, p) => n + p.sources.length, 0);
		expect(sectionText(page, 'pastander')).toContain(
			`til sammen ${positions.length} standpunkter med ${quotes} sitater`
		);
		expect(sectionText(page, 'likt')).toContain(`minst ${m.count(MIN_BASIS)} påstander`);
		expect(sectionText(page, 'likt')).toContain(
			`1/24 ≈ ${m.format.decimal(1 / 24)} – omtrent 4 prosentpoeng`
		);
	});

	it('places every data block once and keeps the anchors the site links to', () => {
		const slots = page.sections.flatMap((s) =>
			s.blocks.flatMap((b) => (b.kind === 'slot' ? [b.slot] : []))
		);
		expect([...slots].sort()).toEqual([...METHODOLOGY_SLOTS].sort());
		// `utregning` is linked from the results screen (paths.methodology('utregning')).
		expect(page.sections.map((s) => s.id)).toContain('utregning');
	});

	it('has no in-page link without its anchor', () => {
		const html = [page.lead, ...page.sections.flatMap((s) => s.blocks)]
			.map((b) => (typeof b === 'string' ? b : b.kind === 'html' ? b.html : ''))
			.join('');
		const template = document.createElement('template');
		template.innerHTML = html;
		const ids = new Set([
			...page.sections.map((s) => s.id),
			...[...template.content.querySelectorAll('[id]')].map((e) => e.id)
		]);
		const targets = [...template.content.querySelectorAll('a[href^="#"]')].map((a) =>
			a.getAttribute('href')!.slice(1)
		);
		expect(targets.length).toBeGreaterThan(0);
		for (const target of targets) expect(ids).toContain(target);
	});

	it('words the worked example from its numbers', () => {
		const { example } = page;
		for (const party of example.parties) {
			expect(party.result).toContain(`${party.name}: ${m.format.decimal(party.weightedAgreement)}`);
			expect(party.result).toContain(m.format.percent(party.percent));
		}
		expect(example.ranking.map((p) => p.id)).toEqual(['a', 'c', 'b']);
		const text = sectionText(page, 'endringer');
		const newTop = example.parties.find((p) => p.id === example.change.newTop)!;
		expect(text).toContain(
			`får ${newTop.name} ${m.format.percent(example.change.newTopPercent)}`.replace(/\s+/g, ' ')
		);
	});

	it('says who publishes the valgomat, with obvious placeholders for what is unset', () => {
		expect(sectionText(page, 'hvem')).toContain(
			`Valgomaten er publisert av ${m.trust.unset.publisher}, og den er laget for ${m.trust.unset.occasion}.`
		);
		expect(sectionText(page, 'hvem')).toContain(
			`sist kontrollert mot dokumentene ${m.trust.unset.lastChecked}.`
		);
		expect(sectionText(page, 'rettelser')).toContain(`Kontakt ${m.trust.unset.publisher}:`);
		expect(page.site).toBe(UNSET_SITE);

		const site: SiteConfig = {
			publisher: 'Lokalavisa',
			occasion: 'Kommunevalget 2027',
			lastChecked: '2027-08-20',
			corrections: { kind: 'email', address: 'rettelser@lokalavisa.no' }
		};
		const set = build(NB, site);
		expect(sectionText(set, 'hvem')).toContain(
			'Valgomaten er publisert av Lokalavisa, og den er laget for Kommunevalget 2027.'
		);
		expect(sectionText(set, 'hvem')).toContain('sist kontrollert mot dokumentene 20.8.2027.');
		expect(sectionText(set, 'rettelser')).toContain('Kontakt Lokalavisa:');
		// The contact itself is a data block (a link needs the component, not Markdown).
		const corrections = set.sections.find((s) => s.id === 'rettelser')!;
		expect(corrections.blocks).toContainEqual({ kind: 'slot', slot: 'corrections' });
		expect(set.site).toBe(site);
	});

	it('shows a publisher name as text, never as Markdown', () => {
		const set = build(NB, { ...UNSET_SITE, publisher: '*Avis* <b>[x](javascript:alert(1))</b>' });
		const hvem = set.sections.find((s) => s.id === 'hvem')!;
		const html = hvem.blocks.map((b) => (b.kind === 'html' ? b.html : '')).join('');
		expect(html).toContain('*Avis* &lt;b&gt;[x](javascript:alert(1))&lt;/b&gt;');
		expect(html).not.toMatch(/<(em|b)\b/);
		expect(html).not.toContain('javascript:alert(1)"');
	});

	it('refuses a language file without a message the page needs, naming it', () => {
		const text = NB.replace(/```message example-party\n[^`]*```\n/, '');
		expect(() => build(text)).toThrow('nb.md:1: the message "example-party" is missing');
	});

	it('names the file and line of a broken placeholder', () => {
		const lines = NB.split('\n');
		const at = lines.findIndex((l) => l.includes('{positions} standpunkter'));
		lines[at] = lines[at]!.replace('{positions}', '{positions, plural}');
		expect(() => build(lines.join('\n'))).toThrow(`nb.md:${at + 1}: invalid placeholder syntax`);
	});
});

describe('the measures (::measures)', () => {
	const text = (html: string) => {
		const template = document.createElement('template');
		template.innerHTML = html;
		return (template.content.textContent ?? '').replace(/\s+/g, ' ');
	};

	it("shows every edition's measures as editionMeasures computes them", () => {
		const { dataset } = content;
		expect(page.measures.responseSets).toEqual([
			{ set: 'agree', stance: 2 },
			{ set: 'disagree', stance: -2 },
			{ set: 'neutral', stance: 0 }
		]);
		expect(page.measures.editions.map((e) => [e.id, e.name])).toEqual(
			dataset.editions.map((e) => [e.id, e.name])
		);
		for (const [i, shown] of page.measures.editions.entries()) {
			const measures = editionMeasures(dataset, dataset.editions[i]!);
			expect(shown.responseSets.map((r) => [r.party, r.percents, r.pass])).toEqual(
				measures.responseSets.parties.map((p) => [
					p.party,
					{ agree: p.agree.percent, disagree: p.disagree.percent, neutral: p.neutral.percent },
					p.pass
				])
			);
			expect(shown.direction.map((r) => [r.party, r.disagree, r.disagreePercent])).toEqual(
				measures.directionBalance.parties.map((p) => [p.party, p.disagree, p.disagreePercent])
			);
			expect(shown.separating.map((s) => s.statement)).toEqual(
				measures.separation.statements.map((s) => s.statement)
			);
			const { voters } = measures.randomVoters;
			expect(shown.random.map((r) => [r.party, r.sole, r.shared])).toEqual(
				measures.randomVoters.parties.map((p) => [
					p.party,
					Math.round((100 * p.sole) / voters),
					Math.round((100 * p.shared) / voters)
				])
			);
		}
	});

	it('words a passing edition: the floors met, the separating statements and their pairs', () => {
		const oslo = page.measures.editions.find((e) => e.id === 'oslo')!;
		expect(text(oslo.text.summary)).toBe(
			'I Oslo sammenlignes du med tre partier på 24 av de 24 påstandene.'
		);
		expect(text(oslo.text.responseSets)).toContain(
			`Alle partiene får mellom ${m.format.percent(35)} og ${m.format.percent(65)}`.replace(
				/\s+/g,
				' '
			)
		);
		expect(text(oslo.text.direction)).toContain('For alle partiene er minst');
		expect(text(oslo.text.separation)).toBe(
			'På 24 av de 24 påstandene står to partier minst to trinn fra hverandre:'
		);
		expect(text(oslo.text.separationNote)).toBe(
			'På 0 av de 24 påstandene har bare ett parti standpunkt.'
		);
		// Statement 1: Ap +2, H −1, Sp −2 (the rotation in test-support.ts).
		expect(text(oslo.separating[0]!.html)).toBe(
			'«Dette er påstand nummer 1.»: Arbeiderpartiet «Helt enig» og Høyre «Delvis uenig»; Arbeiderpartiet «Helt enig» og Senterpartiet «Helt uenig»'
		);
		expect(text(oslo.text.dead)).toBe('Alle påstandene stilles i Oslo.');
		expect(sectionText(page, 'malinger')).toContain(
			`Vi lar ${m.format.integer(RANDOM_VOTERS.voters)} oppdiktede velgere`.replace(/\s+/g, ' ')
		);
	});

	it('says plainly where a floor is missed, and lists the statements an edition does not ask', () => {
		// Sp agrees fully everywhere; one more statement only sp-akershus speaks to.
		const statements = passingStatements(loadSeeds(process.cwd()).pledges).map((s) => ({
			...s,
			positions: Object.fromEntries(
				Object.entries(s.positions).map(([doc, p]) => [
					doc,
					doc.startsWith('sp-') ? { ...p, stance: 2 } : p
				])
			)
		}));
		const extra = {
			id: 'bare-akershus',
			text: 'Bare Akershus-dokumentet sier noe om dette.',
			positions: { 'sp-akershus': statements[0]!.positions['sp-akershus']! }
		};
		const failing = methodologyPage({
			markdown: { file: 'nb.md', text: NB },
			changelog: CHANGELOG,
			content: fixtureContent([...statements, extra]),
			site: UNSET_SITE,
			words,
			simulation: { ...RANDOM_VOTERS, voters: 200 }
		});
		const oslo = failing.measures.editions.find((e) => e.id === 'oslo')!;
		expect(text(oslo.text.summary)).toBe(
			'I Oslo sammenlignes du med tre partier på 24 av de 25 påstandene.'
		);
		expect(text(oslo.text.responseSets)).toMatch(
			/^Målet er ikke nådd: Senterpartiet får under 35 % eller over 65 % når du svarer/
		);
		expect(text(oslo.text.responseSets)).toContain(
			'Svarer du «Helt enig» på alt, kommer Senterpartiet først.'
		);
		expect(text(oslo.text.direction)).toMatch(
			/^Målet er ikke nådd: For Senterpartiet er under 35 % av standpunktene uenighet\.$/
		);
		expect(oslo.responseSets.find((r) => r.party === 'sp')).toMatchObject({
			percents: { agree: 100, disagree: 0, neutral: 50 },
			pass: false
		});
		expect(text(oslo.text.dead)).toBe(
			'Én påstand stilles ikke i Oslo, fordi ingen av partiene her har sagt noe om den:'
		);
		expect(oslo.dead).toEqual([{ statement: 'bare-akershus', text: extra.text }]);
		const akershus = failing.measures.editions.find((e) => e.id === 'akershus')!;
		expect(akershus.dead).toEqual([]);
		expect(text(akershus.text.separationNote)).toBe(
			'På 1 av de 25 påstandene har bare ett parti standpunkt.'
		);
		// The tie margin is worded for the edition that asks most: Akershus, 25 statements.
		expect(sectionText(failing, 'likt')).toContain(
			'Svarer du på alle de 25 påstandene i Akershus uten å merke noen som viktige, er W = 25 og grensen 1/25 = 0,04'
		);
		expect(sectionText(page, 'likt')).toContain('alle de 24 påstandene i ');
	});
});
