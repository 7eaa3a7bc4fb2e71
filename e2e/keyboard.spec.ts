import { test, expect } from './support/fixtures';
import { allSections } from './support/site';

test.describe('keyboard only', () => {
  test('the first stops are the skip link, then the way out', async ({ page }) => {
    await page.goto(allSections()[0]!.path);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Exit this page' })).toBeFocused();
  });

  test('the skip link moves focus to the reading content', async ({ page }) => {
    await page.goto(allSections()[0]!.path);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  test('the header search control opens search from the keyboard', async ({ page }) => {
    await page.goto('./');
    const control = page.getByRole('banner').getByRole('link', { name: 'Search' });
    for (let i = 0; i < 20 && !(await control.evaluate((node) => node === document.activeElement)); i += 1)
      await page.keyboard.press('Tab');
    await expect(control).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: 'Search' }).getByRole('searchbox')).toBeFocused();
  });

  test('focus is always visible', async ({ page }) => {
    await page.goto(allSections()[0]!.path);
    for (let i = 0; i < 12; i += 1) {
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return 'none';
        const style = getComputedStyle(element);
        return style.outlineStyle === 'none' || style.outlineWidth === '0px' ? 'none' : style.outlineStyle;
      });
      expect(outline, `focus stop ${i + 1} shows an outline`).not.toBe('none');
    }
  });
});
