import { test, expect } from './support/fixtures';
import { glossaries, timelines } from './support/site';

for (const timeline of timelines()) {
  test.describe('timeline', () => {
    test('lists every milestone in date order, each anchored, dated, sourced and tied to its section', async ({ page }) => {
      await page.goto(timeline.path);
      const dates = await page.locator('ol.timeline time').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime') ?? ''));
      expect(dates).toEqual([...dates].sort());
      expect(dates).toHaveLength(timeline.milestones.length);
      for (const item of timeline.milestones) {
        const entry = page.locator(`li#${item.id}`);
        await expect(entry.locator('time')).toHaveAttribute('datetime', item.date);
        await expect(entry.locator(`a[href$="/${item.section}/"]`)).toHaveCount(1);
        await expect(entry.locator(`a[href="${item.source.url}"]`)).toHaveCount(1);
      }
    });

    test('a theme filter narrows the list, and everything shows again', async ({ page }) => {
      await page.goto(timeline.path);
      const visible = () => page.locator('ol.timeline li:visible').count();
      const all = await visible();
      await page.getByRole('radio', { name: 'technology' }).check();
      const some = await visible();
      expect(some).toBeGreaterThan(0);
      expect(some).toBeLessThan(all);
      await expect(page.getByRole('status')).toHaveText(`Showing ${some} milestones about technology.`);
      await page.getByRole('radio', { name: 'Everything' }).check();
      expect(await visible()).toBe(all);
    });
  });

  test.describe('timeline without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('reads in full, and the filter that needs JavaScript stays hidden', async ({ page }) => {
      await page.goto(timeline.path);
      await expect(page.locator('ol.timeline li:visible')).toHaveCount(timeline.milestones.length);
      await expect(page.getByRole('group', { name: 'Show milestones about' })).toBeHidden();
    });
  });
}

for (const glossary of glossaries()) {
  test('the glossary defines every term under its own anchor, with its section and source', async ({ page }) => {
    await page.goto(glossary.path);
    for (const term of glossary.terms) {
      await expect(page.locator(`dt#${term.id}`)).toContainText(term.term);
      const details = page.locator(`dt#${term.id} + dd`);
      await expect(details.locator(`a[href$="/${term.section}/"]`)).toHaveCount(1);
      await expect(details.locator(`a[href="${term.source.url}"]`)).toHaveCount(1);
    }
  });
}
