// Builds the search code to a stable address, dist/search/search.js (+ search.css), after the site build.
// Pages then load it with one plain dynamic import when a reader opens search: no loader or preload
// helper ships on every page, which keeps a section inside its 14 KB first-view budget.
import { build } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export default function searchBundle() {
  let base = '/';
  return {
    name: 'search-bundle',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(new URL('search/', dir));
        await mkdir(out, { recursive: true });
        await build({
          entryPoints: [fileURLToPath(new URL('../lib/search/entry.ts', import.meta.url))],
          bundle: true,
          format: 'esm',
          minify: true,
          target: 'es2022',
          outfile: `${out}search.js`,
          define: { 'import.meta.env.BASE_URL': JSON.stringify(base) },
          logLevel: 'warning',
        });
        await copyFile(fileURLToPath(new URL('../lib/search/search.css', import.meta.url)), `${out}search.css`);
        logger.info('search bundle written to search/search.js');
      },
    },
  };
}
