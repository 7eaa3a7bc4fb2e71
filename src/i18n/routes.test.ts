import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { briefPageNamesIn } from '../lib/page-names.mjs';

// A Spanish page of a brief is a route file named for it under src/pages/es/[brief]/; the name must be the
// one src/lib/page-names.mjs gives (the addresses the switch, hreflang and the sitemap use), or links break.
describe("the Spanish routes of a brief's own pages", () => {
  it('are named as src/lib/page-names.mjs names them in Spanish', () => {
    const dir = new URL('../pages/es/[brief]/', import.meta.url);
    const pages = readdirSync(dir)
      .filter((name) => name.endsWith('.astro') && !/^(index|\[.*\])\.astro$/.test(name))
      .map((name) => name.replace(/\.astro$/, ''));
    const names: readonly string[] = Object.values(briefPageNamesIn.es);
    expect(pages.filter((page) => !names.includes(page))).toEqual([]);
    expect(pages).toContain(briefPageNamesIn.es.fullBrief);
  });
});
