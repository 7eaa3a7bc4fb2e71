// The printed pages' top margin repeats the hotline from site.ts in CSS, which cannot import it.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { hotline } from './site';

const printCss = readFileSync(new URL('../styles/print.css', import.meta.url), 'utf8');

describe('print.css', () => {
  it('prints the hotline exactly as site.ts gives it, in the margin of every page', () => {
    const margin = /@top-center\s*{[^}]*content:\s*"([^"]+)"/.exec(printCss)?.[1] ?? '';
    expect(margin).toContain(hotline.name);
    expect(margin).toContain(hotline.phone);
    expect(margin).toContain(hotline.text);
    expect(margin).toContain('911');
  });
});
