// The start page's script in this language (see scripts/vite-island.ts).
import { first } from '#lib/messages/en/first.ts';
import { startHome } from './home-island.ts';

startHome('en', first);
