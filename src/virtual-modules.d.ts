// Modules the build makes (vite.config.ts plugins); an ambient file, so no top-level imports.

declare module 'virtual:valgomat/dataset/*' {
	/** The resolved content of one language (scripts/vite-dataset.ts). */
	export const dataset: import('#lib/content/types.ts').Dataset;
}
