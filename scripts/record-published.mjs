// Adds every page and every anchor people share (discussion questions, figures, glossary terms, timeline
// milestones, corrections, and headings: search results and readers link to headings too) of the current build to
// content/published.json. The markup names the shared anchors with data-shared-anchor; this reads only that.
// It only ever adds: an address that was published stays in the list for good, and the tests then
// require it to keep working (as a page or a redirect). Run after `npm run build`: npm run urls:record
import { readFileSync, readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';

const dist = new URL('../dist/', import.meta.url).pathname;
const file = new URL('../content/published.json', import.meta.url).pathname;
const manifest = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { pages: [], anchors: {} };

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : walk(path);
    return name === 'index.html' ? [path] : [];
  });

/**
 * The ids of the elements the markup marks as shared anchors (data-shared-anchor; see src/lib/shared-anchors.ts),
 * whatever their tag, class or attribute order. A mark without an id is a mistake in a component: stop.
 */
function sharedAnchors(html, page) {
  return [...html.matchAll(/<[a-z][a-z0-9]*\s[^>]*\bdata-shared-anchor\b[^>]*>/g)].map(([tag]) => {
    const id = tag.match(/\sid="([^"]+)"/)?.[1];
    if (!id) throw new Error(`${page || '/'}: ${tag} is marked data-shared-anchor but has no id`);
    return id;
  });
}

let added = 0;
for (const path of walk(dist)) {
  const page = relative(dist, path)
    .replace(/index\.html$/, '')
    .replace(/\\/g, '/');
  const html = readFileSync(path, 'utf8');
  if (/<meta http-equiv="refresh"/i.test(html)) continue; // Redirect pages are not addresses of their own.
  if (!manifest.pages.includes(page)) {
    manifest.pages.push(page);
    added += 1;
  }
  const anchors = sharedAnchors(html, page);
  if (anchors.length > 0) {
    const known = new Set(manifest.anchors[page] ?? []);
    for (const anchor of anchors) {
      if (known.has(anchor)) continue;
      known.add(anchor);
      added += 1;
    }
    manifest.anchors[page] = [...known].sort();
  }
}
manifest.pages.sort();
writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(
  `content/published.json: ${added} new address(es); ${manifest.pages.length} pages and ${Object.values(manifest.anchors).flat().length} shared anchors in all`,
);
