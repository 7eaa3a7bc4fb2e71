// Discussion guides in other languages (content/translations/<locale>/guides/<English guide's file name>.yml),
// each checked against and joined to the English guide it translates. Links from its questions go to the
// sections in its language where they have been translated, and to the English ones (marked so) until then.
import { getCollection, type CollectionEntry } from 'astro:content';
import { checkContent } from '../content-checks';
import { ContentError } from '../content-checks/content-error';
import { checkGuideTranslation } from '../content-checks/guide-translation';
import { withFile } from './brief-model';
import { localeOfFolder, warnIfStale } from './translation-record';
import { loadGuides, type GuideView, type LoadedGuide } from './guides';
import { loadTranslations } from './translations';
import { sectionSlug } from './briefs';
import type { Locale } from '../i18n';
import { briefPagePath } from '../i18n/addresses.mjs';
import { sectionPath } from '../lib/urls';

export type GuideTranslation = CollectionEntry<'guideTranslations'> & { filePath: string };

let cache: Promise<GuideView[]> | undefined;

/** Every translated guide as its page shows it. */
export function loadGuideTranslations(): Promise<GuideView[]> {
  cache ??= (async () => {
    await checkContent();
    const guides = await loadGuides();
    const sections = await loadTranslations();
    const entries = (await getCollection('guideTranslations')).map((entry) => withFile(entry, 'content/translations'));
    return entries.map((entry) => {
      const file = entry.filePath;
      const locale = localeOfFolder(file, entry.id);
      const english = guides.find((loaded) => loaded.guide.id === entry.data.translationOf);
      if (!english)
        throw new ContentError(
          file,
          'translationOf',
          `"${entry.data.translationOf}" is not a guide in content/guides (known: ${guides.map((loaded) => loaded.guide.id).join(', ')})`,
        );
      const englishFile = english.guide.filePath ?? `content/guides/${english.guide.id}.yml`;
      checkGuideTranslation(file, entry.data, english.guide.data, englishFile);
      warnIfStale(file, entry.data.revision, englishFile);
      const translated = new Map(
        sections
          .filter((section) => section.locale === locale && section.brief.id === english.brief.id)
          .map((section) => [sectionSlug(section.original), section]),
      );
      return translatedView(locale, file, entry.data, english, (section) => {
        const found = translated.get(section);
        if (found) return { path: found.path, title: found.data.shortTitle };
        const original = english.brief.sections.find((candidate) => sectionSlug(candidate) === section);
        return {
          path: sectionPath(english.brief.id, section),
          title: original?.data.shortTitle ?? section,
          hreflang: 'en',
        };
      });
    });
  })();
  return cache;
}

/** The translated words joined to the English guide (the check above has made sure they line up). */
function translatedView(
  locale: Locale,
  file: string,
  data: GuideTranslation['data'],
  english: LoadedGuide,
  sectionLink: GuideView['sectionLink'],
): GuideView {
  const source = english.guide.data;
  const texts = new Map(data.parts.flatMap((part) => part.questions.map((question) => [question.id, question.text])));
  const questions = english.questions.map((question) => ({ ...question, text: texts.get(question.id)! }));
  const numbered = new Map(questions.map((question) => [question.id, question]));
  const timed = (key: 'full' | 'short') =>
    source.agenda[key].map((item, i) => ({ ...data.agenda[key][i]!, minutes: item.minutes }));
  return {
    locale,
    brief: english.brief,
    path: briefPagePath(locale, english.brief.id, 'guide'),
    file,
    title: data.title,
    summary: data.summary,
    purpose: data.purpose,
    agenda: { full: timed('full'), short: timed('short') },
    agreements: data.agreements,
    parts: source.parts.map((part, p) => ({
      id: part.id,
      title: data.parts[p]!.title,
      minutes: part.minutes,
      intro: data.parts[p]!.intro,
      questions: part.questions.map((question) => numbered.get(question.id)!),
    })),
    actions: source.actions.map((action, a) => ({ ...action, text: data.actions[a]!.text })),
    nextTopics: data.nextTopics,
    questions,
    sectionLink,
  };
}
