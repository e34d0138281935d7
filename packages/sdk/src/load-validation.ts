import { onDemand } from './on-demand.js';

/**
 * The contract's JSON Schemas and their validator, loaded on first use: in a bundled page they are a
 * separate chunk fetched alongside the first request, so they never delay a widget's first render.
 * Resources call this before sending, so the chunk and the response travel at the same time.
 */
export const loadValidation = onDemand(() => import('./response-validation.js'), 'response validation');
