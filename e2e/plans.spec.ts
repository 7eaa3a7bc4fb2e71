import { test, expect } from './support/fixtures';

// The companion page comparing the 2020 and 2021 national action plans: one table per pillar, and every row sourced.
const pillars = ['Prevention', 'Protection', 'Prosecution', 'Partnership'];

test.describe('action plans compared', () => {
  test('has a heading and a table for each pillar, and every table row cites a source', async ({ page }) => {
    await page.goto('human-trafficking/action-plans/');
    for (const pillar of pillars) {
      const heading = page.getByRole('heading', { level: 2, name: pillar, exact: true });
      await expect(heading).toHaveCount(1);
      // The pillar's table is the first table after its heading and before the next level-2 heading.
      const rows = await heading.evaluate((h2) => {
        for (let node = h2.nextElementSibling; node && node.tagName !== 'H2'; node = node.nextElementSibling) {
          const table = node.tagName === 'TABLE' ? node : node.querySelector('table');
          if (table)
            return [...table.querySelectorAll('tbody tr')].map((row) => row.querySelectorAll('sup.cite a').length);
        }
        return null;
      });
      expect(rows, `a table under "${pillar}"`).not.toBeNull();
      expect(rows!.length, `rows in the ${pillar} table`).toBeGreaterThan(0);
      rows!.forEach((citations, index) =>
        expect(citations, `citations in row ${index + 1} of the ${pillar} table`).toBeGreaterThan(0),
      );
    }
  });
});
