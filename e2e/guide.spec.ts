import { test, expect } from './support/fixtures';
import { answerExitLocally } from './support/quick-exit';
import { guides } from './support/site';

const guide = guides()[0]!;
const canonicalOf = (page: import('@playwright/test').Page) =>
  page.locator('link[rel="canonical"]').getAttribute('href');
// The address the browser shows for this page, under whatever host and base path serve it, with a fragment.
const here = (page: import('@playwright/test').Page, id: string) => {
  const url = new URL(page.url());
  url.search = '';
  url.hash = id;
  return url.href;
};

type Page = import('@playwright/test').Page;
/** Pages in a PDF of the page as printed: one "/Type /Page" object per page ("/Pages" is the tree). */
async function printedPages(page: Page, format: 'Letter' | 'A4'): Promise<number> {
  const pdf = await page.pdf({ format, printBackground: false });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}
/** The smallest font size, in points, of any visible text in the guide under print media. */
function smallestPrintedText(page: Page): Promise<number> {
  return page.locator('.guide').evaluate((root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let smallest = Infinity;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim() || !parent.checkVisibility()) continue;
      // A visually hidden label (1 px box, clipped) is not printed text.
      if (parent.getBoundingClientRect().width <= 1) continue;
      smallest = Math.min(smallest, parseFloat(getComputedStyle(parent).fontSize) * 0.75);
    }
    // Pixels carry four decimals (10 pt is 13.3333 px): round to hundredths of a point.
    return Math.round(smallest * 100) / 100;
  });
}

