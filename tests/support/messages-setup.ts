/**
 * Tests render components and words without the root layout, which sets the page's messages
 * on the site: here they are bokmål, as on the site's default pages.
 */
import { useMessages } from '#lib/messages/index.ts';
import { nb } from '#lib/messages/nb/index.ts';

useMessages(nb);
