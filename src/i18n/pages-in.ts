// Where a reader of one language is sent: the page in their language when it exists, otherwise the English
// page, which the link then marks "(en inglés)" with hreflang (see LangLink.astro). While a translation is in
// progress nothing is a dead end, and each page appears in a language as soon as it is built and listed.
import { briefPageNamesIn, sitePageNamesIn } from '../lib/page-names.mjs';
import { briefNames, briefPagePath, localBriefPath, sitePagePath, translatedPages } from './addresses.mjs';
import type { Locale } from './index';

/** A brief's landing page ("index"), one of its own pages, or a page of the site. */
export type PageKey = 'index' | keyof typeof briefPageNamesIn.en | keyof typeof sitePageNamesIn.en;

/** A link's target: its site path and the language that page is written in. */
export interface LocalTarget {
  path: string;
  lang: Locale;
}

const isSitePage = (page: PageKey): page is keyof typeof sitePageNamesIn.en => page in sitePageNamesIn.en;

/**
 * Whether a page exists in a language: English has every page; another language has the pages listed in
 * translatedPages, a brief's own only when the brief has an address in that language (briefNames).
 */
export const hasPage = (locale: Locale, page: PageKey, brief?: string): boolean =>
  locale === 'en' ||
  ((translatedPages[locale] ?? []).includes(page) && (isSitePage(page) || !!briefNames[brief ?? '']?.[locale]));

/** A brief's title in a language, and the language it is really in (English until the brief has a name there). */
export function briefTitleIn(
  locale: Locale,
  brief: { id: string; entry: { data: { title: string } } },
): { title: string; lang: Locale } {
  const name = locale === 'en' ? undefined : briefNames[brief.id]?.[locale];
  return name ? { title: name.title, lang: locale } : { title: brief.entry.data.title, lang: 'en' };
}

function pathIn(locale: Locale, brief: string, page: PageKey): string {
  if (page === 'index') return localBriefPath(locale, brief);
  if (isSitePage(page)) return sitePagePath(locale, page);
  return briefPagePath(locale, brief, page as keyof typeof briefPageNamesIn.en);
}

/** A page for a reader of `locale`: in that language when it exists there, else in English. */
export function pageIn(locale: Locale, brief: string, page: PageKey): LocalTarget {
  const lang = hasPage(locale, page, brief) ? locale : 'en';
  return { path: pathIn(lang, brief, page), lang };
}
