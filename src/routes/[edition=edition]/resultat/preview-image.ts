/**
 * The link preview image of a result page, rendered at build time (server only): one image for
 * every language, in bokmål (the pages of every language point to it).
 */
import { nb } from '#lib/messages/nb/index.ts';
import { renderPreview } from '#lib/share/load.ts';
import { previewTree } from '#lib/share/preview.ts';
import { resultTarget } from './page-data.ts';

/** The band's colour for a result without one top party: neutral grey, no party's colour. */
const NEUTRAL = '#6b7685';

export async function previewResponse(
	editionId: string,
	partyId: string | null
): Promise<Response> {
	const { edition, party } = resultTarget(editionId, partyId);
	const png = await renderPreview(
		previewTree(
			{
				kicker: nb.share.preview.kicker(edition.name),
				title: nb.share.preview.title(party?.name ?? null),
				lead: nb.share.preview.lead
			},
			party?.colour ?? NEUTRAL
		)
	);
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
}
