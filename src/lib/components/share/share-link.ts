/**
 * The share chain: the Web Share API where the browser offers it for a link, else the
 * clipboard, else nothing (the caller shows the link in a selectable field). Inside an iframe
 * without `web-share` or `clipboard-write` permission both refuse; every refusal is caught, so
 * the chain falls through without an error.
 */

/**
 * How sharing went: `shared` through the share sheet, `cancelled` by the voter there (nothing
 * else is tried), `copied` to the clipboard, or `manual`: the voter copies the link.
 */
export type ShareOutcome = 'shared' | 'cancelled' | 'copied' | 'manual';

export async function shareLink(url: string, title: string): Promise<ShareOutcome> {
	const data = { url, title };
	if (typeof navigator.share === 'function' && navigator.canShare?.(data) === true) {
		try {
			await navigator.share(data);
			return 'shared';
		} catch (error) {
			// AbortError: the voter closed the sheet. NotAllowedError (no permission, no user
			// activation) and anything else: try the clipboard.
			if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
		}
	}
	try {
		if (navigator.clipboard === undefined) return 'manual';
		await navigator.clipboard.writeText(url);
		return 'copied';
	} catch {
		return 'manual';
	}
}
