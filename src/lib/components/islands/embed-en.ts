// The embedded quiz's script in this language (see scripts/vite-island.ts).
import { first } from '#lib/messages/en/first.ts';
import { startEmbed } from './embed-island.svelte.ts';

startEmbed('en', first);
