import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { askedStatements } from '#lib/content/editions.ts';
import { loadContent } from '#lib/content/load.ts';
import { prepareEdition } from '#lib/content/scoring-input.ts';
import { UNSET_SITE } from '#lib/content/site/schema.ts';
import type { Dataset } from '#lib/content/types.ts';
import { m } from '#lib/messages/index.ts';
import { datasetOf } from '#lib/results/test-support.ts';
import { rankParties, type Answers, type Stance } from '#lib/scoring/index.ts';
import ResultsScreen from './ResultsScreen.svelte';
import { STEP_BUDGET_MS } from './results/steps.svelte.ts';

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

/**
 * Resolves once the whole screen is drawn: it comes in parts, each once the one above it is
 * painted (`data-drawing` until the last).
 */
async function drawn(container: HTMLElement) {
	await vi.waitFor(
		() => expect(container.querySelector('.results')!.hasAttribute('data-drawing')).toBe(false),
		{ interval: 5 }
	);
}

async function setup(data: Dataset, answers: Answers) {
	const ongoto = vi.fn();
	const oncontinue = vi.fn();
	const onrestart = vi.fn();
	const result = render(ResultsScreen, {
		dataset: data,
		edition: data.editions[0]!,
		answers,
		ongoto,
		oncontinue,
		onrestart
	});
	await drawn(result.container);
	return { ...result, ongoto, oncontinue, onrestart };
}

/** Opens a section of the page by its heading's button. */
async function openSection(name: string) {
	const button = screen.getByRole('button', { name });
	if (button.getAttribute('aria-expanded') === 'false') await fireEvent.click(button);
	return button.closest('section') as HTMLElement;
}

