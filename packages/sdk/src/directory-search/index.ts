export { createDirectorySearch } from './directory-search.js';
export type {
  DirectoryFilters,
  DirectoryQuery,
  DirectoryResult,
  DirectorySearch,
  DirectorySearchOptions,
  FacetCount,
} from './types.js';
