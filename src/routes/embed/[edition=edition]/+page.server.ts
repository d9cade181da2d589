// The same data as the edition's own quiz page: the same prerendered first screen.
export { entries, load } from '../../[edition=edition]/+page.server.ts';
