import { partyEntries, resultPage } from '../page-data.ts';

export const entries = () => partyEntries();

export const load = ({ params }) => resultPage(params.edition, params.party);
