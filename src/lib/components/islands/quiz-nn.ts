// The quiz page's script in this language (see scripts/vite-island.ts).
import { first } from '#lib/messages/nn/first.ts';
import { startQuiz } from './quiz-island.ts';

startQuiz('nn', first);
