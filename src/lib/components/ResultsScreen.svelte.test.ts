import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { askedStatements } from '#lib/content/editions.ts';
import { loadContent } from '#lib/content/load.ts';
import { prepareEdition } from '#lib/content/scoring-input.ts';
import type { Dataset } from '#lib/content/types.ts';
import { m } from '#lib/messages/index.ts';
import { datasetOf } from '#lib/results/test-support.ts';
import { rankParties, type Answers, type Stance } from '#lib/scoring/index.ts';
import ResultsScreen from './ResultsScreen.svelte';

/** A small dataset: five parties given in data-file order p, q, r, s, t (names not alphabetical). */
function dataset(stances: Record<string, (Stance | null)[]>): Dataset {
	const names: Record<string, string> = {
		p: 'Pluss-partiet',
		q: 'Alfa-partiet',
		r: 'Ørnepartiet',
		s: 'Senit-partiet',
		t: 'Tomme partiet'
	};
	return datasetOf(
		Object.fromEntries(
			Object.entries(stances).map(([id, list]) => [id, { name: names[id]!, stances: list }])
		)
	);
}

const ids = ['s1', 's2', 's3', 's4'];
const pct = (n: number) => m.format.percent(n);

// With +2 on every statement: p 100 %, q 94 % (shared first), r 25 %, s 19 % (tied with r),
// t no position at all.
const tied = dataset({
	p: [2, 2, 2, 2],
	q: [2, 2, 2, 1],
	r: [-2, -2, 0, 0],
	s: [-2, -2, 0, -1],
	t: [null, null, null, null]
});
const allAgree: Answers = Object.fromEntries(
	ids.map((id) => [id, { stance: 2, important: false }])
);

function setup(data: Dataset, answers: Answers) {
	const ongoto = vi.fn();
	const oncontinue = vi.fn();
	const result = render(ResultsScreen, {
		dataset: data,
		edition: data.editions[0]!,
		answers,
		ongoto,
		oncontinue
	});
	return { ...result, ongoto, oncontinue };
}

/** The chart: one image for screen readers; its rows are HTML labels beside SVG bars. */
const chartImage = () => screen.getByRole('img');

function chartRows(container: HTMLElement) {
	return [...container.querySelectorAll('[role="img"] [data-party]')].map((row) => ({
		party: row.getAttribute('data-party'),
		pct: row.querySelector('.pct')?.textContent ?? null,
		text: row.textContent ?? ''
	}));
}

function tableRows(container: HTMLElement) {
	return [...container.querySelectorAll('.results-table tbody tr')].map((tr) => ({
		party: tr.getAttribute('data-party'),
		pct: tr.querySelector('.pct')?.textContent ?? null,
		text: tr.textContent ?? ''
	}));
}