// jsdom lays nothing out, so it has no scrolling.
Element.prototype.scrollIntoView = function () {};

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
	it('shows every party in chart and table with the same percentages as the scoring module', async () => {
		const content = loadContent();
		const edition = content.editions.find((e) => e.id === 'akershus')!;
		// Answers to every statement: those the edition does not ask are ignored.
		const answers: Answers = Object.fromEntries(
			content.statements.map((s, i) => [
				s.id,
				{ stance: i % 7 === 3 ? null : ((((i * 3) % 5) - 2) as Stance), important: i % 4 === 1 }
			])
		);
		const { container } = await setup({ ...content, editions: [edition] }, answers);
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

	it('marks a shared first place, a tie below it and a party without common statements', async () => {
		const { container } = await setup(tied, allAgree);
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
		expect(container.querySelector('[data-verdict="shared-top"] .line')!.textContent).toBe(
			`Du er omtrent like enig med Pluss-partiet (${pct(100)}) og Alfa-partiet (${pct(94)}) av partiene som kan rangeres.`
		);
		expect(chartImage()).toHaveAccessibleName(
			/ Tomme partiet er ikke rangert: ingen felles påstander med deg\.$/
		);
	});

	it('flags a party with too little basis', async () => {
		const data = dataset({
			p: [2, 2, 2, 2],
			q: [-2, null, null, 2],
			r: [0, 0, 0, 0]
		});
		const { container } = await setup(data, allAgree);
		const q = tableRows(container).find((r) => r.party === 'q')!;
		expect(q.text).toContain('for lite grunnlag');
		expect(q.pct).toBe(pct(50));
		expect(chartRows(container).find((r) => r.party === 'q')!.text).toContain('for lite grunnlag');
		expect(container.querySelector('[role="img"] [data-party="q"]')!.classList).toContain(
			'unranked'
		);
		// Screen readers hear that it is not ranked, and why.
		expect(chartImage()).toHaveAccessibleName(
			new RegExp(
				`Alfa-partiet er ikke rangert: for lite grunnlag \\(${pct(50)}, basert på 2 påstander\\)\\.$`
			)
		);
	});

	it('names the chart for screen readers: title, top party, every party; its labels hidden', async () => {
		const data = dataset({ p: [2, 2, 2, 2], q: [-2, -2, -2, -2], r: [0, 0, 0, 0] });
		const { container } = await setup(data, allAgree);
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

	it('says plainly when all parties are very close, and names no winner', async () => {
		const data = dataset({ p: [2, 2, 2, 1], q: [2, 2, 1, 2], r: [1, 2, 2, 2] });
		const { container } = await setup(data, allAgree);
		expect(container.querySelector('[data-verdict="all-close"] .line')!.textContent).toMatch(
			/^Ingen av partiene skiller seg ut/
		);
		expect(chartImage()).toHaveAccessibleName(/Partiene ligger svært nær hverandre/);
		expect(chartImage()).not.toHaveAccessibleName(/stemmer best/);
	});

	it('asks for more answers and lets the quiz continue', async () => {
		const { ongoto, oncontinue, container } = await setup(tied, {
			s1: { stance: 2, important: false },
			s2: { stance: null, important: false }
		});
		expect(container.querySelector('[data-verdict="needs-more"] .line')!.textContent).toBe(
			'For lite grunnlag til å rangere partiene ennå.'
		);
		expect(screen.getByText('Du har svart på 1 av 4 påstander og hoppet over 1.')).toBeVisible();
		expect(chartImage()).toHaveAccessibleName(/for få påstander/);
		await fireEvent.click(screen.getByRole('button', { name: 'Fortsett med påstandene' }));
		expect(oncontinue).toHaveBeenCalledOnce();
		expect(ongoto).not.toHaveBeenCalled();
		// Every party is still listed.
		expect(tableRows(container)).toHaveLength(5);
	});

	it('"Vis som tabell" toggles aria-expanded, shows the table and becomes "Skjul tabell"', async () => {
		const { container } = await setup(tied, allAgree);
		const button = screen.getByRole('button', { name: 'Vis som tabell' });
		const wrap = container.querySelector(`#${CSS.escape(button.getAttribute('aria-controls')!)}`)!;
		expect(button).toHaveAttribute('aria-expanded', 'false');
		expect(wrap.classList).toContain('visually-hidden');
		// Hidden only visually: screen readers still get the table.
		expect(screen.getByRole('table', { name: 'Resultatet som tabell' })).toBeInTheDocument();
		await fireEvent.click(button);
		expect(button).toHaveAttribute('aria-expanded', 'true');
		expect(button).toHaveAccessibleName('Skjul tabell');
		expect(wrap.classList).not.toContain('visually-hidden');
		await fireEvent.click(button);
		expect(button).toHaveAttribute('aria-expanded', 'false');
		expect(button).toHaveAccessibleName('Vis som tabell');
	});
});

describe('ResultsScreen statement by statement', () => {
	it('shows each party stance in words, "Ingen standpunkt" where a party said nothing', async () => {
		const { container } = await setup(tied, allAgree);
		await openSection('Påstand for påstand');
		const item = container.querySelector('[data-statement="s1"]') as HTMLElement;
		const stances = [...item.querySelectorAll('.stances > div')].map((d) => [
			d.getAttribute('data-party'),
			d.querySelector('dd')!.textContent!.trim()
		]);
		// Listing order (Norwegian collation, as the content build gives it), not data-file order.
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

	it('shows quotes in blockquotes with a link to the exact source line', async () => {
		const { container } = await setup(tied, allAgree);
		await openSection('Påstand for påstand');
		const item = container.querySelector('[data-statement="s3"]') as HTMLElement;
		const quote = [...item.querySelectorAll('blockquote')].find((b) =>
			b.textContent!.includes('Sitat p 2')
		)!;
		const link = quote.closest('figure')!.querySelector('a')!;
		expect(link.getAttribute('href')).toBe('/kilder/p-doc/#L12');
		expect(link.textContent).toBe('Pluss-partiet sentralt, linje 12');
	});

	it('shows under each document’s quotes how we read them, and nothing where no reason is written', async () => {
		const data = structuredClone(tied);
		// r's position on s3 has no reason yet.
		data.editions[0]!.parties.find((p) => p.party.id === 'r')!.positions['s3']!.reasons = [];
		const { container } = await setup(data, allAgree);
		await openSection('Påstand for påstand');
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
		// Quotes and readings stand only here: the party cards link to them.
		for (const card of container.querySelectorAll('section.party')) {
			expect(card.querySelectorAll('blockquote, .reading')).toHaveLength(0);
		}
	});

	it('filters the statements by party without hiding any party from the ranking', async () => {
		const { container } = await setup(tied, allAgree);
		await openSection('Påstand for påstand');
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
		const { ongoto } = await setup(tied, allAgree);
		await openSection('Påstand for påstand');
		await fireEvent.click(screen.getByRole('button', { name: 'Endre svar: Påstand s3.' }));
		expect(ongoto).toHaveBeenCalledWith(2);
		await fireEvent.click(screen.getByRole('button', { name: 'Endre svar: Påstand s1.' }));
		expect(ongoto).toHaveBeenLastCalledWith(0);
	});

	it('shows the answer, skipped and importance', async () => {
		const { container } = await setup(tied, {
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
	it('says which change would give another party first place alone', async () => {
		// The worked example of docs/scoring.md: changing s1 to "Helt uenig" makes r the top.
		const data = dataset({ p: [2, -2, 1, 1], q: [1, null, -2, -1], r: [-2, 1, 2, 0] });
		await setup(data, {
			s1: { stance: 2, important: true },
			s2: { stance: -1, important: false },
			s3: { stance: null, important: false },
			s4: { stance: 0, important: false }
		});
		const section = await openSection('Hvor sikkert er resultatet?');
		expect(section).toHaveAccessibleName('Hvor sikkert er resultatet?');
		// Searched off the page's task (here, with no worker in jsdom, in an idle moment): until
		// then the section says so and is not yet drawn.
		expect(section.textContent).toContain(m.results.whatIfSearching);
		expect(section.getAttribute('data-drawn')).toBe('false');
		await waitFor(() =>
			expect(section.textContent).toContain(
				'Resultatet henger på ett svar: hadde du svart «Helt uenig» i stedet for «Helt enig» på «Påstand s1», ville Ørnepartiet vært alene på førsteplass.'
			)
		);
		expect(section.textContent).not.toContain(m.results.whatIfSearching);
		expect(section.getAttribute('data-drawn')).toBe('true');
	});

	it('explains why the top party is ahead, and lets the voter compare any two', async () => {
		const data = dataset({ p: [2, -2, 1, 1], q: [1, null, -2, -1], r: [-2, 1, 2, 0] });
		await setup(data, {
			s1: { stance: 2, important: true },
			s2: { stance: -1, important: false },
			s3: { stance: null, important: false },
			s4: { stance: 0, important: false }
		});
		const section = await openSection('Sammenlign to partier');
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

	it('lists per party where the voter agrees and disagrees most, its documents and positions', async () => {
		const { container } = await setup(tied, allAgree);
		await openSection('Partiene ett for ett');
		const cards = [...container.querySelectorAll('section.party')];
		expect(cards.map((c) => c.getAttribute('data-party'))).toEqual(['q', 'p', 's', 't', 'r']);
		const r = cards.find((c) => c.getAttribute('data-party') === 'r') as HTMLElement;
		// r is at distance 4 on s1 and s2 and 2 on s3 and s4: nothing close, two far apart.
		expect(
			within(r).getByText('Ingen av svarene dine ligger nær partiets standpunkter.')
		).toBeInTheDocument();
		const far = r.querySelectorAll('ul.highlights li');
		// Each statement links to its place in «Påstand for påstand», where the quotes are.
		// «Påstand for påstand» is still closed: its statements are drawn once the browser is idle.
		await vi.waitFor(() => expect(container.querySelector('[data-statement="s1"]')).not.toBeNull());
		expect(far[0]!.querySelector('a')!.getAttribute('href')).toBe(
			`#${container.querySelector('[data-statement="s1"]')!.id}`
		);
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

describe('ResultsScreen as a page to move around in', () => {
	it('starts with every section closed, out of the accessibility tree until opened', async () => {
		const { container } = await setup(tied, allAgree);
		const toggles = [...container.querySelectorAll('section[data-section] h2 button')];
		expect(toggles.map((b) => b.textContent?.trim().replace(/^▸/, ''))).toEqual([
			'Hvor sikkert er resultatet?',
			'Påstand for påstand',
			'Partiene ett for ett',
			'Sammenlign to partier',
			'Hva partiene prioriterer'
		]);
		for (const toggle of toggles) {
			expect(toggle).toHaveAttribute('aria-expanded', 'false');
			const body = container.querySelector(
				`#${CSS.escape(toggle.getAttribute('aria-controls')!)}`
			)!;
			expect(body.getAttribute('hidden')).toBe('until-found');
		}
		expect(screen.queryByRole('button', { name: /^Endre svar/ })).toBeNull();
		await openSection('Påstand for påstand');
		expect(screen.getAllByRole('button', { name: /^Endre svar/ })).toHaveLength(4);
	});

	it('draws a closed section’s content once the browser is idle, still closed (find-in-page finds it)', async () => {
		const idle = idleMoments();
		try {
			const { container } = await setup(tied, allAgree);
			const body = () => container.querySelector('[data-section="statements"] [hidden]')!;
			// Drawn first: only what shows; the closed sections come after.
			expect(body().querySelector('[data-statement]')).toBeNull();
			while (await idle.run());
			expect(body().querySelectorAll('[data-statement]')).toHaveLength(4);
			expect(body().getAttribute('hidden')).toBe('until-found');
		} finally {
			cleanup(); // unmounted while the stubs that its idle callbacks are cancelled with exist
			vi.unstubAllGlobals();
		}
	});

	it('draws the comparison of two parties only once it is opened, and keeps it after', async () => {
		const idle = idleMoments();
		try {
			const { container } = await setup(tied, allAgree);
			const compare = () => container.querySelector('[data-section="compare"]')!;
			const choosers = () => compare().querySelectorAll('select');
			while (await idle.run());
			// The other closed sections are drawn by now; the comparison is not, yet counts as
			// drawn: nothing more comes until the voter opens it.
			expect(
				container.querySelectorAll('[data-section="statements"] [data-statement]')
			).toHaveLength(4);
			expect(choosers()).toHaveLength(0);
			expect(compare().getAttribute('data-drawn')).toBe('true');
			await openSection('Sammenlign to partier');
			expect(choosers()).toHaveLength(2);
			await fireEvent.click(screen.getByRole('button', { name: 'Sammenlign to partier' }));
			expect(compare().querySelector('[hidden]')).not.toBeNull();
			expect(choosers()).toHaveLength(2);
		} finally {
			cleanup();
			vi.unstubAllGlobals();
		}
	});

	it('draws the heading alone, then the verdict, the chart, its table, the sections and the rest, each in its own turn', async () => {
		const { container } = render(ResultsScreen, {
			dataset: tied,
			edition: tied.editions[0]!,
			answers: allAgree,
			ongoto: vi.fn(),
			oncontinue: vi.fn(),
			onrestart: vi.fn(),
			site: UNSET_SITE
		});
		const results = container.querySelector('.results')!;
		const trust = () => screen.queryByRole('heading', { level: 2, name: m.trust.heading });
		/** Which parts are drawn now: verdict, chart, its table, sections, who publishes it. */
		const state = () =>
			[
				results.querySelector('.verdict'),
				screen.queryByRole('img'),
				results.querySelector('table'),
				results.querySelector('.sections'),
				trust()
			].map((part) => part !== null);
		// The heading (focus goes there) comes first, alone; nothing shows below it yet.
		expect(screen.getByRole('heading', { level: 1, name: m.results.heading })).toBeTruthy();
		expect(state()).toEqual([false, false, false, false, false]);
		expect(results.hasAttribute('data-drawing')).toBe(true);
		const seen = [state()];
		const observer = new MutationObserver(() => seen.push(state()));
		observer.observe(container, { childList: true, subtree: true });
		await drawn(container);
		observer.disconnect();
		// Each part came after the one above it, never before, and each in a turn of its own.
		for (const s of seen) expect(s).toEqual([...s].sort((a, b) => Number(b) - Number(a)));
		const drawnParts = new Set(seen.map((s) => s.filter(Boolean).length));
		expect([...drawnParts].sort()).toEqual([0, 1, 2, 3, 4, 5]);
		expect(state()).toEqual([true, true, true, true, true]);
		expect(screen.getByRole('navigation', { name: m.results.sectionsLabel })).toBeTruthy();
		// Who publishes the valgomat comes under the results.
		const heading = trust()!;
		expect(results.contains(heading)).toBe(false);
		expect(
			results.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING
		).toBeTruthy();
	});

	/**
	 * An idle moment in which each item drawn (counted by `items`) takes `ms` of it: what a
	 * drawing step reads from its deadline, as on a device where an item costs that much.
	 */
	function costing(ms: number, items: () => number, length = 50) {
		return () => {
			const before = items();
			return { timeRemaining: () => Math.max(0, length - (items() - before) * ms) };
		};
	}

	it.each([
		['half the step budget', STEP_BUDGET_MS / 2, 50, 2],
		['the whole step budget', STEP_BUDGET_MS, 50, 1],
		['twice the step budget (one still drawn in each step)', STEP_BUDGET_MS * 2, 50, 1],
		[
			'a tenth of it, in idle moments that end after one',
			STEP_BUDGET_MS / 10,
			STEP_BUDGET_MS / 10,
			1
		]
	])(
		'draws the parties a few at a time while closed, as many a step as its budget allows (an item costing %s), drawn only once all are there',
		async (_, ms, length, perStep) => {
			const idle = idleMoments();
			try {
				const { container } = await setup(tied, allAgree);
				const section = () => container.querySelector('[data-section="parties"]')!;
				const cards = () => section().querySelectorAll('section.party[data-party]').length;
				const seen: number[] = [cards()];
				while (await idle.run(costing(ms, cards, length))) {
					seen.push(cards());
					if (cards() < 5) expect(section().getAttribute('data-drawn')).toBe('false');
				}
				// Every step that draws adds `perStep` parties (the last what is left), in order.
				const added = seen
					.slice(1)
					.map((n, i) => n - seen[i]!)
					.filter((n) => n > 0);
				expect(added.slice(0, -1).every((n) => n === perStep)).toBe(true);
				expect(added.at(-1)).toBeLessThanOrEqual(perStep);
				expect(added.length).toBe(Math.ceil(5 / perStep));
				expect(cards()).toBe(5);
				expect(section().getAttribute('data-drawn')).toBe('true');
			} finally {
				cleanup(); // unmounted while the stubs that its idle callbacks are cancelled with exist
				vi.unstubAllGlobals();
			}
		}
	);

	/** The browser's idle moments, one at a time as a test calls them. */
	function idleMoments() {
		const queue = new Map<number, IdleRequestCallback>();
		let next = 1;
		vi.stubGlobal('requestIdleCallback', (run: IdleRequestCallback) => {
			queue.set(next, run);
			return next++;
		});
		vi.stubGlobal('cancelIdleCallback', (handle: number) => queue.delete(handle));
		return {
			/**
			 * Runs what waits for the next idle moment (one of 50 ms in which no time passes, or
			 * what `moment` makes); false when nothing does.
			 */
			async run(
				moment: () => Pick<IdleDeadline, 'timeRemaining'> = () => ({ timeRemaining: () => 50 })
			): Promise<boolean> {
				const first = queue.entries().next();
				if (first.done) return false;
				queue.delete(first.value[0]);
				first.value[1]({ didTimeout: false, ...moment() });
				await tick();
				return true;
			}
		};
	}

	/** A quiz of four statements, every one answered. */
	async function longQuiz() {
		const many = Array.from({ length: 4 }, (_, i) => ((i % 5) - 2) as Stance);
		const data = dataset({ p: many, q: [...many].reverse() });
		const answers: Answers = Object.fromEntries(
			many.map((_, i) => [`s${i + 1}`, { stance: 2, important: false }])
		);
		const { container } = await setup(data, answers);
		const section = () => container.querySelector('[data-section="statements"]')!;
		const rows = () =>
			[...section().querySelectorAll('[data-statement]')].map((r) =>
				r.getAttribute('data-statement')
			);
		return { ids: many.map((_, i) => `s${i + 1}`), section, rows };
	}

	it('draws a long «Påstand for påstand» a few statements at a time, drawn only once all are there', async () => {
		const idle = idleMoments();
		try {
			const { ids, section, rows } = await longQuiz();
			expect(rows()).toEqual([]);
			const seen: number[] = [];
			const step = costing(STEP_BUDGET_MS, () => rows().length);
			while (await idle.run(step)) {
				seen.push(rows().length);
				if (rows().length < ids.length) expect(section().getAttribute('data-drawn')).toBe('false');
			}
			// A statement that takes a step's budget is drawn alone, in quiz order; then the
			// section is drawn, still closed.
			expect(new Set(seen.filter((n) => n > 0 && n < ids.length)).size).toBe(3);
			for (let i = 1; i < seen.length; i++) {
				expect(seen[i]! - seen[i - 1]!).toBeLessThanOrEqual(1);
			}
			expect(rows()).toEqual(ids);
			expect(section().getAttribute('data-drawn')).toBe('true');
			expect(section().querySelector('[hidden]')!.getAttribute('hidden')).toBe('until-found');
		} finally {
			cleanup(); // unmounted while the stubs that its idle callbacks are cancelled with exist
			vi.unstubAllGlobals();
		}
	});

	it('draws every statement at once when «Påstand for påstand» is opened while it draws in steps', async () => {
		const idle = idleMoments();
		try {
			const { ids, section, rows } = await longQuiz();
			const step = costing(STEP_BUDGET_MS, () => rows().length);
			while (rows().length === 0) expect(await idle.run(step)).toBe(true);
			expect(rows().length).toBeLessThan(ids.length);
			await openSection('Påstand for påstand');
			expect(rows()).toEqual(ids);
			expect(section().getAttribute('data-drawn')).toBe('true');
			// Closed again, it keeps every statement.
			await fireEvent.click(screen.getByRole('button', { name: 'Påstand for påstand' }));
			while (await idle.run());
			expect(rows()).toEqual(ids);
			expect(section().getAttribute('data-drawn')).toBe('true');
		} finally {
			cleanup(); // unmounted while the stubs that its idle callbacks are cancelled with exist
			vi.unstubAllGlobals();
		}
	});

	it('opens a section from the page’s navigation and moves focus to its heading', async () => {
		await setup(tied, allAgree);
		const nav = screen.getByRole('navigation', { name: 'Resultatet i detalj' });
		expect(
			within(nav)
				.getAllByRole('link')
				.map((a) => a.textContent)
		).toEqual(['Hvor sikkert?', 'Påstand for påstand', 'Partiene', 'Sammenlign', 'Prioriteringer']);
		await fireEvent.click(within(nav).getByRole('link', { name: 'Partiene' }));
		const toggle = screen.getByRole('button', { name: /Partiene ett for ett/ });
		expect(toggle).toHaveAttribute('aria-expanded', 'true');
		expect(toggle).toHaveFocus();
	});

	it('takes a party’s statement to its quotes in «Påstand for påstand», opened', async () => {
		const { container } = await setup(tied, allAgree);
		const card = (await openSection('Partiene ett for ett')).querySelector(
			'section.party[data-party="r"]'
		) as HTMLElement;
		await fireEvent.click(within(card).getAllByRole('link', { name: 'Påstand s2.' })[0]!);
		await tick();
		expect(screen.getByRole('button', { name: /Påstand for påstand/ })).toHaveAttribute(
			'aria-expanded',
			'true'
		);
		const row = container.querySelector('[data-statement="s2"]')!;
		expect(row.querySelector('h3')).toHaveFocus();
		expect(row.querySelector('details')!.open).toBe(true);
	});

	it('comes back from «Endre svar» at the same statement, same filter, with focus on its button', async () => {
		const first = await setup(tied, allAgree);
		await openSection('Påstand for påstand');
		await fireEvent.click(screen.getByRole('radio', { name: 'Senit-partiet (S)' }));
		await fireEvent.click(screen.getByRole('button', { name: 'Endre svar: Påstand s3.' }));
		expect(first.ongoto).toHaveBeenCalledWith(2);
		// The quiz shows the statement instead, then the results again.
		first.unmount();
		await setup(tied, { ...allAgree, s3: { stance: -2, important: false } });
		await tick();
		await tick();
		const change = screen.getByRole('button', { name: 'Endre svar: Påstand s3.' });
		expect(change).toHaveFocus();
		expect(screen.getByRole('radio', { name: 'Senit-partiet (S)' })).toBeChecked();
		expect(screen.getByRole('button', { name: /Hvor sikkert/ })).toHaveAttribute(
			'aria-expanded',
			'false'
		);
	});

	it('opens at the top when the results come without «Endre svar»', async () => {
		await setup(tied, allAgree);
		await tick();
		expect(screen.getByRole('button', { name: /Påstand for påstand/ })).toHaveAttribute(
			'aria-expanded',
			'false'
		);
		expect(document.body).toHaveFocus();
	});

	it('asks before starting over, and brings focus back when the voter says no', async () => {
		const { onrestart } = await setup(tied, allAgree);
		const restart = screen.getByRole('button', { name: 'Ta valgomaten på nytt' });
		await fireEvent.click(restart);
		const dialog = screen.getByRole('alertdialog', {
			name: 'Vil du starte på nytt? Svarene dine blir slettet fra denne enheten.'
		});
		const yes = within(dialog).getByRole('button', { name: 'Ja, slett svarene og start på nytt' });
		expect(yes).toHaveFocus();
		await fireEvent.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
		expect(onrestart).not.toHaveBeenCalled();
		expect(screen.getByRole('button', { name: 'Ta valgomaten på nytt' })).toHaveFocus();
		// Escape says no too.
		await fireEvent.click(screen.getByRole('button', { name: 'Ta valgomaten på nytt' }));
		await fireEvent.keyDown(
			screen.getByRole('button', { name: 'Ja, slett svarene og start på nytt' }),
			{ key: 'Escape' }
		);
		expect(screen.queryByRole('alertdialog')).toBeNull();
		expect(screen.getByRole('button', { name: 'Ta valgomaten på nytt' })).toHaveFocus();
		await fireEvent.click(screen.getByRole('button', { name: 'Ta valgomaten på nytt' }));
		await fireEvent.click(
			screen.getByRole('button', { name: 'Ja, slett svarene og start på nytt' })
		);
		expect(onrestart).toHaveBeenCalledOnce();
	});

	it('offers to go on only while statements are left', async () => {
		const { unmount } = await setup(tied, allAgree);
		expect(screen.queryByRole('button', { name: 'Fortsett med påstandene' })).toBeNull();
		unmount();
		const { oncontinue } = await setup(tied, {
			s1: allAgree['s1']!,
			s2: allAgree['s2']!,
			s3: allAgree['s3']!
		});
		expect(screen.getByText('Du har svart på 3 av 4 påstander.')).toBeVisible();
		fireEvent.click(screen.getByRole('button', { name: 'Fortsett med påstandene' }));
		expect(oncontinue).toHaveBeenCalledOnce();
	});

	it('says in one sentence when the parties share few statements', async () => {
		const { container, unmount } = await setup(tied, allAgree);
		expect(container.querySelector('[data-few-shared]')).toBeNull();
		unmount();
		// Only s1 of the four has positions from two parties.
		const apart = dataset({
			p: [2, 2, null, null],
			q: [2, null, 2, null],
			r: [null, null, null, 2]
		});
		const few = await setup(apart, allAgree);
		expect(few.container.querySelector('[data-few-shared]')!.textContent).toBe(m.results.fewShared);
	});
});

describe('ResultsScreen, other editions', () => {
	it('links the other edition as a switch from this one (its quiz then says the answers came)', async () => {
		const content = loadContent();
		const edition = content.editions.find((e) => e.id === 'akershus')!;
		const { container } = render(ResultsScreen, {
			dataset: content,
			edition,
			answers: {},
			ongoto: vi.fn(),
			oncontinue: vi.fn(),
			onrestart: vi.fn()
		});
		await drawn(container);
		const link = screen.getByRole('link', { name: m.quiz.otherEdition('Oslo') });
		expect(link.getAttribute('href')).toBe('/oslo/#from=akershus');
		cleanup();
	});
});
