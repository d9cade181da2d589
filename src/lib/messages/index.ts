import { nb } from './nb.ts';

/** The shape every locale must have. */
export type Messages = typeof nb;

/** The active locale's messages. Bokmål is the only locale today. */
export const m: Messages = nb;