describe('ResultsScreen ranking', () => {
	it('shows every party in chart and table with the same percentages as the scoring module', () => {
		const content = loadContent();
		const edition = content.editions.find((e) => e.id === 'akershus')!;
		// Answers to every statement: those the edition does not ask are ignored.
		const answers: Answers = Object.fromEntries(
			content.statements.map((s, i) => [
				s.id,
				{ stance: i % 7 === 3 ? null : ((((i * 3) % 5) - 2) as Stance), important: i % 4 === 1 }
			])
		);
		const { container } = setup({ ...content, editions: [edition] }, answers);
		const expected = rankParties(
			prepareEdition(
				edition,
				askedStatements(content, edition).map((s) => s.id)
			),
			answers
		).entries.map((e) => ({
			party: e.partyId,
			pct: e.percent === null ? null : pct(e.percent)
		}));
		expect(expected).toHaveLength(edition.parties.length);
		expect(chartRows(container).map(({ party, pct }) => ({ party, pct }))).toEqual(expected);
		expect(tableRows(container).map(({ party, pct }) => ({ party, pct }))).toEqual(expected);
	});

	it('marks a shared first place, a tie below it and a party without common statements', () => {
		const { container } = setup(tied, allAgree);
		const chart = chartRows(container);
		const table = tableRows(container);
		expect(chart.map((r) => r.party)).toEqual(['p', 'q', 'r', 's', 't']);
		expect(table.map((r) => r.party)).toEqual(['p', 'q', 'r', 's', 't']);
		for (const rows of [chart, table]) {
			expect(rows[0]!.text).toContain('delt førsteplass');
			expect(rows[1]!.text).toContain('delt førsteplass');
			expect(rows[2]!.text).not.toContain('likt med partiet over');
			expect(rows[3]!.text).toContain('likt med partiet over');
			expect(rows[4]!.text).toContain('ingen felles påstander');
			expect(rows[4]!.pct).toBeNull();
		}
		expect(chart[0]!.text).toContain('basert på 4 påstander');
		// No bar for a party without a score.
		expect(container.querySelector('[role="img"] [data-party="t"] .bar')).toBeNull();
		expect(container.querySelector('[role="img"] [data-party="p"] .bar')).not.toBeNull();
		expect(screen.getByText(/deler førsteplassen/, { selector: '.callout' })).toBeInTheDocument();
	});

	it('flags a party with too little basis', () => {
		const data = dataset({
			p: [2, 2, 2, 2],
			q: [-2, null, null, 2],
			r: [0, 0, 0, 0]
		});
		const { container } = setup(data, allAgree);
		const q = tableRows(container).find((r) => r.party === 'q')!;
		expect(q.text).toContain('for lite grunnlag');
		expect(q.pct).toBe(pct(50));
		expect(chartRows(container).find((r) => r.party === 'q')!.text).toContain('for lite grunnlag');
		expect(container.querySelector('[role="img"] [data-party="q"]')!.classList).toContain(
			'unranked'
		);
	});

	it('names the chart for screen readers: title, top party, every party; its labels hidden', () => {
		const data = dataset({ p: [2, 2, 2, 2], q: [-2, -2, -2, -2], r: [0, 0, 0, 0] });
		const { container } = setup(data, allAgree);
		const img = chartImage();
		const [titleId, descId] = img.getAttribute('aria-labelledby')!.split(' ');
		expect(container.querySelector(`#${CSS.escape(titleId!)}`)!.textContent).toBe(
			'Partiene sortert etter hvor enige de er med deg'
		);
		expect(container.querySelector(`#${CSS.escape(descId!)}`)!.textContent).toBe(
			`Pluss-partiet stemmer best med svarene dine, med ${pct(100)}. ` +
				`Rangert: Pluss-partiet ${pct(100)}, Ørnepartiet ${pct(50)} og Alfa-partiet ${pct(0)}.`
		);
		expect(img).toHaveAccessibleName(/^Partiene sortert .* Pluss-partiet stemmer best/);
		// The visual labels say the same again: hidden from screen readers.
		for (const row of img.querySelectorAll('[data-party]')) {
			expect(row.closest('[aria-hidden="true"]')).not.toBeNull();
		}
	});

	it('says plainly when all parties are very close, and names no winner', () => {
		const data = dataset({ p: [2, 2, 2, 1], q: [2, 2, 1, 2], r: [1, 2, 2, 2] });
		setup(data, allAgree);
		expect(screen.getByText(/Partiene ligger svært nær hverandre/, { selector: '.callout' }));
		expect(chartImage()).toHaveAccessibleName(/Partiene ligger svært nær hverandre/);
		expect(chartImage()).not.toHaveAccessibleName(/stemmer best/);
	});

	it('asks for more answers and lets the quiz continue', async () => {
		const { ongoto, oncontinue, container } = setup(tied, {
			s1: { stance: 2, important: false },
			s2: { stance: null, important: false }
		});
		expect(container.querySelector('[data-summary="needs-more"]')).not.toBeNull();
		expect(chartImage()).toHaveAccessibleName(/for få påstander/);
		await fireEvent.click(screen.getByRole('button', { name: 'Fortsett med påstandene' }));
		expect(oncontinue).toHaveBeenCalledOnce();
		expect(ongoto).not.toHaveBeenCalled();
		// Every party is still listed.
		expect(tableRows(container)).toHaveLength(5);
	});

	it('"Vis som tabell" toggles aria-expanded and shows the table', async () => {
		const { container } = setup(tied, allAgree);
		const button = screen.getByRole('button', { name: 'Vis som tabell' });
		const wrap = container.querySelector(`#${CSS.escape(button.getAttribute('aria-controls')!)}`)!;
		expect(button).toHaveAttribute('aria-expanded', 'false');
		expect(wrap.classList).toContain('visually-hidden');
		// Hidden only visually: screen readers still get the table.
		expect(screen.getByRole('table', { name: 'Resultatet som tabell' })).toBeInTheDocument();
		await fireEvent.click(button);
		expect(button).toHaveAttribute('aria-expanded', 'true');
		expect(wrap.classList).not.toContain('visually-hidden');
		await fireEvent.click(button);
		expect(button).toHaveAttribute('aria-expanded', 'false');
	});
});

