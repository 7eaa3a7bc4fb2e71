import { test, expect } from './support/fixtures';
import { readFileSync } from 'node:fs';
import { allSections, briefs } from './support/site';

const readSection = (section: { path: string }) =>
  readFileSync(new URL(`../content/sections/${section.path.replace(/\/$/, '')}.mdx`, import.meta.url), 'utf8');

test.describe('reading the brief', () => {
  test('the home page lists every section in reading order', async ({ page }) => {
    await page.goto('./');
    const brief = briefs()[0]!;
    const titles = await page.locator('ol.cards').getByRole('heading').allTextContents();
    expect(titles.map((title) => title.trim())).toEqual(brief.sections.map((section) => section.title));
    await expect(page.getByRole('link', { name: 'Start reading' })).toHaveAttribute(
      'href',
      new RegExp(`${brief.sections[0]!.path}$`),
    );
  });

  for (const brief of briefs()) {
    brief.sections.forEach((section, index) => {
      test(`"${section.title}" shows its title, headings with anchors, sources and neighbours`, async ({ page }) => {
        await page.goto(section.path);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(section.title);
        await expect(page).toHaveTitle(new RegExp(`^${section.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));

        // Every heading of the reading content can be linked to, and the table of contents points at them.
        const headings = page.locator('.section-body :is(h2, h3)');
        for (const id of await headings.evaluateAll((nodes) => nodes.map((node) => node.id))) expect(id).not.toBe('');
        const tocTargets = await page
          .locator('nav.toc a')
          .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
        for (const target of tocTargets) await expect(page.locator(target!)).toHaveCount(1);

        // Every inline citation lands on an entry of the source list.
        const citations = await page
          .locator('sup.cite a')
          .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
        for (const target of citations) await expect(page.locator(`.sources ${target}`)).toHaveCount(1);

        const previous = brief.sections[index - 1];
        const next = brief.sections[index + 1];
        const pager = page.getByRole('navigation', { name: 'Previous and next section' });
        if (previous)
          await expect(pager.locator('a[rel="prev"]')).toHaveAttribute('href', new RegExp(`${previous.path}$`));
        else await expect(pager.locator('a[rel="prev"]')).toHaveCount(0);
        if (next) await expect(pager.locator('a[rel="next"]')).toHaveAttribute('href', new RegExp(`${next.path}$`));
        else await expect(pager.locator('a[rel="next"]')).toHaveCount(0);
      });
    });

    test(`the whole "${brief.title}" brief reads on one page, every section in order`, async ({ page }) => {
      await page.goto(`${brief.id}/full-brief/`);
      const titles = await page.locator('.full-brief__title').allTextContents();
      expect(titles.map((title) => title.replace(/^\s*\d+\.\s*/, '').trim())).toEqual(
        brief.sections.map((section) => section.title),
      );
      const ids = await page.locator('[id]').evaluateAll((nodes) => nodes.map((node) => node.id));
      expect(new Set(ids).size, 'no id is used twice on the one-page edition').toBe(ids.length);
    });
  }

  test.describe('citations have a way back', () => {
    test.use({ javaScriptEnabled: false });
    for (const section of allSections().filter((each) => /<Cite /.test(readSection(each)))) {
      test(`every source "${section.title}" cites links back to each citation, and the link lands there`, async ({
        page,
      }) => {
        await page.goto(section.path);
        const cites = await page
          .locator('.section-body sup.cite a')
          .evaluateAll((links) => links.map((link) => ({ id: link.id, href: link.getAttribute('href')! })));
        expect(cites.length).toBeGreaterThan(0);
        for (const cite of cites) {
          expect(cite.id, `citation to ${cite.href} has an anchor`).not.toBe('');
          // The entry it points to links back to exactly this citation, by an accessible name.
          const back = page.locator(`.sources li${cite.href} .sources__back a[href="#${cite.id}"]`);
          await expect(back).toHaveCount(1);
          await expect(back).toHaveAccessibleName(/^Back to (the citation|citation \d+)$/);
        }
        // Each back-link goes to a citation of its own source, and none is left over.
        const backs = await page
          .locator('.sources__back a')
          .evaluateAll((links) =>
            links.map((link) => ({ from: link.closest('li')!.id, to: link.getAttribute('href')! })),
          );
        expect(backs).toHaveLength(cites.length);
        for (const back of backs) expect(cites.find((cite) => `#${cite.id}` === back.to)?.href).toBe(`#${back.from}`);
        const last = backs.at(-1)!;
        await page.locator(`.sources a[href="${last.to}"]`).click();
        await expect(page).toHaveURL(new RegExp(`${last.to}$`));
        await expect(page.locator(last.to)).toBeInViewport();
      });
    }
  });

  test.describe('a mistyped address', () => {
    test.use({ allowedConsole: [/status of 404/] });
    test('gets a helpful 404 page listing every section', async ({ page }) => {
      const response = await page.goto('no-such-page/');
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toContainText('could not find');
      // The English block: the Spanish one below may list a section not yet translated by its English title too.
      const english = page.getByRole('region', { name: 'English' });
      for (const section of allSections())
        await expect(english.getByRole('link', { name: section.title, exact: true })).toBeVisible();
    });
  });
});
