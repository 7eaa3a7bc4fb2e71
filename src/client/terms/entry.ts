// The glossary-term bundle: built to enhance/terms.js by src/integrations/on-demand-bundles.mjs and imported
// by the page's loader (src/client/inline/on-demand.js) on a reader's first click on a term.
export { toggleTerm } from './popover';
