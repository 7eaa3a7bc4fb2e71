import { test, expect } from './support/fixtures';
import { axeViolations } from './support/axe';
import { sitemapPaths } from './support/site';

// WCAG 2.2 AA on every published page, in both colour schemes, at phone and desktop widths. One test per page and
// mode, so Playwright's workers share the sweep.
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
        // The one-page edition and the figures page carry every chart of a brief, each mark a node axe checks.
        if (/\/(?:full-brief|figures)\/$/.test(path)) test.slow();
        await page.goto(path);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}

// 200% zoom of a 1280 px window is a 640 px layout; WCAG reflow asks for 320 px (400%). Neither may scroll sideways.
for (const width of [640, 320]) {
  test.describe(`zoomed to a ${width}px layout`, () => {
    test.use({ viewport: { width, height: 800 } });
    for (const path of sitemapPaths()) {
      test(`/${path} does not scroll horizontally at ${width}px`, async ({ page }) => {
        await page.goto(path);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `/${path} overflows by ${overflow}px`).toBeLessThanOrEqual(0);
      });
    }
  });
}
