import { readFileSync } from 'node:fs';
import { test as diskTest } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { axeViolations } from './support/axe';
import { answerExitLocally } from './support/quick-exit';
import { basePath, fileFor } from './support/dist';
import { allSections, glossaries, sectionPathIn, translatedGlossaries } from './support/site';
import { dictionaries, type Locale } from '../src/i18n';
import { readTranslations, translationPath } from '../src/i18n/addresses.mjs';

// A glossary term in the text is a link to its entry. With JavaScript a plain click shows the definition
// beside the word instead (src/client/terms/popover.ts), from the glossary's own data.
const glossary = glossaries()[0]!;
const brief = glossary.path.split('/')[0]!;
const byId = new Map(glossary.terms.map((term) => [term.id, term]));
// A section that links several terms, so one test can move between them.
const section = allSections().find((entry) => entry.path.startsWith(`${brief}/`) && entry.slug === 'section-230')!;
const termId = (href: string | null) => href!.split('#')[1]!;

diskTest('each glossary ships its definitions as data, equal to the content file', () => {
  for (const each of glossaries()) {
    const file = fileFor(`${basePath}${each.path}terms.json`);
    expect(file, `${each.path}terms.json is built (run the build first)`).toBeTruthy();
    const data = JSON.parse(readFileSync(file!, 'utf8')) as Record<
      string,
      { term: string; definition: string; source: { url: string }; section: { href: string } }
    >;
    expect(Object.keys(data).sort()).toEqual(each.terms.map((term) => term.id).sort());
    for (const term of each.terms) {
      expect(data[term.id]).toMatchObject({
        term: term.term,
        definition: term.definition,
        source: { url: term.source.url },
      });
      expect(data[term.id]!.section.href).toBe(`${basePath}${each.path.split('/')[0]}/${term.section}/`);
    }
  }
});

