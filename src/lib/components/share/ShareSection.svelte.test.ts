import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { m } from '#lib/messages/index.ts';
import { datasetOf } from '#lib/results/test-support.ts';
import { resultsView } from '#lib/results/index.ts';
import { decodeShare } from '#lib/share/index.ts';
import ShareSection from './ShareSection.svelte';

const dataset = datasetOf({
	a: { name: 'Alfa', stances: [2, 2, 1, -1] },
	b: { name: 'Beta', stances: [-2, -1, 1, 2] }
});
const edition = dataset.editions[0]!;
const answers = Object.fromEntries(
	['s1', 's2', 's3'].map((id) => [id, { stance: 2 as const, important: id === 's2' }])
);

function setup() {
	render(ShareSection, { dataset, edition, answers, view: resultsView(dataset, edition, answers) });
	return screen.getByRole('button', { name: m.share.shareButton });
}

/** The code of a shared link, decoded against the dataset. */
const decoded = (link: string) => decodeShare(new URL(link).hash.slice(1), dataset);

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('ShareSection', () => {
	it('says what the link holds, and copies the link with the answers in its fragment', async () => {
		const writeText = vi.fn((_text: string) => Promise.resolve());
		vi.stubGlobal('navigator', { clipboard: { writeText } });
		await fireEvent.click(setup());
		expect(screen.getByText(m.share.contains)).toBeInTheDocument();
		await vi.waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(m.share.copied));
		const link = writeText.mock.calls[0]![0];
		// The top party (Alfa) in the path, on the page's own origin; the answers only after `#`.
		expect(link).toMatch(new RegExp(`^${location.origin}/oslo/resultat/a/#1`));
		expect(decoded(link)).toEqual({
			ok: true,
			edition: 'oslo',
			answers,
			updated: false,
			dropped: 0
		});
		expect(screen.queryByRole('textbox')).toBeNull();
	});

	it('uses the share sheet where the browser offers it, and stops when the voter closes it', async () => {
		const share = vi.fn(() => Promise.reject(new DOMException('closed', 'AbortError')));
		const writeText = vi.fn(() => Promise.resolve());
		vi.stubGlobal('navigator', { share, canShare: () => true, clipboard: { writeText } });
		await fireEvent.click(setup());
		await vi.waitFor(() => expect(share).toHaveBeenCalledOnce());
		expect(writeText).not.toHaveBeenCalled();
		expect(screen.getByRole('status')).toHaveTextContent('');
	});

	it('falls back to a selectable field when neither share nor clipboard is allowed', async () => {
		const share = vi.fn(() => Promise.reject(new DOMException('no', 'NotAllowedError')));
		const writeText = vi.fn(() => Promise.reject(new DOMException('no', 'NotAllowedError')));
		vi.stubGlobal('navigator', { share, canShare: () => true, clipboard: { writeText } });
		await fireEvent.click(setup());
		const field = await screen.findByRole('textbox', { name: m.share.manualLabel });
		expect(writeText).toHaveBeenCalledOnce();
		expect(decoded((field as HTMLInputElement).value)).toMatchObject({ ok: true, answers });
		await vi.waitFor(() => expect(document.activeElement).toBe(field));
	});

	it('names what each download shows', () => {
		setup();
		for (const label of Object.values(m.share.downloads)) {
			expect(screen.getByRole('button', { name: label })).toBeInTheDocument();
		}
	});
});
