/**
 * Reading the site configuration (`content/site.yaml`) from disk. Node-only (node:fs); the
 * parser beside it is pure. Server `load` functions call `loadSite()`, so a broken file fails
 * `vite build` with file, field and line.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_LOCALE, type Locale } from '../locales.ts';
import { ContentError } from '../schema.ts';
import { parseSiteFile, siteIn, type SiteConfig, type SiteFile } from './schema.ts';

/** The site configuration, relative to the repository root. */
export const SITE_FILE = 'content/site.yaml';

/**
 * The site configuration in `locale` (default bokmål) from `file` (default
 * `content/site.yaml`) under `root` (default: the current directory). Throws a
 * `ContentError` naming `file` when it is missing, unreadable or invalid.
 */
export function loadSite(
	locale: Locale = DEFAULT_LOCALE,
	root: string = process.cwd(),
	file: string = SITE_FILE
): SiteConfig {
	return siteIn(loadSiteFile(root, file), locale);
}

/** The site configuration file as written, with its translations (for `content:check`). */
export function loadSiteFile(root: string = process.cwd(), file: string = SITE_FILE): SiteFile {
	let bytes: Uint8Array;
	try {
		bytes = readFileSync(resolve(root, file));
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new ContentError(file, [
			{
				path: '',
				message:
					code === 'ENOENT'
						? 'the file does not exist (it says who publishes the valgomat; see content/README.md)'
						: `the file cannot be read (${code ?? String(error)})`
			}
		]);
	}
	return parseSiteFile(bytes, file);
}
