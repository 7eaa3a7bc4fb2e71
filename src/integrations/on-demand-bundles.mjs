// Builds the code that loads only when a reader needs it to stable addresses, after the site build:
// search (search/search.js + search.css), figure interaction (enhance/figures.js + figures.css) and glossary-term
// definitions (enhance/terms.js + terms.css). Every page carries one small inline loader
// (src/client/inline/on-demand.js) that imports these with a plain dynamic import(), so no module loader or preload
// helper ships on every page, which keeps a section inside its 14 KB first-view budget.
import { build } from 'esbuild';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withTrailingSlash } from '../lib/base-path.mjs';
import { dictionaries } from '../i18n/index.ts';

const source = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));

/** Output path under dist/ (without .js), entry module and optional stylesheet, all under src/. */
export const bundles = [
  { out: 'search/search', entry: 'client/search/entry.ts', css: 'client/search/search.css' },
  { out: 'enhance/figures', entry: 'client/figures/entry.ts', css: 'client/figures/enhance.css' },
  { out: 'enhance/terms', entry: 'client/terms/entry.ts', css: 'client/terms/terms.css' },
];

// The term popover's own words ("Close", "Full entry in the glossary"…), in every language, from the dictionaries:
// only these keys ship in its bundle (src/client/terms/words.ts), not the whole interface of every language.
const popoverWords = Object.fromEntries(
  Object.entries(dictionaries).map(([locale, words]) => [
    locale,
    Object.fromEntries(Object.entries(words).filter(([key]) => key.startsWith('termPopover.'))),
  ]),
);

export default function onDemandBundles() {
  let base = '/';
  return {
    name: 'on-demand-bundles',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = withTrailingSlash(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        for (const bundle of bundles) {
          const out = fileURLToPath(new URL(bundle.out, dir));
          await mkdir(dirname(out), { recursive: true });
          await build({
            entryPoints: [source(bundle.entry)],
            bundle: true,
            format: 'esm',
            minify: true,
            target: 'es2022',
            outfile: `${out}.js`,
            define: {
              'import.meta.env.BASE_URL': JSON.stringify(base),
              __TERM_POPOVER_WORDS__: JSON.stringify(popoverWords),
            },
            logLevel: 'warning',
          });
          // Minified like the scripts: the source keeps its comments and one rule a line for people.
          if (bundle.css) {
            await build({
              entryPoints: [source(bundle.css)],
              bundle: true,
              minify: true,
              outfile: `${out}.css`,
              logLevel: 'warning',
            });
          }
        }
        logger.info(`on-demand bundles written: ${bundles.map((bundle) => `${bundle.out}.js`).join(', ')}`);
      },
    },
  };
}
