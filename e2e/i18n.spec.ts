// The Spanish edition: every page in its language, the switch to the same page in the other language, the
// alternates search engines read (head and sitemap), Spanish safety, and the Spanish section's byte budget.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './support/fixtures';
import { chromeFor, hotline, sitemapPaths } from './support/site';
import { distDir, firstView, totalBytes } from './support/dist';
import { counterpartSets } from '../src/i18n/addresses.mjs';
import { dictionaries } from '../src/i18n';

const neutral = 'https://www.weather.gov/';
const html = (path: string) => readFileSync(join(distDir, path, 'index.html'), 'utf8');
/** hreflang → href of a page's <link rel="alternate"> tags. */
const alternatesIn = (page: string) =>
  Object.fromEntries(
    [...page.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)].map((match) => [
      match[1]!,
      match[2]!,
    ]),
  );
const pairs = counterpartSets('content');
const spanishPaths = sitemapPaths().filter((path) => path.startsWith('es/'));
const signs = pairs.find((set) => set.en === 'human-trafficking/recognizing-the-signs/')!;

test('the Spanish pages are in the sitemap: the home page and the warning signs', () => {
  expect(spanishPaths).toEqual(expect.arrayContaining(['es/', 'es/trata-de-personas/senales-de-alerta/']));
  expect(signs.es).toBe('es/trata-de-personas/senales-de-alerta/');
});

test('every page says its language: lang="es" under /es/, lang="en" everywhere else', () => {
  const wrong = sitemapPaths().flatMap((path) => {
    const lang = html(path).match(/<html lang="([^"]+)"/)?.[1];
    const expected = path.startsWith('es/') ? 'es' : 'en';
    return lang === expected ? [] : [`/${path}: lang="${lang}", expected "${expected}"`];
  });
  expect(wrong).toEqual([]);
});

test('pages with a counterpart list it and themselves as hreflang alternates, reciprocally; others list none', () => {
  const problems: string[] = [];
  for (const path of sitemapPaths()) {
    const set = pairs.find((candidate) => Object.values(candidate).includes(path));
    const links = alternatesIn(html(path));
    if (!set) {
      if (Object.keys(links).length > 0) problems.push(`/${path} has alternates but no counterpart`);
      if (html(path).includes('data-lang-switch')) problems.push(`/${path} has a language switch but no counterpart`);
      continue;
    }
    for (const [locale, other] of Object.entries(set)) {
      const code = dictionaries[locale as 'en' | 'es']['lang.locale'];
      if (!links[code]?.endsWith(`/${other}`))
        problems.push(`/${path}: hreflang ${code} should point at /${other}, is ${links[code]}`);
      // Reciprocal: the counterpart names this page back.
      const back = alternatesIn(html(other));
      const own = dictionaries[path.startsWith('es/') ? 'es' : 'en']['lang.locale'];
      if (!back[own]?.endsWith(`/${path}`)) problems.push(`/${other} does not name /${path} back as ${own}`);
    }
    if (!links['x-default']?.endsWith(`/${set.en}`)) problems.push(`/${path}: x-default should be the English page`);
  }
  expect(problems).toEqual([]);
});

test('the sitemap lists each counterpart as an alternate of the other', () => {
  const xml = readdirSync(distDir)
    .filter((name) => /^sitemap-\d+\.xml$/.test(name))
    .map((name) => readFileSync(join(distDir, name), 'utf8'))
    .join('');
  const entries = new Map(
    [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)].map((match) => [
      new URL(match[1]!).pathname,
      Object.fromEntries(
        [...match[2]!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((link) => [
          link[1]!,
          new URL(link[2]!).pathname,
        ]),
      ),
    ]),
  );
  for (const set of pairs) {
    const expected = Object.fromEntries(
      Object.entries(set).map(([locale, path]) => [dictionaries[locale as 'en' | 'es']['lang.locale'], `/${path}`]),
    );
    for (const path of Object.values(set)) expect(entries.get(`/${path}`), `/${path} in the sitemap`).toEqual(expected);
  }
});

