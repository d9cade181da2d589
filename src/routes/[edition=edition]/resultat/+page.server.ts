import { editionEntries, resultPage } from './page-data.ts';

export const entries = () => editionEntries();

export const load = ({ params, url }) => resultPage(params.edition, null, url);
