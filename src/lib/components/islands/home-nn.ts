// The start page's script in this language (see scripts/vite-island.ts).
import { first } from '#lib/messages/nn/first.ts';
import { startHome } from './home-island.ts';

startHome('nn', first);
