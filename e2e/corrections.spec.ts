// The corrections record: one page per brief lists every correction file, each under its own anchor, and the
// reading pages carry the sourced facts with a small "corrected" link instead of the story of each change.
import { readFileSync } from 'node:fs';
import { test as diskTest } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { basePath, fileFor, htmlPages, sitePath } from './support/dist';
import { briefs, corrections, sectionPathIn, translatedCorrections } from './support/site';
import { dictionaries, localeOfPath } from '../src/i18n';
import { formatDate } from '../src/lib/dates';
import { localBriefPath, readTranslations, sitePagePath } from '../src/i18n/addresses.mjs';

const records = corrections();

diskTest('the content has a corrections record to test', () => {
  expect(records.length, 'content/corrections/<brief>/ holds correction files').toBeGreaterThan(0);
});

for (const record of records) {
  test.describe(`corrections of ${record.brief}`, () => {
    test('list every correction file, each anchored, dated, sourced and linked to its place in the brief', async ({
      page,
    }) => {
      await page.goto(record.path);
      await expect(page.getByRole('heading', { level: 1, name: 'Corrections' })).toBeVisible();
      await expect(page.locator('article.correction')).toHaveCount(record.corrections.length);
      for (const correction of record.corrections) {
        const entry = page.locator(`article.correction#${correction.slug}`);
        await expect(entry.getByRole('heading', { level: 3 })).toHaveText(correction.topic);
        await expect(entry.locator('time')).toHaveAttribute('datetime', correction.date);
        for (const source of correction.sources) await expect(entry.locator(`a[href="${source.url}"]`)).toHaveCount(1);
        const place = `${basePath}${record.brief}/${correction.page === 'guide' ? 'discussion-guide' : correction.page}/${correction.anchor ? `#${correction.anchor}` : ''}`;
        await expect(entry.locator(`a[href="${place}"]`)).toHaveCount(1);
      }
    });

    test('are reachable from the brief, the footer and the about page', async ({ page }) => {
      const link = `a[href="${basePath}${record.path}"]`;
      await page.goto(`${record.brief}/`);
      await expect(page.locator(`.more ${link}`)).toHaveCount(1);
      await expect(page.locator(`footer ${link}`)).toHaveCount(1);
      await page.goto('about/');
      await page.locator('main').getByRole('link', { name: 'the corrections record' }).click();
      await expect(page).toHaveURL(new RegExp(`${record.path}$`));
    });

    test('a "corrected" link opens its entry', async ({ page }) => {
      const first = record.corrections.find(
        (correction) => correction.page !== 'glossary' && correction.page !== 'timeline',
      )!;
      await page.goto(`${record.brief}/${first.page}/`);
      const link = page.locator(`a.corrected[href$="#${first.slug}"]`).first();
      // The visible word is short; the hidden topic tells a screen reader which correction the link opens.
      await expect(link).toHaveAccessibleName(
        new RegExp(`^corrected\\s?: ${first.topic.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
      );
      await link.click();
      await expect(page).toHaveURL(new RegExp(`${record.path}#${first.slug}$`));
      await expect(page.locator(`article.correction#${first.slug}`)).toBeInViewport();
    });
  });

  // Every "corrected" link on the built site names an entry that exists, and every entry is linked from the
  // text it concerns, so neither a dead link nor a story no reader can reach survives a build.
  diskTest(`every "corrected" link to ${record.path} lands on an entry, and every entry is linked`, () => {
    const entries = new Set(record.corrections.map((correction) => correction.slug));
    const prefix = `${basePath}${record.path}#`;
    const dead: string[] = [];
    const linked = new Set<string>();
    // Pages in another language link to the record in their language (tested below).
    for (const file of htmlPages().filter((each) => localeOfPath(sitePath(each)) === 'en')) {
      const html = readFileSync(file, 'utf8');
      for (const [, href] of html.matchAll(/<a class="corrected" href="([^"]*)"/g)) {
        const slug = href!.startsWith(prefix) ? href!.slice(prefix.length) : '';
        if (!entries.has(slug)) dead.push(`/${sitePath(file)} → ${href}`);
        linked.add(slug);
      }
    }
    expect(dead, 'links that lead to no correction').toEqual([]);
    expect(
      [...entries].filter((slug) => !linked.has(slug)),
      "corrections no page links to with <Corrected> or a dataset's correction field",
    ).toEqual([]);
  });
}

// The reading text states the sourced facts; the story of a correction belongs on the corrections page. Reads
// the main text of every built section and companion page (sources and notes included) for the phrases those
// stories used.
const asides =
  /earlier version|earlier brief|original brief|brief this site|modeled on|were not read|not checked against/i;
diskTest('no reading page tells the story of a correction', () => {
  const pages = briefs().flatMap((brief) => [...brief.sections, ...brief.pages]);
  expect(pages.length).toBeGreaterThan(0);
  const found: string[] = [];
  for (const page of pages) {
    const file = fileFor(`${basePath}${page.path}`);
    expect(file, `${page.path} is built (run the build first)`).toBeTruthy();
    const main = readFileSync(file!, 'utf8').match(/<main[\s\S]*?<\/main>/)?.[0] ?? '';
    const text = main
      .replace(/<[^>]+>/g, ' ')
      .replace(/&#39;|&rsquo;/g, "'")
      .replace(/\s+/g, ' ');
    for (const match of text.matchAll(new RegExp(asides.source, 'gi')))
      found.push(`/${page.path}: …${text.slice(Math.max(0, match.index! - 60), match.index! + 60)}…`);
  }
  expect(found).toEqual([]);
});

// The record in another language: the English record's entries, anchors, dates and sources, with the words of
// content/translations/<locale>/corrections/<brief>.yml. Each entry links back to its place in the reader's
// language where that page is translated, and to the English page, marked, until then; every "corrected" link
// of a page in that language opens the entry in that language.
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const translatedSlugs = new Set(
  readTranslations(new URL('../content/', import.meta.url).pathname).map(
    (each) => `${each.locale}/${each.translationOf}`,
  ),
);

for (const record of translatedCorrections()) {
  const words = dictionaries[record.locale as keyof typeof dictionaries];
  test.describe(`corrections of ${record.brief} in ${record.locale}`, () => {
    test('list every correction, each anchored, dated, sourced and linked to its place in the brief', async ({
      page,
    }) => {
      await page.goto(record.path);
      await expect(page.locator('html')).toHaveAttribute('lang', record.locale);
      await expect(page.getByRole('heading', { level: 1, name: words['corrections.title'] })).toBeVisible();
      await expect(page.locator('article.correction')).toHaveCount(record.corrections.length);
      for (const correction of record.corrections) {
        const entry = page.locator(`article.correction#${correction.slug}`);
        await expect(entry.getByRole('heading', { level: 3 })).toHaveText(correction.topic);
        await expect(entry.locator('time')).toHaveAttribute('datetime', correction.date);
        await expect(entry.locator('time')).toHaveText(
          formatDate(new Date(`${correction.date}T00:00:00Z`), words['lang.locale']),
        );
        for (const source of correction.sources) await expect(entry.locator(`a[href="${source.url}"]`)).toHaveCount(1);
        const sourcesHeading = correction.sources.length > 1 ? 'corrections.sources' : 'corrections.source';
        await expect(entry.locator('dt').last()).toHaveText(words[sourcesHeading]);
        // Its place: the translated page (its anchor made from the translated heading, or the figure's id), or
        // the English page with its English anchor, said so.
        const back = entry.locator('.correction__meta a');
        const href = (await back.getAttribute('href'))!;
        if (translatedSlugs.has(`${record.locale}/${correction.page}`)) {
          const path = `${basePath}${sectionPathIn(record.locale, record.brief, correction.page)}`;
          expect(href.split('#')[0]).toBe(path);
          await expect(back).not.toHaveAttribute('hreflang');
          if (correction.anchor?.startsWith('fig-')) expect(href).toBe(`${path}#${correction.anchor}`);
        } else {
          const place = `${basePath}${record.brief}/${correction.page}/${correction.anchor ? `#${correction.anchor}` : ''}`;
          expect(href).toBe(place);
          await expect(back).toHaveAttribute('hreflang', 'en');
          await expect(entry.locator('.correction__meta')).toContainText(words['frame.inEnglish'].trim());
        }
      }
    });

    test('each entry\'s place holds its "corrected" link or its figure', async ({ page }) => {
      for (const correction of record.corrections.filter((each) =>
        translatedSlugs.has(`${record.locale}/${each.page}`),
      )) {
        await page.goto(record.path);
        await page.locator(`article.correction#${correction.slug} .correction__meta a`).click();
        const fragment = decodeURIComponent(new URL(page.url()).hash.slice(1));
        const target = fragment ? page.locator(`[id="${fragment}"]`) : page.locator('h1');
        await expect(target, `${correction.slug}: the anchor it links to`).toHaveCount(1);
        const marker = correction.anchor?.startsWith('fig-')
          ? page.locator(`[id="${correction.anchor}"]`)
          : page.locator(`main a.corrected[href$="#${correction.slug}"]`);
        await expect(marker.first(), `${correction.slug}: its "corrected" link or figure`).toBeAttached();
        // The anchor comes before the link it leads to, so the reader lands above the corrected paragraph.
        const order = await target.evaluate(
          (node, other) => node.compareDocumentPosition(other!) & Node.DOCUMENT_POSITION_FOLLOWING,
          await marker.first().elementHandle(),
        );
        if (!correction.anchor?.startsWith('fig-'))
          expect(order, `${correction.slug}: anchor above its link`).toBeTruthy();
      }
    });

    test('are reachable from the brief, the footer and the about page', async ({ page }) => {
      const link = `a[href="${basePath}${record.path}"]`;
      await page.goto(localBriefPath(record.locale, record.brief));
      await expect(page.locator(`.more ${link}`)).toHaveCount(1);
      await expect(page.locator(`.more ${link}`)).not.toHaveAttribute('hreflang');
      await expect(page.locator(`footer ${link}`)).toHaveCount(1);
      await page.goto(sitePagePath(record.locale, 'about'));
      await page.locator('main').getByRole('link', { name: 'registro de correcciones' }).click();
      await expect(page).toHaveURL(new RegExp(`${escape(record.path)}$`));
    });

    test('a "corrected" link opens its entry in the same language', async ({ page }) => {
      const first = record.corrections.find((correction) =>
        translatedSlugs.has(`${record.locale}/${correction.page}`),
      )!;
      await page.goto(sectionPathIn(record.locale, record.brief, first.page));
      const link = page.locator(`a.corrected[href$="#${first.slug}"]`).first();
      await expect(link).toHaveAccessibleName(
        new RegExp(`^${escape(words['corrections.link'])}\\s?: ${escape(first.topic)}$`),
      );
      await link.click();
      await expect(page).toHaveURL(new RegExp(`${escape(record.path)}#${first.slug}$`));
      await expect(page.locator(`article.correction#${first.slug}`)).toBeInViewport();
    });
  });

  diskTest(`every "corrected" link of a page in ${record.locale} lands on an entry of ${record.path}`, () => {
    const entries = new Set(record.corrections.map((correction) => correction.slug));
    const prefix = `${basePath}${record.path}#`;
    const dead: string[] = [];
    const linked = new Set<string>();
    for (const file of htmlPages().filter((each) => localeOfPath(sitePath(each)) === record.locale)) {
      const html = readFileSync(file, 'utf8');
      for (const [, href] of html.matchAll(/<a class="corrected" href="([^"]*)"/g)) {
        const slug = href!.startsWith(prefix) ? href!.slice(prefix.length) : '';
        if (!entries.has(slug)) dead.push(`/${sitePath(file)} → ${href}`);
        linked.add(slug);
      }
    }
    expect(dead, 'links that lead to no correction').toEqual([]);
    // An entry whose place is translated is linked from that translation (or from its figure).
    expect(
      record.corrections
        .filter(
          (correction) => translatedSlugs.has(`${record.locale}/${correction.page}`) && !linked.has(correction.slug),
        )
        .map((correction) => correction.slug),
      'corrections on a translated page that no page of this language links to',
    ).toEqual([]);
  });
}
