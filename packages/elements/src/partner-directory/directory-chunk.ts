/**
 * What the directory needs only once its data is there — the search engine and the filter panel —
 * as one on-demand chunk, fetched while the index downloads (one request, compressed together).
 */
export { createDirectorySearch } from '@flywheel/sdk/directory-search';
export { renderFacets } from './render-facets.js';
