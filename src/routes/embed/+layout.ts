/** Inside another site's article: the root layout leaves out the site's header and footer. */
export const load = () => ({ chrome: false as const });
