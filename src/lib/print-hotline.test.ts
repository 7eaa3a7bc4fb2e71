// The printed pages' top margin repeats the hotline from content/help-lines.yml in CSS, which cannot read it.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const helpLines = parse(readFileSync(new URL('../../content/help-lines.yml', import.meta.url), 'utf8')) as {
  lines: {
    id: string;
    name: string;
    names?: Record<string, string>;
    phone: { display: string };
    text: { display: string };
  }[];
};
const hotline = helpLines.lines.find((line) => line.id === 'hotline')!;
const printCss = readFileSync(new URL('../styles/print.css', import.meta.url), 'utf8');

describe('print.css', () => {
  it('prints the hotline exactly as content/help-lines.yml gives it, in the margin of every page', () => {
    const margin = /@top-center\s*{[^}]*content:\s*(["'])(.+?)\1/.exec(printCss)?.[2] ?? '';
    expect(margin).toContain(hotline.name);
    expect(margin).toContain(hotline.phone.display);
    expect(margin).toContain(hotline.text.display);
    expect(margin).toContain('911');
  });

  it('prints it in Spanish on a Spanish page, under the name the hotline gives itself in Spanish', () => {
    expect(printCss).toMatch(/html:lang\(es\) body\s*{\s*page: es;/);
    const margin = /@page es\s*{\s*@top-center\s*{[^}]*content:\s*(["'])(.+?)\1/.exec(printCss)?.[2] ?? '';
    expect(margin).toContain(hotline.names!.es);
    expect(margin).toContain(hotline.phone.display);
    expect(margin).toContain(hotline.text.display);
    expect(margin).toContain('911');
  });
});