test('the language switch goes to the same page in the other language, and back', async ({ page }) => {
  for (const set of pairs) {
    await page.goto(set.en!);
    await page.getByRole('link', { name: dictionaries.es['switch.readIn'] }).click();
    await expect(page).toHaveURL(new RegExp(`/${set.es}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await page.getByRole('link', { name: dictionaries.en['switch.readIn'] }).click();
    await expect(page).toHaveURL(new RegExp(`/${set.en}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  }
});

for (const path of spanishPaths) {
  test(`/${path} shows the hotline in Spanish, with its own Spanish name and the numbers of content/help-lines.yml`, async ({
    page,
  }) => {
    const { words, hotlineName } = chromeFor(path);
    const line = hotline();
    expect(hotlineName).toBe('La Línea Nacional Contra la Trata de Personas');
    await page.goto(path);
    const help = page.getByRole('complementary', { name: words['safety.label'] });
    await expect(help).toContainText(hotlineName!);
    await expect(help).toContainText(`${words['safety.call']} ${line.phone}`);
    await expect(help).toContainText(`${words['safety.orText']} ${line.text}`);
    await expect(help).toContainText(`TTY ${line.tty}`);
    await expect(help.getByRole('link', { name: line.phone })).toHaveAttribute('href', line.phoneHref);
    await expect(help.getByRole('link', { name: line.text })).toHaveAttribute('href', line.textHref);
    // The browse-safely note, in Spanish, with the same plain warning as the English one.
    const browse = page.getByRole('region', { name: words['footer.browseHeading'] });
    await expect(browse).toContainText('no puede borrar su historial');
    await expect(browse).toContainText('ventana privada o de incógnito');
  });
}

test.describe('"Salir de esta página"', () => {
  test.beforeEach(async ({ context }) => {
    await context.route(`${neutral}**`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><p>Forecast</p>' }),
    );
  });

  test('pressing Shift on its own three times leaves a Spanish page for the same neutral site', async ({ page }) => {
    await page.goto(signs.es!);
    await expect(page.getByRole('link', { name: 'Salir de esta página' })).toHaveAttribute('href', neutral);
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
    await page.waitForURL(neutral);
  });

  test('the button leaves at once and leaves no Back entry for the Spanish page', async ({ page }) => {
    await page.goto('es/');
    await page.goto(signs.es!);
    await page.getByRole('link', { name: 'Salir de esta página' }).click();
    await page.waitForURL(neutral);
    await page.goBack();
    expect(page.url()).not.toContain(signs.es!);
  });
});

test('the Spanish section keeps every citation, number and help line of the English one', async ({ page }) => {
  const count = async (path: string) => {
    await page.goto(path);
    return {
      citations: await page.locator('main sup.cite a').count(),
      numbers: await page.locator('main data').allTextContents(),
      lines: await page
        .locator('main a.help-line')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
      sources: await page.locator('main .sources li').evaluateAll((items) => items.map((item) => item.id)),
    };
  };
  expect(await count(signs.es!)).toEqual(await count(signs.en!));
  // Glossary terms lead to the Spanish glossary, an entry of the same id as the English section's first term
  // (e2e/terms.spec.ts checks the entry and its definition).
  await page.goto(signs.en!);
  const englishTerm = (await page.locator('main a.term').first().getAttribute('href'))!;
  const term = page.locator('main a.term').first();
  await page.goto(signs.es!);
  await expect(term).toHaveAttribute(
    'href',
    englishTerm.replace(/human-trafficking\/glossary\//, 'es/trata-de-personas/glosario/'),
  );
  await expect(term).not.toHaveAttribute('hreflang', /./);
  await expect(term).not.toContainText('(en inglés)');
});

test('the Spanish section stays within the 15 KB section ceiling', () => {
  const total = totalBytes(firstView(join(distDir, signs.es!, 'index.html')));
  expect(total).toBeLessThanOrEqual(15 * 1024);
});
