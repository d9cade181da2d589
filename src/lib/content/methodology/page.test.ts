// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { m } from '#lib/messages/index.ts';
import { loadSeeds } from '#lib/pledges/load.ts';
import { MIN_BASIS } from '#lib/scoring/index.ts';
import { resolveDataset } from '../resolve.ts';
import { parseStatements } from '../schema.ts';
import { fixturePledgeTopics, passingStatements, statementsYaml } from '../test-support.ts';
import type { FactsInput } from './facts.ts';
import {
	METHODOLOGY_SLOTS,
	methodologyPage,
	type MethodologyPage,
	type MethodologyWords
} from './page.ts';

// The messages layer has the shape the page takes (checked by the compiler).
const words: MethodologyWords = m;

const NB = readFileSync('content/methodology/nb.md', 'utf8');
const CHANGELOG = readFileSync('content/CHANGELOG.md', 'utf8');

/** The fixture content: 24 statements (8 per direction), every party on all of them. */
function fixture(): FactsInput {
	const s = loadSeeds(process.cwd());
	const raw = parseStatements(statementsYaml(passingStatements(s.pledges)), 'fixture.yaml', {
		documentIds: s.metadata.documents.map((d) => d.id)
	});
	const { dataset, positions } = resolveDataset(raw, s, fixturePledgeTopics(s.pledges));
	return { dataset, parties: s.metadata.parties, pledges: s.pledges, positions };
}

const content = fixture();
const build = (text = NB) =>
	methodologyPage({ markdown: { file: 'nb.md', text }, changelog: CHANGELOG, content, words });
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
