import { readFileSync } from 'node:fs';
import { test as diskTest } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { basePath, fileFor } from './support/dist';
import {
  allSections,
  glossaries,
  sectionPathIn,
  timelines,
  translatedGlossaries,
  translatedTimelines,
} from './support/site';
import { dictionaries, type Locale } from '../src/i18n';
import { readTranslations, translationPath } from '../src/i18n/addresses.mjs';

for (const timeline of timelines()) {
  test.describe('timeline', () => {
    test('lists every milestone in date order, each anchored, dated, sourced and tied to its section', async ({
      page,
    }) => {
      await page.goto(timeline.path);
      const dates = await page
        .locator('ol.timeline time')
        .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime') ?? ''));
      expect(dates).toEqual([...dates].sort());
      expect(dates).toHaveLength(timeline.milestones.length);
      for (const item of timeline.milestones) {
        const entry = page.locator(`li#${item.id}`);
        await expect(entry.locator('time')).toHaveAttribute('datetime', item.date);
        await expect(entry.locator(`a[href$="/${item.section}/"]`)).toHaveCount(1);
        await expect(entry.locator(`a[href="${item.source.url}"]`)).toHaveCount(1);
      }
    });

    test('reaches into 2025 and later, and every milestone anchor is recorded as permanent', async ({ page }) => {
      await page.goto(timeline.path);
      const years = await page
        .locator('ol.timeline li[id] time')
        .evaluateAll((nodes) => nodes.map((node) => Number(node.getAttribute('datetime')!.slice(0, 4))));
      expect(years.filter((year) => year >= 2025).length, 'milestones dated 2025 or later').toBeGreaterThanOrEqual(3);
      const ids = await page
        .locator('ol.timeline li[data-themes]')
        .evaluateAll((nodes) => nodes.map((node) => node.id));
      const manifest = JSON.parse(readFileSync('content/published.json', 'utf8')) as {
        anchors: Record<string, string[]>;
      };
      expect(
        ids.filter((id) => !(manifest.anchors[timeline.path] ?? []).includes(id)),
        'run `npm run build && npm run urls:record`',
      ).toEqual([]);
    });

    test('a theme filter narrows the list, and everything shows again', async ({ page }) => {
      await page.goto(timeline.path);
      const visible = () => page.locator('ol.timeline li:visible').count();
      const all = await visible();
      await page.getByRole('radio', { name: 'technology' }).check();
      const some = await visible();
      expect(some).toBeGreaterThan(0);
      expect(some).toBeLessThan(all);
      await expect(page.getByRole('status')).toHaveText(`Showing ${some} milestones about technology.`);
      await page.getByRole('radio', { name: 'Everything' }).check();
      expect(await visible()).toBe(all);
    });
  });

  test.describe('timeline without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('reads in full, and the filter that needs JavaScript stays hidden', async ({ page }) => {
      await page.goto(timeline.path);
      await expect(page.locator('ol.timeline li:visible')).toHaveCount(timeline.milestones.length);
      await expect(page.getByRole('group', { name: 'Show milestones about' })).toBeHidden();
    });
  });
}

for (const glossary of glossaries()) {
  test('the glossary defines every term under its own anchor, with its section and source', async ({ page }) => {
    await page.goto(glossary.path);
    for (const term of glossary.terms) {
      await expect(page.locator(`dt#${term.id}`)).toContainText(term.term);
      const details = page.locator(`dt#${term.id} + dd`);
      await expect(details).toContainText(term.definition);
      await expect(details.locator(`a[href$="/${term.section}/"]`)).toHaveCount(1);
      await expect(details.locator(`a[href="${term.source.url}"]`)).toHaveCount(1);
    }
  });
}

// Every term of art is explained where readers meet it: each glossary entry must be linked, with
// <Term id="…">, from at least one built section page of its brief, and every such link must name an entry.
// It reads dist/ from disk and needs no browser; a missing section page or an empty glossary fails too.
for (const glossary of glossaries()) {
  diskTest(`every term in ${glossary.path} is linked from a section page, and every term link resolves`, () => {
    const brief = glossary.path.split('/')[0]!;
    const sections = allSections().filter((section) => section.path.startsWith(`${brief}/`));
    expect(glossary.terms.length, 'the glossary defines terms').toBeGreaterThan(0);
    expect(sections.length, 'the brief has sections').toBeGreaterThan(0);
    const prefix = `${basePath}${glossary.path}#`;
    const linkedFrom = new Map<string, string[]>();
    for (const section of sections) {
      const file = fileFor(`${basePath}${section.path}`);
      expect(file, `${section.path} is built (run the build first)`).toBeTruthy();
      const html = readFileSync(file!, 'utf8');
      for (const [, href] of html.matchAll(/<a\b[^>]*\shref="([^"]*)"/g)) {
        if (!href!.startsWith(prefix)) continue;
        const id = href!.slice(prefix.length);
        linkedFrom.set(id, [...(linkedFrom.get(id) ?? []), section.slug]);
      }
    }
    const defined = new Set(glossary.terms.map((term) => term.id));
    const neverLinked = glossary.terms
      .filter((term) => !linkedFrom.has(term.id))
      .map((term) => `${term.id} (home section: ${term.section})`);
    const unknown = [...linkedFrom]
      .filter(([id]) => !defined.has(id))
      .map(([id, slugs]) => `#${id} from ${slugs.join(', ')}`);
    expect(neverLinked, 'glossary terms that no section links with <Term>').toEqual([]);
    expect(unknown, 'term links whose anchor the glossary does not define').toEqual([]);
  });
}

