import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import type { Edition } from '#lib/content/types.ts';
import IntroScreen from './IntroScreen.svelte';

const party = (id: string, name: string) => ({
	party: { id, name, shortName: id, colour: '#336699' },
	documents: [],
	positions: {}
});
const AKERSHUS: Edition = {
	id: 'akershus',
	name: 'Akershus',
	parties: [party('a', 'Alfa'), party('b', 'Beta'), party('c', 'Gamma')]
};
const OSLO: Edition = { id: 'oslo', name: 'Oslo', parties: [] };

describe('IntroScreen', () => {
	it('names the edition, counts the statements, lists the parties and links the other edition', async () => {
		const onstart = vi.fn();
		render(IntroScreen, {
			edition: AKERSHUS,
			view: {
				screen: 'intro',
				statementCount: 34,
				minutes: 9,
				partyNames: ['Alfa', 'Beta', 'Gamma'],
				firstStatement: {
					id: 's1',
					text: 'Første påstand.',
					hash: 'h1',
					topicName: 'Tema'
				},
				otherEditions: [OSLO]
			},
			onstart
		});
		expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Valgomat for Akershus');
		expect(screen.getByRole('heading', { name: 'Den første påstanden' })).toBeInTheDocument();
		expect(screen.getByText('Første påstand.')).toBeInTheDocument();
		expect(
			screen.getByText(/^Du får 34 påstander .*Det tar omtrent ni minutter\.$/)
		).toBeInTheDocument();
		// What skip and "Viktig for meg" mean, before the first statement.
		expect(screen.getByText(/^«Hopp over»/)).toBeInTheDocument();
		expect(screen.getByText(/^«Viktig for meg»/)).toBeInTheDocument();
		expect(screen.getByText('Du sammenlignes med Alfa, Beta og Gamma.')).toBeInTheDocument();
		expect(screen.getByRole('link', { name: 'Bytt til Oslo' })).toHaveAttribute(
			'href',
			'/oslo/#from=akershus'
		);
		await fireEvent.click(screen.getByRole('button', { name: 'Start' }));
		expect(onstart).toHaveBeenCalledOnce();
	});

	it('words a single statement in the singular', () => {
		render(IntroScreen, {
			edition: AKERSHUS,
			view: {
				screen: 'intro',
				statementCount: 1,
				minutes: 1,
				partyNames: ['Alfa'],
				firstStatement: undefined,
				otherEditions: []
			},
			onstart: () => {}
		});
		expect(screen.getByText(/^Du får én påstand om .*omtrent ett minutt\.$/)).toBeInTheDocument();
		expect(screen.getByText('Du sammenlignes med Alfa.')).toBeInTheDocument();
		expect(screen.queryByRole('link')).toBeNull();
	});

	it('the Start button carries what it says after a tap made before the page is ready', async () => {
		const onstart = vi.fn();
		render(IntroScreen, {
			edition: AKERSHUS,
			view: {
				screen: 'intro',
				statementCount: 2,
				minutes: 1,
				partyNames: ['Alfa'],
				firstStatement: undefined,
				otherEditions: []
			},
			onstart
		});
		const button = screen.getByRole('button', { name: 'Start' });
		// The page's first script puts these words on it (boot-script.ts, tested end to end).
		expect(button).toHaveAttribute('data-loading', 'Laster valgomaten …');
		expect(button).toBeEnabled();
		await fireEvent.click(button);
		expect(onstart).toHaveBeenCalledTimes(1);
	});
});
