// Where the pages of other languages live, and which English page each one translates. Plain JavaScript
// read from disk, so the sitemap (astro.config.mjs), the pages, npm run i18n:status and the tests share it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { briefPageNamesIn, companionPageNamesIn, sitePageNamesIn } from '../lib/page-names.mjs';

/** The site's languages, English (the default, at the root) first. The others live under /<locale>/. */
export const siteLocales = /** @type {const} */ (['en', 'es']);

/** A brief's address segment and title in each language other than English (English uses its id and its file's title). */
export const briefNames = /** @type {Record<string, Record<string, { slug: string, title: string }>>} */ ({
  'human-trafficking': { es: { slug: 'trata-de-personas', title: 'Trata de personas' } },
});

/** @param {string} locale @param {string} brief */
export function briefName(locale, brief) {
  const name = briefNames[brief]?.[locale];
  if (!name)
    throw new Error(
      `src/i18n/addresses.mjs: the brief "${brief}" has no address in "${locale}" (add it to briefNames)`,
    );
  return name;
}

/** @param {string} locale @param {string} brief */
export const briefSlug = (locale, brief) => briefName(locale, brief).slug;

/** The home page of a language: "" for English, "es/" for Spanish. @param {string} locale */
export const homePath = (locale) => (locale === 'en' ? '' : `${locale}/`);

/** A brief's landing page in a language: "human-trafficking/", "es/trata-de-personas/". @param {string} locale @param {string} brief */
export const localBriefPath = (locale, brief) =>
  locale === 'en' ? `${brief}/` : `${locale}/${briefSlug(locale, brief)}/`;

/**
 * One of a brief's own pages in a language: briefPagePath('es', 'human-trafficking', 'glossary') is
 * "es/trata-de-personas/glosario/".
 * @param {string} locale @param {string} brief @param {keyof typeof briefPageNamesIn.en} page
 */
export function briefPagePath(locale, brief, page) {
  const names = /** @type {Record<string, Record<string, string>>} */ (briefPageNamesIn)[locale];
  if (!names) throw new Error(`src/lib/page-names.mjs: no page names for the language "${locale}"`);
  return `${localBriefPath(locale, brief)}${names[page]}/`;
}

/** A page of the site itself in a language: sitePagePath('es', 'search') is "es/buscar/". @param {string} locale @param {keyof typeof sitePageNamesIn.en} page */
export function sitePagePath(locale, page) {
  const names = /** @type {Record<string, Record<string, string>>} */ (sitePageNamesIn)[locale];
  if (!names) throw new Error(`src/lib/page-names.mjs: no page names for the language "${locale}"`);
  return `${homePath(locale)}${names[page]}/`;
}

/**
 * The pages besides sections that exist in each other language: a brief's landing page ("index"), its own
 * pages (keys of briefPageNamesIn) and the site's (keys of sitePageNamesIn). A page joins when its route under
 * src/pages/<locale>/ is built; the language switch, hreflang and the sitemap pair it with its English page.
 */
export const translatedPages = /** @type {Record<string, string[]>} */ ({
  es: ['index', 'fullBrief', 'about', 'glossary', 'timeline', 'figures', 'guide', 'corrections', 'search'],
});

/** The site path of a page named in translatedPages, in a language. @param {string} locale @param {string} brief @param {string} page */
function translatedPagePath(locale, brief, page) {
  if (page === 'index') return localBriefPath(locale, brief);
  if (page in sitePageNamesIn.en) return sitePagePath(locale, /** @type {keyof typeof sitePageNamesIn.en} */ (page));
  if (page in briefPageNamesIn.en)
    return briefPagePath(locale, brief, /** @type {keyof typeof briefPageNamesIn.en} */ (page));
  throw new Error(`src/i18n/addresses.mjs: translatedPages names "${page}", which is not a page of the site`);
}

/** Site path of a translated section. @param {string} locale @param {string} brief @param {string} slug */
export const translationPath = (locale, brief, slug) => `${locale}/${briefSlug(locale, brief)}/${slug}/`;

/**
 * A brief's companion page in a language: companionPagePath('es', 'human-trafficking', 'action-plans') is
 * "es/trata-de-personas/planes-de-accion/". English keeps the file name.
 * @param {string} locale @param {string} brief @param {string} name the English file name
 */
export function companionPagePath(locale, brief, name) {
  if (locale === 'en') return `${brief}/${name}/`;
  const local = companionPageNamesIn[locale]?.[brief]?.[name];
  if (!local)
    throw new Error(
      `src/lib/page-names.mjs: the companion page "${brief}/${name}" has no name in "${locale}" (add it to companionPageNamesIn)`,
    );
  return `${localBriefPath(locale, brief)}${local}/`;
}

