/**
 * The start page's script (an island without Svelte, see scripts/vite-island.ts; one entry per
 * language, `home-<locale>.ts`): the page is prerendered whole, and this only
 * - sends `?omrade=<area>` on to that area's quiz (the address leaves the history), and says so,
 *   without repeating it, when the area is unknown (it could be any text a link put there);
 * - offers "Fortsett der du slapp" when answers are stored, read without the dataset
 *   (`resumeSummary`: ids and hashes only).
 * It reads the storage and writes text only (`textContent`): nothing from outside is markup.
 */
import { m, type Locale } from '#lib/messages/index.ts';
import { paths } from '#lib/paths.ts';
import { REGIONS } from '#lib/pledges/types.ts';
// Straight from the modules, not the quiz's index: the start page must not load the statechart.
import { STORAGE_KEY } from '#lib/quiz/keys.ts';
import { parseRecord } from '#lib/quiz/record-parse.ts';
import { resumeSummary } from '#lib/quiz/resume.ts';
import { safeStorage } from '#lib/quiz/storage.ts';
import { HOME_ELEMENTS, type HomeIslandProps } from './home-props.ts';
import { openIsland } from './open.ts';

function element(id: string): HTMLElement {
	const found = document.getElementById(id);
	if (found === null) throw new Error(`#${id}: the start page's element is missing`);
	return found;
}

/** Runs the start page in `locale`, whose first words (`first.ts`) are `words`. */
export function startHome(locale: Locale, words: object): void {
	const props = openIsland<HomeIslandProps>(locale, words);
	const value = new URL(window.location.href).searchParams.get('omrade');
	if (value !== null) {
		const edition = REGIONS.find((region) => region === value.trim().toLowerCase());
		if (edition) {
			window.location.replace(paths.edition(edition));
			return;
		}
		element(HOME_ELEMENTS.unknownArea).hidden = false;
	}

	const raw = safeStorage(() => window.localStorage).getItem(STORAGE_KEY);
	const parsed = raw === null ? null : parseRecord(raw);
	const resume = parsed?.ok
		? resumeSummary(parsed.record, props.resume, { now: Date.now() })
		: null;
	const edition = props.resume.find((e) => e.id === resume?.edition);
	if (resume !== null && edition) {
		element(HOME_ELEMENTS.progress).textContent = m.home.resume.progress(
			resume.answered,
			resume.total,
			edition.name
		);
		const link = element(HOME_ELEMENTS.resumeLink) as HTMLAnchorElement;
		link.href = paths.edition(edition.id as (typeof REGIONS)[number]);
		link.textContent =
			resume.step === 'results'
				? m.home.resume.showResults(edition.name)
				: m.home.resume.continueQuiz(edition.name);
		element(HOME_ELEMENTS.resume).hidden = false;
	}
	element(HOME_ELEMENTS.editions).dataset.hydrated = 'true';
}
