// See https://svelte.dev/docs/kit/types#app.d.ts
import type { QuizPlace } from '#lib/quiz/index.ts';

declare global {
	namespace App {
		interface PageState {
			/** The quiz's place in this history entry (the back button steps through the quiz). */
			quiz?: QuizPlace;
		}
	}
}

export {};
