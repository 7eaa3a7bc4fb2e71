// Where the pages of other languages live, and which English page each one translates. Plain JavaScript
// read from disk, so the sitemap (astro.config.mjs), the pages, npm run i18n:status and the tests share it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

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

/** Site path of a translated section. @param {string} locale @param {string} brief @param {string} slug */
export const translationPath = (locale, brief, slug) => `${locale}/${briefSlug(locale, brief)}/${slug}/`;

/** The frontmatter of an MDX file. @param {string} text */
export const frontmatter = (text) =>
  /** @type {Record<string, unknown>} */ (parse(text.split(/^---$/m)[1] ?? '') ?? {});

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
    readdirSync(join(root, locale)).flatMap((brief) =>
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
 * The pages that exist in more than one language, each as { locale: site path }: the home pages, and each
 * translated section with its English original.
 * @param {string} contentDir
 * @returns {Record<string, string>[]}
 */
export function counterpartSets(contentDir) {
  const homes = Object.fromEntries(siteLocales.map((locale) => [locale, homePath(locale)]));
  const sections = readTranslations(contentDir).map((translation) => ({
    en: `${translation.brief}/${translation.translationOf}/`,
    [translation.locale]: translationPath(translation.locale, translation.brief, translation.slug),
  }));
  return [homes, ...sections];
}

/**
 * The same page in every language it exists in, by locale, or undefined when it exists in one only.
 * @param {string} contentDir @param {string} sitePath
 */
export const counterpartsOf = (contentDir, sitePath) =>
  counterpartSets(contentDir).find((set) => Object.values(set).includes(sitePath));