test.describe('glossary terms with JavaScript', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('a click shows the definition beside the word, with its source and the way to the full entry', async ({
    page,
  }) => {
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(section.path);
    await page.waitForLoadState('networkidle');
    // Nothing of it loads with the page: the code, its stylesheet and the definitions wait for a click.
    const onDemand = () => fetched.filter((url) => /\/enhance\/terms\.(js|css)$|\/terms\.json$/.test(url));
    expect(onDemand()).toEqual([]);
    const link = page.locator('main a.term').first();
    const term = byId.get(termId(await link.getAttribute('href')))!;
    await link.click();
    const popover = page.getByRole('dialog', { name: term.term });
    await expect(popover).toBeVisible();
    await expect(popover).toHaveAccessibleDescription(term.definition);
    await expect(popover.getByRole('link', { name: term.source.title })).toHaveAttribute('href', term.source.url);
    await expect(popover.getByRole('link', { name: 'Full entry in the glossary' })).toHaveAttribute(
      'href',
      (await link.getAttribute('href'))!,
    );
    // The reader stayed on the page; focus moved into the definition, and the word says it is open.
    expect(page.url()).toContain(section.path);
    await expect(popover).toBeFocused();
    await expect(link).toHaveAttribute('aria-expanded', 'true');
    expect(
      onDemand()
        .map((url) => url.split('/').pop())
        .sort(),
    ).toEqual(['terms.css', 'terms.js', 'terms.json']);
    // On a 320 px phone the definition stays on screen sideways, and starts just under the word.
    const [box, word] = [await popover.boundingBox(), await link.boundingBox()];
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(320);
    expect(Math.abs(box!.y - (word!.y + word!.height)) < 12 || Math.abs(box!.y + box!.height - word!.y) < 12).toBe(
      true,
    );
  });

  test('a long definition opened mid-screen on a small phone ends up wholly on screen', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 480 });
    await page.goto(section.path);
    const link = page.locator('main a.term').first();
    // The word in the middle of the screen: on a 480 px screen the definition fits neither above nor below it.
    await link.evaluate((node) =>
      window.scrollBy({ top: node.getBoundingClientRect().top - window.innerHeight / 2, behavior: 'instant' }),
    );
    await link.click();
    const popover = page.locator('#term-popover');
    await expect(popover).toBeVisible();
    await expect
      .poll(
        async () => {
          const box = (await popover.boundingBox())!;
          return box.height > 480 / 2 && box.y >= 0 && box.y + box.height <= 480 - 4;
        },
        { message: 'taller than half the screen, and wholly on it' },
      )
      .toBe(true);
  });

  test("the hotline's definition gives its numbers as call and text links that never wrap", async ({ page }) => {
    const hotline = allSections().find((entry) => entry.path === `${brief}/introduction/`)!;
    await page.goto(hotline.path);
    await page.locator('main a.term[href$="#national-hotline"]').first().click();
    const popover = page.getByRole('dialog', { name: byId.get('national-hotline')!.term });
    await expect(popover).toBeVisible();
    await expect(popover).toHaveAccessibleDescription(byId.get('national-hotline')!.definition);
    for (const [name, href] of [
      ['1-888-373-7888', 'tel:+18883737888'],
      ['233733', 'sms:233733'],
      ['911', 'tel:911'],
    ] as const) {
      const call = popover.getByRole('link', { name, exact: true });
      await expect(call).toHaveAttribute('href', href);
      await expect(call).toHaveCSS('white-space', 'nowrap');
      // One line box: the number is not split, even in the popover's narrow column on a 320 px phone.
      expect(await call.evaluate((node) => node.getClientRects().length)).toBe(1);
    }
  });

  test('it links the section that explains the term, unless the reader is already on it', async ({ page }) => {
    await page.goto(section.path);
    const links = await page.locator('main a.term').all();
    const homes = await Promise.all(links.map(async (link) => byId.get(termId(await link.getAttribute('href')))!));
    const here = homes.findIndex((term) => term.section === section.slug);
    const elsewhere = homes.findIndex((term) => term.section !== section.slug);
    expect(here, 'a term this section explains').toBeGreaterThanOrEqual(0);
    expect(elsewhere, 'a term another section explains').toBeGreaterThanOrEqual(0);
    const popover = page.locator('#term-popover');

    await links[elsewhere]!.scrollIntoViewIfNeeded();
    await links[elsewhere]!.click();
    const more = popover.getByRole('link', { name: /^More in “/ });
    await expect(more).toBeVisible();
    await expect(more).toHaveAttribute('href', new RegExp(`/${brief}/${homes[elsewhere]!.section}/$`));
    await page.keyboard.press('Escape');

    await links[here]!.scrollIntoViewIfNeeded();
    await links[here]!.click();
    await expect(popover).toBeVisible();
    await expect(more).toBeHidden();
  });

  test('the keyboard opens it, Tabs into it, and Escape closes it and returns to the word', async ({ page }) => {
    await page.goto(section.path);
    const link = page.locator('main a.term').first();
    const term = byId.get(termId(await link.getAttribute('href')))!;
    await link.focus();
    await page.keyboard.press('Enter');
    const popover = page.getByRole('dialog', { name: term.term });
    await expect(popover).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(popover.getByRole('button', { name: 'Close' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(popover.getByRole('link', { name: term.source.title })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(popover).toBeHidden();
    await expect(link).toBeFocused();
    await expect(link).toHaveAttribute('aria-expanded', 'false');
  });

  test('Close, a second click on the word, a click elsewhere and focus elsewhere each close it; another term replaces it', async ({
    page,
  }) => {
    await page.goto(section.path);
    const links = page.locator('main a.term');
    const [first, second] = [links.nth(0), links.nth(1)];
    const popover = page.locator('#term-popover');

    await first.click();
    await popover.getByRole('button', { name: 'Close' }).click();
    await expect(popover).toBeHidden();
    await expect(first).toBeFocused();

    await first.click();
    await expect(popover).toBeVisible();
    await first.click();
    await expect(popover).toBeHidden();

    await first.click();
    await page.locator('main h1').click();
    await expect(popover).toBeHidden();

    await first.click();
    await page.getByRole('link', { name: 'Skip to content' }).focus();
    await expect(popover).toBeHidden();

    await first.click();
    await second.scrollIntoViewIfNeeded();
    await second.click();
    const other = byId.get(termId(await second.getAttribute('href')))!;
    await expect(page.getByRole('dialog', { name: other.term })).toBeVisible();
    await expect(page.locator('[role="dialog"]:visible')).toHaveCount(1);
    await expect(first).toHaveAttribute('aria-expanded', 'false');
  });

  test('a click that asks for a new tab still opens the glossary entry there', async ({ page, context }) => {
    await page.goto(section.path);
    const link = page.locator('main a.term').first();
    const opened = context.waitForEvent('page');
    await link.click({ modifiers: ['ControlOrMeta'] });
    const tab = await opened;
    await tab.waitForLoadState();
    expect(tab.url()).toBe(new URL((await link.getAttribute('href'))!, page.url()).href);
    await expect(page.locator('#term-popover')).toHaveCount(0);
  });

  test.describe('offline', () => {
    // The refused request is the point of this test; Chromium logs it.
    test.use({ allowedConsole: [/Failed to load resource/] });

    test('when the definitions cannot load, the click opens the glossary entry as a plain link would', async ({
      page,
    }) => {
      await page.route('**/terms.json', (route) => route.abort());
      await page.goto(section.path);
      const link = page.locator('main a.term').first();
      const target = new URL((await link.getAttribute('href'))!, page.url()).href;
      await link.click();
      await page.waitForURL(target);
      await expect(page.locator(`dt#${termId(target)}`)).toBeVisible();
    });
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds nothing with a definition open (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(section.path);
      await page.locator('main a.term').first().click();
      await expect(page.locator('#term-popover')).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('the quick exit hides an open definition along with the page', async ({ page }) => {
    // What the page looked like the moment the exit ran: a listener added after the quick exit's own sees
    // the page as the exit left it, just before the browser moves on.
    const seen: { popoverOpen: boolean; covered: boolean }[] = [];
    await page.exposeFunction('reportExit', (state: { popoverOpen: boolean; covered: boolean }) => seen.push(state));
    await page.goto(section.path);
    const neutral = await answerExitLocally(page);
    await page.locator('main a.term').first().click();
    await expect(page.locator('#term-popover')).toBeVisible();
    // The exit runs as the third Shift is released (src/client/quick-exit.ts), so the report listens for keyup.
    await page.evaluate(() =>
      document.addEventListener('keyup', () => {
        const cover = document.querySelector<HTMLElement>('[data-quick-exit-cover]')!;
        if (cover.hidden) return;
        const report = (
          window as unknown as { reportExit: (state: { popoverOpen: boolean; covered: boolean }) => void }
        ).reportExit;
        report({
          popoverOpen: document.querySelector('#term-popover')!.matches(':popover-open'),
          covered: !cover.hidden,
        });
      }),
    );
    for (let press = 0; press < 3; press += 1) await page.keyboard.press('Shift');
    await page.waitForURL(neutral);
    expect(seen).toEqual([{ popoverOpen: false, covered: true }]);
  });
});

test.describe('glossary terms without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a term is a plain link to its glossary entry', async ({ page }) => {
    await page.goto(section.path);
    const link = page.locator('main a.term').first();
    const target = new URL((await link.getAttribute('href'))!, page.url()).href;
    await link.click();
    await page.waitForURL(target);
    await expect(page.locator(`dt#${termId(target)}`)).toContainText(byId.get(termId(target))!.term);
  });
});

// On a page in another language a term leads to that language's glossary, and its popover speaks that
// language: the definition from the translated glossary, the popover's own words from the dictionary.
for (const translated of translatedGlossaries()) {
  const words = dictionaries[translated.locale as Locale];
  const termsById = new Map(translated.terms.map((term) => [term.id, term]));
  const moreIn = new RegExp(
    `^${words['termPopover.moreIn'].split('{title}')[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
  );
  const page = readTranslations('content').find(
    (each) => each.locale === translated.locale && each.brief === translated.brief,
  )!;
  const pagePath = translationPath(page.locale, page.brief, page.slug);

  diskTest(`the ${translated.locale} glossary ships its own definitions as data, in its words`, () => {
    const file = fileFor(`${basePath}${translated.path}terms.json`);
    expect(file, `${translated.path}terms.json is built (run the build first)`).toBeTruthy();
    const data = JSON.parse(readFileSync(file!, 'utf8')) as Record<
      string,
      { term: string; definition: string; source: { url: string }; section: { href: string; inEnglish?: boolean } }
    >;
    expect(Object.keys(data).sort()).toEqual(translated.terms.map((term) => term.id).sort());
    for (const term of translated.terms) {
      expect(data[term.id]).toMatchObject({
        term: term.term,
        definition: term.definition,
        source: { url: term.source.url },
      });
      const section = sectionPathIn(translated.locale, translated.brief, term.section);
      expect(data[term.id]!.section.href).toBe(`${basePath}${section}`);
      expect(Boolean(data[term.id]!.section.inEnglish)).toBe(section.startsWith(`${translated.brief}/`));
    }
  });

  test.describe(`glossary terms in ${translated.locale}`, () => {
    test.use({ viewport: { width: 320, height: 640 } });

    test('a term links to the entry in its own language, and its definition opens in that language', async ({
      page: browser,
    }) => {
      await browser.goto(pagePath);
      const link = browser.locator('main a.term').first();
      const href = (await link.getAttribute('href'))!;
      expect(href.startsWith(`${basePath}${translated.path}#`), href).toBe(true);
      await expect(link).not.toHaveAttribute('hreflang', /./);
      await expect(link.locator('.visually-hidden')).toHaveCount(0);
      const term = termsById.get(termId(href))!;
      await link.click();
      const popover = browser.getByRole('dialog', { name: term.term });
      await expect(popover).toBeVisible();
      await expect(popover).toHaveAccessibleDescription(term.definition);
      await expect(popover.getByRole('button', { name: words['termPopover.close'] })).toBeVisible();
      await expect(popover.getByRole('link', { name: words['termPopover.entry'] })).toHaveAttribute('href', href);
      await expect(popover).toContainText(words['termPopover.source'].replace('{publisher}', term.source.publisher));
      await expect(popover.getByRole('link', { name: term.source.title })).toHaveAttribute('lang', 'en');
    });

    test("the hotline's definition in Spanish gives its call and text numbers as links", async ({ page: browser }) => {
      test.skip(translated.locale !== 'es', 'Spanish wording');
      await browser.goto(pagePath);
      await browser.locator('main a.term[href$="#national-hotline"]').first().click();
      const popover = browser.getByRole('dialog', { name: termsById.get('national-hotline')!.term });
      await expect(popover).toBeVisible();
      await expect(popover.getByRole('link', { name: '1-888-373-7888', exact: true })).toHaveAttribute(
        'href',
        'tel:+18883737888',
      );
      await expect(popover.getByRole('link', { name: '233733', exact: true })).toHaveAttribute('href', 'sms:233733');
    });

    test('the way to the section that explains a term is in the language, or says it leads to English', async ({
      page: browser,
    }) => {
      await browser.goto(pagePath);
      const links = await browser.locator('main a.term').all();
      for (const link of links) {
        const term = termsById.get(termId(await link.getAttribute('href')))!;
        const section = sectionPathIn(translated.locale, translated.brief, term.section);
        if (section === pagePath) continue;
        await link.scrollIntoViewIfNeeded();
        await link.click();
        const more = browser.locator('#term-popover').getByRole('link', { name: moreIn });
        await expect(more).toHaveAttribute('href', `${basePath}${section}`);
        if (section.startsWith(`${translated.brief}/`)) {
          await expect(more).toHaveAttribute('hreflang', 'en');
          await expect(more).toContainText(words['termPopover.inEnglish'].trim());
        }
        await browser.keyboard.press('Escape');
        return;
      }
      throw new Error(`${pagePath} links no term explained in another section`);
    });
  });
}
