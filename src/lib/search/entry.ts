// The search bundle: everything search needs, built to a stable address (search/search.js) by
// src/integrations/search-bundle.mjs and imported only when a reader opens search.
export { openSearchDialog } from './dialog';
export { mountSearch } from './ui';
export { highlightFromUrl } from './highlight';
