import { fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Edition } from '#lib/content/types.ts';
import type { QuizContentStatement } from '#lib/quiz/index.ts';
import { m } from '#lib/messages/index.ts';
import AnswerScreen from './AnswerScreen.svelte';
import { SETTLE_MS } from './answer-timing.ts';

const AKERSHUS: Edition = { id: 'akershus', name: 'Akershus', parties: [] };
const OSLO: Edition = { id: 'oslo', name: 'Oslo', parties: [] };
const SECOND: QuizContentStatement = {
	id: 's2',
	text: 'Staten bør betale mer.',
	hasBackground: true,
	hash: 'h2',
	topicName: 'Finansiering'
};

function setup(overrides: Record<string, unknown> = {}) {
	const handlers = {
		onanswer: vi.fn(),
		onskip: vi.fn(),
		onback: vi.fn(),
		ontoggleimportant: vi.fn(),
		onshowresults: vi.fn()
	};
	const result = render(AnswerScreen, {
		statement: {
			id: 's1',
			text: 'Kommunene bør få mer penger.',
			hasBackground: true,
			hash: 'h1',
			topicName: 'Finansiering'
		},
		topic: 'Finansiering',
		position: 3,
		total: 24,
		answer: undefined,
		important: false,
		skipped: false,
		canShowResults: false,
		edition: AKERSHUS,
		otherEditions: [OSLO],
		...handlers,
		...overrides
	});
	return { ...result, ...handlers };
}

