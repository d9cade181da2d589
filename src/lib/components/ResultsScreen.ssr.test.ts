import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { askedStatements } from '#lib/content/editions.ts';
import { loadContent } from '#lib/content/load.ts';
import { prepareEdition } from '#lib/content/scoring-input.ts';
import { OTHER_TOPIC } from '#lib/content/types.ts';
import { m } from '#lib/messages/index.ts';
import { RESULT_SECTIONS } from '#lib/results/index.ts';
import { rankParties, type Answers } from '#lib/scoring/index.ts';
import ResultsScreen from './ResultsScreen.svelte';

/** Text with tags removed and ASCII whitespace collapsed (no-break spaces stay). */
const text = (html: string) => html.replace(/<[^>]*>/g, ' ').replace(/[ \t\r\n]+/g, ' ');

describe('ResultsScreen rendered on the server', () => {
	const content = loadContent();
	const edition = content.editions.find((e) => e.id === 'akershus')!;
	// A voter who answers exactly as Arbeiderpartiet, skipping the rest and marking every
	// third answer important.
	const ap = edition.parties.find((p) => p.party.id === 'ap')!;
	const answers: Answers = Object.fromEntries(
		content.statements.map((s, i) => [
			s.id,
			{ stance: ap.positions[s.id]?.stance ?? null, important: i % 3 === 0 }
		])
	);
	const result = rankParties(
		prepareEdition(
			edition,
			askedStatements(content, edition).map((s) => s.id)
		),
		answers
	);
	const { body } = render(ResultsScreen, {
		props: {
			dataset: content,
			edition,
			answers,
			ongoto: () => {},
			oncontinue: () => {},
			onrestart: () => {}
		}
	});

	it('says which party matches best, first, in one line with its percentage and basis', () => {
		expect(result.topMatches).toEqual(['ap']);
		const ranked = result.entries.find((e) => e.partyId === 'ap')!;
		const verdict = text(
			body.slice(body.indexOf('data-verdict="top"'), body.indexOf('role="img"'))
		);
		expect(verdict).toContain(
			`Du er mest enig med ${ap.party.name} (${m.format.percent(100)}). Prosenten bygger på ${ranked.basis} påstander`
		);
		// Before the chart, the statements and everything else on the page.
		expect(body.indexOf('data-verdict=')).toBeLessThan(body.indexOf('role="img"'));
		expect(text(body)).toContain(
			`${ap.party.name} stemmer best med svarene dine, med ${m.format.percent(100)}.`
		);
	});

	it('shows every party with the percentage rankParties gives it, in the chart and the table', () => {
		const rows = (html: string) =>
			[
				...html.matchAll(/<(?:div|tr)\b[^>]*data-party="([^"]+)"[^>]*>([\s\S]*?)<\/(?:div|tr)>/g)
			].map(([, party, inner]) => ({
				party,
				pct: /class="pct[^"]*"[^>]*>([^<]*)</.exec(inner!)?.[1] ?? null
			}));
		const expected = result.entries.map((e) => ({
			party: e.partyId,
			pct: e.percent === null ? null : m.format.percent(e.percent)
		}));
		expect(expected).toHaveLength(edition.parties.length);
		const chart = body.slice(body.indexOf('role="img"'), body.indexOf('<table'));
		const table = body.slice(body.indexOf('<table'), body.indexOf('</table>'));
		expect(rows(chart)).toEqual(expected);
		expect(rows(table)).toEqual(expected);
	});

	it('renders every section closed, in page order', () => {
		const sections = [...body.matchAll(/<section[^>]*data-section="([^"]+)"/g)].map(([, s]) => s);
		expect(sections).toEqual([...RESULT_SECTIONS]);
		expect(body.match(/aria-expanded="false"/g)!.length).toBeGreaterThanOrEqual(sections.length);
		expect(body.match(/hidden="until-found"/g)).toHaveLength(sections.length);
	});

	it('shows each quote once, under its statement, and none in the party cards', () => {
		const quotes = [
			...body.matchAll(/<figure class="quote[^"]*" data-document="([^"]+)" data-line="(\d+)"/g)
		];
		const positions = edition.parties.flatMap((p) =>
			Object.entries(p.positions).flatMap(([statement, pos]) =>
				askedStatements(content, edition).some((s) => s.id === statement) ? pos.sources : []
			)
		);
		expect(quotes).toHaveLength(positions.length);
		const cards = [...body.matchAll(/<section class="party[^"]*"[\s\S]*?<\/section>/g)];
		expect(cards).toHaveLength(edition.parties.length);
		for (const [card] of cards) expect(card).not.toContain('<blockquote');
	});

	it('shows each party’s pledges per topic after the party cards, important topics first', () => {
		expect(body.indexOf('data-section="priorities"')).toBeGreaterThan(
			body.indexOf('data-section="parties"')
		);
		const perDocument = (document: string) => content.pledgesPerTopic[document] ?? {};
		const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
		const sections = [
			...body.matchAll(/<section[^>]*data-topic="([^"]+)"[^>]*>([\s\S]*?)<\/section>/g)
		];
		// Every topic, and "other" when a document of the edition has a pledge on none of them.
		const documents = edition.parties.flatMap((p) => p.documents);
		const other = documents.some((d) => (perDocument(d)[OTHER_TOPIC] ?? 0) > 0);
		expect(sections.map(([, topic]) => topic).sort()).toEqual(
			[...content.topics.map((t) => t.id), ...(other ? [OTHER_TOPIC] : [])].sort()
		);
		for (const [, topic, html] of sections) {
			for (const p of edition.parties) {
				const count = sum(p.documents.map((d) => perDocument(d)[topic!] ?? 0));
				const total = sum(p.documents.flatMap((d) => Object.values(perDocument(d))));
				const row = new RegExp(`<tr[^>]*data-party="${p.party.id}"[^>]*>([\\s\\S]*?)</tr>`).exec(
					html!
				);
				// A topic no party has a pledge on shows a sentence instead of a table.
				if (row === null) expect(text(html!)).toContain(m.results.prioritiesNone);
				else expect(text(row[1]!)).toContain(`${count} av ${total} løfter`);
			}
		}
		// The topics of the statements marked important (among those the edition asks) come first.
		const important = new Set(
			askedStatements(content, edition)
				.filter((s) => answers[s.id]?.important)
				.map((s) => s.topic)
		);
		expect(important.size).toBeGreaterThan(0);
		const order = sections.map(([, topic]) => important.has(topic!));
		expect(order.indexOf(false)).toBe(important.size);
		expect(order.slice(important.size).every((x) => !x)).toBe(true);
	});
});
