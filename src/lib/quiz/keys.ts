/**
 * The storage key of the quiz record, in a module of its own so a page that only reads the
 * record (the start page's "Fortsett der du slapp") does not load the statechart with it.
 * `store.ts` re-exports it.
 */
export const STORAGE_KEY = 'valgomat:quiz';
