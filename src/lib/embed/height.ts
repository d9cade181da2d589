/**
 * The messages the embedded page sends its host: its height, and nothing else, in the two
 * formats newsroom pages already listen for. Datawrapper's embed script reads
 * `{"datawrapper-height": {"<id>": <px>}}`; pym.js parents read `pymxPYMx<id>xPYMxheightxPYMx<px>`.
 * The loader `/embed.js` reads the Datawrapper form (and checks `event.source`).
 */

/** Both height messages for the embed `id` (validated: see `EMBED_ID`) at `height` CSS pixels. */
export function heightMessages(id: string, height: number): [DatawrapperHeight, string] {
	const px = Math.ceil(height);
	return [{ 'datawrapper-height': { [id]: px } }, `pymxPYMx${id}xPYMxheightxPYMx${px}`];
}

export interface DatawrapperHeight {
	'datawrapper-height': Record<string, number>;
}

/**
 * The height a message carries, if it is a Datawrapper height message (any id), else undefined.
 * For a host that checked `event.source` already: the editors' page preview.
 */
export function readHeight(data: unknown): number | undefined {
	if (typeof data !== 'object' || data === null || !('datawrapper-height' in data)) return;
	const heights = data['datawrapper-height'];
	if (typeof heights !== 'object' || heights === null) return;
	const value = Object.values(heights)[0];
	return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}
