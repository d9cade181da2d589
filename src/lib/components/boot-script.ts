import { STORAGE_KEY } from '#lib/quiz/keys.ts';

/**
 * The `<meta name>` a quiz page lists the results' files in (its island's later files, see
 * src/routes/island.server.ts): data, read by the script below, never run.
 */
export const RESULTS_FILES_META = 'valgomat:results-files';

/**
 * The one inline script of our own, in the quiz page's <head>: before the page paints it marks
 * whether answers are stored (`<html data-quiz="new|stored">`), so a returning voter sees
 * "loading" instead of the prerendered intro until their place is restored, and that scripts
 * run at all (without them the Start button is hidden and `<noscript>` explains). For a returning
 * voter it also starts loading the results' files the page lists ({@link RESULTS_FILES_META}),
 * so they arrive with the quiz's own instead of after it (the quiz opens where it was left, often
 * on the results). A stylesheet's preload is `crossorigin` as the stylesheet link the results'
 * code adds (Vite's), or the browser would not use it and fetch the file again. A constant: the Content-Security-Policy (vite.config.ts) allows exactly this
 * text by its hash.
 */
export const QUIZ_MARKER_SCRIPT =
	`(function(){var d=document,q='new';try{if(localStorage.getItem(${JSON.stringify(STORAGE_KEY)})!==null)q='stored'}catch(e){}` +
	`d.documentElement.dataset.quiz=q;var f=d.querySelector('meta[name="${RESULTS_FILES_META}"]');` +
	`if(q==='stored'&&f)f.content.split(' ').forEach(function(h){var l=d.createElement('link'),c=/\\.css$/.test(h);` +
	`l.rel=c?'preload':'modulepreload';if(c){l.as='style';l.crossOrigin=''}l.href=h;d.head.appendChild(l)})})()`;
