import { test, expect } from './support/fixtures';
import { axeViolations } from './support/axe';
import { allSections } from './support/site';

// What readers remember, and the section that should answer them within the first three results.
const queries: [query: string, section: string][] = [
  ['Section 230', 'section-230'],
  ['EARN IT', 'section-230'],
  ['Backpage', 'section-230'],
  ['Palermo', 'history'],
  ['Beijing', 'history'],
  ['safe harbor', 'prosecution-and-protection'],
  ['Continued Presence', 'prosecution-and-protection'],
  ['ACTeam', 'prosecution-and-protection'],
  ['Tariff Act', 'private-sector'],
  ['supply chain', 'private-sector'],
  ['NIBRS', 'information-gathering'],
  ['Counter Trafficking Data Collaborative', 'information-gathering'],
  ['Nordic model', 'working-with-communities'],
  ['Demand Reduction Act', 'working-with-communities'],
  ['Advisory Council', 'federal-government'],
  ['executive order', 'federal-government'],
  ['Bureau of Justice Assistance', 'state-and-local'],
  ['Phoenix', 'introduction'],
  ['coercion', 'what-is-human-trafficking'],
  ['organized crime', 'why-it-matters'],
  ['Measure', 'get-involved'],
  ['worldwide estimates', 'by-the-numbers'],
  // The corrections record is a page of its own, not a section, and readers look for it by name.
  ['corrections', 'corrections'],
  ['what the earlier brief said', 'corrections'],
];

async function searchOnPage(page: import('@playwright/test').Page, query: string) {
  await page.goto(`search/?q=${encodeURIComponent(query)}`);
  const status = page.getByRole('status');
  // A fresh page loads Pagefind, its wasm and index before the first answer: on a busy two-core machine that
  // can take longer than the default five seconds.
  await expect(status).toHaveText(/results? for|No results/, { timeout: 15_000 });
  return status;
}

