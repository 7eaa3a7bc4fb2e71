import { test, expect } from './support/fixtures';
import { expectedCheckedMonth, expectedNewestYear, figures, parseCsv, written } from './support/figures';

// Figures are drawn at build time: each must be complete without JavaScript (SVG with a text alternative,
// the numbers as a table and as CSV, all equal to the data file), and the script only adds to it.
const all = figures();
const byBrief = Map.groupBy(all, (figure) => figure.brief);

test.describe('figures without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test.skip(all.length === 0, 'no section shows a <Figure> yet');

  for (const [brief, list] of byBrief) {
    test(`the ${brief} figures page shows every figure the sections show, each linking to its section`, async ({
      page,
    }) => {
      await page.goto(`${brief}/figures/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Figures');
      const ids = await page.locator('figure.figure').evaluateAll((nodes) => nodes.map((node) => node.id));
      expect(ids).toEqual(list.map((figure) => `fig-${figure.id}`));
      for (const figure of list) {
        const link = page
          .getByRole('link', { name: figure.section.title, exact: true })
          .and(page.locator(`[href$="#fig-${figure.id}"]`));
        await expect(link).toHaveAttribute('href', new RegExp(`${figure.section.path}#fig-${figure.id}$`));
      }
    });
  }

  for (const figure of all) {
    test(`"${figure.id}" in "${figure.section.title}" has its chart, table and CSV, all with the data file's numbers`, async ({
      page,
    }) => {
      const { data } = figure;
      await page.goto(figure.section.path);
      const root = page.locator(`figure#fig-${figure.id}`);
      await expect(root).toHaveCount(1);
      await expect(root.locator('.figure__title')).not.toBeEmpty();
      // How current the numbers are, worked out from the same file: the newest year and the month of the check.
      await expect(root.locator('.figure__dates')).toHaveText(
        `Latest data: ${expectedNewestYear(data)} · checked ${expectedCheckedMonth(data.checked)}`,
      );
      await expect(root.locator('.figure__dates time')).toHaveAttribute('datetime', data.checked);
      if (data.stale)
        await expect(root.locator('p', { hasText: data.stale })).toHaveText(`Why no newer data: ${data.stale}`);

      // The chart: an image named by the dataset's title, every value written on it and in its description.
      const chart = root.getByRole('img', { name: data.title, exact: true });
      await expect(chart).toBeVisible();
      const svgText = (await chart.locator('text').allTextContents()).join(' | ');
      const description = await chart.locator('desc').textContent();
      // Bar charts draw the first column; columns and paired charts draw them all: one mark per value drawn.
      const drawn = data.columns.slice(0, (await chart.locator('[data-value]').count()) / data.rows.length);
      expect(drawn.length).toBeGreaterThan(0);
      for (const row of data.rows) {
        expect(description).toContain(row.label);
        for (const column of drawn) {
          expect(svgText).toContain(written(row, column));
          expect(description).toContain(written(row, column));
        }
      }

      // The table, behind a disclosure that works without script: exactly the file's rows and values.
      await root.getByText('Show the data as a table').click();
      const table = root.getByRole('table');
      await expect(table).toBeVisible();
      const headers = await table.locator('thead th').allTextContents();
      expect(headers.slice(1, 1 + data.columns.length)).toEqual(data.columns.map((column) => column.label));
      await expect(table.locator('tbody tr')).toHaveCount(data.rows.length);
      for (const row of data.rows) {
        const cells = await table
          .locator('tbody tr')
          .filter({ has: page.getByRole('rowheader', { name: row.label, exact: true }) })
          .locator('td.num')
          .allTextContents();
        expect(cells).toEqual(data.columns.map((column) => written(row, column)));
      }

      // The CSV, written at build time from the same file: the plain numbers, one row per data row.
      const csvLink = root.getByRole('link', { name: 'Download the data (CSV)' });
      const response = await page.request.get(new URL((await csvLink.getAttribute('href'))!, page.url()).href);
      expect(response.ok()).toBe(true);
      const [header, ...rows] = parseCsv(await response.text()).filter((fields) => fields.some(Boolean));
      expect(header!.slice(1, 1 + data.columns.length)).toEqual(data.columns.map((column) => column.label));
      expect(rows.map((fields) => fields[0])).toEqual(data.rows.map((row) => row.label));
      rows.forEach((fields, index) => {
        const row = data.rows[index]!;
        expect(fields.slice(1, 1 + data.columns.length).map(Number)).toEqual(
          data.columns.map((column) => row.values[column.key]),
        );
      });

      // Sources open safely; the permalink points at the figure itself.
      const sources = root.locator('a[href^="https://"]');
      expect(await sources.count()).toBeGreaterThan(0);
      for (const link of await sources.all()) {
        await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
        expect(data.sources.map((source) => source.url)).toContain(await link.getAttribute('href'));
      }
      await expect(root.getByRole('link', { name: 'Link to this figure' })).toHaveAttribute(
        'href',
        `#fig-${figure.id}`,
      );
      // Without script there is nothing to focus inside the chart and no copy button.
      await expect(root.locator('svg [tabindex]')).toHaveCount(0);
      await expect(root.getByRole('button', { name: 'Copy link' })).toBeHidden();
    });
  }
});

