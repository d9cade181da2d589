import { previewResponse } from '../../preview-image.ts';
import { partyEntries } from '../../page-data.ts';

export const prerender = true;
export const entries = () => partyEntries();

export const GET = ({ params }) => previewResponse(params.edition, params.party);