test.describe('search', () => {
  for (const [query, section] of queries) {
    test(`"${query}" finds the ${section} section in the top three`, async ({ page }) => {
      await searchOnPage(page, query);
      const links = await page
        .locator('.search__result-title')
        .evaluateAll((nodes) => nodes.slice(0, 3).map((node) => node.getAttribute('href') ?? ''));
      expect(
        links.some((href) => href.includes(`/${section}/`)),
        `top three for "${query}": ${links.join(', ')}`,
      ).toBe(true);
    });
  }

  test('announces the number of results to screen readers', async ({ page }) => {
    const status = await searchOnPage(page, 'Palermo');
    await expect(status).toHaveAttribute('aria-live', 'polite');
    await expect(status).toHaveText(/^\d+ results? for “Palermo”/);
  });

  test('filters narrow the results, and a filter can be browsed without typing', async ({ page }) => {
    await searchOnPage(page, 'trafficking');
    const count = async () => Number((await page.getByRole('status').textContent())?.match(/^(\d+)/)?.[1] ?? 0);
    const all = await count();
    await page
      .getByRole('group', { name: 'Kind of page' })
      .getByLabel(/About the site/)
      .check();
    await expect(page.getByRole('status')).not.toHaveText(new RegExp(`^${all} `));
    expect(await count()).toBeLessThan(all);
    await page.getByRole('searchbox').fill('');
    await expect(page.getByRole('status')).toHaveText(/^1 result in the chosen filters/);
  });

  test('corrects a misspelt word the site uses and finds its pages', async ({ page }) => {
    await searchOnPage(page, 'Palermmo');
    await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “Palermmo”/);
    await expect(page.locator('.search__results mark').first()).toHaveText(/^Palermo/);
  });

  test('suggests the closest known term when a misspelling finds nothing', async ({ page }) => {
    // Two letters swapped: too far to correct on its own, close enough to suggest.
    await searchOnPage(page, 'Plaermo');
    await expect(page.getByRole('status')).toHaveText('No results for “Plaermo”.');
    const suggestion = page.getByRole('button', { name: /Palermo/ }).first();
    await expect(page.getByText('Did you mean')).toBeVisible();
    await suggestion.click();
    await expect(page.getByRole('status')).toHaveText(/results? for “.*Palermo.*”/);
  });

  test('an empty search shows suggested topics', async ({ page }) => {
    await page.goto('search/');
    await expect(
      page.getByRole('list', { name: 'Suggested topics' }).getByRole('button', { name: 'Section 230' }),
    ).toBeVisible();
  });

  test('works by keyboard alone: shortcut, arrows, Enter, and the page highlights the words', async ({ page }) => {
    await page.goto(allSections()[0]!.path);
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Search' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('searchbox')).toBeFocused();
    await page.keyboard.type('Palermo');
    await expect(dialog.getByRole('status')).toHaveText(/results? for “Palermo”/);
    await page.keyboard.press('ArrowDown');
    const first = dialog.locator('.search__results a').first();
    await expect(first).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(dialog.locator('.search__results a').nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(dialog.getByRole('searchbox')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
    expect(new Set(await page.locator('mark.pagefind-highlight').allTextContents())).toEqual(new Set(['Palermo']));
  });

  test('a broad query shows the first few results, and "More results" adds the next ones and moves focus to them', async ({
    page,
  }) => {
    const status = await searchOnPage(page, 'trafficking');
    await expect(status).toHaveText(/^\d+ results for “trafficking”, showing the first \d+\./);
    const [, total, shown] = (await status.textContent())!.match(/^(\d+) results.*first (\d+)/)!.map(Number);
    const items = page.locator('.search__results > li');
    await expect(items).toHaveCount(shown!);
    await page.getByRole('button', { name: 'More results' }).click();
    await expect(items).toHaveCount(Math.min(2 * shown!, total!));
    await expect(items.nth(shown!).locator('a').first()).toBeFocused();
    if (total! <= 2 * shown!) await expect(page.getByRole('button', { name: 'More results' })).toBeHidden();
  });

  test('a result opens its page with the words of this query highlighted, not those of an earlier one', async ({
    page,
  }) => {
    await searchOnPage(page, 'pal');
    await page.getByRole('searchbox').fill('Palermo');
    await expect(page.getByRole('status')).toHaveText(/results? for “Palermo”/);
    await page.locator('.search__results [data-best]').first().click();
    await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
    const marked = await page.locator('mark.pagefind-highlight').allTextContents();
    expect(
      marked.every((word) => /^palermo$/i.test(word)),
      marked.join(', '),
    ).toBe(true);
  });

  test('Escape closes the dialog and Ctrl+K opens it', async ({ page }) => {
    await page.goto('./');
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Search' });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('loads no search code or index until a reader opens search', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(request.url()));
    await page.goto(allSections()[0]!.path, { waitUntil: 'networkidle' });
    expect(fetched.filter((url) => /pagefind|search-terms|search\/search\.(js|css)/.test(url))).toEqual([]);
  });

  test.describe('when the search code cannot load', () => {
    // The refused request is the point of this test; Chromium logs it.
    test.use({ allowedConsole: [/Failed to load resource/] });

    test('opening search goes to the search page, which lists every section', async ({ page }) => {
      await page.route('**/search/search.js', (route) => route.abort());
      await page.goto(allSections()[0]!.path);
      await page.keyboard.press('/');
      await page.waitForURL(/\/search\/$/);
      await expect(page.getByText('Search could not load')).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Browse the sections' })).toBeVisible();
    });
  });

  test('has no accessibility violations with the dialog open', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('banner').getByRole('link', { name: 'Search' }).click();
    await page.getByRole('dialog', { name: 'Search' }).getByRole('searchbox').fill('Palermo');
    await expect(page.getByRole('dialog').getByRole('status')).toHaveText(/results? for/);
    expect(await axeViolations(page, { include: '.search-dialog' })).toEqual([]);
  });

  test.describe('hostile input', () => {
    const inputs = [
      '<img src=x onerror="window.__pwned=1">',
      '"><script>window.__pwned=1</script>',
      'javascript:window.__pwned=1',
      'a'.repeat(10_000),
      '🙂 trafficking 🚫',
      'الاتجار بالبشر',
    ];
    for (const input of inputs) {
      test(`runs no script and breaks nothing for ${JSON.stringify(input.slice(0, 30))}${input.length > 30 ? '…' : ''}`, async ({
        page,
      }) => {
        page.on('dialog', () => {
          throw new Error('a script opened a dialog');
        });
        await page.goto('search/');
        const box = page.getByRole('searchbox');
        await box.fill(input);
        await expect(page.getByRole('status')).toHaveText(/results? for|No results/);
        expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
        expect((await box.inputValue()).length).toBeLessThanOrEqual(120);
        await expect(page.locator('.search img, .search script')).toHaveCount(0);
      });
    }
  });
});

test.describe('search without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('says search needs JavaScript and offers every section instead', async ({ page }) => {
    await page.goto('search/');
    await expect(page.getByText('needs JavaScript')).toBeVisible();
    for (const section of allSections())
      await expect(page.getByRole('link', { name: section.title, exact: true })).toBeVisible();
  });
  test('the header search control is a plain link to the search page', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('banner').getByRole('link', { name: 'Search' })).toHaveAttribute('href', /\/search\/$/);
  });
});
