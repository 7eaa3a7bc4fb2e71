import { getCollection, type CollectionEntry } from 'astro:content';
import { loadBriefs, type LoadedBrief } from './briefs';

export type Timeline = CollectionEntry<'timelines'>;

/** Each brief's timeline with its brief (loadBriefs has run the content checks, so each brief exists). */
export async function loadTimelines(): Promise<{ timeline: Timeline; brief: LoadedBrief }[]> {
  const briefs = await loadBriefs();
  return (await getCollection('timelines')).map((timeline) => ({
    timeline,
    brief: briefs.find((brief) => brief.id === timeline.data.brief)!,
  }));
}
