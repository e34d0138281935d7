/**
 * What the directory needs only once its data is there — the search engine, the filter panel and the
 * cards — as one on-demand chunk, fetched while the index downloads (one request, compressed together).
 */
export { createDirectorySearch } from '@flywheel/sdk/directory-search';
export { renderPartnerCard } from '../partner-card/render-partner-card.js';
export { renderCardWindow } from './render-card-window.js';
export { renderFacets } from './render-facets.js';
