// The search bundle: everything search needs, built to a stable address (search/search.js) by
// src/integrations/on-demand-bundles.mjs and imported (src/client/inline/on-demand.js) only when a reader opens search.
export { openSearchDialog } from './dialog';
export { mountSearch } from './ui';
export { highlightWords } from './highlight';
