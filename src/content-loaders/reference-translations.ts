// The glossary and the timeline of a brief in one language, for its pages, its term links and its
// definitions data. English reads content/glossary/ and content/timeline/; another language pairs its words
// (content/translations/<locale>/glossary|timeline/<brief>.yml) with the English entries by id, and takes
// everything that is not words (dates, themes, sections, sources) from the English file.
import { getCollection } from 'astro:content';
import { ContentError } from '../content-checks/content-error';
import { withFile } from './brief-model';
import { localeOfFolder, warnIfStale } from './translation-record';
import { loadGlossaries, type Glossary } from './glossary';
import { loadTimelines, type Timeline } from './timeline';
import { loadTranslations } from './translations';
import { sectionSlug, type LoadedBrief } from './briefs';
import { pairEntries } from './translated-entries';
import type { Locale } from '../i18n';
import { sectionPath } from '../lib/urls';

export type Term = Glossary['data']['terms'][number];
export type Milestone = Timeline['data']['milestones'][number];

/** Where a brief's section is read in a language: its translation, or the English original when it has none. */
export interface SectionLink {
  title: string;
  path: string;
  /** The section has no translation in the page's language: the link leads to the English one. */
  inEnglish: boolean;
}

/** Each English section (by file name) as a page in this language links to it. */
export async function sectionLinks(locale: Locale, brief: LoadedBrief): Promise<Map<string, SectionLink>> {
  const translations = locale === 'en' ? [] : await loadTranslations();
  return new Map(
    brief.sections.map((section) => {
      const slug = sectionSlug(section);
      const translated = translations.find(
        (each) => each.locale === locale && each.brief.id === brief.id && each.data.translationOf === slug,
      );
      const link: SectionLink = translated
        ? { title: translated.data.shortTitle, path: translated.path, inEnglish: false }
        : { title: section.data.shortTitle, path: sectionPath(brief.id, slug), inEnglish: locale !== 'en' };
      return [slug, link];
    }),
  );
}

/** The translation entries of one kind, each checked to name an English file and its language's folder. */
async function translationsOf<T extends { data: { translationOf: string; revision: string } }>(
  entries: (T & { id: string; filePath?: string | undefined })[],
  kind: 'glossary' | 'timeline',
  englishFiles: Map<string, string>,
) {
  return entries.map((raw) => {
    const entry = withFile(raw, 'content/translations');
    const locale = localeOfFolder(entry.filePath, entry.id);
    const englishFile = englishFiles.get(entry.data.translationOf);
    if (!englishFile)
      throw new ContentError(
        entry.filePath,
        'translationOf',
        `"${entry.data.translationOf}" is not a ${kind} in content/${kind}/`,
      );
    warnIfStale(entry.filePath, entry.data.revision, englishFile);
    return { entry, locale, englishFile };
  });
}

export interface LocalGlossary {
  brief: LoadedBrief;
  terms: Term[];
}

let glossaryCache: Promise<{ locale: Locale; brief: string; terms: Term[] }[]> | undefined;

/** Every translated glossary, its words joined to the English entries (check once, for every page). */
function translatedGlossaries() {
  glossaryCache ??= (async () => {
    const english = await loadGlossaries();
    const files = new Map(
      english.map(({ glossary }) => [glossary.id, withFile(glossary, 'content/glossary').filePath]),
    );
    const found = await translationsOf(await getCollection('glossaryTranslations'), 'glossary', files);
    return found.map(({ entry, locale, englishFile }) => {
      const original = english.find(({ glossary }) => glossary.id === entry.data.translationOf)!;
      const pairs = pairEntries(
        { file: entry.filePath, field: 'terms', englishFile },
        original.glossary.data.terms,
        entry.data.terms,
      );
      const terms = pairs.map(({ english: term, translated }) => ({
        ...term,
        term: translated.term,
        aliases: translated.aliases,
        definition: translated.definition,
      }));
      return { locale, brief: original.brief.id, terms };
    });
  })();
  return glossaryCache;
}

/** A brief's glossary in a language, or undefined when that language has none. */
export async function glossaryIn(locale: Locale, briefId: string): Promise<LocalGlossary | undefined> {
  const english = (await loadGlossaries()).find(({ brief }) => brief.id === briefId);
  if (!english) return undefined;
  if (locale === 'en') return { brief: english.brief, terms: english.glossary.data.terms };
  const translated = (await translatedGlossaries()).find((each) => each.locale === locale && each.brief === briefId);
  return translated && { brief: english.brief, terms: translated.terms };
}

/** Every brief with a glossary in this language. */
export async function glossariesIn(locale: Locale): Promise<LocalGlossary[]> {
  const all = await Promise.all((await loadGlossaries()).map(({ brief }) => glossaryIn(locale, brief.id)));
  return all.filter((each): each is LocalGlossary => each !== undefined);
}

export interface LocalTimeline {
  brief: LoadedBrief;
  milestones: Milestone[];
}

let timelineCache: Promise<{ locale: Locale; brief: string; milestones: Milestone[] }[]> | undefined;

function translatedTimelines() {
  timelineCache ??= (async () => {
    const english = await loadTimelines();
    const files = new Map(
      english.map(({ timeline }) => [timeline.id, withFile(timeline, 'content/timeline').filePath]),
    );
    const found = await translationsOf(await getCollection('timelineTranslations'), 'timeline', files);
    return found.map(({ entry, locale, englishFile }) => {
      const original = english.find(({ timeline }) => timeline.id === entry.data.translationOf)!;
      const pairs = pairEntries(
        { file: entry.filePath, field: 'milestones', englishFile },
        original.timeline.data.milestones,
        entry.data.milestones,
      );
      const milestones = pairs.map(({ english: item, translated }) => ({
        ...item,
        title: translated.title,
        text: translated.text,
      }));
      return { locale, brief: original.brief.id, milestones };
    });
  })();
  return timelineCache;
}

/** A brief's timeline in a language, or undefined when that language has none. */
export async function timelineIn(locale: Locale, briefId: string): Promise<LocalTimeline | undefined> {
  const english = (await loadTimelines()).find(({ brief }) => brief.id === briefId);
  if (!english) return undefined;
  if (locale === 'en') return { brief: english.brief, milestones: english.timeline.data.milestones };
  const translated = (await translatedTimelines()).find((each) => each.locale === locale && each.brief === briefId);
  return translated && { brief: english.brief, milestones: translated.milestones };
}

/** Every brief with a timeline in this language. */
export async function timelinesIn(locale: Locale): Promise<LocalTimeline[]> {
  const all = await Promise.all((await loadTimelines()).map(({ brief }) => timelineIn(locale, brief.id)));
  return all.filter((each): each is LocalTimeline => each !== undefined);
}
