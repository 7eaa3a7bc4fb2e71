import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { reservedNames } from './urls';

describe('the names of the pages the site makes for a brief', () => {
  // The route files under src/pages/[brief]/ decide what Astro builds; reservedNames decides which names the
  // content checks keep sections and companion pages from taking. A page added to one but not the other would
  // let a section's address collide with it.
  it('are exactly the pages under src/pages/[brief]/', () => {
    const dir = new URL('../pages/[brief]/', import.meta.url);
    const pages = readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.astro') && !/^(index|\[.*\])\.astro$/.test(entry.name))
      .map((entry) => entry.name.replace(/\.astro$/, ''));
    expect([...reservedNames].sort()).toEqual(pages.sort());
  });
});
