/**
 * The deal registration schemas and their checks: loaded on demand by the deal client only (the
 * directory's pages never download them).
 */
export { dealSchemas } from '@flywheel/contract/browser';
export { validateJson } from '@flywheel/contract/browser';
export { validateResponse } from '../response-validation.js';
