import { STORAGE_KEY } from '#lib/quiz/keys.ts';

/**
 * The one inline script of our own, in the quiz page's <head>: before the page paints it marks
 * whether answers are stored (`<html data-quiz="new|stored">`), so a returning voter sees
 * "loading" instead of the prerendered intro until their place is restored, and that scripts
 * run at all (without them the Start button is hidden and `<noscript>` explains). A constant:
 * the Content-Security-Policy (vite.config.ts) allows exactly this text by its hash.
 */
export const QUIZ_MARKER_SCRIPT = `try{document.documentElement.dataset.quiz=localStorage.getItem(${JSON.stringify(STORAGE_KEY)})===null?'new':'stored'}catch(e){document.documentElement.dataset.quiz='new'}`;
