/**
 * What changes when the quiz runs inside another site's article (`/embed/`): links to the
 * site's other pages (sources, the methodology) open in a new tab instead of replacing the
 * embed, links to another edition stay inside the embed with its options, and `plain` hides the
 * intro text. The embed layout sets it (and an embedded quiz's island, which has no layout in
 * the browser); everywhere else the standalone defaults apply.
 */
import { getContext, setContext } from 'svelte';
import { paths } from '#lib/paths.ts';
import type { RegionId } from '#lib/pledges/types.ts';

export interface Embedding {
	/** Attributes for a link to another page (in an embed: a new tab). */
	readonly away: { target?: '_blank'; rel?: 'noopener' };
	/** The link to an edition's quiz. */
	edition(id: RegionId): string;
	/** The link from the quiz of `from` to another edition's (the answers come along). */
	switchEdition(id: RegionId, from: RegionId): string;
	/** Hide the intro text (the embed's `plain`). */
	readonly plain: boolean;
}

const KEY = Symbol('embedding');
// Read at each call: `paths` is the page's language's (set by the root layout as it renders).
const STANDALONE: Embedding = {
	away: {},
	edition: (id) => paths.edition(id),
	switchEdition: (id, from) => paths.switchEdition(id, from),
	plain: false
};

/** Called by the embed layout during its initialisation. */
export function setEmbedding(embedding: Embedding): void {
	setContext(KEY, embedding);
}

/** The context an embedded component is mounted or hydrated with, outside any layout. */
export function embeddingContext(embedding: Embedding): Map<symbol, Embedding> {
	return new Map([[KEY, embedding]]);
}

/** How this page links (call during component initialisation). */
export function embedding(): Embedding {
	return getContext<Embedding | undefined>(KEY) ?? STANDALONE;
}
