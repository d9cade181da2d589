/**
 * The storage key of the quiz record, in a module of its own so a page that only reads the
 * record (the start page's "Fortsett der du slapp") does not load the statechart with it.
 * `restore.ts` still declares the same key (a test checks they agree); on merge it should
 * re-export this one instead.
 */
export const STORAGE_KEY = 'valgomat:quiz';
