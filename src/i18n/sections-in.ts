// A brief's sections as a reader of one language meets them, in the English reading order: each section's
// translation where there is one, otherwise the English section itself (its `lang` says so, and links to it are
// marked). The landing page, the pager, the one-page edition and the menus all read this one list.
import { sectionSlug, type Section } from '../content-loaders/briefs';
import { readingMinutes } from '../content-loaders/reading-minutes';
import { loadTranslations, type Translation } from '../content-loaders/translations';
import { sectionPath } from '../lib/urls';
import type { Locale } from './index';

export interface LocalSection {
  /** The English section: its order, sources and numbers, whichever language the reader gets. */
  original: Section;
  /** Its translation into the reader's language, when there is one. */
  translation: Translation | undefined;
  /** The language the reader gets this section in. */
  lang: Locale;
  /** Its file name in that language: its address, and its anchor on the one-page edition. */
  slug: string;
  title: string;
  shortTitle: string;
  summary: string;
  path: string;
  minutes: number;
}

/** What a reader of `locale` gets for one English section. */
export async function sectionIn(original: Section, locale: Locale): Promise<LocalSection> {
  const translation =
    locale === 'en'
      ? undefined
      : (await loadTranslations()).find((each) => each.locale === locale && each.original.id === original.id);
  const shown = translation ?? original;
  return {
    original,
    translation,
    lang: translation ? locale : 'en',
    slug: translation ? translation.slug : sectionSlug(original),
    title: shown.data.title,
    shortTitle: shown.data.shortTitle,
    summary: shown.data.summary,
    path: translation ? translation.path : sectionPath(original.data.brief, sectionSlug(original)),
    minutes: await readingMinutes(shown, translation ? locale : 'en'),
  };
}

/** Every section of a list (a brief's, in reading order) as a reader of `locale` gets it. */
export const sectionsIn = (sections: Section[], locale: Locale): Promise<LocalSection[]> =>
  Promise.all(sections.map((section) => sectionIn(section, locale)));
