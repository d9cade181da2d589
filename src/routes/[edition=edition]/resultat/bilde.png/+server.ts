import { previewResponse } from '../preview-image.ts';
import { editionEntries } from '../page-data.ts';

export const prerender = true;
export const entries = () => editionEntries();

export const GET = ({ params }) => previewResponse(params.edition, null);
