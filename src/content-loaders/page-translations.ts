// The site's pages and the briefs' own words in other languages (content/translations/<locale>/pages/ and
// briefs/), each checked against the English file it translates: it must exist, and one whose English file
// changed since it was made is reported as stale, as sections are (src/content-loaders/translations.ts).
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { checkContent } from '../content-checks';
import { ContentError } from '../content-checks/content-error';
import { withFile } from './brief-model';
import { warnIfStale } from './translation-record';
import type { LoadedBrief } from './briefs';
import type { Locale } from '../i18n';
import { sitePageNamesIn } from '../lib/page-names.mjs';

export type PageTranslation = CollectionEntry<'pageTranslations'> & {
  filePath: string;
  locale: Locale;
  /** Site path, e.g. "es/acerca-del-sitio/" for a translation of about.mdx. */
  path: string;
};

/** The site's pages (content/pages/<name>.mdx) translated into a language, each checked against its original. */
export async function loadPageTranslations(locale: Locale): Promise<PageTranslation[]> {
  await checkContent();
  const names: Record<string, string> = sitePageNamesIn[locale as keyof typeof sitePageNamesIn] ?? {};
  const entries = (await getCollection('pageTranslations'))
    .map((entry) => withFile(entry, 'content/translations'))
    .filter((entry) => entry.id.startsWith(`${locale}/pages/`));
  return Promise.all(
    entries.map(async (entry) => {
      const { translationOf, revision } = entry.data;
      const original = await getEntry('pages', translationOf);
      if (!original)
        throw new ContentError(entry.filePath, 'translationOf', `"${translationOf}" is not a page in content/pages`);
      if (!names[translationOf])
        throw new ContentError(
          entry.filePath,
          'translationOf',
          `the page "${translationOf}" has no address in "${locale}": add it to sitePageNamesIn in src/lib/page-names.mjs`,
        );
      warnIfStale(entry.filePath, revision, withFile(original, 'content/pages').filePath);
      return { ...entry, locale, path: `${locale}/${names[translationOf]}/` };
    }),
  );
}

/** The words a brief's landing page shows, in a language: the brief's own in English, else its translation's. */
export interface BriefWords {
  series: string;
  summary: string;
  audience?: string | undefined;
}

export async function briefWords(brief: LoadedBrief, locale: Locale): Promise<BriefWords> {
  if (locale === 'en') return brief.entry.data;
  await checkContent();
  const file = `content/translations/${locale}/briefs/${brief.id}.yml`;
  const found = (await getCollection('briefTranslations'))
    .map((entry) => withFile(entry, 'content/translations'))
    .find((entry) => entry.id === `${locale}/briefs/${brief.id}`);
  if (!found)
    throw new ContentError(file, 'file', `missing: the brief's landing page in "${locale}" takes its words from it`);
  warnIfStale(found.filePath, found.data.revision, brief.entry.filePath);
  return found.data;
}
