// The figures bundle: built to enhance/figures.js by src/integrations/on-demand-bundles.mjs and imported by
// the page's loader (src/client/inline/on-demand.js) when a chart first comes near the screen.
export { enhanceFigures } from './enhance';
