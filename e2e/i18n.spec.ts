// The Spanish edition: every page in its language, the switch to the same page in the other language, the
// alternates search engines read (head and sitemap), Spanish safety, and the Spanish section's byte budget.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './support/fixtures';
import { chromeFor, hotline, sitemapPaths } from './support/site';
import { distDir, firstView, totalBytes } from './support/dist';
import { briefPagePath, counterpartSets, localBriefPath, sitePagePath } from '../src/i18n/addresses.mjs';
import { spanishCompanionPages, spanishSections } from './support/reading-es';
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

test('the Spanish pages are in the sitemap: home, the brief, its whole text, every translated section, about', () => {
  expect(spanishPaths).toEqual(
    expect.arrayContaining([
      'es/',
      'es/trata-de-personas/',
      'es/trata-de-personas/informe-completo/',
      'es/acerca-del-sitio/',
      'es/trata-de-personas/senales-de-alerta/',
    ]),
  );
  expect(signs.es).toBe('es/trata-de-personas/senales-de-alerta/');
  // The same addresses the helpers give, paired with their English pages.
  for (const [en, es] of [
    ['human-trafficking/', localBriefPath('es', 'human-trafficking')],
    ['human-trafficking/full-brief/', briefPagePath('es', 'human-trafficking', 'fullBrief')],
    ['about/', sitePagePath('es', 'about')],
  ])
    expect(pairs.find((set) => set.en === en)?.es).toBe(es);
  for (const { sections } of spanishSections())
    for (const section of sections.filter((each) => each.file)) expect(spanishPaths).toContain(section.path);
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
  // Four page loads for every pair (27 pairs with the companion pages): more than the default minute under load.
  test.setTimeout(pairs.length * 8_000);
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

const companions = spanishCompanionPages();

test.describe('the companion pages in Spanish', () => {
  test('both exist, say lang="es", and pair with their English pages in the switch, hreflang and sitemap', () => {
    expect(companions.map((each) => each.path).sort()).toEqual([
      'es/trata-de-personas/historial-de-enjuiciamientos/',
      'es/trata-de-personas/planes-de-accion/',
    ]);
    for (const companion of companions) {
      expect(spanishPaths).toContain(companion.path);
      expect(pairs).toContainEqual({ en: companion.english, es: companion.path });
      const spanishPage = html(companion.path);
      const englishPage = html(companion.english);
      expect(spanishPage).toMatch(/<html lang="es"/);
      expect(alternatesIn(spanishPage)['en-US']).toMatch(new RegExp(`/${companion.english}$`));
      expect(alternatesIn(englishPage)['es-US']).toMatch(new RegExp(`/${companion.path}$`));
      expect(englishPage).toContain(`href="/${companion.path}" hreflang="es" lang="es" data-lang-switch`);
      expect(spanishPage).toContain(`href="/${companion.english}" hreflang="en" lang="en" data-lang-switch`);
    }
  });

  test("each keeps the English page's citations, sources, numbers and figures, the figures with the same values", async ({
    page,
  }) => {
    const read = async (path: string) => {
      await page.goto(path);
      return {
        citations: await page.locator('main sup.cite a').count(),
        // The same values, whatever order the Spanish sentences put them in.
        numbers: (
          await page.locator('.section-body data').evaluateAll((all) => all.map((each) => each.getAttribute('value')))
        ).sort(),
        sources: await page.locator('main .sources li').evaluateAll((items) => items.map((item) => item.id)),
        figures: await page.locator('main figure[id^="fig-"]').evaluateAll((all) =>
          all.map((figure) => [
            figure.id,
            // The figures in each cell; the words around them ("about", "cerca de") are the language's.
            [...figure.querySelectorAll('td.num')].map((cell) => cell.textContent!.match(/[\d.,]+/g)?.join(' ')),
          ]),
        ),
      };
    };
    for (const companion of companions) {
      const english = await read(companion.english);
      const spanishPage = await read(companion.path);
      expect(spanishPage, `/${companion.path} against /${companion.english}`).toEqual(english);
    }
    // The prosecution record is the page of figures: all eight, the same as in English.
    const record = companions.find((each) => each.english.endsWith('prosecution-record/'))!;
    expect((await read(record.path)).figures).toHaveLength(8);
  });

  test('each leads back to its section in Spanish, and the Spanish pages that linked the English one link it', async ({
    page,
  }) => {
    for (const companion of companions) {
      await page.goto(companion.path);
      const back = page.locator('main p.back a');
      await expect(back).toHaveText(/^Volver a la sección: /);
      await expect(back).toHaveAttribute('href', /\/es\/trata-de-personas\/[^/]+\/$/);
      await expect(back).not.toHaveAttribute('hreflang', /./);
    }
    // The landing page, the figures page and the sections that cite them link the Spanish pages, unmarked.
    for (const path of [
      'es/trata-de-personas/',
      'es/trata-de-personas/graficas/',
      'es/trata-de-personas/enjuiciamiento-y-proteccion/',
      'es/trata-de-personas/las-cifras/',
      'es/trata-de-personas/el-gobierno-federal/',
    ]) {
      const text = html(path);
      for (const companion of companions) expect(text, `/${path}`).not.toContain(`/${companion.english}`);
    }
    for (const companion of companions) expect(html('es/trata-de-personas/')).toContain(`href="/${companion.path}"`);
  });
});

const [spanish] = spanishSections();
const marked = '(en inglés)';

test.describe('the brief in Spanish', () => {
  test('the landing page lists every section in the English order: Spanish where translated, else English marked so', async ({
    page,
  }) => {
    await page.goto(localBriefPath('es', spanish!.brief.id));
    const cards = page.locator('main .card');
    await expect(cards).toHaveCount(spanish!.sections.length);
    for (const [index, section] of spanish!.sections.entries()) {
      const card = cards.nth(index);
      const link = card.getByRole('link', { name: section.title, exact: true });
      await expect(link).toHaveAttribute('href', new RegExp(`/${section.path}$`));
      if (section.file) {
        await expect(link).not.toHaveAttribute('hreflang', /./);
        await expect(card).not.toContainText(marked);
      } else {
        // English words on a Spanish page: marked for screen readers (lang) and for readers ("(en inglés)").
        await expect(link).toHaveAttribute('hreflang', 'en');
        await expect(link).toHaveAttribute('lang', 'en');
        await expect(card.locator('.card__summary')).toHaveAttribute('lang', 'en');
        await expect(card.locator('.card__title')).toContainText(marked);
      }
    }
  });

  test("each Spanish section's pager leads to its neighbours, in Spanish where translated, else in English marked so", async ({
    page,
  }) => {
    const sections = spanish!.sections;
    for (const [index, section] of sections.entries()) {
      if (!section.file) continue;
      await page.goto(section.path);
      await expect(page.locator('header .kicker')).toContainText(`Sección ${section.order} de ${sections.length}`);
      const pager = page.getByRole('navigation', { name: 'Sección anterior y siguiente' });
      for (const [rel, neighbour] of [
        ['prev', sections[index - 1]],
        ['next', sections[index + 1]],
      ] as const) {
        const link = pager.locator(`a[rel="${rel}"]`);
        if (!neighbour) {
          await expect(link).toHaveCount(0);
          continue;
        }
        await expect(link).toHaveAttribute('href', new RegExp(`/${neighbour.path}$`));
        await expect(link.locator('.pager__title')).toHaveText(neighbour.title);
        if (neighbour.file) await expect(link).not.toContainText(marked);
        else {
          await expect(link).toHaveAttribute('hreflang', 'en');
          await expect(link.locator('.pager__title')).toHaveAttribute('lang', 'en');
          await expect(link).toContainText(marked);
        }
      }
      // The language switch goes to this section's English original.
      await expect(page.locator('[data-lang-switch]')).toHaveAttribute('href', new RegExp(`/${section.english.path}$`));
    }
  });

  test('the whole brief on one page shows every translated section in full, and names the rest with a link to the English', async ({
    page,
  }) => {
    await page.goto(briefPagePath('es', spanish!.brief.id, 'fullBrief'));
    const parts = page.locator('.full-brief__section');
    await expect(parts).toHaveCount(spanish!.sections.length);
    for (const [index, section] of spanish!.sections.entries()) {
      const part = parts.nth(index);
      await expect(part.locator('h2.full-brief__title')).toHaveAttribute('id', section.slug);
      await expect(part.locator('h2.full-brief__title')).toContainText(section.title);
      if (section.file) await expect(part.locator('.section-body')).toBeVisible();
      else {
        await expect(part.locator('.section-body')).toHaveCount(0);
        const link = part.locator(`a[href$="/${section.path}"]`);
        await expect(link).toHaveAttribute('hreflang', 'en');
        await expect(part).toContainText(marked);
      }
    }
    // Every id on the page is unique (the cross-file rule keeps headings from clashing).
    const ids = await page.locator('[id]').evaluateAll((nodes) => nodes.map((node) => node.id));
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  test('the whole brief in Spanish stays within the 100 KB budget of the one-page edition', () => {
    const total = totalBytes(
      firstView(join(distDir, briefPagePath('es', spanish!.brief.id, 'fullBrief'), 'index.html')),
    );
    expect(total).toBeLessThanOrEqual(100 * 1024);
  });

  test('header and footer of a Spanish page lead to Spanish pages where they exist, else to English ones marked so', async ({
    page,
  }) => {
    await page.goto('es/');
    const links = page.locator('header.site-header nav a, footer nav a');
    const problems = await links.evaluateAll(
      (nodes, mark) =>
        nodes.flatMap((node) => {
          const link = node as HTMLAnchorElement;
          const english = !new URL(link.href).pathname.includes('/es/');
          const after = link.nextSibling?.textContent ?? '';
          if (english && (link.hreflang !== 'en' || !after.startsWith(` ${mark}`)))
            return [`${link.textContent} → ${link.href} is English but not marked`];
          if (!english && link.hreflang) return [`${link.textContent} → ${link.href} is Spanish but has hreflang`];
          return [];
        }),
      marked,
    );
    expect(problems).toEqual([]);
    for (const path of ['es/trata-de-personas/', 'es/trata-de-personas/informe-completo/', 'es/acerca-del-sitio/'])
      await expect(page.locator(`header.site-header nav a[href$="/${path}"]`)).toHaveCount(1);
  });

  test('on every Spanish page, each link to an English page other than the switch carries hreflang and says "(en inglés)"', () => {
    const problems = spanishPaths.flatMap((path) =>
      [...html(path).matchAll(/<a ([^>]*hreflang="en"[^>]*)>(.*?)<\/a>([^<]{0,14})/g)]
        .filter((match) => !match[1]!.includes('data-lang-switch'))
        // The link's own words may say it instead ("Descargar los datos (CSV, en inglés)").
        .filter((match) => !match[3]!.startsWith(` ${marked}`) && !match[2]!.includes(marked.slice(1, -1)))
        .map((match) => `/${path}: "${match[2]}" has no "${marked}" after it`),
    );
    expect(problems).toEqual([]);
  });
});

test('each Spanish section and companion page states a reading time that fits its rendered text (about 220 words a minute)', async ({
  page,
}) => {
  for (const section of [...spanish!.sections.filter((each) => each.file), ...companions]) {
    await page.goto(section.path);
    const shown = Number((await page.locator('header .meta').textContent())!.match(/Lectura de (\d+) min/)![1]);
    const words = await page.locator('.section-body').evaluate((body) => {
      const copy = body.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('svg, button, [hidden]').forEach((node) => node.remove());
      return (copy.textContent ?? '').split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
    });
    expect(
      Math.abs(shown - words / 220),
      `/${section.path}: ${words} words, the page says ${shown} min`,
    ).toBeLessThanOrEqual(1);
  }
});

test.describe('the not-found page', () => {
  test.use({ allowedConsole: [/status of 404/] });

  for (const missing of ['no-such-page/', 'es/trata-de-personas/no-existe/']) {
    test(`serves a Spanish reader too, at /${missing}: a Spanish block with lang="es", its help and every section`, async ({
      page,
    }) => {
      const response = await page.goto(missing);
      expect(response?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.getByRole('heading', { level: 1 }).locator('[lang="es"]')).toHaveText(
        dictionaries.es['notFound.heading'],
      );
      const block = page.locator(`section:has(> h2#${dictionaries.es['notFound.blockId']})`);
      await expect(block).toHaveAttribute('lang', 'es');
      // Reached from the top by a link in Spanish.
      await page.getByRole('link', { name: dictionaries.es['notFound.jump'] }).click();
      await expect(block.getByRole('heading', { level: 2 })).toBeInViewport();
      await expect(block).toContainText(hotline().names.es!);
      await expect(block.getByRole('link', { name: hotline().phone })).toHaveAttribute('href', hotline().phoneHref);
      await expect(block.getByRole('link', { name: dictionaries.es['notFound.signs'] })).toHaveAttribute(
        'href',
        new RegExp(`/${signs.es}$`),
      );
      for (const section of spanish!.sections) {
        const link = block.getByRole('link', { name: section.title, exact: true });
        await expect(link).toHaveAttribute('href', new RegExp(`/${section.path}$`));
        if (!section.file) await expect(link).toHaveAttribute('lang', 'en');
      }
    });
  }
});
