// The embedded quiz's script in this language (see scripts/vite-island.ts).
import { first } from '#lib/messages/nn/first.ts';
import { startEmbed } from './embed-island.svelte.ts';

startEmbed('nn', first);