describe('ResultsScreen statement by statement', () => {
	it('shows each party stance in words, "Ingen standpunkt" where a party said nothing', () => {
		const { container } = setup(tied, allAgree);
		const item = container.querySelector('[data-statement="s1"]') as HTMLElement;
		const stances = [...item.querySelectorAll('.stances > div')].map((d) => [
			d.getAttribute('data-party'),
			d.querySelector('dd')!.textContent!.trim()
		]);
		// Listing order (Norwegian collation), not data-file order.
		expect(stances).toEqual([
			['q', 'Helt enig'],
			['p', 'Helt enig'],
			['s', 'Helt uenig'],
			['t', 'Ingen standpunkt'],
			['r', 'Helt uenig']
		]);
		expect(
			within(item).getByText(
				'Tomme partiet har ikke tatt stilling til denne påstanden i dokumentene sine.'
			)
		).toBeInTheDocument();
	});

	it('shows quotes in blockquotes with a link to the exact source line', () => {
		const { container } = setup(tied, allAgree);
		const item = container.querySelector('[data-statement="s3"]') as HTMLElement;
		const quote = [...item.querySelectorAll('blockquote')].find((b) =>
			b.textContent!.includes('Sitat p 2')
		)!;
		const link = quote.closest('figure')!.querySelector('a')!;
		expect(link.getAttribute('href')).toBe('/kilder/p-doc/#L12');
		expect(link.textContent).toBe('Pluss-partiet sentralt, linje 12');
	});

	it('shows under each document’s quotes how we read them, and nothing where no reason is written', () => {
		const data = structuredClone(tied);
		// r's position on s3 has no reason yet.
		data.editions[0]!.parties.find((p) => p.party.id === 'r')!.positions['s3']!.reasons = [];
		const { container } = setup(data, allAgree);
		const item = container.querySelector('[data-statement="s3"]') as HTMLElement;
		const readings = [...item.querySelectorAll('.reading')];
		expect(readings.map((r) => r.textContent!.replace(/\s+/g, ' ').trim())).toEqual([
			'Slik leste vi det: Begrunnelse for q 2.',
			'Slik leste vi det: Begrunnelse for p 2.',
			'Slik leste vi det: Begrunnelse for s 2.'
		]);
		// Each follows its document's quote.
		for (const reading of readings) {
			const quote = reading.previousElementSibling!;
			expect(quote.matches('figure.quote')).toBe(true);
			expect(quote.getAttribute('data-document')).toBe(reading.getAttribute('data-document'));
		}
		// The party card lists the same reading under the position.
		const card = container.querySelector('section.party[data-party="p"]') as HTMLElement;
		expect(within(card).getByText('Begrunnelse for p 0.', { exact: false })).toBeInTheDocument();
		expect(card.querySelectorAll('.positions .reading')).toHaveLength(4);
		const r = container.querySelector('section.party[data-party="r"]') as HTMLElement;
		expect(r.querySelectorAll('.positions .reading')).toHaveLength(3);
	});

	it('filters the statements by party without hiding any party from the ranking', async () => {
		const { container } = setup(tied, allAgree);
		const group = screen.getByRole('group', { name: 'Vis standpunktene til' });
		expect(within(group).getByRole('radio', { name: 'Alle partier' })).toBeChecked();
		await fireEvent.click(within(group).getByRole('radio', { name: 'Senit-partiet (S)' }));
		for (const item of container.querySelectorAll('.statement')) {
			expect(
				[...item.querySelectorAll('.stances > div')].map((d) => d.getAttribute('data-party'))
			).toEqual(['s']);
			expect(item.textContent).not.toContain('Sitat p');
		}
		expect(chartRows(container)).toHaveLength(5);
		expect(tableRows(container)).toHaveLength(5);
		await fireEvent.click(within(group).getByRole('radio', { name: 'Alle partier' }));
		expect(container.querySelectorAll('[data-statement="s1"] .stances > div')).toHaveLength(5);
	});

	it('"Endre svar" jumps back to that statement', async () => {
		const { ongoto } = setup(tied, allAgree);
		await fireEvent.click(screen.getByRole('button', { name: 'Endre svar: Påstand s3.' }));
		expect(ongoto).toHaveBeenCalledWith(2);
		await fireEvent.click(screen.getByRole('button', { name: 'Endre svar: Påstand s1.' }));
		expect(ongoto).toHaveBeenLastCalledWith(0);
	});

	it('shows the answer, skipped and importance', () => {
		const { container } = setup(tied, {
			s1: { stance: -1, important: true },
			s2: { stance: null, important: false },
			s3: { stance: 2, important: false }
		});
		const you = (id: string) =>
			container
				.querySelector(`[data-statement="${id}"] .you p`)!
				.textContent!.replace(/\s+/g, ' ')
				.trim();
		expect(you('s1')).toBe('Ditt svar: Delvis uenig (viktig for deg)');
		expect(you('s2')).toBe('Ditt svar: Hoppet over');
		expect(you('s4')).toBe('Ditt svar: Ikke besvart');
	});
});

