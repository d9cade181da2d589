import { partyEntries, resultPage } from '../page-data.ts';

export const entries = () => partyEntries();

export const load = ({ params, url }) => resultPage(params.edition, params.party, url);
