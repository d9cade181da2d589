/**
 * The worker that searches "what would change" (scoring's `whatWouldChange`, with the options
 * the results show) for the ranking result it is sent, and sends back the search's answer. The
 * search is the results' one computation that can take a slow phone a long task; here it takes
 * none of the page's main thread. Started by `what-if-search.ts`.
 */
import { WHAT_IF_OPTIONS } from '#lib/results/index.ts';
import { whatWouldChange, type RankingResult } from '#lib/scoring/index.ts';

addEventListener('message', (event: MessageEvent<RankingResult>) => {
	postMessage(whatWouldChange(event.data, WHAT_IF_OPTIONS));
});
