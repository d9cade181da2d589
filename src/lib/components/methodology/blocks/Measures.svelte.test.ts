import { readFileSync } from 'node:fs';
import { render, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { RANDOM_VOTERS } from '#lib/content/measures.ts';
import { methodologyPage } from '#lib/content/methodology/page.ts';
import { resolveDataset } from '#lib/content/resolve.ts';
import { parseStatements } from '#lib/content/schema.ts';
import { UNSET_SITE } from '#lib/content/site/schema.ts';
import {
	fixturePledgeTopics,
	passingStatements,
	statementsYaml
} from '#lib/content/test-support.ts';
import { m } from '#lib/messages/index.ts';
import { loadSeeds } from '#lib/pledges/load.ts';
import Measures from './Measures.svelte';

/**
 * The fixture statements with Sp agreeing fully everywhere (missing two floors), and one
 * more statement only sp-akershus speaks to (not asked in Oslo).
 */
function page() {
	const seeds = loadSeeds(process.cwd());
	const statements = passingStatements(seeds.pledges).map((s) => ({
		...s,
		positions: Object.fromEntries(
			Object.entries(s.positions).map(([doc, p]) => [
				doc,
				doc.startsWith('sp-') ? { ...p, stance: 2 } : p
			])
		)
	}));
	statements.push({
		id: 'bare-akershus',
		text: 'Bare Akershus-dokumentet sier noe om dette.',
		positions: { 'sp-akershus': statements[0]!.positions['sp-akershus']! }
	});
	const raw = parseStatements(statementsYaml(statements), 'fixture.yaml', {
		documentIds: seeds.metadata.documents.map((d) => d.id)
	});
	const { dataset, positions } = resolveDataset(raw, seeds, fixturePledgeTopics(seeds.pledges));
	return methodologyPage({
		markdown: { file: 'nb.md', text: readFileSync('content/methodology/nb.md', 'utf8') },
		changelog: readFileSync('content/CHANGELOG.md', 'utf8'),
		content: { dataset, parties: seeds.metadata.parties, pledges: seeds.pledges, positions },
		site: UNSET_SITE,
		words: m,
		simulation: { ...RANDOM_VOTERS, voters: 200 }
	});
}

const t = m.methodology.measures;
const cells = (row: HTMLElement) =>
	[...row.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim());

describe('Measures', () => {
	const data = page();
	/** Rendered afresh in every test (testing-library unmounts after each). */
	const show = () => render(Measures, { page: data }).container;

	it('shows one block per edition, headed by its name', () => {
		const container = show();
		const blocks = [...container.querySelectorAll<HTMLElement>('.measures')];
		expect(blocks.map((b) => b.dataset.edition)).toEqual(data.measures.editions.map((e) => e.id));
		expect(blocks.map((b) => b.querySelector('h3')?.textContent)).toEqual(
			data.measures.editions.map((e) => m.methodology.editions.edition(e.name))
		);
	});

	it('lays out the response-set voters, the direction balance and the random voters as tables', () => {
		const container = show();
		for (const edition of data.measures.editions) {
			const block = container.querySelector<HTMLElement>(
				`.measures[data-edition="${edition.id}"]`
			)!;
			const responses = within(block).getByRole('table', { name: t.responseCaption });
			const header = within(responses).getAllByRole('row')[0]!;
			expect(cells(header)).toEqual([
				t.party,
				t.allSame('Helt enig'),
				t.allSame('Helt uenig'),
				t.allSame('Nøytral'),
				t.withinTarget
			]);
			for (const row of edition.responseSets) {
				const tr = responses.querySelector<HTMLElement>(`tr[data-party="${row.party}"]`)!;
				expect(cells(tr)).toEqual([
					row.name,
					...(['agree', 'disagree', 'neutral'] as const).map((set) =>
						m.format.percent(row.percents[set]!)
					),
					t.yesNo(row.pass)
				]);
			}
			const direction = within(block).getByRole('table', { name: t.directionCaption });
			for (const row of edition.direction) {
				const tr = direction.querySelector<HTMLElement>(`tr[data-party="${row.party}"]`)!;
				expect(cells(tr)).toEqual([
					row.name,
					String(row.agree),
					String(row.neutral),
					String(row.disagree),
					m.format.percent(row.disagreePercent!),
					t.yesNo(row.pass)
				]);
			}
			const random = within(block).getByRole('table', { name: t.randomCaption });
			expect(within(random).getAllByRole('row')).toHaveLength(1 + edition.random.length);
		}
		// Sp agrees with everything: outside the floors in both editions.
		const sp = container.querySelector(
			'.measures[data-edition="oslo"] .response-sets tr[data-party="sp"]'
		)!;
		expect(sp.querySelector('.pass')?.textContent).toBe('nei');
	});

	it('lists the separating statements and the statements an edition does not ask', () => {
		const container = show();
		const oslo = container.querySelector<HTMLElement>('.measures[data-edition="oslo"]')!;
		const edition = data.measures.editions.find((e) => e.id === 'oslo')!;
		expect(oslo.querySelectorAll('.separating li')).toHaveLength(edition.separating.length);
		expect([...oslo.querySelectorAll('.dead li')].map((li) => li.textContent)).toEqual([
			'Bare Akershus-dokumentet sier noe om dette.'
		]);
		const akershus = container.querySelector<HTMLElement>('.measures[data-edition="akershus"]')!;
		expect(akershus.querySelector('.dead')).toBeNull();
		expect(akershus.querySelector('.dead-text')?.textContent).toContain(
			'Alle påstandene stilles i Akershus.'
		);
	});
});
