import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * The Chromium every browser test drives: `CHROME_PATH`, else Debian's.
 * Nothing here downloads a browser; when none is found we fail with the fix.
 */
export function chromiumPath(): string {
	const fromEnv = process.env.CHROME_PATH;
	if (fromEnv) {
		if (!existsSync(fromEnv))
			throw new Error(`CHROME_PATH points to ${fromEnv}, which does not exist.`);
		return fromEnv;
	}
	const found = CANDIDATES.find((p) => existsSync(p));
	if (found) return found;
	throw new Error(
		"No Chromium found for the browser tests. Install Debian's: `apt-get install chromium`, or set CHROME_PATH to a Chromium or Chrome binary."
	);
}

/** Flags that keep Chromium quiet on a closed network. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic'
];
