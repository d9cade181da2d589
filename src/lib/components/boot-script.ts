import { STORAGE_KEY } from '#lib/quiz/keys.ts';

/**
 * The `<meta name>` a quiz page lists the results' files in (its island's later files, see
 * src/routes/island.server.ts): data, read by the script below, never run.
 */
export const RESULTS_FILES_META = 'valgomat:results-files';

/**
 * The value of `<html data-queued>` once the voter tapped Start before the quiz's scripts ran:
 * the quiz starts as soon as they have (Quiz.svelte), and the button says it is loading.
 */
export const QUEUED_START = 'start';

/**
 * The one inline script of our own, in the quiz page's <head>: before the page paints it marks
 * whether answers are stored (`<html data-quiz="new|stored">`), so a returning voter sees
 * "loading" instead of the prerendered intro until their place is restored, and that scripts
 * run at all (without them the Start button is hidden and `<noscript>` explains). For a returning
 * voter it also starts loading the results' files the page lists ({@link RESULTS_FILES_META}),
 * so they arrive with the quiz's own instead of after it (the quiz opens where it was left, often
 * on the results). A stylesheet's preload is `crossorigin` as the stylesheet link the results'
 * code adds (Vite's), or the browser would not use it and fetch the file again. And it keeps a
 * tap on Start made before the quiz's own scripts have run (a slow phone shows the prerendered
 * intro well before): the page is marked ({@link QUEUED_START}), the button says it is loading
 * (its `data-loading` words, and `aria-busy`), and the quiz starts once hydrated instead of the
 * tap being lost. A constant: the Content-Security-Policy (vite.config.ts) allows exactly this
 * text by its hash.
 */
export const QUIZ_MARKER_SCRIPT =
	`(function(){var d=document,r=d.documentElement,q='new';try{if(localStorage.getItem(${JSON.stringify(STORAGE_KEY)})!==null)q='stored'}catch(e){}` +
	`r.dataset.quiz=q;var f=d.querySelector('meta[name="${RESULTS_FILES_META}"]');` +
	`if(q==='stored'&&f)f.content.split(' ').forEach(function(h){var l=d.createElement('link'),c=/\\.css$/.test(h);` +
	`l.rel=c?'preload':'modulepreload';if(c){l.as='style';l.crossOrigin=''}l.href=h;d.head.appendChild(l)});` +
	`d.addEventListener('click',function(e){var b=e.target&&e.target.closest&&e.target.closest('.quiz[data-hydrated="false"] .start');` +
	`if(b){r.dataset.queued='${QUEUED_START}';b.setAttribute('aria-busy','true');b.textContent=b.getAttribute('data-loading')}},true)})()`;