for (const width of [320, 1280]) {
  test.describe(`figures at ${width}px`, () => {
    test.use({ viewport: { width, height: 900 } });
    test.skip(all.length === 0, 'no section shows a <Figure> yet');
    for (const brief of byBrief.keys()) {
      test(`no chart text on the ${brief} figures page overlaps other text or leaves its chart`, async ({ page }) => {
        await page.goto(`${brief}/figures/`);
        const problems = await page.locator('svg.fig-svg').evaluateAll((svgs) =>
          svgs.flatMap((svg) => {
            const frame = svg.getBoundingClientRect();
            const boxes = [...svg.querySelectorAll('text')].map((text) => ({
              text: text.textContent ?? '',
              box: text.getBoundingClientRect(),
            }));
            const found: string[] = [];
            boxes.forEach(({ text, box }, i) => {
              if (box.left < frame.left - 1 || box.right > frame.right + 1) found.push(`"${text}" leaves its chart`);
              for (const other of boxes.slice(i + 1)) {
                const b = other.box;
                if (box.left < b.right && b.left < box.right && box.top < b.bottom - 1 && b.top < box.bottom - 1)
                  found.push(`"${text}" overlaps "${other.text}"`);
              }
            });
            return found.map((problem) => `${svg.closest('figure')?.id}: ${problem}`);
          }),
        );
        expect(problems).toEqual([]);
      });
    }
  });
}

test.describe('figures with JavaScript', () => {
  test.skip(all.length === 0, 'no section shows a <Figure> yet');

  test('figure interaction loads only as a chart comes near the screen', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    // The section whose first chart sits furthest down the page.
    const firstChartTop = async (path: string) => {
      await page.goto(path);
      return page
        .locator('[data-fig-chart]')
        .first()
        .evaluate((chart) => chart.getBoundingClientRect().top + window.scrollY);
    };
    const paths = [...new Set(all.map((figure) => figure.section.path))];
    const tops = [];
    for (const path of paths) tops.push(await firstChartTop(path));
    const path = paths[tops.indexOf(Math.max(...tops))]!;

    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const chart = page.locator('[data-fig-chart]').first();
    expect(
      await chart.evaluate((node) => node.getBoundingClientRect().top),
      'a chart more than two screens down',
    ).toBeGreaterThan(2 * 640);
    expect(fetched.filter((url) => url.endsWith('/enhance/figures.js'))).toEqual([]);
    await expect(chart.locator('svg')).toHaveAttribute('role', 'img');

    await chart.scrollIntoViewIfNeeded();
    await expect(chart.locator('svg')).toHaveAttribute('role', 'group');
    await expect(chart.locator('svg [tabindex="0"]')).toHaveCount(1);
    expect(fetched.filter((url) => url.endsWith('/enhance/figures.js'))).toHaveLength(1);
  });
  for (const brief of byBrief.keys()) {
    test(`the keyboard reaches every mark of every chart on the ${brief} figures page, and a tooltip shows its value`, async ({
      page,
    }) => {
      // Every mark of every chart, one key press each: the time grows with the brief's figures.
      test.slow();
      await page.goto(`${brief}/figures/`);
      for (const figure of await page.locator('figure.figure').all()) {
        const marks = figure.locator('svg [data-value]');
        const count = await marks.count();
        expect(count).toBeGreaterThan(0);
        // One Tab stop per chart: from the link before the figure, Tab lands on the first mark. The
        // interaction arrives as the chart nears the screen.
        await figure.scrollIntoViewIfNeeded();
        await expect(figure.locator('svg [tabindex="0"]')).toHaveCount(1);
        await figure.locator('xpath=preceding::a[1]').focus();
        await page.keyboard.press('Tab');
        const tip = figure.locator('.figure__tip');
        for (let index = 0; index < count; index += 1) {
          if (index > 0) await page.keyboard.press('ArrowRight');
          const mark = marks.nth(index);
          await expect(mark).toBeFocused();
          const value = (await mark.getAttribute('data-value'))!;
          await expect(mark).toHaveAccessibleName(`${await mark.getAttribute('data-label')}: ${value}`);
          await expect(tip).toBeVisible();
          await expect(tip).toContainText(value);
        }
        await page.keyboard.press('Escape');
        await expect(tip).toBeHidden();
        await page.keyboard.press('Home');
        await expect(marks.first()).toBeFocused();
        // Tab leaves the chart in one step.
        await page.keyboard.press('Tab');
        await expect(figure.locator('svg :focus')).toHaveCount(0);
      }
    });

    test(`hovering a bar on the ${brief} figures page shows its tooltip`, async ({ page }) => {
      await page.goto(`${brief}/figures/`);
      const figure = page.locator('figure.figure').first();
      const mark = figure.locator('svg [data-value]').first();
      // The interaction arrives after the page (its script and stylesheet load as the chart nears the screen):
      // a hover before it would meet a plain chart.
      await expect(figure.locator('svg [tabindex="0"]')).toHaveCount(1);
      await mark.hover();
      await expect(figure.locator('.figure__tip')).toContainText((await mark.getAttribute('data-value'))!);
      await page.mouse.move(0, 0);
      await expect(figure.locator('.figure__tip')).toBeHidden();
    });

    test(`"Copy link" on the ${brief} figures page copies the figure's address`, async ({ page, context, baseURL }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
      await page.goto(`${brief}/figures/`);
      const figure = page.locator('figure.figure').first();
      const id = await figure.getAttribute('id');
      await figure.getByRole('button', { name: 'Copy link' }).click();
      await expect(figure.getByRole('status')).toHaveText('Link copied');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(`#${id}`, page.url()).href);
    });
  }
});
