// The corrections record: one page per brief lists every correction file, each under its own anchor, and the
// reading pages carry the sourced facts with a small "corrected" link instead of the story of each change.
import { readFileSync } from 'node:fs';
import { test as diskTest } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { basePath, fileFor, htmlPages, sitePath } from './support/dist';
import { briefs, corrections } from './support/site';

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
    for (const file of htmlPages()) {
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
