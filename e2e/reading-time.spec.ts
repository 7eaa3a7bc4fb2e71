// "n min read" must match the page a reader gets: the words of the reading content as rendered (prose,
// figure headlines, notes and tables, callouts), at about 220 words a minute, within a minute either way.
import { test, expect } from './support/fixtures';
import { allSections } from './support/site';

for (const section of allSections()) {
  test(`"${section.title}" states a reading time that fits its rendered text`, async ({ page }) => {
    await page.goto(section.path);
    const shown = Number((await page.locator('header .meta').textContent())!.match(/(\d+) min read/)![1]);
    const words = await page.locator('.section-body').evaluate((body) => {
      const copy = body.cloneNode(true) as HTMLElement;
      // The chart repeats the table's numbers as shapes and labels; the table is counted instead.
      copy.querySelectorAll('svg, button, [hidden]').forEach((node) => node.remove());
      return (copy.textContent ?? '').split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
    });
    const minutes = words / 220;
    expect(
      Math.abs(shown - minutes),
      `${words} words read in about ${minutes.toFixed(1)} minutes, but the page says ${shown}`,
    ).toBeLessThanOrEqual(1);
  });
}
