// The whole brief on paper: few enough pages to print for a circle, the hotline on every one, no
// addresses run through the text, and headings kept with what follows them.
import { test, expect } from './support/fixtures';
import { briefs } from './support/site';

const MAX_PAGES = 55;
// Longest address the paper shows: a source list's short form (src/lib/short-url.ts) and no more.
const MAX_PRINTED_URL = 48;
const brief = briefs()[0]!;
const path = `${brief.id}/full-brief/`;

test.describe('the whole brief, printed', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
  });

  test(`fits on ${MAX_PAGES} Letter or A4 pages, with sections flowing on rather than each starting a page`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const breaks = await page
      .locator('.full-brief__section')
      .evaluateAll((nodes) => nodes.map((node) => getComputedStyle(node).breakBefore));
    expect(new Set(breaks)).toEqual(new Set(['auto']));
    for (const format of ['Letter', 'A4'] as const) {
      const pdf = await page.pdf({ format, printBackground: false });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages, `${format} pages`).toBeGreaterThan(10);
      expect(pages, `${format} pages`).toBeLessThanOrEqual(MAX_PAGES);
    }
  });

  test('prints no long address after links, only a short form once in each source list', async ({ page }) => {
    const afters = await page
      .locator('main a')
      .evaluateAll((links) => links.map((link) => getComputedStyle(link, '::after').content));
    const printed = afters.filter((content) => content !== 'none' && content !== 'normal' && content !== '""');
    expect(printed.filter((content) => /https?:|www\.|\.(org|gov|com)/.test(content))).toEqual([]);
    const shortForms = await page
      .locator('.sources__url')
      .evaluateAll((nodes) => nodes.filter((node) => node.checkVisibility()).map((node) => node.textContent!.trim()));
    const sources = await page.locator('.sources li').count();
    expect(shortForms).toHaveLength(sources);
    for (const form of shortForms) {
      expect(form.length, form).toBeLessThanOrEqual(MAX_PRINTED_URL);
      expect(form).not.toMatch(/^https?:/);
    }
  });

  test('carries the hotline in the top margin of every page', async ({ page }) => {
    // @page margin boxes are not in the DOM: read the rule the printed pages use.
    const margins = await page.evaluate(() => {
      const found: string[] = [];
      const walk = (rules: CSSRuleList) => {
        for (const rule of rules) {
          if (rule instanceof CSSPageRule) {
            for (const inner of rule.cssRules) {
              // A CSSMarginRule: its name is the margin box, its style what the box shows.
              const margin = inner as unknown as { name?: string; style?: CSSStyleDeclaration };
              if (margin.name === 'top-center' && margin.style) found.push(margin.style.getPropertyValue('content'));
            }
          } else if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules);
        }
      };
      for (const sheet of document.styleSheets) walk(sheet.cssRules);
      return found;
    });
    expect(
      margins.some(
        (content) => content.includes('1-888-373-7888') && content.includes('233733') && content.includes('911'),
      ),
    ).toBe(true);
  });

  test('keeps each heading with the text that follows it, in type of 10 pt or more', async ({ page }) => {
    const headings = await page
      .locator('main :is(h2, h3, h4)')
      .evaluateAll((nodes) =>
        nodes.filter((node) => node.checkVisibility()).map((node) => getComputedStyle(node).breakAfter),
      );
    expect(headings.length).toBeGreaterThan(20);
    expect(new Set(headings)).toEqual(new Set(['avoid']));
    const sizes = await page
      .locator('.section-body > p, .sources li')
      .evaluateAll((nodes) => nodes.map((node) => parseFloat(getComputedStyle(node).fontSize) * 0.75));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(10 - 0.01);
  });
});
