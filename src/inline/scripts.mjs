// Scripts that ship inline and unbundled live in the files beside this one. Components render them
// through `minifyInline` (raw imports); astro.config.mjs hashes the same text into the Content-Security-Policy, so
// they run without allowing 'unsafe-inline'. A new inline script must be listed here too.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { minifyInline } from './minify.mjs';

const read = (name) => minifyInline(readFileSync(new URL(`./${name}`, import.meta.url), 'utf8'));

export const inlineScripts = {
  onDemand: read('on-demand.js'),
  searchPage: read('search-page.js'),
  timelineFilter: read('timeline-filter.js'),
};

/** CSP source expressions ('sha256-…') for every inline script. */
/** @type {`sha256-${string}`[]} */
export const inlineScriptHashes = Object.values(inlineScripts).map((source) => /** @type {`sha256-${string}`} */ (`sha256-${createHash('sha256').update(source).digest('base64')}`));
