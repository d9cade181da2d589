import { hash7 } from '#lib/hash.ts';

/**
 * The hash of a statement's bokmål text (`Statement.hash`): stored beside each answer and folded
 * into share codes, so a reworded statement drops its answers while a translation keeps them.
 * FNV-1a 32 of the UTF-8 bytes, 7 base-36 digits (`hash7`).
 */
export const statementHash: (text: string) => string = hash7;
