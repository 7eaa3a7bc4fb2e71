import { test, expect } from './support/fixtures';
import { answerExitLocally, exitAddress } from './support/quick-exit';
import { readingContent, seenWords, words } from './support/reading';
import { allSections, chromeFor, guides, sitemapPaths } from './support/site';

test.describe('safety on every page', () => {
  for (const path of sitemapPaths()) {
    test(`/${path} shows the hotline and a way to leave`, async ({ page }) => {
      // Each page in its own language (src/i18n/): a Spanish page says "Pida ayuda" and "Salir de esta página".
      const { words } = chromeFor(path);
      await page.goto(path);
      const help = page.getByRole('complementary', { name: words['safety.label'] });
      await expect(help).toContainText('1-888-373-7888');
      await expect(help).toContainText('233733');
      await expect(help.getByRole('link', { name: '911' })).toBeVisible();
      await expect(page.getByRole('link', { name: words['safety.exit'] })).toBeVisible();
    });
  }

  test("the exit's explanation says plainly that it cannot erase history, and what to do instead", async ({ page }) => {
    await page.goto(allSections()[0]!.path);
    const browse = page.getByRole('region', { name: 'Browse safely' });
    await expect(browse).toContainText('cannot erase your browsing history');
    await expect(browse).toContainText('Back');
    await expect(browse).toContainText('private or incognito window');
    // The privacy promise is true: the one thing kept in the browser is named, with how it goes away.
    await expect(browse).toContainText('Use tonight');
    await expect(browse).not.toContainText('stores nothing');
    await page
      .getByRole('navigation', { name: 'Footer' })
      .getByRole('link', { name: /About, sources and privacy/ })
      .click();
    await expect(page.locator('h2#staying-safe-while-you-read')).toBeVisible();
    const about = page.locator('main');
    await expect(about).toContainText('no website can');
    // Typographic apostrophes: the about page is Markdown, set with curly quotes.
    await expect(about).toContainText(/delete this site.s pages from your history/);
    await expect(about).toContainText(/browser.s storage/);
  });

  // Each test reads the neutral site's address from the page and answers it locally: the tests never reach the network.
  test.describe('quick exit', () => {
    test('the button leaves at once and leaves no Back entry for the page', async ({ page }) => {
      const section = allSections()[1]!;
      await page.goto('./');
      await page.goto(section.path);
      const neutral = await answerExitLocally(page);
      await page.getByRole('link', { name: 'Exit this page' }).click();
      await page.waitForURL(neutral);
      await page.goBack();
      // Back skips the page the reader left: it was replaced, not pushed.
      expect(page.url()).not.toContain(section.path);
    });

    test('pressing Shift on its own three times leaves', async ({ page }) => {
      await page.goto(allSections()[0]!.path);
      const neutral = await answerExitLocally(page);
      for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
      await page.waitForURL(neutral);
    });

    test('pressing Shift only twice stays on the page', async ({ page }) => {
      const section = allSections()[0]!;
      await page.goto(section.path);
      await page.keyboard.press('Shift');
      await page.keyboard.press('Shift');
      await page.waitForTimeout(300);
      expect(page.url()).toContain(section.path);
    });

    test('moving back through links with Shift+Tab stays on the page', async ({ page }) => {
      const section = allSections()[0]!;
      await page.goto(section.path);
      for (let i = 0; i < 6; i += 1) await page.keyboard.press('Tab');
      for (let i = 0; i < 4; i += 1) await page.keyboard.press('Shift+Tab');
      await page.waitForTimeout(300);
      expect(page.url()).toContain(section.path);
    });

    for (const words of ['FBI', 'What is FOSTA']) {
      test(`typing "${words}" in the search box stays on the page`, async ({ page }) => {
        await page.goto('search/');
        const neutral = await answerExitLocally(page);
        const box = page.getByRole('searchbox');
        await box.click();
        // Typed key by key, as a person types: Shift goes down before each capital and up after it.
        for (const char of words) {
          if (/[A-Z]/.test(char)) {
            await page.keyboard.down('Shift');
            await page.keyboard.press(char);
            await page.keyboard.up('Shift');
          } else {
            await page.keyboard.press(char === ' ' ? 'Space' : char);
          }
        }
        await page.waitForTimeout(300);
        expect(page.url()).not.toContain(new URL(neutral).host);
        await expect(box).toHaveValue(words);
      });
    }

    test('the exit clears the guide picks this browser kept', async ({ page }) => {
      const guide = guides()[0]!;
      await page.goto(guide.path);
      const neutral = await answerExitLocally(page);
      await page.locator(`li#${guide.questions[0]!.id}`).getByLabel('Use tonight').check();
      const stored = () =>
        page.evaluate(() => Object.keys(localStorage).filter((name) => name.startsWith('guide-picks:')).length);
      expect(await stored()).toBe(1);
      for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
      await page.waitForURL(neutral);
      // Storage belongs to the site's origin: look at it from there again.
      await page.goto(guide.path);
      expect(await stored()).toBe(0);
      await expect(page.locator(`li#${guide.questions[0]!.id}`).getByLabel('Use tonight')).not.toBeChecked();
    });
  });
});

// Reading needs no script. Without JavaScript each page shows its heading and everything its content files give
// it to read (every paragraph, heading, list item and table cell of its MDX; every term, milestone, question,
// correction or section it lists), visibly and outside any closed disclosure; and no control that only a script
// could make work is on show.
test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of sitemapPaths()) {
    test(`/${path} shows its heading and all its reading content, and no control that needs a script`, async ({
      page,
    }) => {
      const passages = readingContent(path);
      expect(passages, `e2e/support/reading.ts says what /${path} must show`).toBeDefined();
      expect(passages!.length).toBeGreaterThan(0);
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const seen = await seenWords(page);
      expect(
        passages!.filter((passage) => !seen.includes(words(passage))),
        'passages of the content the page does not show',
      ).toEqual([]);
      // A button outside a form, or a field, does nothing without a script: those stay hidden until one runs.
      const controls = await page
        .locator('button:visible, input:visible, select:visible, textarea:visible, [role="button"]:visible')
        .evaluateAll((nodes) =>
          nodes.filter((node) => !node.closest('form[action]')).map((node) => node.outerHTML.slice(0, 120)),
        );
      expect(controls, 'controls that need JavaScript').toEqual([]);
    });
  }

  test('the quick exit is a plain link that leaves for a site elsewhere', async ({ page, baseURL }) => {
    await page.goto('./');
    const neutral = await exitAddress(page);
    expect(neutral).toMatch(/^https:\/\//);
    expect(new URL(neutral).origin).not.toBe(new URL(baseURL!).origin);
    await answerExitLocally(page);
    await page.getByRole('link', { name: 'Exit this page' }).click();
    await page.waitForURL(neutral);
  });
});
