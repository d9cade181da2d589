import { nb } from './nb/index.ts';

export type { Format, Locale } from './format.ts';
export { createFormat } from './format.ts';

/** The shape every locale must have. */
export type Messages = typeof nb;

/** The active locale's messages. Bokmål is the only locale today. */
export const m: Messages = nb;