/** The frontmatter of an MDX file. @param {string} text */
export const frontmatter = (text) =>
  /** @type {Record<string, unknown>} */ (parse(text.split(/^---$/m)[1] ?? '') ?? {});

/**
 * Folders of content/translations/<locale>/ that hold other translations than a brief's sections: the site's
 * pages (pages/<name>.mdx, like content/pages/) and the briefs' own words (briefs/<brief>.yml).
 */
export const translationFoldersBesidesBriefs = ['pages', 'briefs'];

/**
 * Every translation file under <contentDir>/translations/<locale>/<brief>/<slug>.mdx, with what its
 * frontmatter says it translates.
 * @param {string} contentDir
 * @returns {{ locale: string, brief: string, slug: string, file: string, translationOf: string, revision: string }[]}
 */
export function readTranslations(contentDir) {
  const root = join(contentDir, 'translations');
  if (!existsSync(root)) return [];
  return readdirSync(root).flatMap((locale) =>
    readdirSync(join(root, locale))
      .filter((folder) => !translationFoldersBesidesBriefs.includes(folder))
      .flatMap((brief) =>
        readdirSync(join(root, locale, brief))
          .filter((name) => name.endsWith('.mdx'))
          .map((name) => {
            const file = join(root, locale, brief, name);
            const data = frontmatter(readFileSync(file, 'utf8'));
            return {
              locale,
              brief,
              slug: name.replace(/\.mdx$/, ''),
              file,
              translationOf: String(data.translationOf ?? ''),
              revision: String(data.revision ?? ''),
            };
          }),
      ),
  );
}

/**
 * Every translated companion page, content/translations/<locale>/pages/<brief>/<name>.mdx (named like the English
 * file, content/pages/<brief>/<name>.mdx), with what its frontmatter says it translates.
 * @param {string} contentDir
 * @returns {{ locale: string, brief: string, name: string, file: string, translationOf: string, revision: string }[]}
 */
export function readCompanionTranslations(contentDir) {
  const root = join(contentDir, 'translations');
  if (!existsSync(root)) return [];
  return readdirSync(root).flatMap((locale) => {
    const pages = join(root, locale, 'pages');
    if (!existsSync(pages)) return [];
    return readdirSync(pages, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap(({ name: brief }) =>
        readdirSync(join(pages, brief))
          .filter((name) => name.endsWith('.mdx'))
          .map((name) => {
            const file = join(pages, brief, name);
            const data = frontmatter(readFileSync(file, 'utf8'));
            return {
              locale,
              brief,
              name: name.replace(/\.mdx$/, ''),
              file,
              translationOf: String(data.translationOf ?? ''),
              revision: String(data.revision ?? ''),
            };
          }),
      );
  });
}

/**
 * The pages that exist in more than one language, each as { locale: site path }: the home pages, each
 * translated section with its English original, and each translated companion page with its English page.
 * @param {string} contentDir
 * @returns {Record<string, string>[]}
 */
export function counterpartSets(contentDir) {
  const homes = Object.fromEntries(siteLocales.map((locale) => [locale, homePath(locale)]));
  const sections = readTranslations(contentDir).map((translation) => ({
    en: `${translation.brief}/${translation.translationOf}/`,
    [translation.locale]: translationPath(translation.locale, translation.brief, translation.slug),
  }));
  const pages = Object.entries(translatedPages).flatMap(([locale, names]) =>
    Object.keys(briefNames)
      .filter((brief) => briefNames[brief]?.[locale])
      .flatMap((brief) =>
        names.map((page) => ({
          en: translatedPagePath('en', brief, page),
          [locale]: translatedPagePath(locale, brief, page),
        })),
      ),
  );
  const companions = readCompanionTranslations(contentDir).map((translation) => ({
    en: companionPagePath('en', translation.brief, translation.translationOf),
    [translation.locale]: companionPagePath(translation.locale, translation.brief, translation.translationOf),
  }));
  // A site page (about, search) is the same for every brief: list it once.
  const unique = [...new Map(pages.map((set) => [JSON.stringify(set), set])).values()];
  return [homes, ...unique, ...sections, ...companions];
}

/**
 * The same page in every language it exists in, by locale, or undefined when it exists in one only.
 * @param {string} contentDir @param {string} sitePath
 */
export const counterpartsOf = (contentDir, sitePath) =>
  counterpartSets(contentDir).find((set) => Object.values(set).includes(sitePath));
