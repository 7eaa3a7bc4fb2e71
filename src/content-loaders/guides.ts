import { getCollection, type CollectionEntry } from 'astro:content';
import { loadBriefs, sectionSlug, type LoadedBrief } from './briefs';
import type { GuideQuestion } from '../schemas/guide';
import type { Locale } from '../i18n';
import { guidePath, sectionPath } from '../lib/urls';
import type { ActionStep } from '../lib/vocabulary';

export type Guide = CollectionEntry<'guides'>;
export interface LoadedGuide {
  guide: Guide;
  brief: LoadedBrief;
  /** Every question in reading order, numbered from 1. */
  questions: (GuideQuestion & { number: number; part: string })[];
}

let cache: Promise<LoadedGuide[]> | undefined;

/** Discussion guides joined with their briefs (loadBriefs has run the content checks, so each brief exists). */
export function loadGuides(): Promise<LoadedGuide[]> {
  cache ??= (async () => {
    const briefs = await loadBriefs();
    return (await getCollection('guides')).map((guide) => {
      const brief = briefs.find((candidate) => candidate.id === guide.data.brief)!;
      const questions = guide.data.parts
        .flatMap((part) => part.questions.map((question) => ({ ...question, part: part.id })))
        .map((question, index) => ({ ...question, number: index + 1 }));
      return { guide, brief, questions };
    });
  })();
  return cache;
}

export async function guideFor(briefId: string): Promise<LoadedGuide | undefined> {
  return (await loadGuides()).find((loaded) => loaded.brief.id === briefId);
}

/** A section a guide links to, in the guide's language when it has been translated, else in English. */
export interface SectionLink {
  path: string;
  title: string;
  /** "en" when the link leads to the English section from a page in another language. */
  hreflang?: string;
}

/**
 * A guide as its page shows it, in one language: the words of that language joined to what only the English
 * file holds (minutes, each question's section and kind, each action's step and section).
 */
export interface GuideView {
  locale: Locale;
  brief: LoadedBrief;
  /** Site path of the page. */
  path: string;
  /** The file the words come from. */
  file: string;
  title: string;
  summary: string;
  purpose: string;
  agenda: Record<'full' | 'short', { minutes: number; title: string; notes: string }[]>;
  agreements: string[];
  parts: {
    id: string;
    title: string;
    minutes?: number | undefined;
    intro: string;
    questions: LoadedGuide['questions'];
  }[];
  actions: { step: ActionStep; text: string; section?: string | undefined }[];
  nextTopics: { title: string; text: string }[];
  /** Every question in reading order, numbered from 1, as the English guide numbers them. */
  questions: LoadedGuide['questions'];
  sectionLink: (section: string) => SectionLink;
}

/** The English guide as its page shows it. */
export function englishView(loaded: LoadedGuide): GuideView {
  const { guide, brief, questions } = loaded;
  const { data } = guide;
  const numbered = new Map(questions.map((question) => [question.id, question]));
  const titles = new Map(brief.sections.map((section) => [sectionSlug(section), section.data.shortTitle]));
  return {
    locale: 'en',
    brief,
    path: guidePath(brief.id),
    file: guide.filePath ?? `content/guides/${guide.id}.yml`,
    title: data.title,
    summary: data.summary,
    purpose: data.purpose,
    agenda: data.agenda,
    agreements: data.agreements,
    parts: data.parts.map((part) => ({
      ...part,
      questions: part.questions.map((question) => numbered.get(question.id)!),
    })),
    actions: data.actions,
    nextTopics: data.nextTopics,
    questions,
    sectionLink: (section) => ({ path: sectionPath(brief.id, section), title: titles.get(section) ?? section }),
  };
}