test.describe('discussion guide', () => {
  test('every question is on the page under its permanent id, linked to its section', async ({ page }) => {
    await page.goto(guide.path);
    const ids = guide.questions.map((question) => question.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const question of guide.questions) {
      const item = page.locator(`li#${question.id}`);
      await expect(item).toContainText(question.text);
      await expect(item.locator('.q__meta a')).toHaveAttribute(
        'href',
        new RegExp(`/${guide.brief}/${question.section}/$`),
      );
    }
  });

  test('each section links back to its questions', async ({ page }) => {
    const question = guide.questions[0]!;
    await page.goto(`${guide.brief}/${question.section}/`);
    const link = page.getByRole('complementary', { name: 'Talk about it' }).locator(`a[href$="#${question.id}"]`);
    await expect(link).toBeVisible();
    await link.click();
    await expect(page.locator(`li#${question.id}`)).toBeInViewport();
  });

  test('a shared link opens at its question', async ({ page }) => {
    const question = guide.questions[Math.floor(guide.questions.length / 2)]!;
    await page.goto(`${guide.path}#${question.id}`);
    await expect(page.locator(`li#${question.id}`)).toBeInViewport();
  });

  test('a shared link to the last question lands there at once, without an animated scroll', async ({ page }) => {
    const question = guide.questions.at(-1)!;
    await page.goto(`${guide.path}#${question.id}`);
    const atLoad = await page.evaluate(() => window.scrollY);
    await page.waitForTimeout(1500);
    expect(atLoad).toBeGreaterThan(2000);
    expect(await page.evaluate(() => window.scrollY)).toBe(atLoad);
    await expect(page.locator(`li#${question.id}`)).toBeInViewport();
  });

  test('copy link writes the address the reader is on, with the question, and says so', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    // A query the reader arrived with (a tracking tag, an old search) is not passed on.
    await page.goto(`${guide.path}?from=email`);
    const question = guide.questions[2]!;
    await page.locator(`li#${question.id}`).getByRole('button', { name: 'Copy link' }).click();
    await expect(page.locator(`li#${question.id}`).getByText('Link copied')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'copied' })).toHaveCount(1);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(here(page, question.id));
    // The test server is not the build's SITE_URL, so this also proves the build's address is not used.
    expect(copied.startsWith(`${await canonicalOf(page)}`)).toBe(false);
  });

  test('without a clipboard, the link is shown selected for copying', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
    await page.goto(guide.path);
    const question = guide.questions[0]!;
    await page.locator(`li#${question.id}`).getByRole('button', { name: 'Copy link' }).click();
    const field = page.locator(`li#${question.id}`).getByRole('textbox', { name: /Link to this question/ });
    await expect(field).toBeFocused();
    await expect(field).toHaveValue(here(page, question.id));
  });

  test('share offers the address the reader is on', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', {
        value: async (data: ShareData) => {
          (window as unknown as { shared: ShareData }).shared = data;
        },
      });
    });
    await page.goto(`${guide.path}#${guide.questions[1]!.id}`);
    await page.getByRole('button', { name: 'Share' }).click();
    const shared = await page.evaluate(() => (window as unknown as { shared?: ShareData }).shared?.url);
    expect(shared).toBe(here(page, ''));
  });

  test('questions picked for tonight are remembered and only they print', async ({ page }) => {
    await page.goto(guide.path);
    const [first, second] = guide.questions;
    await page.locator(`li#${first!.id}`).getByLabel('Use tonight').check();
    await page.reload();
    await expect(page.locator(`li#${first!.id}`).getByLabel('Use tonight')).toBeChecked();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator(`li#${first!.id}`)).toBeVisible();
    await expect(page.locator(`li#${second!.id}`)).toBeHidden();
  });

  test('the meeting view shows one question at a time and works by keyboard', async ({ page }) => {
    await page.goto(guide.path);
    await page.getByRole('button', { name: 'Meeting view' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText(`Question 1 · 1 of ${guide.questions.length}`);
    await expect(dialog).toContainText(guide.questions[0]!.text);
    await page.keyboard.press('ArrowRight');
    await expect(dialog).toContainText(`Question 2 · 2 of ${guide.questions.length}`);
    await expect(dialog).toContainText(guide.questions[1]!.text);
    await page.keyboard.press('ArrowLeft');
    await expect(dialog).toContainText(guide.questions[0]!.text);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('the meeting view, which covers the banner, has its own way out that leaves at once', async ({ page }) => {
    await page.goto(guide.path);
    const neutral = await answerExitLocally(page);
    await page.getByRole('button', { name: 'Meeting view' }).click();
    const exit = page.getByRole('dialog').getByRole('link', { name: 'Exit this page' });
    await expect(exit).toBeVisible();
    await exit.click();
    await page.waitForURL(neutral);
  });

  test('prints on both sides of two sheets at most, in type of 10 pt or more, with the QR code and the hotline', async ({
    page,
  }) => {
    await page.goto(guide.path);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.guide__qr svg')).toBeVisible();
    await expect(page.locator('.guide__hotline')).toBeVisible();
    await expect(page.getByRole('banner')).toBeHidden();
    expect(await smallestPrintedText(page), 'smallest printed type, pt').toBeGreaterThanOrEqual(10);
    for (const format of ['Letter', 'A4'] as const) {
      const pages = await printedPages(page, format);
      expect(pages, `${format} pages`).toBeGreaterThan(0);
      expect(pages, `${format} pages`).toBeLessThanOrEqual(4);
    }
  });

  for (const [count, size] of [
    [3, 12],
    [8, 11],
  ] as const) {
    test(`${count} questions picked for tonight print on one sheet in ${size} pt type`, async ({ page }) => {
      await page.goto(guide.path);
      // Picks spread over the parts, as a leader choosing for a 90-minute meeting would.
      const step = Math.floor(guide.questions.length / count);
      for (let i = 0; i < count; i += 1)
        await page
          .locator(`li#${guide.questions[i * step]!.id}`)
          .getByLabel('Use tonight')
          .check();
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.guide__questions > li:visible').count()).toBe(count);
      const body = await page
        .locator('.guide .q__words')
        .first()
        .evaluate((node) => parseFloat(getComputedStyle(node).fontSize) * 0.75);
      expect(body, 'question type, pt').toBeCloseTo(size, 1);
      expect(await smallestPrintedText(page), 'smallest printed type, pt').toBeGreaterThanOrEqual(10);
      for (const format of ['Letter', 'A4'] as const)
        expect(await printedPages(page, format), `${format} pages`).toBeLessThanOrEqual(2);
    });
  }

  test('on paper, questions carry their meeting-view numbers and parts their number and minutes', async ({ page }) => {
    await page.goto(guide.path);
    const fourth = guide.questions[3]!;
    await page.locator(`li#${fourth.id}`).getByLabel('Use tonight').check();
    await page.getByRole('button', { name: 'Meeting view' }).click();
    await expect(page.getByRole('dialog')).toContainText('Question 4 · 1 of 1 tonight');
    await page.keyboard.press('Escape');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator(`li#${fourth.id} .q__text`)).toHaveText(/^Question 4\./);
    const firstPart = page.locator('.guide__part h3').first();
    await expect(firstPart).toBeVisible();
    await expect(firstPart).toHaveText(/^Part 1: .+ · about \d+ minutes$/);
  });

  test('link previews carry absolute URLs and an image that exists', async ({ page, request }) => {
    await page.goto(guide.path);
    const meta = async (selector: string) => page.locator(selector).getAttribute('content');
    const image = await meta('meta[property="og:image"]');
    expect(await meta('meta[property="og:title"]')).toBe(guide.title);
    expect(await meta('meta[property="og:url"]')).toMatch(/^https?:\/\/.+\/discussion-guide\/$/);
    expect(image).toMatch(/^https?:\/\/.+\.png$/);
    expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
    // The preview lives at the same path on this test server as on the public site.
    const response = await request.get(new URL(new URL(image!).pathname, page.url()).href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('image/png');
  });
});

test.describe('discussion guide without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every question still has a link to itself, and the tools that need JavaScript stay hidden', async ({
    page,
  }) => {
    await page.goto(guide.path);
    const question = guide.questions[0]!;
    await expect(page.locator(`li#${question.id} a.q__num`)).toHaveAttribute('href', `#${question.id}`);
    await expect(page.getByRole('button', { name: 'Copy link' }).first()).toBeHidden();
    await expect(page.getByRole('button', { name: 'Meeting view' })).toBeHidden();
  });
});
