import { getCollection, type CollectionEntry } from 'astro:content';
import { loadBriefs, type LoadedBrief } from './briefs';
import type { GuideQuestion } from '../schemas/guide';

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

export const meetingKindLabel: Record<GuideQuestion['kind'], string> = {
  learn: 'What we learned',
  think: 'What we think',
  act: 'What we could do',
  weigh: 'Weighing approaches',
};