describe('AnswerScreen', () => {
	it('shows progress, topic and the statement as the heading', () => {
		setup();
		expect(screen.getByText('Påstand 3 av 24')).toBeInTheDocument();
		const bar = screen.getByRole('progressbar');
		expect(bar).toHaveAttribute('aria-valuenow', '3');
		expect(bar).toHaveAttribute('aria-valuemax', '24');
		expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
			'Kommunene bør få mer penger.'
		);
		expect(screen.getByText('Les mer')).toBeInTheDocument();
	});

	it('offers exactly the five answers as buttons in order, then skip, importance and back', () => {
		setup();
		const group = screen.getByRole('group', { name: 'Svaralternativer' });
		const labels = [...group.querySelectorAll('button')].map((b) => b.textContent?.trim());
		expect(labels).toEqual(['Helt enig', 'Delvis enig', 'Nøytral', 'Delvis uenig', 'Helt uenig']);
		expect(screen.getByRole('button', { name: 'Hopp over' })).toBeInTheDocument();
		expect(screen.getByRole('button', { name: /Viktig for meg/ })).toHaveAttribute(
			'aria-pressed',
			'false'
		);
		expect(screen.getByRole('button', { name: /Tilbake/ })).toBeInTheDocument();
		expect(screen.queryByRole('button', { name: 'Se resultatet' })).toBeNull();
	});

	it('sends the stance of the clicked button and marks a chosen answer as pressed', async () => {
		const { onanswer } = setup({ answer: { stance: -1, important: true }, important: true });
		expect(screen.getByRole('button', { name: /Delvis uenig/ })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		expect(screen.getByRole('button', { name: 'Helt enig' })).toHaveAttribute(
			'aria-pressed',
			'false'
		);
		expect(screen.getByRole('button', { name: /Viktig for meg/ })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		await fireEvent.click(screen.getByRole('button', { name: 'Helt uenig' }));
		expect(onanswer).toHaveBeenCalledWith(-2);
	});

	it('shows "Se resultatet" when allowed and sends the event', async () => {
		const { onshowresults } = setup({ canShowResults: true });
		await fireEvent.click(screen.getByRole('button', { name: 'Se resultatet' }));
		expect(onshowresults).toHaveBeenCalledOnce();
	});

	it('maps the single-key shortcuts while focus is inside the answer area', async () => {
		const { onanswer, onskip, ontoggleimportant, onback } = setup();
		const button = screen.getByRole('button', { name: 'Nøytral' });
		await fireEvent.keyDown(button, { key: '1' });
		await fireEvent.keyDown(button, { key: '5' });
		await fireEvent.keyDown(screen.getByRole('heading', { level: 1 }), { key: '3' });
		await fireEvent.keyDown(button, { key: 's' });
		await fireEvent.keyDown(button, { key: 'V' });
		await fireEvent.keyDown(button, { key: 'ArrowLeft' });
		await fireEvent.keyDown(button, { key: 'Backspace' });
		await fireEvent.keyDown(button, { key: '6' });
		expect(onanswer.mock.calls).toEqual([[2], [-2], [0]]);
		expect(onskip).toHaveBeenCalledOnce();
		expect(ontoggleimportant).toHaveBeenCalledOnce();
		expect(onback).toHaveBeenCalledOnce();
	});

	it('lists the shortcuts with the digits the scale has', () => {
		setup();
		const list = screen.getByText('Hurtigtaster').closest('details')!;
		expect(list.querySelector('dt')).toHaveTextContent('1–5');
		expect(list.querySelector('dd')).toHaveTextContent(
			'svar fra «Helt enig» (1) til «Helt uenig» (5)'
		);
	});

	it('ignores the shortcuts in other controls, with modifier keys and on auto-repeat', async () => {
		const { onanswer, onskip } = setup();
		await fireEvent.keyDown(screen.getByText('Hurtigtaster'), { key: '1' });
		await fireEvent.keyDown(screen.getByRole('button', { name: 'Nøytral' }), {
			key: '1',
			ctrlKey: true
		});
		// A held key repeats: only its first press counts.
		await fireEvent.keyDown(document.body, { key: 's', repeat: true });
		await fireEvent.keyDown(document.body, { key: '2', repeat: true });
		expect(onanswer).not.toHaveBeenCalled();
		expect(onskip).not.toHaveBeenCalled();
	});

	it('takes the shortcuts when nothing in particular has focus (just after the page opened)', async () => {
		const { onanswer } = setup();
		await fireEvent.keyDown(document.body, { key: '2' });
		expect(onanswer.mock.calls).toEqual([[1]]);
	});

	it('says whose quiz this is and links the other edition', () => {
		setup();
		expect(screen.getByText('Valgomat for Akershus')).toBeInTheDocument();
		expect(screen.getByRole('link', { name: 'Bytt til Oslo' })).toHaveAttribute(
			'href',
			'/oslo/#from=akershus'
		);
	});

	it('says "skipped" only for a skip, not for an importance mark alone', async () => {
		const { rerender } = setup({ answer: { stance: null, important: true }, important: true });
		expect(screen.queryByText('Du hoppet over denne påstanden.')).toBeNull();
		await rerender({ answer: { stance: null, important: false }, important: false, skipped: true });
		expect(screen.getByText('Du hoppet over denne påstanden.')).toBeInTheDocument();
	});
});

describe('AnswerScreen when the statement changes', () => {
	afterEach(() => {
		vi.useRealTimers();
	});

	it('ignores taps on the answers and skip until the new statement has settled', async () => {
		vi.useFakeTimers();
		const { onanswer, onskip, rerender } = setup();
		const button = () => screen.getByRole('button', { name: 'Helt enig' });
		await fireEvent.click(button());
		expect(onanswer).toHaveBeenCalledTimes(1);
		await rerender({ statement: SECOND, position: 4 });
		// The second tap of a double tap lands on the next statement's buttons: ignored.
		expect(button()).toBeDisabled();
		expect(screen.getByRole('button', { name: 'Hopp over' })).toBeDisabled();
		await fireEvent.click(button());
		await fireEvent.click(screen.getByRole('button', { name: 'Hopp over' }));
		expect(onanswer).toHaveBeenCalledTimes(1);
		expect(onskip).not.toHaveBeenCalled();
		// Marking the new statement important meanwhile does not restart or stop the moment.
		await rerender({ statement: SECOND, position: 4, important: true });
		vi.advanceTimersByTime(SETTLE_MS - 1);
		await tick();
		expect(button()).toBeDisabled();
		vi.advanceTimersByTime(1);
		await tick();
		expect(button()).toBeEnabled();
		await fireEvent.click(button());
		expect(onanswer).toHaveBeenCalledTimes(2);
	});

	it('moves focus to the new heading and closes "Les mer"', async () => {
		const { rerender } = setup();
		const details = () => screen.getByText('Les mer').closest('details')!;
		details().open = true;
		await rerender({ statement: SECOND, position: 4 });
		expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(SECOND.text);
		expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
		expect(details().open).toBe(false);
	});

	describe('"Les mer"', () => {
		const details = () => screen.getByText('Les mer').closest('details')!;
		const open = async () => {
			details().open = true;
			await fireEvent(details(), new Event('toggle'));
		};

		it('shows the background once it has loaded, and asks for nothing more', async () => {
			const { onwantbackground } = setupWithBackground({ background: 'Bakgrunn.' });
			await open();
			expect(details()).toHaveTextContent('Bakgrunn.');
			expect(screen.queryByRole('status')).toBeNull();
			expect(onwantbackground).not.toHaveBeenCalled();
		});

		it('opened before the backgrounds have loaded: says they are coming and asks for them', async () => {
			const { onwantbackground, rerender } = setupWithBackground({ background: undefined });
			await open();
			expect(screen.getByRole('status')).toHaveTextContent(m.quiz.backgroundLoading);
			expect(onwantbackground).toHaveBeenCalledTimes(1);
			// They arrive: the text replaces the line, in the same open disclosure.
			await rerender({ background: 'Bakgrunn.' });
			expect(details().open).toBe(true);
			expect(details()).toHaveTextContent('Bakgrunn.');
			expect(screen.queryByRole('status')).toBeNull();
		});

		it('when they could not be loaded: says so and tries again on request', async () => {
			const { onwantbackground } = setupWithBackground({
				background: undefined,
				backgroundFailed: true
			});
			await open();
			expect(screen.getByRole('alert')).toHaveTextContent(m.quiz.backgroundFailed);
			expect(onwantbackground).not.toHaveBeenCalled();
			await fireEvent.click(screen.getByRole('button', { name: m.quiz.retry }));
			expect(onwantbackground).toHaveBeenCalledTimes(1);
		});

		it('is not there for a statement without a background', () => {
			setup({ statement: { ...SECOND, hasBackground: undefined } });
			expect(screen.queryByText('Les mer')).toBeNull();
		});
	});
});

function setupWithBackground(overrides: Record<string, unknown>) {
	const onwantbackground = vi.fn();
	return { ...setup({ onwantbackground, ...overrides }), onwantbackground };
}
