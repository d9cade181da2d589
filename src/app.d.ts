// See https://svelte.dev/docs/kit/types#app.d.ts
// No Kit page state: the quiz keeps its places in its own history entries (an island,
// src/lib/components/islands/history.svelte.ts).

export {};
