import { getCollection, type CollectionEntry } from 'astro:content';
import { loadBriefs, type LoadedBrief } from './briefs';

export type Glossary = CollectionEntry<'glossaries'>;

/** Each brief's glossary with its brief (loadBriefs has run the content checks, so each brief exists). */
export async function loadGlossaries(): Promise<{ glossary: Glossary; brief: LoadedBrief }[]> {
  const briefs = await loadBriefs();
  return (await getCollection('glossaries')).map((glossary) => ({
    glossary,
    brief: briefs.find((brief) => brief.id === glossary.data.brief)!,
  }));
}
