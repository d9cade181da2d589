/**
 * Bokmål text of the methodology page ("Slik fungerer valgomaten"). Part of the
 * messages module: `m.methodology`.
 */
export const methodology = {};
