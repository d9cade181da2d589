/** The link preview image of a result page, rendered at build time (server only). */
import { m } from '#lib/messages/index.ts';
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
				kicker: m.share.preview.kicker(edition.name),
				title: m.share.preview.title(party?.name ?? null),
				lead: m.share.preview.lead
			},
			party?.colour ?? NEUTRAL
		)
	);
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
}
