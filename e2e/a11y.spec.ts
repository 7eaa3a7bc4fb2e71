import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './support/fixtures';
import { sitemapPaths } from './support/site';

// WCAG 2.2 AA on every published page, in both colour schemes, at phone and desktop widths.
const modes = [
  { scheme: 'light', width: 1280 },
  { scheme: 'dark', width: 1280 },
  { scheme: 'light', width: 320 },
  { scheme: 'dark', width: 320 },
] as const;

for (const { scheme, width } of modes) {
  test.describe(`${scheme} at ${width}px`, () => {
    test.use({ colorScheme: scheme, viewport: { width, height: 900 } });
    for (const path of sitemapPaths()) {
      test(`/${path} has no accessibility violations`, async ({ page }) => {
        // The whole brief is every section on one page, with its links back from the sources: axe needs
        // well over a minute for it on a loaded 2-core machine.
        if (/full-brief\/$/.test(path)) test.slow();
        await page.goto(path);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
        const summary = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
        expect(summary).toEqual([]);
      });
    }
  });
}

// 200% zoom of a 1280 px window is a 640 px layout; WCAG reflow asks for 320 px (400%). Neither may scroll sideways.
for (const width of [640, 320]) {
  test.describe(`zoomed to a ${width}px layout`, () => {
    test.use({ viewport: { width, height: 800 } });
    test(`no page scrolls horizontally at ${width}px`, async ({ page }) => {
      const wide: string[] = [];
      for (const path of sitemapPaths()) {
        await page.goto(path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) wide.push(`/${path} overflows by ${overflow}px`);
      }
      expect(wide).toEqual([]);
    });
  });
}
