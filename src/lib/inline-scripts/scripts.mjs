// Scripts that ship inline and unbundled: every .js file in src/client/inline/, each under its file name. That
// folder is the registry: a new inline script needs no list. Pages render one with inlineScript() (index.ts, which
// reads the folder through Vite); astro.config.mjs hashes the same minified text into the
// Content-Security-Policy from here, so they run without allowing 'unsafe-inline'.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { minifyInline } from './minify.mjs';

const folder = new URL('../../client/inline/', import.meta.url);

/** Minified text of every inline script, by file name without .js. */
export const inlineScripts = Object.fromEntries(
  readdirSync(folder)
    .filter((name) => name.endsWith('.js'))
    .map((name) => [name.replace(/\.js$/, ''), minifyInline(readFileSync(new URL(name, folder), 'utf8'))]),
);

/** CSP source expressions ('sha256-…') for every inline script. */
/** @type {`sha256-${string}`[]} */
export const inlineScriptHashes = Object.values(inlineScripts).map(
  (source) => /** @type {`sha256-${string}`} */ (`sha256-${createHash('sha256').update(source).digest('base64')}`),
);
