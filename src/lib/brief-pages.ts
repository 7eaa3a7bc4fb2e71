// The pages that go with a brief besides its sections, for the brief's landing page and the footer.
// Each appears only when its content exists, so a new brief without a glossary shows no dead link.
import { sectionSlug, type LoadedBrief } from '../content-loaders/briefs';
import { guideFor } from '../content-loaders/guides';
import { loadGlossaries } from '../content-loaders/glossary';
import { loadTimelines } from '../content-loaders/timeline';
import { figuresOf } from '../figures/usage';
import { loadCorrections } from '../content-loaders/corrections';
import { t, type Key, type Locale } from '../i18n';
import { pageIn, type PageKey } from '../i18n/pages-in';
import { companionPagePath } from '../i18n/addresses.mjs';
import { companionTranslationOf } from '../content-loaders/companion-translations';

export interface BriefPageLink {
  label: string;
  path: string;
  /** One line on what the reader finds there. */
  description: string;
  /** The language of the page it leads to: the reader's, or English for a page not translated yet. */
  target: Locale;
  /** The language of the label and description: English for a companion page not translated yet. */
  wordsIn: Locale;
  /** Companion pages: listed on the brief's page, left out of the footer every page carries. */
  companion?: boolean;
}

/**
 * Each section's short title by its file name, for the links to a section that the glossary, the timeline
 * and the discussion guide print beside an entry ("Discussed in History").
 */
export const sectionShortTitles = (brief: LoadedBrief): Map<string, string> =>
  new Map(brief.sections.map((section) => [sectionSlug(section), section.data.shortTitle]));

/** The brief's pages for a reader of `locale`: in that language where built, else the English page. */
export async function briefPageLinks(brief: LoadedBrief, locale: Locale = 'en'): Promise<BriefPageLink[]> {
  const words = t(locale);
  const has = async <T extends { brief: LoadedBrief }>(load: () => Promise<T[]>) =>
    (await load()).some((entry) => entry.brief.id === brief.id);
  const link = (page: PageKey, label: Key, description: Key, count?: number): BriefPageLink => {
    const { path, lang } = pageIn(locale, brief.id, page);
    const values = count === undefined ? {} : { count };
    return { label: words(label), path, description: words(description, values), target: lang, wordsIn: locale };
  };
  const links: BriefPageLink[] = [link('fullBrief', 'pages.fullBrief', 'pages.fullBriefText')];
  if (await guideFor(brief.id)) links.push(link('guide', 'pages.guide', 'pages.guideText'));
  const figures = figuresOf(brief).length;
  if (figures > 0) links.push(link('figures', 'pages.figures', 'pages.figuresText', figures));
  if (await has(loadTimelines)) links.push(link('timeline', 'pages.timeline', 'pages.timelineText'));
  if (await has(loadGlossaries)) links.push(link('glossary', 'pages.glossary', 'pages.glossaryText'));
  const corrections = (await loadCorrections()).find((entry) => entry.brief.id === brief.id)?.corrections.length ?? 0;
  if (corrections > 0) links.push(link('corrections', 'pages.corrections', 'pages.correctionsText', corrections));
  // Companion pages: their translation's title and summary where there is one, else the English page's.
  for (const page of brief.pages) {
    const translation = await companionTranslationOf(page, locale);
    const shown = translation ?? page;
    const lang = translation ? locale : 'en';
    links.push({
      label: shown.data.title,
      path: translation ? translation.path : companionPagePath('en', brief.id, sectionSlug(page)),
      description: shown.data.summary,
      target: lang,
      wordsIn: lang,
      companion: true,
    });
  }
  return links;
}
