// Search on Spanish pages: Pagefind's Spanish index (stemmed as Spanish), the interface in Spanish, Spanish stop
// words and synonyms, and the same help when nothing matches, with the hotline's Spanish name.
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { axeViolations } from './support/axe';
import { hotline as readHotline } from './support/site';

const hotline = readHotline();
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function buscar(page: Page, query: string) {
  await page.goto('es/buscar/');
  await page.getByRole('searchbox', { name: 'Buscar en el informe' }).fill(query);
  // A fresh page loads Pagefind, its wasm and index before the first answer; a busy machine needs the time.
  await expect(page.getByRole('status')).toHaveText(new RegExp(`“${escape(query)}”`), { timeout: 15_000 });
}
const results = (page: Page) => page.locator('.search__results > li');
const best = (page: Page) => results(page).first().locator('[data-best]');

test.describe('búsqueda en español', () => {
  // The words the issue names: a plural Spanish stem, a two-word term, a letter that is a name, and an accent.
  for (const query of ['trabajadores', 'trata laboral', 'visa T', 'señales']) {
    test(`“${query}” finds Spanish pages only, and marks the words it matched`, async ({ page }) => {
      await buscar(page, query);
      await expect(page.getByRole('status')).toHaveText(/^\d+ resultados? para “/);
      const titles = results(page).locator('.search__result-title');
      expect(await titles.count()).toBeGreaterThan(0);
      for (const href of await titles.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? '')))
        expect(href).toMatch(/\/es\//);
      await expect(results(page).first().locator('mark').first()).toBeVisible();
    });
  }

  test('accents are optional: “senales de alerta” finds what “señales de alerta” finds', async ({ page }) => {
    await buscar(page, 'señales de alerta');
    const withAccent = await best(page).getAttribute('href');
    await buscar(page, 'senales de alerta');
    await expect(best(page)).toHaveAttribute('href', withAccent!);
    await expect(
      results(page)
        .first()
        .locator('mark', { hasText: /^señales$/i })
        .first(),
    ).toBeVisible();
  });

  test('an English page searches the English pages only', async ({ page }) => {
    await page.goto('search/?q=trafficking');
    await expect(page.getByRole('status')).toHaveText(/results? for “trafficking”/, { timeout: 15_000 });
    const hrefs = await results(page)
      .locator('.search__result-title')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).not.toMatch(/\/es\//);
  });

  test('Spanish stop words are not marked: “¿qué es la trata laboral?” marks no “es”, “la” or “que”', async ({
    page,
  }) => {
    await buscar(page, '¿qué es la trata laboral?');
    const marks = await page
      .locator('.search__results mark')
      .evaluateAll((nodes) => nodes.map((node) => (node.textContent ?? '').toLowerCase()));
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(['es', 'la', 'que', 'qué']).not.toContain(mark);
  });

  test('a search that finds nothing offers the hotline by its Spanish name, the warning signs and the sections', async ({
    page,
  }) => {
    await buscar(page, 'zqxwv');
    await expect(page.getByRole('status')).toHaveText('No hay resultados para “zqxwv”.');
    const help = page.getByRole('group', { name: 'Ayuda y por dónde empezar' });
    await expect(help).toContainText(hotline.names.es!);
    await expect(help.getByRole('link', { name: hotline.phone })).toHaveAttribute('href', hotline.phoneHref);
    await expect(help.getByRole('link', { name: hotline.text, exact: true })).toHaveAttribute('href', hotline.textHref);
    await expect(help.getByRole('link', { name: 'Las señales de alerta de la trata' })).toHaveAttribute(
      'href',
      /\/es\/trata-de-personas\/senales-de-alerta\/$/,
    );
    await expect(help.getByRole('link', { name: /^Todas las secciones de/ }).first()).toHaveAttribute('href', /\/es\//);
  });

  test('the header opens a dialog in Spanish from a Spanish page, with the exit in Spanish', async ({ page }) => {
    await page.goto('es/trata-de-personas/senales-de-alerta/');
    await page.getByRole('banner').getByRole('link', { name: 'Buscar' }).click();
    const dialog = page.getByRole('dialog', { name: 'Buscar' });
    await expect(dialog.getByRole('searchbox', { name: 'Buscar en el informe' })).toBeFocused();
    await expect(dialog.getByRole('link', { name: 'Salir de esta página' })).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Cerrar' })).toBeVisible();
    await dialog.getByRole('searchbox').fill('tratante');
    await expect(dialog.getByRole('status')).toHaveText(/resultados? para “tratante”/, { timeout: 15_000 });
    expect(await axeViolations(page)).toEqual([]);
  });

  test.describe('en un teléfono de 375 px', () => {
    test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });
    test('a question typed in Spanish in the header search lands on the paragraph that answers it', async ({
      page,
    }) => {
      await page.goto('es/');
      await page.getByRole('banner').getByRole('link', { name: 'Buscar' }).tap();
      const dialog = page.getByRole('dialog', { name: 'Buscar' });
      const question = '¿hay que cruzar una frontera para que sea trata?';
      await dialog.getByRole('searchbox').pressSequentially(question, { delay: 20 });
      // The box searches whenever typing pauses: wait for the answer to the whole question, not to a part of it.
      await expect(dialog.getByRole('status')).toContainText(`para “${question}”`, { timeout: 15_000 });
      await dialog.locator('.search__results > li').first().locator('[data-best]').tap();
      const anchor = 'la-trata-no-exige-cruzar-una-frontera';
      await page.waitForURL(new RegExp(`/es/trata-de-personas/que-es-la-trata/#${anchor}$`));
      await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();
      await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
    });
  });

  test('filters are named in Spanish', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await buscar(page, 'trata');
    const filters = page.locator('.search__filters');
    await expect(filters.locator('summary')).toHaveText('Acotar los resultados');
    await expect(filters.getByRole('group', { name: 'Tipo de página' })).toBeVisible();
    await expect(filters.getByRole('group', { name: 'Tipo de página' })).toContainText('Sección del informe');
  });
});

test.describe('búsqueda en español sin JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the Spanish search page says search needs JavaScript and lists every section', async ({ page }) => {
    await page.goto('es/buscar/');
    await expect(page.getByRole('heading', { level: 1, name: 'Buscar' })).toBeVisible();
    await expect(page.getByText(/necesita JavaScript/)).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Las secciones del informe' })).toBeVisible();
    await expect(page.locator('.search-browse ol > li')).not.toHaveCount(0);
  });
});
