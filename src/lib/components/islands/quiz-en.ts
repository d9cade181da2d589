// The quiz page's script in this language (see scripts/vite-island.ts).
import { first } from '#lib/messages/en/first.ts';
import { startQuiz } from './quiz-island.ts';

startQuiz('en', first);
