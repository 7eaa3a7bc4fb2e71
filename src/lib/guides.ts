import { getCollection, type CollectionEntry } from 'astro:content';
import { loadBriefs, sectionSlug, type LoadedBrief } from './content';
import { ContentError } from './content-errors';
import type { GuideQuestion } from '../schemas/guide';

export type Guide = CollectionEntry<'guides'>;
export interface LoadedGuide {
  guide: Guide;
  brief: LoadedBrief;
  /** Every question in reading order, numbered from 1. */
  questions: (GuideQuestion & { number: number; part: string })[];
}

let cache: Promise<LoadedGuide[]> | undefined;

/** Guides joined with their briefs; a question naming a section the brief lacks fails the build. */
export function loadGuides(): Promise<LoadedGuide[]> {
  cache ??= (async () => {
    const briefs = await loadBriefs();
    const guides = await getCollection('guides');
    const ids = new Map<string, string>();
    return guides.map((guide) => {
      const file = guide.filePath ?? `content/guides/${guide.id}`;
      const brief = briefs.find((candidate) => candidate.id === guide.data.brief);
      if (!brief) throw new ContentError(file, 'brief', `"${guide.data.brief}" is not a brief in content/briefs`);
      const sections = new Set(brief.sections.map(sectionSlug));
      let number = 0;
      const questions = guide.data.parts.flatMap((part, p) =>
        part.questions.map((question, i) => {
          if (!sections.has(question.section)) {
            throw new ContentError(file, `parts[${p}].questions[${i}].section`, `question "${question.id}" names the section "${question.section}", which the brief "${brief.id}" does not have`);
          }
          const earlier = ids.get(question.id);
          if (earlier) throw new ContentError(file, `parts[${p}].questions[${i}].id`, `question id "${question.id}" is already used in ${earlier}`);
          ids.set(question.id, file);
          number += 1;
          return { ...question, number, part: part.id };
        }),
      );
      guide.data.actions.forEach((action, index) => {
        if (action.section && !sections.has(action.section)) {
          throw new ContentError(file, `actions[${index}].section`, `"${action.section}" is not a section of the brief "${brief.id}"`);
        }
      });
      return { guide, brief, questions };
    });
  })();
  return cache;
}

export async function guideFor(briefId: string): Promise<LoadedGuide | undefined> {
  return (await loadGuides()).find((loaded) => loaded.brief.id === briefId);
}

export const guidePath = (brief: string) => `${brief}/discussion-guide/`;
export const meetingKindLabel: Record<GuideQuestion['kind'], string> = {
  learn: 'What we learned',
  think: 'What we think',
  act: 'What we could do',
  weigh: 'Weighing approaches',
};
