// Search as readers use it: questions in their own words, on a phone, landing on the paragraph that answers.
import { existsSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { hotline as readHotline } from './support/site';

const hotline = readHotline();

async function search(page: Page, query: string) {
  await page.goto('search/');
  const box = page.getByRole('searchbox');
  await box.fill(query);
  // A fresh page loads Pagefind, its wasm and index before the first answer; a busy machine needs the time.
  await expect(page.getByRole('status')).toHaveText(
    new RegExp(`for “${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”`),
    { timeout: 15_000 },
  );
}
const best = (page: Page) => page.locator('.search__results > li').first().locator('[data-best]');
const anchorOf = async (page: Page) =>
  new URL((await best(page).getAttribute('href'))!, 'https://site.invalid').hash.slice(1);

test.describe('search answers questions', () => {
  test('marks no stop word, no single letter and no fragment of a longer word, in results or on the page', async ({
    page,
  }) => {
    await search(page, 'what is the T visa');
    const marks = await page.locator('.search__results mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks)
      expect(mark.replace(/[^\p{L}]/gu, '').toLowerCase(), `marked “${mark}”`).toMatch(/^visas?$/);
    await best(page).click();
    await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
    const onPage = await page.locator('mark.pagefind-highlight').evaluateAll((nodes) =>
      nodes.map((node) => ({
        text: node.textContent ?? '',
        before: node.previousSibling?.textContent?.slice(-1) ?? '',
        after: node.nextSibling?.textContent?.[0] ?? '',
      })),
    );
    for (const { text, before, after } of onPage) {
      expect(text.toLowerCase(), 'only the searched word').toMatch(/^visas?$/);
      expect(`${before}${after}`, `“${text}” is a whole word`).not.toMatch(/\p{L}/u);
    }
  });

  test('a query made only of small words still searches for them', async ({ page }) => {
    await search(page, 'what is');
    await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “what is”/);
  });

  test('the first link under the first result is the passage that answers, not the first heading of the page', async ({
    page,
  }) => {
    await search(page, 'trafficking vs smuggling');
    await expect(page.locator('.search__result-title').first()).toHaveAttribute(
      'href',
      /\/what-is-human-trafficking\/$/,
    );
    expect(await anchorOf(page)).toBe('trafficking-and-smuggling-are-different-crimes');
    // That passage is far down its page: page order would have put other headings first.
    const headings = await page.request
      .get('human-trafficking/what-is-human-trafficking/')
      .then((response) => response.text());
    expect(headings.indexOf('id="trafficking-and-smuggling-are-different-crimes"')).toBeGreaterThan(
      headings.indexOf('id="the-trafficking-victims-protection-act"'),
    );
  });

  for (const [query, path, anchor] of [
    // A definition question lands on the glossary's entry (a bare "T visa" may as rightly land on the T visas section).
    ['what is debt bondage', '/glossary/', 'debt-bondage'],
    ['when was backpage shut down', '/timeline/', 'backpage-seized-2018'],
    ['figure of victims by gender', '/figures/', 'fig-hotline-2018-victims-by-gender'],
    ['question about safeguards for survivor records', '/discussion-guide/', 'q-data-and-privacy'],
  ] as const) {
    test(`an entry is a result of its own: “${query}” lands on ${path}#${anchor}`, async ({ page }) => {
      await search(page, query);
      await expect(best(page)).toHaveAttribute('href', new RegExp(`${path}#${anchor}$`));
      await best(page).click();
      await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();
    });
  }

  test('synonyms: “red flags” searches for signs and indicators, and smuggling finds trafficking', async ({ page }) => {
    await search(page, 'red flags');
    await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “red flags”/);
    const marks = (await page.locator('.search__results mark').allTextContents()).map((mark) => mark.toLowerCase());
    expect(
      marks.some((mark) => /^(signs?|indicators?)\b/.test(mark)),
      marks.join(', '),
    ).toBe(true);
    await search(page, 'is smuggling the same thing');
    expect(await anchorOf(page)).toBe('trafficking-and-smuggling-are-different-crimes');
  });

  test('a phrase that only ever means the hotline is searched as the hotline: “phone number” finds no statistics', async ({
    page,
  }) => {
    await search(page, 'human trafficking hotline number');
    const marks = (await page.locator('.search__results mark').allTextContents()).map((mark) => mark.toLowerCase());
    expect(
      marks.some((mark) => mark.startsWith('hotline')),
      marks.join(', '),
    ).toBe(true);
    expect(
      marks.filter((mark) => mark.startsWith('number')),
      marks.join(', '),
    ).toEqual([]);
    // The first passage is one that gives the hotline, not the hotline's case counts in By the numbers.
    await expect(best(page)).not.toHaveAttribute('href', /by-the-numbers/);
    await expect(best(page)).toHaveAttribute('href', /hotline|suspect/);
  });

  test('a search that finds nothing offers the hotline, the sections and the warning signs once the brief has them', async ({
    page,
  }) => {
    await search(page, 'zqxwv');
    await expect(page.getByRole('status')).toHaveText('No results for “zqxwv”.');
    const help = page.getByRole('group', { name: 'Help and where to start' });
    await expect(help.getByRole('link', { name: hotline.phone })).toHaveAttribute('href', hotline.phoneHref);
    await expect(help.getByRole('link', { name: hotline.text, exact: true })).toHaveAttribute('href', hotline.textHref);
    await expect(help.getByRole('link', { name: /Every section of/ }).first()).toHaveAttribute(
      'href',
      /\/human-trafficking\/$/,
    );
    const signs = help.getByRole('link', { name: 'The warning signs of trafficking' });
    if (existsSync('dist/human-trafficking/recognizing-the-signs/index.html'))
      await expect(signs).toHaveAttribute('href', /\/human-trafficking\/recognizing-the-signs\/$/);
    else await expect(signs).toHaveCount(0);
  });

  test.describe('on a 375 px phone', () => {
    test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });
    test('a question typed in the header search lands on the paragraph that answers it', async ({ page }) => {
      await page.goto('./');
      await page.getByRole('banner').getByRole('link', { name: 'Search' }).tap();
      const dialog = page.getByRole('dialog', { name: 'Search' });
      const question = 'can someone be trafficked without crossing a border';
      await dialog.getByRole('searchbox').pressSequentially(question, { delay: 20 });
      // The box searches whenever typing pauses: wait for the answer to the whole question, not to a part of it.
      await expect(dialog.getByRole('status')).toContainText(`for “${question}”`, { timeout: 15_000 });
      await dialog.locator('.search__results > li').first().locator('[data-best]').tap();
      await page.waitForURL(/\/what-is-human-trafficking\/#crossing-a-border-is-not-required$/);
      await expect(page.locator('#crossing-a-border-is-not-required')).toBeInViewport();
      await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
    });
  });

  test('the searched words stay out of the address and the history', async ({ page }) => {
    await page.goto('search/?q=smuggling');
    await expect(page.getByRole('status')).toHaveText(/results? for “smuggling”/, { timeout: 15_000 });
    // A shared ?q= link still searches, and the words leave the address bar at once.
    expect(new URL(page.url()).search).toBe('');
    // Words that the answer's own address (its anchor) does not contain.
    await page.getByRole('searchbox').fill('kids arrested for prostitution');
    await expect(page.getByRole('status')).toHaveText(/results? for “kids arrested for prostitution”/);
    expect(page.url()).not.toMatch(/kids|arrested|prostitution/i);
    await best(page).click();
    await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
    expect(page.url()).not.toMatch(/kids|arrested|prostitution|highlight|\?/i);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    // Back shows the search page empty: the words are not kept for whoever presses Back next.
    await page.goBack();
    await expect(page).toHaveURL(/\/search\/$/);
    await expect(page.getByRole('searchbox')).toHaveValue('');
    await expect(page.locator('.search__results > li')).toHaveCount(0);
    await expect(page.getByText('kids arrested')).toHaveCount(0);
  });
});
