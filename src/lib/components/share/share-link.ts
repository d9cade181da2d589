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

/** The document's permissions policy, where the browser exposes it (Chromium). */
interface PolicyDocument {
	permissionsPolicy?: { allowsFeature(feature: string): boolean };
	featurePolicy?: { allowsFeature(feature: string): boolean };
}

/**
 * Whether the permissions policy lets this document use `feature`: false in an iframe embedded
 * without `allow="<feature>"`, where Chromium would log a violation for the call. Unknown: yes
 * (the call's own rejection is caught).
 */
function allowed(feature: 'web-share' | 'clipboard-write'): boolean {
	const policy = document as Document & PolicyDocument;
	return (policy.permissionsPolicy ?? policy.featurePolicy)?.allowsFeature(feature) ?? true;
}

export async function shareLink(url: string, title: string): Promise<ShareOutcome> {
	const data = { url, title };
	if (
		typeof navigator.share === 'function' &&
		navigator.canShare?.(data) === true &&
		allowed('web-share')
	) {
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
		if (navigator.clipboard === undefined || !allowed('clipboard-write')) return 'manual';
		await navigator.clipboard.writeText(url);
		return 'copied';
	} catch {
		return 'manual';
	}
}
