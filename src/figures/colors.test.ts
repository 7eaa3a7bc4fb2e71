// Marks must stand out from the page at 3:1 or more (WCAG 1.4.11) in the light and dark schemes and on
// paper. The colours live in src/styles/global.css (read through src/styles/palette.ts); on paper the light
// ones apply, on the white that src/styles/print.css gives the page.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { colours, palette } from '../styles/palette';

const printCss = readFileSync(new URL('../styles/print.css', import.meta.url), 'utf8');

const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
};

const { light, dark } = palette;
// What print.css sets on paper, over the light colours (the dark ones are for screens only).
const print = { ...light, ...colours(printCss.slice(printCss.indexOf('html:root {'))) };

describe('mark colours', () => {
  for (const [scheme, palette, background] of [
    ['light', light, light['bg']],
    ['dark', dark, dark['bg']],
    ['print', print, '#ffffff'],
  ] as const) {
    for (const mark of ['mark-1', 'mark-2', 'mark-3']) {
      it(`${mark} stands out at 3:1 or more in ${scheme}`, () => {
        expect(palette[mark], `${mark} is defined for ${scheme}`).toMatch(/^#/);
        expect(contrast(palette[mark]!, background!)).toBeGreaterThanOrEqual(3);
      });
    }
  }

  it('text drawn inside a bar (the background colour) stays readable on every mark', () => {
    for (const palette of [light, dark]) {
      for (const mark of ['mark-1', 'mark-2', 'mark-3'])
        expect(contrast(palette[mark]!, palette['bg']!)).toBeGreaterThanOrEqual(4.5);
    }
  });
});
