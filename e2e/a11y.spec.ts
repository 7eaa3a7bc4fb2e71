import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './support/fixtures';
import { sitemapPaths } from './support/site';

// WCAG 2.2 AA on every published page, in both colour schemes, at phone and desktop widths.
const modes = [
  { scheme: 'light', width: 1280 },
  { scheme: 'dark', width: 320 },
] as const;

for (const { scheme, width } of modes) {
  test.describe(`${scheme} at ${width}px`, () => {
    test.use({ colorScheme: scheme, viewport: { width, height: 900 } });
    for (const path of sitemapPaths()) {
      test(`/${path} has no accessibility violations`, async ({ page }) => {
        await page.goto(path);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
        const summary = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
        expect(summary).toEqual([]);
      });
    }
  });
}
