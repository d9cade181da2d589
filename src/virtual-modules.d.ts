// Modules the build makes (vite.config.ts plugins); an ambient file, so no top-level imports.

declare module 'virtual:valgomat/dataset/*' {
	/** The resolved content of one language (scripts/vite-dataset.ts). */
	export const dataset: import('#lib/content/types.ts').Dataset;
}

declare module 'virtual:valgomat/backgrounds/*' {
	/** The statements' backgrounds in one language, by id (scripts/vite-dataset.ts). */
	export const backgrounds: import('#lib/quiz/content.ts').StatementBackgrounds;
}
