/**
 * How an island's page hands its props to the island's module: as JSON in a
 * `<script type="application/json">` beside the island (data, never run; a Content-Security-
 * Policy does not apply to it). The page's server code writes it, the module reads it.
 */

/** The element an island hydrates, and the one holding its props. */
export const ISLAND_ID = 'island';
export const ISLAND_PROPS_ID = 'island-props';

/** `props` as the text of a JSON script element: `<` escaped, so no text can close the element. */
export function propsScript(props: unknown): string {
	return JSON.stringify(props).replace(/</g, '\\u003c');
}

/** The props the page wrote (see {@link propsScript}). */
export function readProps<T>(): T {
	const element = document.getElementById(ISLAND_PROPS_ID);
	if (element?.textContent == null)
		throw new Error(`#${ISLAND_PROPS_ID}: the island's props are missing`);
	return JSON.parse(element.textContent) as T;
}

/** The element the island hydrates. */
export function islandTarget(): HTMLElement {
	const element = document.getElementById(ISLAND_ID);
	if (element === null) throw new Error(`#${ISLAND_ID}: the island's element is missing`);
	return element;
}

/**
 * The site's root as an address path ("/"), from the root the page was rendered with (relative
 * to it, "../"): links an island draws start there, as on Kit's pages.
 */
export function islandRoot(relative: string): string {
	return new URL(relative, document.baseURI).pathname;
}
