import { test, expect } from './support/fixtures';
import { companionPagePath } from '../src/i18n/addresses.mjs';

// The companion page comparing the 2020 and 2021 national action plans, in each language: one table per pillar,
// and every row sourced. The Spanish page has its own headings (and anchors), the same tables and citations.
const editions = [
  { locale: 'en', pillars: ['Prevention', 'Protection', 'Prosecution', 'Partnership'] },
  { locale: 'es', pillars: ['Prevención', 'Protección', 'Enjuiciamiento', 'Alianzas'] },
] as const;

for (const { locale, pillars } of editions) {
  const path = companionPagePath(locale, 'human-trafficking', 'action-plans');
  test.describe(`action plans compared (/${path})`, () => {
    test('has a heading and a table for each pillar, and every table row cites a source', async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
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
}

test('the Spanish comparison has as many rows and citations in each pillar table as the English one', async ({
  page,
}) => {
  const tables = async (path: string) => {
    await page.goto(path);
    return page
      .locator('.section-body table')
      .evaluateAll((all) =>
        all.map((table) =>
          [...table.querySelectorAll('tbody tr')].map((row) =>
            [...row.querySelectorAll('sup.cite a')].map((link) => link.getAttribute('href')),
          ),
        ),
      );
  };
  const english = await tables(companionPagePath('en', 'human-trafficking', 'action-plans'));
  expect(await tables(companionPagePath('es', 'human-trafficking', 'action-plans'))).toEqual(english);
});