// The glossary and the timeline in other languages: the same entries under the same anchors as the English
// pages, in the language's words, with dates written for its readers, and links to the language's sections
// (the English one, marked, where a section is not translated yet).
for (const timeline of translatedTimelines()) {
  const words = dictionaries[timeline.locale as Locale];
  // Written apart from the site's code: "22 de septiembre de 2025" for es-US.
  const longDate = (date: string) =>
    new Intl.DateTimeFormat(words['lang.locale'], {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${date}T00:00:00Z`));

  test.describe(`timeline in ${timeline.locale}`, () => {
    test('lists every English milestone under its own anchor, dated for its readers, in its words, with section and source', async ({
      page,
    }) => {
      await page.goto(timeline.path);
      await expect(page.locator('html')).toHaveAttribute('lang', timeline.locale);
      await expect(page.locator('h1')).toHaveText(words['timeline.title']);
      const ids = await page
        .locator('ol.timeline li[data-themes]')
        .evaluateAll((nodes) => nodes.map((node) => node.id));
      expect(ids).toEqual(timeline.milestones.map((item) => item.id));
      for (const item of timeline.milestones) {
        const entry = page.locator(`li#${item.id}`);
        await expect(entry.locator('time')).toHaveAttribute('datetime', item.date);
        await expect(entry.locator('time')).toHaveText(longDate(item.date));
        await expect(entry.locator('.timeline__title')).toHaveText(item.title);
        await expect(entry).toContainText(item.text.replace(/\s+/g, ' ').trim());
        const section = sectionPathIn(timeline.locale, timeline.brief, item.section);
        const link = entry.locator(`a[href="${basePath}${section}"]`);
        await expect(link).toHaveCount(1);
        if (section.startsWith(`${timeline.brief}/`)) await expect(link).toHaveAttribute('hreflang', 'en');
        else await expect(link).not.toHaveAttribute('hreflang', /./);
        await expect(entry.locator(`a[href="${item.source.url}"]`)).toHaveCount(1);
      }
    });

    test('writes a known day as Spanish readers in the United States expect', async ({ page }) => {
      test.skip(timeline.locale !== 'es', 'a Spanish date');
      await page.goto(timeline.path);
      await expect(page.locator('li#hotline-operator-2025 time')).toHaveText('22 de septiembre de 2025');
    });

    test("a theme filter narrows the list and says so in the page's language", async ({ page }) => {
      await page.goto(timeline.path);
      const visible = () => page.locator('ol.timeline li:visible').count();
      const all = await visible();
      const technology = words['timeline.theme.technology'];
      await page.getByRole('radio', { name: technology }).check();
      const some = await visible();
      expect(some).toBeGreaterThan(0);
      expect(some).toBeLessThan(all);
      await expect(page.getByRole('status')).toHaveText(
        words['timeline.showingTheme'].replace('{count}', String(some)).replace('{theme}', technology),
      );
      await page.getByRole('radio', { name: words['timeline.everything'] }).check();
      expect(await visible()).toBe(all);
      await expect(page.getByRole('status')).toHaveText(words['timeline.showingAll'].replace('{count}', String(all)));
    });
  });
}

for (const glossary of translatedGlossaries()) {
  test(`the glossary in ${glossary.locale} defines every English term under the same anchor, in its words, with section and source`, async ({
    page,
  }) => {
    await page.goto(glossary.path);
    await expect(page.locator('html')).toHaveAttribute('lang', glossary.locale);
    const ids = await page.locator('dl.glossary dt').evaluateAll((nodes) => nodes.map((node) => node.id).sort());
    expect(ids).toEqual(glossary.terms.map((term) => term.id).sort());
    for (const term of glossary.terms) {
      await expect(page.locator(`dt#${term.id}`)).toContainText(term.term);
      const details = page.locator(`dt#${term.id} + dd`);
      await expect(details).toContainText(term.definition.replace(/\s+/g, ' ').trim());
      const section = sectionPathIn(glossary.locale, glossary.brief, term.section);
      await expect(details.locator(`a[href="${basePath}${section}"]`)).toHaveCount(1);
      await expect(details.locator(`a[href="${term.source.url}"]`)).toHaveCount(1);
    }
  });

  // Every <Term> on a page in this language leads to this language's glossary, to an entry it defines.
  diskTest(`every term link on a ${glossary.locale} section page resolves in ${glossary.path}`, () => {
    const pages = readTranslations('content').filter(
      (each) => each.locale === glossary.locale && each.brief === glossary.brief,
    );
    expect(pages.length, 'the language has translated sections').toBeGreaterThan(0);
    const defined = new Set(glossary.terms.map((term) => term.id));
    const prefix = `${basePath}${glossary.path}#`;
    const problems: string[] = [];
    let links = 0;
    for (const each of pages) {
      const path = translationPath(each.locale, each.brief, each.slug);
      const file = fileFor(`${basePath}${path}`);
      expect(file, `${path} is built (run the build first)`).toBeTruthy();
      const html = readFileSync(file!, 'utf8');
      for (const [, href] of html.matchAll(/<a class="term" href="([^"]*)"/g)) {
        links += 1;
        if (!href!.startsWith(prefix)) problems.push(`${path}: ${href} leads to another glossary`);
        else if (!defined.has(href!.slice(prefix.length))) problems.push(`${path}: ${href} is not an entry`);
      }
    }
    expect(links, 'term links on the translated sections').toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
}
