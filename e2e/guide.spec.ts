// The discussion guide in every language it is published in: the same anchors, tools, meeting view and paper,
// with the interface words of the page's language (src/i18n/) and the questions of its content file.
import QRCode from 'qrcode';
import { test, expect } from './support/fixtures';
import { answerExitLocally } from './support/quick-exit';
import { guides, hotline } from './support/site';
import { dictionaries } from '../src/i18n';

/** A dictionary entry with its {name} values filled in. */
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
/** A dictionary entry as a pattern: its {name} values matched by the patterns given, the rest literally. */
const pattern = (template: string, values: Record<string, string>) =>
  new RegExp(
    `^${template
      .split(/(\{\w+\})/)
      .map((piece) => values[piece.slice(1, -1)] ?? piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('')}$`,
  );
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

for (const guide of guides()) {
  const words = dictionaries[guide.locale];
  const english = guide.locale === 'en';

  test.describe(`discussion guide (${guide.locale})`, () => {
    test('every question is on the page under its permanent id, linked to its section', async ({ page }) => {
      await page.goto(guide.path);
      const ids = guide.questions.map((question) => question.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const question of guide.questions) {
        const item = page.locator(`li#${question.id}`);
        await expect(item).toContainText(question.text);
        const from = item.locator('.q__meta a');
        await expect(from).toHaveAttribute('href', new RegExp(`/${question.sectionPath}$`));
        // A section not yet in the page's language is the English one, and says so.
        if (english || question.sectionPath.startsWith(`${guide.locale}/`))
          await expect(from).not.toHaveAttribute('hreflang');
        else {
          await expect(from).toHaveAttribute('hreflang', 'en');
          await expect(item.locator('.q__meta')).toContainText(
            `${await from.textContent()}${words['guide.inEnglish']}`,
          );
        }
      }
    });

    test("its questions are the English guide's, under the same ids and in the same order", () => {
      const original = guides().find((each) => each.locale === 'en' && each.brief === guide.brief)!;
      expect(guide.questions.map((question) => question.id)).toEqual(original.questions.map((question) => question.id));
      expect(guide.questions.every((question) => question.text.length > 0)).toBe(true);
    });

    test('each section links back to its questions', async ({ page }) => {
      test.skip(!english, "the sections of other languages do not show the guide's questions yet");
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
      await page.locator(`li#${question.id}`).getByRole('button', { name: words['guide.copyLink'] }).click();
      await expect(page.locator(`li#${question.id}`).getByText(words['guide.copied'])).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: words['guide.copiedStatus'] })).toHaveCount(1);
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(here(page, question.id));
      // The test server is not the build's SITE_URL, so this also proves the build's address is not used.
      expect(copied.startsWith(`${await canonicalOf(page)}`)).toBe(false);
    });

    test('without a clipboard, the link is shown selected for copying', async ({ page }) => {
      await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
      await page.goto(guide.path);
      const question = guide.questions[0]!;
      await page.locator(`li#${question.id}`).getByRole('button', { name: words['guide.copyLink'] }).click();
      const field = page.locator(`li#${question.id}`).getByRole('textbox', { name: words['guide.copyField'] });
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
      await page.getByRole('button', { name: words['guide.share'] }).click();
      const shared = await page.evaluate(() => (window as unknown as { shared?: ShareData }).shared?.url);
      expect(shared).toBe(here(page, ''));
    });

    test('questions picked for tonight are remembered and only they print', async ({ page }) => {
      await page.goto(guide.path);
      const [first, second] = guide.questions;
      await page.locator(`li#${first!.id}`).getByLabel(words['guide.useTonight']).check();
      await page.reload();
      await expect(page.locator(`li#${first!.id}`).getByLabel(words['guide.useTonight'])).toBeChecked();
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator(`li#${first!.id}`)).toBeVisible();
      await expect(page.locator(`li#${second!.id}`)).toBeHidden();
    });

    test('the meeting view shows one question at a time and works by keyboard', async ({ page }) => {
      await page.goto(guide.path);
      await page.getByRole('button', { name: words['guide.meeting'] }).focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog');
      const count = (number: number, index: number, total = guide.questions.length) =>
        fill(words['guide.meetingCount'], { number, index, total });
      await expect(dialog).toContainText(count(1, 1));
      await expect(dialog).toContainText(guide.questions[0]!.text);
      await page.keyboard.press('ArrowRight');
      await expect(dialog).toContainText(count(2, 2));
      await expect(dialog).toContainText(guide.questions[1]!.text);
      await page.keyboard.press('ArrowLeft');
      await expect(dialog).toContainText(guide.questions[0]!.text);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    });

    test('the meeting view, which covers the banner, has its own way out that leaves at once', async ({ page }) => {
      await page.goto(guide.path);
      const neutral = await answerExitLocally(page, words['safety.exit']);
      await page.getByRole('button', { name: words['guide.meeting'] }).click();
      const exit = page.getByRole('dialog').getByRole('link', { name: words['safety.exit'] });
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
      await expect(page.locator('.guide__hotline')).toContainText(
        english ? hotline().name : hotline().names[guide.locale]!,
      );
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
            .getByLabel(words['guide.useTonight'])
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

    test('on paper, questions carry their meeting-view numbers and parts their number and minutes', async ({
      page,
    }) => {
      await page.goto(guide.path);
      const fourth = guide.questions[3]!;
      await page.locator(`li#${fourth.id}`).getByLabel(words['guide.useTonight']).check();
      await page.getByRole('button', { name: words['guide.meeting'] }).click();
      await expect(page.getByRole('dialog')).toContainText(
        fill(words['guide.meetingCount'], { number: 4, index: 1, total: 1 }) + words['guide.meetingPicked'],
      );
      await page.keyboard.press('Escape');
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator(`li#${fourth.id} .q__text`)).toHaveText(
        new RegExp(`^${words['guide.questionLabel']}4\\.`),
      );
      const firstPart = page.locator('.guide__part h3').first();
      await expect(firstPart).toBeVisible();
      await expect(firstPart).toHaveText(
        pattern(`${words['guide.part']}${words['guide.partMinutes']}`, { n: '1', title: '.+', minutes: '\\d+' }),
      );
    });

    test('the language switch on a shared question link lands on the same question in the other language', async ({
      page,
    }) => {
      const counterpart = guides().find((each) => each.brief === guide.brief && each.locale !== guide.locale);
      test.skip(!counterpart, 'this guide has no other language');
      const question = guide.questions[Math.floor(guide.questions.length / 2)]!;
      await page.goto(`${guide.path}#${question.id}`);
      await page.locator('a[data-lang-switch]').click();
      await expect(page).toHaveURL(new RegExp(`/${counterpart!.path}#${question.id}$`));
      await expect(page.locator(`li#${question.id}`)).toBeInViewport();
      await expect(page.locator(`li#${question.id} .q__words`)).toHaveText(
        counterpart!.questions.find((each) => each.id === question.id)!.text,
      );
    });

    test('the printed QR code encodes the address of this page, in its language', async ({ page }) => {
      await page.goto(guide.path);
      const canonical = (await canonicalOf(page))!;
      expect(canonical).toMatch(new RegExp(`/${guide.path}$`));
      // The same encoder and settings give the same modules: the path of the page's code is the address's.
      const expected = await QRCode.toString(canonical, {
        type: 'svg',
        margin: 1,
        errorCorrectionLevel: 'M',
        color: { dark: '#000000', light: '#ffffff' },
      });
      const modules = (svg: string) => svg.match(/<path[^>]*stroke="#000000"[^>]*d="([^"]+)"/)?.[1];
      const drawn = await page.locator('.guide__qr svg').evaluate((svg) => svg.outerHTML);
      expect(modules(drawn)).toBeDefined();
      expect(modules(drawn)).toBe(modules(expected));
      await expect(page.locator('.guide__qr p')).toHaveText(canonical.replace(/^https?:\/\//, '').replace(/\/$/, ''));
    });

    test('link previews carry absolute URLs and an image that exists', async ({ page, request }) => {
      await page.goto(guide.path);
      const meta = async (selector: string) => page.locator(selector).getAttribute('content');
      const image = await meta('meta[property="og:image"]');
      expect(await meta('meta[property="og:title"]')).toBe(guide.title);
      expect(await meta('meta[property="og:url"]')).toMatch(new RegExp(`^https?://.+/${guide.path}$`));
      expect(image).toMatch(/^https?:\/\/.+\.png$/);
      expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
      // The preview lives at the same path on this test server as on the public site.
      const response = await request.get(new URL(new URL(image!).pathname, page.url()).href);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain('image/png');
    });
  });

  test.describe(`discussion guide (${guide.locale}) without JavaScript`, () => {
    test.use({ javaScriptEnabled: false });
    test('every question still has a link to itself, and the tools that need JavaScript stay hidden', async ({
      page,
    }) => {
      await page.goto(guide.path);
      const question = guide.questions[0]!;
      await expect(page.locator(`li#${question.id} a.q__num`)).toHaveAttribute('href', `#${question.id}`);
      await expect(page.getByRole('button', { name: words['guide.copyLink'] }).first()).toBeHidden();
      await expect(page.getByRole('button', { name: words['guide.meeting'] })).toBeHidden();
    });
  });
}