describe('ResultsScreen explanations', () => {
	it('says which change would give another party first place alone', () => {
		// The worked example of docs/scoring.md: changing s1 to "Helt uenig" makes r the top.
		const data = dataset({ p: [2, -2, 1, 1], q: [1, null, -2, -1], r: [-2, 1, 2, 0] });
		setup(data, {
			s1: { stance: 2, important: true },
			s2: { stance: -1, important: false },
			s3: { stance: null, important: false },
			s4: { stance: 0, important: false }
		});
		const section = screen.getByRole('region', { name: 'Dette kunne endret resultatet ditt' });
		expect(section.textContent).toContain(
			'Hvis du hadde svart «Helt uenig» i stedet for «Helt enig» på «Påstand s1.», ville Ørnepartiet vært alene på førsteplass.'
		);
	});

	it('explains why the top party is ahead, and lets the voter compare any two', async () => {
		const data = dataset({ p: [2, -2, 1, 1], q: [1, null, -2, -1], r: [-2, 1, 2, 0] });
		setup(data, {
			s1: { stance: 2, important: true },
			s2: { stance: -1, important: false },
			s3: { stance: null, important: false },
			s4: { stance: 0, important: false }
		});
		const section = screen.getByRole('region', {
			name: 'Hvorfor ligger ett parti foran et annet?'
		});
		expect(within(section).getByRole('heading', { level: 3 }).textContent?.trim()).toBe(
			'Hvorfor er Pluss-partiet foran Ørnepartiet?'
		);
		await fireEvent.change(within(section).getByLabelText('sammenlignet med'), {
			target: { value: 'q' }
		});
		// Alfa-partiet has too little basis to be ranked: no "foran" then.
		expect(within(section).getByRole('heading', { level: 3 }).textContent?.trim()).toBe(
			'Pluss-partiet sammenlignet med Alfa-partiet'
		);
		// a vs b of the worked example: s2 counts only for p; 12,5 points in all.
		expect(section.textContent).toContain('+18,8 prosentpoeng, taler for Pluss-partiet');
		expect(section.textContent).toContain(
			'Av forskjellen på 12,5 prosentpoeng kommer 16,7 fra påstander begge har standpunkt på'
		);
		expect(section.textContent).toContain(
			'Alfa-partiet har standpunkt på for få av påstandene du har svart på til å bli rangert.'
		);
	});

	it('lists per party where the voter agrees and disagrees most, its documents and positions', () => {
		const { container } = setup(tied, allAgree);
		const cards = [...container.querySelectorAll('section.party')];
		expect(cards.map((c) => c.getAttribute('data-party'))).toEqual(['q', 'p', 's', 't', 'r']);
		const r = cards.find((c) => c.getAttribute('data-party') === 'r') as HTMLElement;
		// r is at distance 4 on s1 and s2 and 2 on s3 and s4: nothing close, two far apart.
		expect(
			within(r).getByText('Ingen av svarene dine ligger nær partiets standpunkter.')
		).toBeInTheDocument();
		const far = r.querySelectorAll('ul.highlights li');
		expect([...far].map((li) => li.querySelector('.statement-text')!.textContent)).toEqual([
			'Påstand s1.',
			'Påstand s2.'
		]);
		expect(far[0]!.textContent).toContain('Du: Helt enig · R: Helt uenig');
		expect(r.querySelector('a[href="/kilder/r-doc/"]')!.textContent).toBe(
			'Ørnepartiet sentralt: Program for r'
		);
		expect(r.querySelectorAll('.positions > li')).toHaveLength(4);
	});
});
