import { editionEntries, resultPage } from './page-data.ts';

export const entries = () => editionEntries();

export const load = ({ params }) => resultPage(params.edition, null);
