/**
 * How long the answer and skip buttons ignore taps after the statement changes, so that a
 * double tap answers one statement only (a held key is caught by `event.repeat` instead).
 * Short enough that a voter who reads and answers never meets it.
 */
export const SETTLE_MS = 350;
