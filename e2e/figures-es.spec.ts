import { test, expect } from './support/fixtures';
import {
  expectedCheckedMonthEs,
  expectedNewestYear,
  figures,
  parseCsv,
  readSpanishWords,
  writtenEs,
} from './support/figures';

// Spanish figures read the English data files with the words of content/translations/es/data/: the same numbers,
// written for Spanish readers in the United States, with Spanish labels, table and tooltips; the CSV stays English.
const all = figures();
const byBrief = Map.groupBy(all, (figure) => figure.brief);
// The Spanish address of each brief's figures page (src/lib/page-names.mjs, src/i18n/addresses.mjs).
const spanishPage: Record<string, string> = { 'human-trafficking': 'es/trata-de-personas/graficas/' };

test.describe('Spanish figures without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test.skip(all.length === 0, 'no section shows a <Figure> yet');

  for (const [brief, list] of byBrief) {
    const path = spanishPage[brief]!;
    test(`the Spanish ${brief} figures page shows every figure in Spanish, in the English page's order`, async ({
      page,
    }) => {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', 'es');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gráficas');
      const ids = await page.locator('figure.figure').evaluateAll((nodes) => nodes.map((node) => node.id));
      expect(ids).toEqual(list.map((figure) => `fig-${figure.id}`));
      // Its link preview is the Spanish image, and it exists.
      const image = await page.locator('meta[property="og:image"]').getAttribute('content');
      expect(image).toMatch(/\/og\/[a-z0-9-]+-es\.png$/);
      const response = await page.request.get(new URL(new URL(image!).pathname, page.url()).href);
      expect(response.headers()['content-type']).toContain('image/png');
    });

    for (const figure of list) {
      test(`"${figure.id}" on the Spanish page: Spanish words, the data file's numbers written for es-US readers`, async ({
        page,
      }) => {
        const { data } = figure;
        const words = readSpanishWords(figure.id);
        await page.goto(path);
        const root = page.locator(`figure#fig-${figure.id}`);
        await expect(root.locator('.figure__title')).toHaveText(words.takeaway);
        await expect(root.locator('.figure__dates')).toHaveText(
          `Datos más recientes: ${expectedNewestYear(data)} · revisados en ${expectedCheckedMonthEs(data.checked)}`,
        );
        if (words.stale)
          await expect(root.locator('p', { hasText: words.stale })).toHaveText(
            `Por qué no hay datos más recientes: ${words.stale}`,
          );
        for (const note of words.notes ?? []) await expect(root.getByText(note)).toHaveCount(1);

        const chart = root.getByRole('img', { name: words.title, exact: true });
        await expect(chart).toBeVisible();
        const svgText = (await chart.locator('text').allTextContents()).join(' | ');
        const description = (await chart.locator('desc').textContent())!;
        const drawn = data.columns.slice(0, (await chart.locator('[data-value]').count()) / data.rows.length);
        expect(drawn.length).toBeGreaterThan(0);
        for (const row of data.rows) {
          expect(description).toContain(words.rows[row.key]!);
          for (const column of drawn) {
            expect(svgText).toContain(writtenEs(row, column));
            expect(description).toContain(writtenEs(row, column));
          }
        }

        await root.getByText('Ver los datos en una tabla').click();
        const table = root.getByRole('table');
        await expect(table.locator('caption')).toHaveText(words.title);
        const headers = await table.locator('thead th').allTextContents();
        expect(headers.slice(1)).toEqual(data.columns.map((column) => words.columns[column.key]));
        await expect(table.locator('tbody tr')).toHaveCount(data.rows.length);
        for (const row of data.rows) {
          const cells = await table
            .locator('tbody tr')
            .filter({ has: page.getByRole('rowheader', { name: words.rows[row.key]!, exact: true }) })
            .locator('td.num')
            .allTextContents();
          expect(cells).toEqual(data.columns.map((column) => writtenEs(row, column)));
        }

        // The one CSV, in English, and the link says so.
        const csvLink = root.getByRole('link', { name: 'Descargar los datos (CSV, en inglés)' });
        await expect(csvLink).toHaveAttribute('hreflang', 'en');
        const response = await page.request.get(new URL((await csvLink.getAttribute('href'))!, page.url()).href);
        const [header] = parseCsv(await response.text());
        expect(header!.slice(1, 1 + data.columns.length)).toEqual(data.columns.map((column) => column.label));
        await expect(root.getByRole('link', { name: 'Enlace a esta gráfica' })).toHaveAttribute(
          'href',
          `#fig-${figure.id}`,
        );
      });
    }
  }
});

test.describe('Spanish figures with JavaScript', () => {
  test.skip(all.length === 0, 'no section shows a <Figure> yet');

  for (const brief of byBrief.keys()) {
    const path = spanishPage[brief]!;
    test(`the tooltips on the Spanish ${brief} figures page say each Spanish label and es-US value`, async ({
      page,
    }) => {
      await page.goto(path);
      const first = byBrief.get(brief)![0]!;
      const words = readSpanishWords(first.id);
      const figure = page.locator(`figure#fig-${first.id}`);
      await expect(figure.locator('svg [tabindex="0"]')).toHaveCount(1);
      const mark = figure.locator('svg [data-value]').first();
      await mark.hover();
      const label = (await mark.getAttribute('data-label'))!;
      const value = (await mark.getAttribute('data-value'))!;
      // The mark names a Spanish row (and, on charts of several measures, a Spanish column) and an es-US value.
      expect(Object.values(words.rows).some((row) => label.startsWith(row))).toBe(true);
      expect(first.data.rows.flatMap((row) => first.data.columns.map((column) => writtenEs(row, column)))).toContain(
        value,
      );
      const tip = figure.locator('.figure__tip');
      await expect(tip).toContainText(label);
      await expect(tip).toContainText(value);
      await expect(mark).toHaveAccessibleName(`${label}: ${value}`);
    });

    test(`"Copiar el enlace" on the Spanish ${brief} figures page says so in Spanish`, async ({
      page,
      context,
      baseURL,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
      await page.goto(path);
      const figure = page.locator('figure.figure').first();
      await figure.getByRole('button', { name: 'Copiar el enlace' }).click();
      await expect(figure.getByRole('status')).toHaveText('Enlace copiado');
      const id = await figure.getAttribute('id');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(`#${id}`, page.url()).href);
    });
  }
});

// Spanish labels and values run longer than English ones: they must still stay inside their charts.
for (const width of [320, 1280]) {
  test.describe(`Spanish figures at ${width}px`, () => {
    test.use({ viewport: { width, height: 900 } });
    test.skip(all.length === 0, 'no section shows a <Figure> yet');
    for (const brief of byBrief.keys()) {
      test(`no chart text on the Spanish ${brief} figures page overlaps other text or leaves its chart`, async ({
        page,
      }) => {
        await page.goto(spanishPage[brief]!);
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
