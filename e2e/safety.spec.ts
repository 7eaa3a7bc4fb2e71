import { test, expect } from './support/fixtures';
import { allSections, sitemapPaths } from './support/site';

const neutral = 'https://www.weather.gov/';

test.describe('safety on every page', () => {
  for (const path of sitemapPaths()) {
    test(`/${path} shows the hotline and a way to leave`, async ({ page }) => {
      await page.goto(path);
      const help = page.getByRole('complementary', { name: 'Get help' });
      await expect(help).toContainText('1-888-373-7888');
      await expect(help).toContainText('233733');
      await expect(help.getByRole('link', { name: '911' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Exit this page' })).toBeVisible();
    });
  }

  test.describe('quick exit', () => {
    test.beforeEach(async ({ context }) => {
      // The neutral site is answered locally: the tests never reach the network.
      await context.route(`${neutral}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><p>Forecast</p>' }));
    });

    test('the button leaves at once and leaves no Back entry for the page', async ({ page }) => {
      const section = allSections()[1]!;
      await page.goto('./');
      await page.goto(section.path);
      await page.getByRole('link', { name: 'Exit this page' }).click();
      await page.waitForURL(neutral);
      await page.goBack();
      // Back skips the page the reader left: it was replaced, not pushed.
      expect(page.url()).not.toContain(section.path);
    });

    test('pressing Shift three times leaves', async ({ page }) => {
      await page.goto(allSections()[0]!.path);
      for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
      await page.waitForURL(neutral);
    });

    test('pressing Shift only twice stays on the page', async ({ page }) => {
      const section = allSections()[0]!;
      await page.goto(section.path);
      await page.keyboard.press('Shift');
      await page.keyboard.press('Shift');
      await page.waitForTimeout(200);
      expect(page.url()).toContain(section.path);
    });
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of sitemapPaths()) {
    test(`/${path} is readable`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const words = (await page.locator('main').innerText()).split(/\s+/).length;
      expect(words).toBeGreaterThan(30);
    });
  }

  test('the quick exit is a plain link to the neutral site', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('link', { name: 'Exit this page' })).toHaveAttribute('href', neutral);
  });
});
