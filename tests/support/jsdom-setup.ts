import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/svelte';

// `findBy…` and `waitFor` wait for something that will happen (the results' code loading and
// drawing in parts, say); on a busy 2-core machine the first dynamic import of the results'
// modules alone can take over a second. A generous limit keeps them waiting for the event
// rather than for a speed: a test still fails if the thing never happens.
configure({ asyncUtilTimeout: 10_000 });
