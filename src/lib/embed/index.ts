export * from './contrast.ts';
export * from './height.ts';
export * from './params.ts';
export * from './snippets.ts';
