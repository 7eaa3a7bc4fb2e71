import { getCollection, type CollectionEntry } from 'astro:content';
import { loadBriefs, sectionSlug, type LoadedBrief } from './content';
import { ContentError } from './content-errors';

export type Glossary = CollectionEntry<'glossaries'>;
export type Timeline = CollectionEntry<'timelines'>;

export const glossaryPath = (brief: string) => `${brief}/glossary/`;
export const timelinePath = (brief: string) => `${brief}/timeline/`;

/** Checks that every entry names a brief and a section that exist, naming the file and the entry if not. */
function checkSections(file: string, briefId: string, briefs: LoadedBrief[], entries: { id: string; section: string }[], field: string): LoadedBrief {
  const brief = briefs.find((candidate) => candidate.id === briefId);
  if (!brief) throw new ContentError(file, 'brief', `"${briefId}" is not a brief in content/briefs`);
  const sections = new Set(brief.sections.map(sectionSlug));
  entries.forEach((entry, index) => {
    if (!sections.has(entry.section)) throw new ContentError(file, `${field}[${index}].section`, `"${entry.id}" names the section "${entry.section}", which the brief does not have`);
  });
  return brief;
}

export async function loadGlossaries(): Promise<{ glossary: Glossary; brief: LoadedBrief }[]> {
  const briefs = await loadBriefs();
  return (await getCollection('glossaries')).map((glossary) => ({
    glossary,
    brief: checkSections(glossary.filePath ?? `content/glossary/${glossary.id}`, glossary.data.brief, briefs, glossary.data.terms, 'terms'),
  }));
}

export async function loadTimelines(): Promise<{ timeline: Timeline; brief: LoadedBrief }[]> {
  const briefs = await loadBriefs();
  return (await getCollection('timelines')).map((timeline) => ({
    timeline,
    brief: checkSections(timeline.filePath ?? `content/timeline/${timeline.id}`, timeline.data.brief, briefs, timeline.data.milestones, 'milestones'),
  }));
}
